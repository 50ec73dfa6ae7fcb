#pragma once

#include "common/Result.h"
#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"
#include "security/Actor.h"

#include <QScopedPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTextDocument;

namespace Ui {
class DiagnosticHistoryWidget;
}

namespace jalon {

class Database;
class DiagnosticStore;
class DiagnosticWizard;

// The diagnostics tab of a person's file (forms/diagnostic/DiagnosticHistoryWidget.ui): the
// person's diagnostics with date, state and adviser; the selected one on a radar over the
// previous validated one, with the themes that improved or worsened; and the actions to start,
// resume, update, discard and print.
class DiagnosticHistoryWidget : public QWidget {
    Q_OBJECT
public:
    // How a wizard is shown (modal by default; tests drive it in place).
    using WizardRunner = std::function<void(DiagnosticWizard& wizard)>;
    // How the summary is previewed (QPrintPreviewDialog by default).
    using PreviewRunner = std::function<void(QTextDocument& document, const QString& title)>;
    // Asks a yes/no question; tells of an error (message boxes by default).
    using QuestionPrompt = std::function<bool(const QString& question)>;
    using WarningPrompt = std::function<void(const QString& message)>;
    // Chooses among several installed grids (their titles); -1 cancels.
    using GridPrompt = std::function<int(const QStringList& titles)>;

    explicit DiagnosticHistoryWidget(QWidget* parent = nullptr);
    ~DiagnosticHistoryWidget() override;

    void initialize(Database& database, const Actor& actor);
    // Shows the person's diagnostics; an empty id clears the tab.
    void setPerson(const QString& personId, const QString& displayName);
    void reload();

    void newOrResume();
    void openSelected();
    void startFromSelected();
    void discardDraft();
    void printSelected();
    QString selectedId() const;
    void selectDiagnostic(const QString& id);

    void setWizardRunner(WizardRunner runner) { m_runWizard = std::move(runner); }
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }
    void setQuestionPrompt(QuestionPrompt prompt) { m_ask = std::move(prompt); }
    void setWarningPrompt(WarningPrompt prompt) { m_warn = std::move(prompt); }
    void setGridPrompt(GridPrompt prompt) { m_chooseGrid = std::move(prompt); }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showSelected();
    void updateButtons();
    // Shows the wizard on a diagnostic just loaded or started, or tells why it could not be.
    void runWizard(Result<Diagnostic> loaded);
    // The grid a new diagnostic uses: the only one installed, or the one the adviser picks.
    std::optional<QString> chooseGrid();
    void reportError(const QString& message);

    const QScopedPointer<Ui::DiagnosticHistoryWidget> m_ui;
    Database* m_database = nullptr;
    std::unique_ptr<DiagnosticStore> m_store;
    Actor m_actor;
    QString m_personId;
    QString m_personName;
    QList<DiagnosticSummary> m_history;
    WizardRunner m_runWizard;
    PreviewRunner m_runPreview;
    QuestionPrompt m_ask;
    WarningPrompt m_warn;
    GridPrompt m_chooseGrid;
};

} // namespace jalon
