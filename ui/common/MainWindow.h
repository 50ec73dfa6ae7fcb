#pragma once

#include "security/Actor.h"

#include <QMainWindow>
#include <QScopedPointer>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace jalon {

class Database;
class PersonRegisterWidget;
class Settings;

// Jalon's main window (layout and actions in forms/common/MainWindow.ui): menus, shortcuts,
// the undo stack, and the two views as tabs: the home screen "To do" (Ctrl+1) and the register
// (Ctrl+2). It wires features; it does not do
// their work. Closing asks about unsaved edits, so nothing typed is dropped silently.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database& database, const Actor& actor, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    PersonRegisterWidget* registerWidget() const;
    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpViews(const Actor& actor);
    void setUpUndo();
    void startIntegrityCheck();
    void showSettings();
    void showAbout();

    const QScopedPointer<Ui::MainWindow> m_ui;
    Database& m_database;
    Settings& m_settings;
    QUndoStack* m_undoStack;
};

} // namespace jalon
