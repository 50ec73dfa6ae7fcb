#include "persons/PersonRegisterWidget.h"

#include "ui_PersonRegisterWidget.h"

#include "diagnostic/DiagnosticHistoryWidget.h"
#include "timeline/PathwayWidget.h"

#include "db/Database.h"
#include "drafts/DraftStore.h"
#include "persons/DuplicateDialog.h"
#include "persons/PersonCommands.h"
#include "persons/PersonJson.h"
#include "persons/PersonListModel.h"
#include "persons/PersonStore.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

namespace jalon {

namespace {
constexpr int kSearchDelayMs = 60;
constexpr int kDraftDelayMs = 400;
const QString kDraftPrefix = QStringLiteral("person:");
} // namespace

PersonRegisterWidget::PersonRegisterWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PersonRegisterWidget)
    , m_searchTimer(new QTimer(this))
    , m_draftTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({720, 460});
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    m_ui->statusFilterCombo->addItem(tr("Current people"), static_cast<int>(RegisterFilter::Status::Current));
    m_ui->statusFilterCombo->addItem(tr("Awaiting orientation"),
                                     static_cast<int>(RegisterFilter::Status::AwaitingOrientation));
    m_ui->statusFilterCombo->addItem(tr("Followed"), static_cast<int>(RegisterFilter::Status::Followed));
    m_ui->statusFilterCombo->addItem(tr("Exited"), static_cast<int>(RegisterFilter::Status::Exited));
    m_ui->statusFilterCombo->addItem(tr("Archived"), static_cast<int>(RegisterFilter::Status::Archived));
    m_ui->statusFilterCombo->addItem(tr("Everyone"), static_cast<int>(RegisterFilter::Status::All));
    installDefaultPrompts();
}

PersonRegisterWidget::~PersonRegisterWidget() {
    if (m_draftTimer->isActive()) {
        saveDraftNow();
    }
}

void PersonRegisterWidget::installDefaultPrompts() {
    m_unsavedPrompt = [this](const QString& name) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to %1's record?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? UnsavedChoice::Save
               : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                                : UnsavedChoice::Cancel;
    };
    m_duplicatePrompt = [this](const QList<PossibleDuplicate>& duplicates) {
        DuplicateDialog dialog(duplicates, this);
        if (dialog.exec() != QDialog::Accepted) {
            return QString();
        }
        return dialog.choice() == DuplicateDialog::OpenExisting ? dialog.selectedId()
                                                                : QStringLiteral("create");
    };
    m_questionPrompt = [this](const QString& question) {
        return QMessageBox::question(this, tr("Jalon"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes) == QMessageBox::Yes;
    };
}

