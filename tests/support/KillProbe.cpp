// A GUI process for the "killed right after a save" test: opens the real main window
// offscreen on the database given, fills the editor by widget names, saves twice (a creation
// then an edit), prints "saved <id>" and keeps running until the test kills it with SIGKILL.
#include "common/MainWindow.h"
#include "db/Database.h"
#include "persons/PersonRegisterWidget.h"
#include "security/LocalAccount.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QLineEdit>
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
    if (argc != 2) {
        std::fprintf(stderr, "usage: jalon-kill-probe DATABASE\n");
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
    return QApplication::exec();
}
