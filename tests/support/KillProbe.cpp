// A GUI process for the "killed right after a save" tests: opens the real main window
// offscreen on the database given, fills the editor by widget names, saves twice (a creation
// then an edit), prints "saved" and keeps running until the test kills it with SIGKILL.
// With --diagnostic it then opens the diagnostic wizard for that person, answers a question,
// waits for the draft to be written, starts typing a comment, prints "typing" and waits.
#include "common/MainWindow.h"
#include "db/Database.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/DiagnosticWizard.h"
#include "diagnostic/QuestionField.h"
#include "diagnostic/QuestionnaireStore.h"
#include "diagnostic/ThemePage.h"
#include "persons/PersonRegisterWidget.h"
#include "security/LocalAccount.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <cstdio>

using namespace jalon;

namespace {
void setField(MainWindow& window, const char* name, const QString& text) {
    auto* edit = window.findChild<QLineEdit*>(QLatin1String(name));
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
}
} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool diagnostic = argc == 3 && QByteArray(argv[2]) == "--diagnostic";
    if (argc != 2 && !diagnostic) {
        std::fprintf(stderr, "usage: jalon-kill-probe DATABASE [--diagnostic]\n");
        return 2;
    }
    auto database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    const Result<Actor> actor = LocalAccount::ensureDefault(*database.value());
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*database.value(), actor.value(), settings);
    window.show();
    window.registerWidget()->setDuplicatePrompt(
        [](const QList<PossibleDuplicate>&) { return QStringLiteral("create"); });

    setField(window, "lastNameEdit", QStringLiteral("Kerhervé"));
    setField(window, "firstNameEdit", QStringLiteral("Maëlle"));
    setField(window, "birthDateEdit", QStringLiteral("02/02/1992"));
    window.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    setField(window, "phoneEdit", QStringLiteral("0611223344"));
    window.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    if (window.registerWidget()->hasUnsavedChanges()) {
        std::fprintf(stderr, "save failed\n");
        return 1;
    }
    std::printf("saved\n");
    std::fflush(stdout);
    if (!diagnostic) {
        return QApplication::exec();
    }

    QuestionnaireStore::ensureBuiltIn(*database.value());
    DiagnosticStore store(*database.value());
    const QString personId = window.registerWidget()->currentPersonId();
    Result<Diagnostic> draft = store.start(actor.value(), personId);
    Result<Questionnaire> grid = draft ? store.questionnaireOf(actor.value(), draft.value()) : draft.status();
    if (!grid) {
        std::fprintf(stderr, "%s\n", qPrintable(grid.error()));
        return 1;
    }
    DiagnosticWizard wizard(*database.value(), actor.value(), draft.value(), grid.value(),
                            QStringLiteral("Probe"));
    wizard.show();
    auto* situation =
        wizard.themePage(0)->field(QStringLiteral("logement.situation"))->findChild<QComboBox*>();
    situation->setCurrentIndex(situation->findData(QStringLiteral("heberge_tiers")));
    const QDeadlineTimer deadline(20000);
    while (!wizard.isSaved() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (!wizard.isSaved()) {
        std::fprintf(stderr, "the draft was not saved\n");
        return 1;
    }
    auto* comment = wizard.themePage(0)->findChild<QPlainTextEdit*>(QStringLiteral("themeComment"));
    comment->insertPlainText(QStringLiteral("Chez sa sœur"));
    std::printf("typing %s\n", qPrintable(draft->id));
    std::fflush(stdout);
    return QApplication::exec();
}
