// jalon-cli: Jalon for administrators' scripts. Links jalon-core and jalon-docs (Qt Gui, for PDF
// documents), never ui nor widgets.
#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "db/Database.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QGuiApplication>

#include <cstdio>

using namespace jalon;
using namespace jalon::cli;

namespace {

QtMessageHandler defaultMessageHandler = nullptr;

// Qt Gui looks for a Wayland socket in $XDG_RUNTIME_DIR at start, even offscreen, and warns when
// the variable is unset (cron, ssh, containers): that line is of no use to a script reading stderr.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (defaultMessageHandler) {
        defaultMessageHandler(type, context, message);
    }
}

QString helpText() {
    return QCoreApplication::translate(
               "Cli",
               "Usage: jalon-cli [--db FILE] [--lang fr|en] COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  demo --persons N [--seed S]      fill a new, empty database with fictional people\n"
               "  persons add --last-name X --first-name Y --birth-date YYYY-MM-DD|DD/MM/YYYY\n"
               "              [--commune INSEE] [--postcode P] [--caf N] [--phone T] [--email E] [--force]\n"
               "                                   add a person and print the new id (--force: despite a\n"
               "                                   possible duplicate)\n"
               "  persons search TEXT [--limit N]  people matching TEXT (names, dd/mm/yyyy, CAF number, "
               "commune)\n"
               "  persons list [--limit N]         everyone, in register order\n"
               "  persons show ID                  one person's record\n"
               "  questionnaire validate FILE      check a diagnostic grid definition; prints every problem "
               "as\n"
               "                                   JSON-PATH<TAB>message (exit 1 if any)\n"
               "  questionnaire import FILE        install a new grid version, as the local administrator\n"
               "                                   (an installed version never changes)\n"
               "  questionnaire list               installed grids: id, version, themes, questions, hash, "
               "title\n"
               "  diagnostic list PERSON_ID        the person's diagnostics, newest first: id, date, state\n"
               "                                   (validated|draft), grid id:version, adviser, priority "
               "themes\n"
               "  diagnostic print ID --out FILE.pdf [--without-sensitive]\n"
               "                                   write the diagnostic's printed summary as a PDF\n"
               "                                   (--without-sensitive: leave out the grid's sensitive "
               "themes)\n"
               "  pathway events PERSON_ID         the person's timeline, oldest first: date, kind, action,\n"
               "                                   description, recorded by\n"
               "  pathway print PERSON_ID --what plan|contract|convocation --out FILE.pdf [--appointment "
               "ID]\n"
               "                                   write the action plan, the latest contract or a "
               "convocation\n"
               "                                   letter (the next appointment unless --appointment) as a "
               "PDF\n"
               "  intake import FILE.csv [--dry-run] [--create-duplicates] [--mapping \"Header=field,...\"]\n"
               "                                   import the list of people to orient (UTF-8 or "
               "Windows-1252,\n"
               "                                   ; or , separated): one line per row, "
               "LINE<TAB>status<TAB>name\n"
               "                                   <TAB>reason (status: new, update, up-to-date, duplicate,\n"
               "                                   error), then a summary; rows in error and possible "
               "duplicates\n"
               "                                   are not written (--create-duplicates: create the "
               "latter);\n"
               "                                   --dry-run writes nothing\n"
               "  report monthly --month YYYY-MM [--structure ID] [--adviser ID] --format pdf|csv|xlsx|json\n"
               "                 --out FILE [--suppress-small-cells]\n"
               "                                   the activity report of a month (whole database unless a\n"
               "                                   structure or an adviser's caseload is named), with the\n"
               "                                   previous month and the same month last year; small "
               "counts\n"
               "                                   (1 to 4) hidden with --suppress-small-cells\n"
               "  report sql --month YYYY-MM [--structure ID] [--adviser ID]\n"
               "                                   the SQL statements of that report, values written in, "
               "one\n"
               "                                   per line (for the sqlite3 shell)\n"
               "  directory import FILE [--source NAME] [--dry-run]\n"
               "                                   import a data·inclusion file (JSON structures, services "
               "or\n"
               "                                   both; CSV of services): one line per problem,\n"
               "                                   RECORD-ID<TAB>field<TAB>error|warning<TAB>message, then "
               "a\n"
               "                                   summary; exit 1 if the file is not the format\n"
               "  directory search [TEXT] [--theme CODE,...] [--commune INSEE] [--type CODE] [--free]\n"
               "                   [--withdrawn] [--limit N]\n"
               "                                   services found: key, name, structure, commune, "
               "thématiques,\n"
               "                                   age in days, quality (0-1), separated by tabs\n"
               "  directory export --out FILE.json the services and structures added in Jalon, as\n"
               "                                   data·inclusion JSON {\"structures\": [], \"services\": "
               "[]}\n"
               "\n"
               "Lists print one person per line: id, last name, first name, birth date, commune, separated "
               "by tabs.\n"
               "\n"
               "Options:\n"
               "  --db FILE      the database file (default: $JALON_DB, else %1)\n"
               "  --lang fr|en   language of messages (default: the language chosen in Jalon's settings)\n"
               "  --help         this help\n"
               "  --version      Jalon's version\n"
               "\n"
               "Exit status: 0 success, 1 error, 2 wrong usage.\n")
        .arg(Database::defaultPath());
}

} // namespace

