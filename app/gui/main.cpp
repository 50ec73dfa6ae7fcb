// jalon: the adviser's desktop application. Wiring only: options, database, translations, window.
#include "common/MainWindow.h"
#include "db/Database.h"
#include "diagnostic/QuestionnaireStore.h"
#include "i18n/Translations.h"
#include "security/LocalAccount.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace jalon;

namespace {

// Opens the database, letting the user pick another file when it cannot be used.
std::unique_ptr<Database> openDatabase(QString path) {
    for (;;) {
        // The window shows at once; a large file's full check runs in the background (MainWindow).
        Result<std::unique_ptr<Database>> opened = Database::open(path, Thoroughness::Deferred);
        if (opened) {
            return std::move(opened).value();
        }
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Jalon"), opened.error());
        QPushButton* other =
            box.addButton(QCoreApplication::translate("main", "Open another file…"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other) {
            return nullptr;
        }
        path =
            QFileDialog::getSaveFileName(nullptr, QCoreApplication::translate("main", "Jalon database"), path,
                                         QCoreApplication::translate("main", "Jalon database (*.sqlite)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty()) {
            return nullptr;
        }
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Jalon"));
    QApplication::setApplicationName(QStringLiteral("Jalon"));
    QApplication::setApplicationVersion(QStringLiteral(JALON_VERSION));

    // The language comes first, so that even --help speaks it.
    Settings settings;
    QString language = settings.language();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
        }
    }
    if (!installTranslations(app, language)) {
        fprintf(stderr, "jalon: unknown language %s (use fr or en)\n", qPrintable(language));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Jalon: support for insertion caseworkers, on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language: fr or en."),
                                        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    std::unique_ptr<Database> database = openDatabase(Database::resolvePath(parser.value(dbOption)));
    if (!database) {
        return 1;
    }
    const Result<Actor> actor = LocalAccount::ensureDefault(*database);
    if (!actor) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Jalon"), actor.error());
        return 1;
    }
    // A new database, or one made by an older Jalon, gets the grids this version ships.
    // Not fatal: the register works without them, and the message says what is wrong.
    if (const Status grids = QuestionnaireStore::ensureBuiltIn(*database); !grids) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Jalon"), grids.error());
    }
    MainWindow window(*database, actor.value(), settings);
    window.show();
    return QApplication::exec();
}
