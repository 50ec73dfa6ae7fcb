// The French catalogue: every message of translations/jalon_fr.ts is translated, keeps the placeholders
// and accelerators of its English source, and the catalogue embedded in the build answers in French.
#include "CatchQt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the type attribute of <translation>: unfinished, vanished, obsolete or empty
    QStringList forms;
    qint64 line = 0;
};

struct TsFile {
    QList<TsMessage> messages;
    QString error;
};

// JALON_TEST_SOURCE_DIR, else the tree this file was compiled from (catch_discover_tests of Catch2 v2 keeps
// only the first variable of a list-valued ENVIRONMENT property, so the variable may not reach the test).
QString sourceDir() {
    const QString fromEnvironment = qEnvironmentVariable("JALON_TEST_SOURCE_DIR");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir::cleanPath(QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../.."));
}

TsFile readTs(const QString& path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.forms.append(xml.readElementText());
                }
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

// %1..%9 and %n, with or without the L (localised) flag, which a translation may add or drop.
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(QLatin1Char('%') + it.next().captured(1));
    }
    return found;
}

// A keyboard accelerator: a single & before a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)[\\w]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

QString describe(const TsMessage& message) {
    return QStringLiteral("line %1 [%2] \"%3\"").arg(message.line).arg(message.context, message.source);
}

// Installs a translator for the scope of a test, so other tests in the same process stay in English.
class InstalledTranslator {
public:
    explicit InstalledTranslator(QTranslator& translator)
        : m_translator(translator) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslator(const InstalledTranslator&) = delete;
    InstalledTranslator& operator=(const InstalledTranslator&) = delete;
    bool installed() const { return m_installed; }

private:
    QTranslator& m_translator;
    bool m_installed = false;
};

} // namespace

TEST_CASE("French translations: every message is translated, with its placeholders and accelerators",
          "[i18n][translations]") {
    const TsFile ts = readTs(sourceDir() + QStringLiteral("/translations/jalon_fr.ts"));
    INFO(ts.error.toStdString());
    REQUIRE(ts.error.isEmpty());
    INFO(ts.messages.size() << " messages in jalon_fr.ts");
    REQUIRE(ts.messages.size() > 0);

    QStringList untranslated;
    QStringList wrongPlaceholders;
    QStringList missingAccelerators;
    for (const TsMessage& message : ts.messages) {
        const bool emptyForm = message.forms.isEmpty() ||
                               std::any_of(message.forms.cbegin(), message.forms.cend(),
                                           [](const QString& form) { return form.trimmed().isEmpty(); });
        if (!message.type.isEmpty() || emptyForm) {
            untranslated.append(describe(message) + (message.type.isEmpty()
                                                         ? QStringLiteral(" (empty)")
                                                         : QStringLiteral(" (%1)").arg(message.type)));
            continue;
        }
        if (message.numerus && message.forms.size() < 2) {
            untranslated.append(describe(message) + QStringLiteral(" (needs a singular and a plural form)"));
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& form : message.forms) {
            if (placeholders(form) != expected) {
                wrongPlaceholders.append(describe(message) + QStringLiteral(" -> \"%1\"").arg(form));
            }
            if (hasAccelerator(message.source) && !hasAccelerator(form)) {
                missingAccelerators.append(describe(message) + QStringLiteral(" -> \"%1\"").arg(form));
            }
        }
    }
    {
        INFO("Untranslated, empty, vanished or obsolete messages (run `cmake --build <build> --target "
             "update_translations`, then translate them in translations/jalon_fr.ts):\n"
             << untranslated.join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated.isEmpty());
    }
    {
        INFO("Translations whose %1..%9 / %n placeholders differ from the source's:\n"
             << wrongPlaceholders.join(QLatin1Char('\n')).toStdString());
        CHECK(wrongPlaceholders.isEmpty());
    }
    {
        INFO("Translations that lost the keyboard accelerator (&) of their source:\n"
             << missingAccelerators.join(QLatin1Char('\n')).toStdString());
        CHECK(missingAccelerators.isEmpty());
    }
}

