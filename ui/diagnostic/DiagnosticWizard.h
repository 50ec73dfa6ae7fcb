#pragma once

#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"
#include "security/Actor.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

class QTimer;

namespace Ui {
class DiagnosticWizard;
}

namespace jalon {

class Database;
class DiagnosticStore;
class PrioritiesPage;
class ThemePage;

// The interview (forms/diagnostic/DiagnosticWizard.ui): one page per theme of the grid, then
// the priorities page. What is typed is saved to the draft half a second after the last
// keystroke and when the window closes, so a crash loses at most the field being typed.
// Validating asks for confirmation and locks the diagnostic; a validated one opens read-only.
// A theme's page is built the first time it is shown, so that the window opens at once.
class DiagnosticWizard : public QDialog {
    Q_OBJECT
public:
    using ConfirmPrompt = std::function<bool(QWidget* parent)>;
    // Asked when closing while the last changes could not be written: true closes anyway.
    using CloseAnywayPrompt = std::function<bool(QWidget* parent, const QString& error)>;

    DiagnosticWizard(Database& database, const Actor& actor, Diagnostic diagnostic,
                     Questionnaire questionnaire, const QString& personName, QWidget* parent = nullptr);
    ~DiagnosticWizard() override;

    const Diagnostic& diagnostic() const { return m_diagnostic; }
    int pageCount() const;
    int currentPage() const;
    // Shows the page; with focusFirstField, its first question takes the focus.
    void goToPage(int index, bool focusFirstField = true);
    // The theme's page, built on first use.
    ThemePage* themePage(int index);
    PrioritiesPage* prioritiesPage() const { return m_prioritiesPage; }
    // Writes pending changes now; false (with the message shown) if the store refused them.
    bool saveNow();
    // Saves, then validates after the confirmation; false if refused or cancelled.
    bool validateDiagnostic();
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }
    void setCloseAnywayPrompt(CloseAnywayPrompt prompt) { m_closeAnyway = std::move(prompt); }
    QString saveState() const;
    // Whether everything typed so far is in the database.
    bool isSaved() const { return !m_pending; }

    void done(int result) override;

Q_SIGNALS:
    void diagnosticChanged(const QString& diagnosticId);

private:
    void buildPages();
    void onEdited();
    void refresh();
    void updateNavigation();
    void showSaveError(const QString& message);

    const QScopedPointer<Ui::DiagnosticWizard> m_ui;
    std::unique_ptr<DiagnosticStore> m_store;
    Actor m_actor;
    Diagnostic m_diagnostic;
    Questionnaire m_questionnaire;
    QList<ThemePage*> m_themePages;
    PrioritiesPage* m_prioritiesPage = nullptr;
    QTimer* m_saveTimer;
    ConfirmPrompt m_confirm;
    CloseAnywayPrompt m_closeAnyway;
    QString m_lastSaveError;
    bool m_pending = false;
    bool m_loading = false;
};

} // namespace jalon
