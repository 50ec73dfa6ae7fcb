#pragma once

#include "TestDatabase.h"

#include "common/MainWindow.h"
#include "persons/PersonRegisterWidget.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jalon::test {

// The main window on a fresh database, offscreen, with the dialogs replaced by answers
// chosen by the test. Widgets are found by the object names of the .ui forms.
class RegisterFixture {
public:
    RegisterFixture()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini"))) {
        openWindow();
    }

    void openWindow() {
        m_window = std::make_unique<MainWindow>(m_db.db(), m_db.actor(), m_settings);
        reg()->setUnsavedPrompt([this](const QString&) {
            ++unsavedPrompts;
            return unsavedAnswer;
        });
        reg()->setDuplicatePrompt([this](const QList<PossibleDuplicate>& found) {
            duplicatesShown = static_cast<int>(found.size());
            return duplicateAnswer;
        });
        reg()->setQuestionPrompt([this](const QString&) {
            ++questions;
            return questionAnswer;
        });
        m_window->show();
        // The window opens on the home screen; these tests work in the register (Ctrl+2).
        m_window->findChild<QAction*>(QStringLiteral("actionRegister"))->trigger();
        QCoreApplication::processEvents();
    }
    void closeWindow() { m_window.reset(); }

    MainWindow* window() { return m_window.get(); }
    PersonRegisterWidget* reg() { return m_window->registerWidget(); }
    TestDatabase& database() { return m_db; }

    template <typename T> T* child(const char* name) {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        REQUIRE(widget != nullptr);
        return widget;
    }
    void type(const char* field, const QString& text) {
        QLineEdit* edit = child<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        // One key event per character, text included: QTest::keyClicks only knows ASCII.
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(edit, &press);
            QCoreApplication::sendEvent(edit, &release);
        }
    }
    void choose(const char* combo, const QString& code) {
        QComboBox* box = child<QComboBox>(combo);
        box->setCurrentIndex(box->findData(code));
    }
    void clickSave() { QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton); }

    PersonRegisterWidget::UnsavedChoice unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Cancel;
    QString duplicateAnswer;
    bool questionAnswer = true;
    int unsavedPrompts = 0;
    int duplicatesShown = 0;
    int questions = 0;

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    Settings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace jalon::test