TEST_CASE("French translations: the embedded catalogue answers in French", "[i18n][translations]") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/jalon_fr.qm")));
    CHECK(translator.language() == QStringLiteral("fr_FR"));
    const InstalledTranslator install(translator);
    REQUIRE(install.installed());

    CHECK(QCoreApplication::translate("PersonValidator", "Enter a valid birth date (dd/mm/yyyy).") ==
          QStringLiteral("Saisissez une date de naissance valide (jj/mm/aaaa)."));
    CHECK(QCoreApplication::translate("Cli", "Unknown command: %1.").arg(QStringLiteral("x")) ==
          QStringLiteral("Commande inconnue\u00a0: x."));
    // Forms compiled by uic translate in the context of the form's class.
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&Fichier"));
    // French plural rule: 0 and 1 take the singular. The message's context is taken from the .ts file.
    const TsFile ts = readTs(sourceDir() + QStringLiteral("/translations/jalon_fr.ts"));
    const auto plural = std::find_if(ts.messages.cbegin(), ts.messages.cend(), [](const TsMessage& message) {
        return message.source == QLatin1String("%Ln person(s)");
    });
    REQUIRE(plural != ts.messages.cend());
    const QByteArray pluralContext = plural->context.toUtf8();
    CHECK(QCoreApplication::translate(pluralContext.constData(), "%Ln person(s)", nullptr, 0) ==
          QStringLiteral("0 personne"));
    CHECK(QCoreApplication::translate(pluralContext.constData(), "%Ln person(s)", nullptr, 1) ==
          QStringLiteral("1 personne"));
    CHECK(QCoreApplication::translate(pluralContext.constData(), "%Ln person(s)", nullptr, 2) ==
          QStringLiteral("2 personnes"));
    // An unknown string stays in English.
    CHECK(QCoreApplication::translate("PersonValidator", "No such message.") ==
          QStringLiteral("No such message."));
}

// lupdate must file every string under the context the code looks it up in at run time: explicit
// QCoreApplication::translate contexts, and the full names of Q_OBJECT classes of namespace jalon (lupdate
// finds their headers through the include paths given in translations/CMakeLists.txt).
TEST_CASE("French translations: strings are filed under the contexts the code looks them up in",
          "[i18n][i18n-runtime-contexts]") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/jalon_fr.qm")));
    const struct {
        const char* context;
        const char* source;
    } lookups[] = {
        {"PersonValidator", "Enter the %1."}, // core/persons/PersonValidator.cpp, checkName()
        {"PersonStore", "This person's record does not exist or is not visible to you."},
        {"Database",
         "Cannot read the database %1: it is not a readable file. Check the path and your rights on it."},
        {"PersonChoices", "Right open and payable"},
        {"Cli", "persons list takes no argument."},        // app/cli/PersonsCommand.cpp
        {"PersonCommands", "create %1"},                   // ui/persons/PersonCommands.cpp
        {"jalon::MainWindow", "Signed in: %1 (%2)"},       // MainWindow::tr()
        {"jalon::PersonRegisterWidget", "Current people"}, // PersonRegisterWidget::tr()
        {"jalon::PersonEditor", "New person"},             // PersonEditor::tr()
        {"jalon::PersonListModel", "Last name"},           // PersonListModel::tr()
        {"Level", "strength"},                             // core/diagnostic/Level.cpp
        {"QuestionnaireParser", "A theme is an object."},  // core/diagnostic/DefinitionReader.cpp
        {"QuestionnaireParser", "The condition names an unknown question \"%1\"."}, // DefinitionChecker.cpp
        {"Cli", "%n problem(s) in %1."}, // app/cli/QuestionnaireCommand.cpp
    };
    for (const auto& lookup : lookups) {
        INFO(lookup.context << ": " << lookup.source);
        CHECK_FALSE(translator.translate(lookup.context, lookup.source).isEmpty());
    }
}