void PersonRegisterWidget::initialize(Database& database, const Actor& actor, QUndoStack* undoStack) {
    m_database = &database;
    m_actor = actor;
    m_undoStack = undoStack;
    m_store = std::make_unique<PersonStore>(database);
    m_drafts = std::make_unique<DraftStore>(database, actor.userId);
    m_model = new PersonListModel(database, actor, this);
    m_ui->diagnostics->initialize(database, actor);
    connect(m_ui->diagnostics, &DiagnosticHistoryWidget::statusMessage, this,
            &PersonRegisterWidget::statusMessage);
    m_ui->pathway->initialize(database, actor);
    connect(m_ui->pathway, &PathwayWidget::statusMessage, this, &PersonRegisterWidget::statusMessage);
    connect(m_ui->pathway, &PathwayWidget::pathwayChanged, this,
            [this](const QString& id) { m_model->refreshPerson(id); });

    QTableView* table = m_ui->personTable;
    table->setModel(m_model);
    table->horizontalHeader()->setSortIndicator(PersonListModel::LastName, Qt::AscendingOrder);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setColumnWidth(PersonListModel::LastName, 160);
    table->setColumnWidth(PersonListModel::FirstName, 130);
    table->setColumnWidth(PersonListModel::BirthDate, 130);
    table->setColumnWidth(PersonListModel::Commune, 170);
    table->setColumnWidth(PersonListModel::CafNumber, 100);

    connect(
        table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_ui->searchEdit->text());
        if (m_model->rowCount() > 0) {
            m_ui->personTable->setFocus();
            m_ui->personTable->selectRow(0);
        }
    });
    m_ui->searchEdit->installEventFilter(this);
    // Only the sortable columns keep the sort indicator; a click on another puts it back.
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!PersonListModel::isSortable(column)) {
            m_ui->personTable->horizontalHeader()->setSortIndicator(
                m_model->sortColumn(),
                m_model->filter().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(
            static_cast<RegisterFilter::Status>(m_ui->statusFilterCombo->currentData().toInt()));
    });
    connect(m_model, &PersonListModel::countChanged, this, &PersonRegisterWidget::updateCount);
    connect(m_model, &PersonListModel::modelReset, this, [this] {
        selectPerson(m_currentId);
        updateCount();
    });
    connect(m_model, &PersonListModel::loadFailed, this, &PersonRegisterWidget::statusMessage);
    connect(m_ui->newButton, &QPushButton::clicked, this, &PersonRegisterWidget::newPerson);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &PersonRegisterWidget::toggleArchive);
    connect(m_ui->editor, &PersonEditor::edited, this, &PersonRegisterWidget::saveDraftSoon);
    connect(m_ui->editor, &PersonEditor::saveRequested, this, &PersonRegisterWidget::save);
    connect(m_ui->editor, &PersonEditor::revertRequested, this, &PersonRegisterWidget::revert);
    connect(m_draftTimer, &QTimer::timeout, this, &PersonRegisterWidget::saveDraftNow);
    updateCount();
    updateArchiveButton();
}

bool PersonRegisterWidget::hasUnsavedChanges() const {
    return m_ui->editor->isDirty();
}

