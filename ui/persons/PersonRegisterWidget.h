#pragma once

#include "persons/DuplicateFinder.h"
#include "persons/Person.h"
#include "security/Actor.h"

#include <QScopedPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace Ui {
class PersonRegisterWidget;
}

namespace jalon {

class Database;
class DraftStore;
class PersonListModel;
class PersonStore;

// The register screen (layout in forms/persons/PersonRegisterWidget.ui): search, status
// filter, the lazily loaded list, and the editor of the selected person. It saves through
// PersonStore and the undo stack, keeps a draft of every unsaved edit so that nothing typed
// is lost, and asks before unsaved edits would be dropped.
class PersonRegisterWidget : public QWidget {
    Q_OBJECT
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice(const QString& personName)>;
    using DuplicatePrompt = std::function<QString(const QList<PossibleDuplicate>&)>; // "", "create" or an id
    using QuestionPrompt = std::function<bool(const QString& question)>;

    explicit PersonRegisterWidget(QWidget* parent = nullptr);
    ~PersonRegisterWidget() override;

    void initialize(Database& database, const Actor& actor, QUndoStack* undoStack);
    // Offers to resume drafts left by a crash or a forced close.
    void offerDrafts();

    PersonListModel* model() const { return m_model; }
    bool hasUnsavedChanges() const;
    // Before the window closes or the editor changes person: true when it may go ahead.
    bool settleUnsavedChanges();

    void newPerson();
    bool save();
    void toggleArchive();
    void focusSearch();
    // The current person's diagnostics tab, and its actions (the Diagnostic menu).
    void showDiagnostics();
    void startDiagnostic();
    void printDiagnostic();
    bool openPerson(const QString& id);
    // The person shown in the file (empty for a new, unsaved one).
    const QString& currentPersonId() const { return m_currentId; }

    // Replace the dialogs (tests drive the screen without modal windows).
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    void setDuplicatePrompt(DuplicatePrompt prompt) { m_duplicatePrompt = std::move(prompt); }
    void setQuestionPrompt(QuestionPrompt prompt) { m_questionPrompt = std::move(prompt); }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void installDefaultPrompts();
    void onCurrentRowChanged(int row);
    void onPersonChanged(const QString& id);
    void updateCount();
    void updateArchiveButton();
    void revert();
    void saveDraftSoon();
    void saveDraftNow();
    void removeDraft(const QString& key);
    QString draftKey() const;
    void selectPerson(const QString& id);
    bool createPerson(const Person& person);
    bool updatePerson(const Person& person);

    const QScopedPointer<Ui::PersonRegisterWidget> m_ui;
    Database* m_database = nullptr;
    Actor m_actor;
    QUndoStack* m_undoStack = nullptr;
    PersonListModel* m_model = nullptr;
    std::unique_ptr<PersonStore> m_store;
    std::unique_ptr<DraftStore> m_drafts;
    QTimer* m_searchTimer;
    QTimer* m_draftTimer;
    QString m_currentId;
    bool m_changingSelection = false;
    UnsavedPrompt m_unsavedPrompt;
    DuplicatePrompt m_duplicatePrompt;
    QuestionPrompt m_questionPrompt;
};

} // namespace jalon
