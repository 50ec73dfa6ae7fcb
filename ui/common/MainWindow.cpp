#include "common/MainWindow.h"

#include "ui_MainWindow.h"

#include "db/Database.h"
#include "directory/DirectoryWidget.h"
#include "home/HomeWidget.h"
#include "intake/IntakeImportDialog.h"
#include "persons/PersonListModel.h"
#include "persons/PersonRegisterWidget.h"
#include "reports/ReportWindow.h"
#include "security/Permissions.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace jalon {

MainWindow::MainWindow(Database& database, const Actor& actor, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_database(database)
    , m_settings(settings)
    , m_undoStack(new QUndoStack(this)) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Jalon — %1").arg(QDir::toNativeSeparators(database.path())));
    m_ui->registerWidget->initialize(database, actor, m_undoStack);
    setUpUndo();

    auto* userLabel =
        new QLabel(tr("Signed in: %1 (%2)").arg(actor.displayName, roleLabel(actor.role)), this);
    statusBar()->addPermanentWidget(userLabel);
    connect(m_ui->registerWidget, &PersonRegisterWidget::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    setUpViews(actor);
    connect(m_ui->actionNewPerson, &QAction::triggered, m_ui->registerWidget,
            &PersonRegisterWidget::newPerson);
    connect(m_ui->actionSave, &QAction::triggered, m_ui->registerWidget, &PersonRegisterWidget::save);
    connect(m_ui->actionArchive, &QAction::triggered, m_ui->registerWidget,
            &PersonRegisterWidget::toggleArchive);
    connect(m_ui->actionFind, &QAction::triggered, m_ui->registerWidget, &PersonRegisterWidget::focusSearch);
    connect(m_ui->actionDiagnostic, &QAction::triggered, m_ui->registerWidget,
            &PersonRegisterWidget::startDiagnostic);
    connect(m_ui->actionDiagnosticHistory, &QAction::triggered, m_ui->registerWidget,
            &PersonRegisterWidget::showDiagnostics);
    connect(m_ui->actionPrintDiagnostic, &QAction::triggered, m_ui->registerWidget,
            &PersonRegisterWidget::printDiagnostic);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    // File > Import intake list: the département's list of people to orient (IntakeImportDialog).
    auto* importIntake = new QAction(tr("&Import intake list…"), this);
    importIntake->setObjectName(QStringLiteral("actionImportIntake"));
    importIntake->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importIntake->setEnabled(isAllowed(actor, Permission::OrientPeople));
    m_ui->fileMenu->insertAction(m_ui->actionSettings, importIntake);
    connect(importIntake, &QAction::triggered, this, [this, actor] {
        IntakeImportDialog dialog(m_database, actor, this);
        connect(&dialog, &IntakeImportDialog::importFinished, this, [this](bool written) {
            if (written) {
                m_ui->registerWidget->model()->reload();
            }
        });
        dialog.exec();
    });
    // Reports > Monthly activity report: a window of its own beside this one, kept (with its last
    // report) when closed.
    connect(m_ui->actionActivityReport, &QAction::triggered, this, [this, actor] {
        auto* window = findChild<ReportWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!window) {
            window = new ReportWindow(m_database, actor, this);
            window->useSettings(m_settings);
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    // Local offer > Directory of services: a window of its own, for no person in particular.
    m_ui->actionDirectory->setEnabled(isAllowed(actor, Permission::ViewDirectory));
    connect(m_ui->actionDirectory, &QAction::triggered, this,
            [this, actor] { DirectoryWidget::showWindow(m_database, actor, this); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    restoreGeometry(m_settings.bytes(Settings::Key::MainWindowGeometry));
    if (!database.migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(
            tr("The database was updated to this version of Jalon; a copy of the previous "
               "file was kept in %1.")
                .arg(QDir::toNativeSeparators(database.migrationBackupPath())));
    }
    m_ui->homeWidget->setFocus();
    // After the window shows: offer to resume what a crash or forced close left unsaved.
    QTimer::singleShot(0, m_ui->registerWidget, &PersonRegisterWidget::offerDrafts);
    if (!database.integrityChecked()) {
        startIntegrityCheck();
    }
}

MainWindow::~MainWindow() = default;

PersonRegisterWidget* MainWindow::registerWidget() const {
    return m_ui->registerWidget;
}

void MainWindow::setUpViews(const Actor& actor) {
    m_ui->homeWidget->initialize(m_database, actor);
    connect(m_ui->homeWidget, &HomeWidget::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    const auto showRegister = [this] { m_ui->viewTabs->setCurrentWidget(m_ui->registerWidget); };
    connect(m_ui->homeWidget, &HomeWidget::personRequested, this, [this, showRegister](const QString& id) {
        showRegister();
        if (m_ui->registerWidget->settleUnsavedChanges()) {
            m_ui->registerWidget->openPerson(id);
        }
    });
    connect(m_ui->actionHome, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_ui->homeWidget);
        m_ui->homeWidget->setFocus();
    });
    connect(m_ui->actionRegister, &QAction::triggered, this, showRegister);
    // The register's actions bring it forward first (connected before the actions' own slots).
    for (QAction* action :
         {m_ui->actionNewPerson, m_ui->actionSave, m_ui->actionArchive, m_ui->actionFind,
          m_ui->actionDiagnostic, m_ui->actionDiagnosticHistory, m_ui->actionPrintDiagnostic}) {
        connect(action, &QAction::triggered, this, showRegister);
    }
}

void MainWindow::setUpUndo() {
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Undoing a saved change must not overwrite edits not yet saved: settle them first.
    for (QAction* action : {undo, redo}) {
        action->disconnect(m_undoStack);
    }
    connect(undo, &QAction::triggered, this, [this] {
        if (m_ui->registerWidget->settleUnsavedChanges()) {
            m_undoStack->undo();
        }
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (m_ui->registerWidget->settleUnsavedChanges()) {
            m_undoStack->redo();
        }
    });
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
}

void MainWindow::startIntegrityCheck() {
    // SQLite's full check reads the whole file: on a worker, with its own connection.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!watcher->result().isEmpty()) {
            QMessageBox::critical(this, tr("Damaged database"), watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([path = m_database.path()] { return integrityProblem(path); }));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_ui->registerWidget->settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    m_settings.setBytes(Settings::Key::MainWindowGeometry, saveGeometry());
    event->accept();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_settings, m_database.path(), this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Jalon"),
                       tr("<h3>Jalon %1</h3><p>Support for insertion caseworkers: diagnostic, pathway, local "
                          "offer and reports, on this computer, offline.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

} // namespace jalon