bool PersonRegisterWidget::settleUnsavedChanges() {
    if (!hasUnsavedChanges()) {
        return true;
    }
    const Person edited = m_ui->editor->person();
    const QString name = edited.lastName.isEmpty() && edited.firstName.isEmpty()
                             ? tr("the new person")
                             : edited.firstName + QLatin1Char(' ') + edited.lastName;
    switch (m_unsavedPrompt(name)) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        revert();
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void PersonRegisterWidget::onCurrentRowChanged(int row) {
    if (m_changingSelection) {
        return;
    }
    const QString id = m_model->idAt(row);
    if (id.isEmpty() || id == m_currentId) {
        return;
    }
    if (!settleUnsavedChanges()) {
        selectPerson(m_currentId); // stay on the person being edited
        return;
    }
    openPerson(id);
}

bool PersonRegisterWidget::openPerson(const QString& id) {
    const Result<Person> person = m_store->get(m_actor, id);
    if (!person) {
        Q_EMIT statusMessage(person.error());
        return false;
    }
    m_currentId = id;
    m_ui->editor->setPerson(person.value());
    m_ui->diagnostics->setPerson(id, person->firstName + QLatin1Char(' ') + person->lastName);
    m_ui->pathway->setPerson(id);
    selectPerson(id);
    updateArchiveButton();
    return true;
}

void PersonRegisterWidget::selectPerson(const QString& id) {
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    m_changingSelection = true;
    if (row >= 0) {
        m_ui->personTable->selectRow(row);
        m_ui->personTable->scrollTo(m_model->index(row, 0));
    } else {
        m_ui->personTable->clearSelection();
    }
    m_changingSelection = false;
}

void PersonRegisterWidget::newPerson() {
    if (!settleUnsavedChanges()) {
        return;
    }
    m_currentId.clear();
    selectPerson({});
    m_ui->editor->setPerson(Person());
    m_ui->diagnostics->setPerson({}, {});
    m_ui->pathway->setPerson({});
    m_ui->personTabs->setCurrentWidget(m_ui->editor);
    m_ui->editor->focusFirstField();
    updateArchiveButton();
}

bool PersonRegisterWidget::save() {
    const Person edited = m_ui->editor->person();
    const QList<FieldError> errors = PersonStore::check(edited);
    if (!errors.isEmpty()) {
        m_ui->editor->showErrors(errors);
        Q_EMIT statusMessage(
            tr("The record was not saved: %n problem(s) to fix.", nullptr, static_cast<int>(errors.size())));
        return false;
    }
    m_ui->editor->clearErrors();
    return m_ui->editor->isNew() ? createPerson(edited) : updatePerson(edited);
}

bool PersonRegisterWidget::createPerson(const Person& person) {
    const auto duplicates = DuplicateFinder(*m_database).find(m_actor, person);
    if (duplicates && !duplicates->isEmpty()) {
        const QString answer = m_duplicatePrompt(duplicates.value());
        if (answer.isEmpty()) {
            return false;
        }
        if (answer != QLatin1String("create")) {
            removeDraft(kDraftPrefix + QStringLiteral("new"));
            m_ui->editor->setPerson(Person()); // the adviser chose the existing record instead
            return openPerson(answer);
        }
    }
    const Result<QString> id = m_store->create(m_actor, person);
    if (!id) {
        Q_EMIT statusMessage(id.error());
        return false;
    }
    removeDraft(kDraftPrefix + QStringLiteral("new"));
    const Result<Person> stored = m_store->get(m_actor, id.value());
    m_undoStack->push(new CreatePersonCommand(
        {m_store.get(), m_actor, [this](const QString& changed) { onPersonChanged(changed); },
         [this](const QString& message) { Q_EMIT statusMessage(message); }},
        stored.value()));
    m_currentId = id.value();
    m_ui->editor->setPerson(stored.value());
    m_ui->diagnostics->setPerson(m_currentId, stored->firstName + QLatin1Char(' ') + stored->lastName);
    m_ui->pathway->setPerson(m_currentId);
    m_model->reload();
    Q_EMIT statusMessage(tr("%1 %2 added.").arg(stored->firstName, stored->lastName));
    return true;
}

bool PersonRegisterWidget::updatePerson(const Person& person) {
    const Person before = m_ui->editor->loaded();
    if (Status updated = m_store->update(m_actor, person); !updated) {
        Q_EMIT statusMessage(updated.error());
        return false;
    }
    removeDraft(draftKey());
    const Result<Person> stored = m_store->get(m_actor, person.id);
    m_undoStack->push(new EditPersonCommand(
        {m_store.get(), m_actor, [this](const QString& changed) { onPersonChanged(changed); },
         [this](const QString& message) { Q_EMIT statusMessage(message); }},
        before, stored.value()));
    m_ui->editor->setPerson(stored.value());
    m_model->refreshPerson(person.id);
    Q_EMIT statusMessage(tr("Record of %1 %2 saved.").arg(stored->firstName, stored->lastName));
    return true;
}

void PersonRegisterWidget::toggleArchive() {
    if (m_currentId.isEmpty() || !settleUnsavedChanges()) {
        return;
    }
    const Result<Person> person = m_store->get(m_actor, m_currentId);
    if (!person) {
        Q_EMIT statusMessage(person.error());
        return;
    }
    const bool archive = !person->archived;
    if (Status done = m_store->setArchived(m_actor, m_currentId, archive); !done) {
        Q_EMIT statusMessage(done.error());
        return;
    }
    m_undoStack->push(new ArchivePersonCommand(
        {m_store.get(), m_actor, [this](const QString& changed) { onPersonChanged(changed); },
         [this](const QString& message) { Q_EMIT statusMessage(message); }},
        person.value(), archive));
    onPersonChanged(m_currentId);
    Q_EMIT statusMessage(archive ? tr("%1 %2 archived.").arg(person->firstName, person->lastName)
                                 : tr("%1 %2 restored.").arg(person->firstName, person->lastName));
}

void PersonRegisterWidget::onPersonChanged(const QString& id) {
    if (id == m_currentId) {
        const Result<Person> person = m_store->get(m_actor, id);
        if (person) {
            m_ui->editor->setPerson(person.value());
        } else { // its creation was undone
            m_currentId.clear();
            m_ui->editor->setPerson(Person());
            m_ui->diagnostics->setPerson({}, {});
            m_ui->pathway->setPerson({});
        }
    }
    m_model->reload();
    updateArchiveButton();
}

void PersonRegisterWidget::revert() {
    m_draftTimer->stop();
    removeDraft(draftKey());
    m_ui->editor->setPerson(m_ui->editor->loaded());
}

bool PersonRegisterWidget::eventFilter(QObject* watched, QEvent* event) {
    // Down in the search field goes to the results, like in a browser's address bar.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model && m_model->rowCount() > 0) {
        m_ui->personTable->setFocus();
        const int row = m_model->rowOf(m_currentId);
        m_ui->personTable->selectRow(row >= 0 ? row : 0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PersonRegisterWidget::focusSearch() {
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void PersonRegisterWidget::updateCount() {
    const int loaded = m_model ? m_model->rowCount() : 0;
    const std::optional<int> total = m_model ? m_model->total() : std::nullopt;
    m_ui->countLabel->setText(total ? tr("%Ln person(s)", nullptr, *total)
                                    : tr("%1 shown, counting…").arg(QLocale().toString(loaded)));
}

void PersonRegisterWidget::updateArchiveButton() {
    const Result<Person> person =
        m_currentId.isEmpty() ? Result<Person>::fail(QString()) : m_store->get(m_actor, m_currentId);
    m_ui->archiveButton->setEnabled(person.isOk());
    m_ui->archiveButton->setText(person && person->archived ? tr("Rest&ore") : tr("&Archive"));
}

QString PersonRegisterWidget::draftKey() const {
    return kDraftPrefix + (m_ui->editor->isNew() ? QStringLiteral("new") : m_ui->editor->loaded().id);
}

void PersonRegisterWidget::saveDraftSoon() {
    m_draftTimer->start();
}

void PersonRegisterWidget::saveDraftNow() {
    if (!m_drafts) {
        return;
    }
    if (!m_ui->editor->isDirty()) {
        removeDraft(draftKey());
        return;
    }
    if (Status kept = m_drafts->save(draftKey(), personToJson(m_ui->editor->person())); !kept) {
        Q_EMIT statusMessage(kept.error());
    }
}

void PersonRegisterWidget::removeDraft(const QString& key) {
    if (m_drafts) {
        m_drafts->remove(key);
    }
}

void PersonRegisterWidget::offerDrafts() {
    const QStringList keys = m_drafts->keys(kDraftPrefix);
    if (keys.isEmpty()) {
        return;
    }
    const QString key = keys.constFirst();
    const Person draft = personFromJson(m_drafts->load(key));
    const QString name = (draft.firstName + QLatin1Char(' ') + draft.lastName).trimmed();
    const QString question = tr("Changes to %1 were not saved when Jalon last closed. Resume them?")
                                 .arg(name.isEmpty() ? tr("a new record") : name);
    if (!m_questionPrompt(question)) {
        m_drafts->remove(key);
        return;
    }
    const QString id = key.mid(kDraftPrefix.size());
    if (id == QLatin1String("new")) {
        newPerson();
    } else if (!openPerson(id)) {
        return;
    }
    m_ui->editor->setEditedContent(draft);
}

} // namespace jalon

namespace jalon {

void PersonRegisterWidget::showDiagnostics() {
    if (m_currentId.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a person in the list first."));
        return;
    }
    m_ui->personTabs->setCurrentWidget(m_ui->diagnostics);
    m_ui->diagnostics->setFocus();
}

void PersonRegisterWidget::startDiagnostic() {
    if (!m_currentId.isEmpty() && !settleUnsavedChanges()) {
        return;
    }
    showDiagnostics();
    if (m_currentId.isEmpty()) {
        return;
    }
    m_ui->diagnostics->newOrResume();
}

void PersonRegisterWidget::printDiagnostic() {
    showDiagnostics();
    if (!m_currentId.isEmpty()) {
        m_ui->diagnostics->printSelected();
    }
}

} // namespace jalon