int main(int argc, char* argv[]) {
    // Documents need fonts, hence a QGuiApplication; with no platform named, the offscreen one,
    // so that jalon-cli runs on a server without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    defaultMessageHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(defaultMessageHandler);
    QCoreApplication::setOrganizationName(QStringLiteral("Jalon"));
    QCoreApplication::setApplicationName(QStringLiteral("Jalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JALON_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    // Global options may stand anywhere; take them out before the command sees its words.
    QString databaseOption;
    QString language;
    bool wantHelp = false;
    bool wantVersion = false;
    QString usageError;
    for (int i = 0; i < args.size();) {
        const QString arg = args.at(i);
        const auto takeValue = [&](QString* target) {
            if (arg.contains(QLatin1Char('='))) {
                *target = arg.section(QLatin1Char('='), 1);
                args.removeAt(i);
            } else if (i + 1 < args.size()) {
                *target = args.at(i + 1);
                args.remove(i, 2);
            } else {
                args.removeAt(i);
            }
            if (target->isEmpty()) {
                usageError = QCoreApplication::translate("Cli", "The option %1 needs a value.")
                                 .arg(arg.section(QLatin1Char('='), 0, 0));
            }
        };
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            takeValue(&databaseOption);
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            takeValue(&language);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            wantHelp = true;
            args.removeAt(i);
        } else if (arg == QLatin1String("--version")) {
            wantVersion = true;
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    if (language.isEmpty()) {
        language = Settings().language();
    }
    const bool languageKnown = installTranslations(app, language);

    CliContext context(Database::resolvePath(databaseOption));
    if (!languageKnown) {
        return context.usage(
            QCoreApplication::translate("Cli", "Unknown language %1: use fr or en.").arg(language));
    }
    if (!usageError.isEmpty()) {
        return context.usage(usageError);
    }
    if (wantVersion) {
        context.out() << "jalon-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (wantHelp || args.isEmpty()) {
        (wantHelp ? context.out() : context.err()) << helpText() << Qt::flush;
        return wantHelp ? Success : UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("demo")) {
        return runDemo(context, args);
    }
    if (command == QLatin1String("persons")) {
        return runPersons(context, args);
    }
    if (command == QLatin1String("questionnaire")) {
        return runQuestionnaire(context, args);
    }
    if (command == QLatin1String("diagnostic")) {
        return runDiagnostic(context, args);
    }
    if (command == QLatin1String("intake")) {
        return runIntake(context, args);
    }
    if (command == QLatin1String("report")) {
        return runReport(context, args);
    }
    if (command == QLatin1String("pathway")) {
        return runPathway(context, args);
    }
    if (command == QLatin1String("directory")) {
        return runDirectory(context, args);
    }
    return context.usage(QCoreApplication::translate("Cli", "Unknown command: %1.").arg(command));
}
