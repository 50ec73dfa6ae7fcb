#include "directory/DirectoryWidget.h"

#include "ui_DirectoryWidget.h"

#include "common/Clock.h"
#include "diagnostic/DiagnosticStore.h"
#include "directory/DirectoryFilterPanel.h"
#include "directory/DirectoryQualityDelegate.h"
#include "directory/DirectoryResultsModel.h"
#include "directory/DirectorySearch.h"
#include "directory/DirectoryStore.h"
#include "directory/PriorityThematiques.h"
#include "documents/ServiceSheetDocument.h"
#include "persons/PersonStore.h"
#include "security/Permissions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QTextDocument>
#include <QTimer>

namespace jalon {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");
constexpr int kSearchDelayMs = 150;
constexpr int kResultLimit = 200;

} // namespace

DirectoryWidget::DirectoryWidget(Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DirectoryWidget)
    , m_database(database)
    , m_actor(actor)
    , m_model(new DirectoryResultsModel(this))
    , m_searchTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->setItemDelegateForColumn(DirectoryResultsModel::QualityColumn,
                                                new DirectoryQualityDelegate(this));
    m_ui->resultsView->verticalHeader()->hide();
    QHeaderView* header = m_ui->resultsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(DirectoryResultsModel::NameColumn,
                          metrics.horizontalAdvance(QLatin1Char('M')) * 20);
    header->resizeSection(DirectoryResultsModel::StructureColumn,
                          metrics.horizontalAdvance(QLatin1Char('M')) * 14);
    header->resizeSection(DirectoryResultsModel::CommuneColumn,
                          metrics.horizontalAdvance(QLatin1Char('M')) * 8);
    header->setSectionResizeMode(DirectoryResultsModel::ThematiquesColumn, QHeaderView::Stretch);
    for (int column : {DirectoryResultsModel::UpdatedColumn, DirectoryResultsModel::QualityColumn,
                       DirectoryResultsModel::FullColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({280, 960});
    m_ui->resultsSplitter->setSizes({330, 420});
    m_ui->fullDateEdit->setDate(Clock::instance().today().addDays(14));
    m_ui->personLabel->hide();
    m_runPreview = [this](QTextDocument& document, const QString& title) {
        previewDocument(document, title, this);
    };

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &DirectoryWidget::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &DirectoryWidget::scheduleSearch);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        search();
        m_ui->resultsView->setFocus();
    });
    connect(m_ui->filterPanel, &DirectoryFilterPanel::changed, this, &DirectoryWidget::scheduleSearch);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryWidget::showCurrent);
    // Enter (or a double-click) on a service: read its sheet.
    connect(m_ui->resultsView, &QAbstractItemView::activated, m_ui->sheetView,
            [this] { m_ui->sheetView->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->referButton, &QPushButton::clicked, this, &DirectoryWidget::referPerson);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DirectoryWidget::printSheet);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &DirectoryWidget::copySheet);
    connect(m_ui->saveNoteButton, &QPushButton::clicked, this, &DirectoryWidget::saveNote);
    connect(m_ui->newLocalButton, &QPushButton::clicked, this, &DirectoryWidget::newLocalService);
    connect(m_ui->editLocalButton, &QPushButton::clicked, this, &DirectoryWidget::editLocalService);
    connect(m_ui->exportLocalButton, &QPushButton::clicked, this, &DirectoryWidget::exportLocal);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_noteDirty = m_sheet.has_value() && m_ui->noteEdit->toPlainText() != m_sheet->localNote;
        updateActions();
    });
    connect(m_ui->fullCheck, &QCheckBox::clicked, this, &DirectoryWidget::applyFullUntil);
    connect(m_ui->fullDateEdit, &QDateEdit::editingFinished, this, [this] {
        if (m_ui->fullCheck->isChecked() && m_sheet && m_ui->fullDateEdit->date() != m_sheet->fullUntil) {
            applyFullUntil();
        }
    });
    setUpShortcuts();

    // Tab order: search, filters, results, sheet, then the sheet's buttons.
    QList<QWidget*> order{m_ui->searchEdit};
    for (const char* name : {"communeEdit", "thematiqueTree", "typeCombo", "publicsCombo", "accueilCombo",
                             "mobilisationCombo", "freeCheck", "withdrawnCheck", "clearButton"}) {
        order << m_ui->filterPanel->findChild<QWidget*>(QLatin1String(name));
    }
    order << m_ui->resultsView << m_ui->sheetView << m_ui->referButton << m_ui->printButton
          << m_ui->copyButton << m_ui->newLocalButton << m_ui->editLocalButton << m_ui->exportLocalButton
          << m_ui->noteEdit << m_ui->saveNoteButton << m_ui->fullCheck << m_ui->fullDateEdit;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    setMessage(QString(), false);
    m_ui->sheetView->showHint(tr("Choose a service in the list to read its sheet."));
    updateActions();
    search();
    m_ui->searchEdit->setFocus();
}

DirectoryWidget::~DirectoryWidget() = default;

DirectoryWidget* DirectoryWidget::showWindow(Database& database, const Actor& actor, QWidget* owner,
                                             const QString& personId) {
    const QString name = QStringLiteral("directoryWindow:") + personId;
    auto* window = owner->findChild<DirectoryWidget*>(name, Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new DirectoryWidget(database, actor, owner);
        window->setObjectName(name);
        window->setWindowFlags(Qt::Window);
        // Closing the main window quits, even with this one open; closing this one deletes it.
        window->setAttribute(Qt::WA_QuitOnClose, false);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!personId.isEmpty()) {
            window->setPerson(personId);
            window->prefilterForPerson();
        }
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

DirectoryFilterPanel* DirectoryWidget::filters() const {
    return m_ui->filterPanel;
}

void DirectoryWidget::setUpShortcuts() {
    const auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, &DirectoryWidget::focusSearch);
    add(QKeySequence::Print, &DirectoryWidget::printSheet);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &DirectoryWidget::copySheet);
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        if (m_ui->newLocalButton->isEnabled()) {
            newLocalService();
        }
    });
}

void DirectoryWidget::setPerson(const QString& personId) {
    m_personId = personId;
    m_personName.clear();
    if (!personId.isEmpty()) {
        const Result<Person> person = PersonStore(m_database).get(m_actor, personId);
        if (person) {
            m_personName = person->firstName + QLatin1Char(' ') + person->lastName.toUpper();
        } else {
            setMessage(person.error(), true);
        }
    }
    m_ui->personLabel->setText(m_personName.isEmpty() ? QString()
                                                      : tr("Finding a service for %1.").arg(m_personName));
    m_ui->personLabel->setVisible(!m_personName.isEmpty());
    setWindowTitle(m_personName.isEmpty() ? tr("Local offer directory")
                                          : tr("Local offer directory — %1").arg(m_personName));
    updateActions();
}

void DirectoryWidget::prefilterForPerson() {
    if (m_personId.isEmpty()) {
        return;
    }
    const QSignalBlocker blocker(m_ui->filterPanel);
    if (const Result<Person> person = PersonStore(m_database).get(m_actor, m_personId)) {
        m_ui->filterPanel->setCommune(person->communeInsee);
    }
    // The latest validated diagnostic's priorities, as thématiques (history is newest first).
    if (const auto history = DiagnosticStore(m_database).history(m_actor, m_personId)) {
        for (const DiagnosticSummary& diagnostic : history.value()) {
            if (diagnostic.state == Diagnostic::State::Validated) {
                m_ui->filterPanel->setThematiques(
                    PriorityThematiques::categoriesFor(diagnostic.priorityThemes));
                break;
            }
        }
    }
    search();
}

void DirectoryWidget::setSearchText(const QString& text) {
    m_ui->searchEdit->setText(text);
}

void DirectoryWidget::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void DirectoryWidget::scheduleSearch() {
    m_searchTimer->start();
}

void DirectoryWidget::search() {
    m_searchTimer->stop();
    DirectoryQuery query;
    query.text = m_ui->searchEdit->text();
    query.limit = kResultLimit;
    m_ui->filterPanel->applyTo(query);
    const QString current = currentKey();
    Result<QList<DirectoryHit>> hits = DirectorySearch(m_database).search(m_actor, query);
    if (!hits) {
        m_model->setHits({});
        setMessage(hits.error(), true);
        m_ui->countLabel->clear();
    } else {
        if (m_ui->messageLabel->styleSheet() == kErrorStyle) {
            setMessage(QString(), false);
        }
        m_model->setHits(std::move(hits).value());
        const int count = m_model->rowCount();
        m_ui->countLabel->setText(count >= kResultLimit ? tr("the first %1 services").arg(kResultLimit)
                                                        : tr("%n service(s)", nullptr, count));
    }
    // Keep the service shown when it is still found, else show the first one.
    const int row = m_model->rowOf(current);
    selectService(row >= 0 ? current : m_model->index(0, 0).data(DirectoryResultsModel::KeyRole).toString());
    Q_EMIT searched(m_model->rowCount());
}

QString DirectoryWidget::currentKey() const {
    return m_sheet ? m_sheet->key : QString();
}

void DirectoryWidget::selectService(const QString& key) {
    const int row = m_model->rowOf(key);
    if (row < 0) {
        m_ui->resultsView->selectionModel()->clearCurrentIndex();
        showCurrent();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_ui->resultsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
    m_ui->resultsView->scrollTo(index);
    if (currentKey() != key) {
        showCurrent();
    }
}

void DirectoryWidget::showCurrent() {
    const QModelIndex index = m_ui->resultsView->currentIndex();
    const QString key = index.isValid()
                            ? index.siblingAtColumn(0).data(DirectoryResultsModel::KeyRole).toString()
                            : QString();
    if (m_noteDirty && m_sheet) {
        saveNote(); // the note typed is not lost when the list changes or another service is chosen
    }
    m_sheet.reset();
    if (key.isEmpty()) {
        m_ui->sheetView->showHint(m_model->rowCount() == 0
                                      ? tr("No service matches: try fewer words or fewer filters.")
                                      : tr("Choose a service in the list to read its sheet."));
    } else if (Result<DirectorySheet> sheet = DirectoryStore(m_database).sheet(m_actor, key)) {
        m_sheet = std::move(sheet).value();
        m_ui->sheetView->showSheet(*m_sheet);
    } else {
        m_ui->sheetView->showHint(sheet.error());
    }
    {
        const QSignalBlocker noteBlocker(m_ui->noteEdit);
        const QSignalBlocker fullBlocker(m_ui->fullCheck);
        m_ui->noteEdit->setPlainText(m_sheet ? m_sheet->localNote : QString());
        m_ui->fullCheck->setChecked(m_sheet && m_sheet->fullUntil.isValid());
        if (m_sheet && m_sheet->fullUntil.isValid()) {
            m_ui->fullDateEdit->setDate(m_sheet->fullUntil);
        }
    }
    m_noteDirty = false;
    updateActions();
}

void DirectoryWidget::updateActions() {
    const bool shown = m_sheet.has_value();
    const bool manage = isAllowed(m_actor, Permission::ManageDirectory);
    m_ui->printButton->setEnabled(shown);
    m_ui->copyButton->setEnabled(shown);
    m_ui->referButton->setEnabled(shown && !m_personId.isEmpty() && !m_sheet->withdrawn);
    m_ui->referButton->setVisible(!m_personId.isEmpty());
    m_ui->referButton->setText(m_personName.isEmpty() ? tr("&Refer to this service")
                                                      : tr("&Refer %1 to this service").arg(m_personName));
    m_ui->noteEdit->setEnabled(shown);
    m_ui->noteEdit->setReadOnly(!manage);
    m_ui->saveNoteButton->setEnabled(shown && manage && m_noteDirty);
    m_ui->fullCheck->setEnabled(shown && manage);
    m_ui->fullDateEdit->setEnabled(shown && manage);
    m_ui->newLocalButton->setEnabled(manage);
    m_ui->exportLocalButton->setEnabled(manage);
    m_ui->editLocalButton->setEnabled(shown && manage && m_sheet->local);
}

void DirectoryWidget::printSheet() {
    if (!m_sheet) {
        return;
    }
    const std::unique_ptr<QTextDocument> document =
        ServiceSheetDocument::build(*m_sheet, Clock::instance().today());
    m_runPreview(*document, ServiceSheetDocument::title(*m_sheet));
}

void DirectoryWidget::copySheet() {
    if (!m_sheet) {
        return;
    }
    QGuiApplication::clipboard()->setText(DirectorySheet::plainText(*m_sheet));
    setMessage(tr("The sheet of “%1” was copied: paste it in an e-mail or a message.").arg(m_sheet->name),
               false);
}

void DirectoryWidget::referPerson() {
    if (!m_sheet || m_personId.isEmpty()) {
        return;
    }
    const QDate today = Clock::instance().today();
    const Result<QString> referral =
        DirectoryStore(m_database).referPerson(m_actor, m_personId, m_sheet->key, today);
    if (!referral) {
        setMessage(tr("The referral was not recorded: %1").arg(referral.error()), true);
        return;
    }
    setMessage(tr("Referral of %1 to “%2” recorded on their pathway (%3).")
                   .arg(m_personName, m_sheet->name, QLocale().toString(today, QLocale::ShortFormat)),
               false);
    Q_EMIT referralRecorded(m_personId, m_sheet->key);
}

void DirectoryWidget::saveNote() {
    if (!m_sheet) {
        return;
    }
    const QString note = m_ui->noteEdit->toPlainText().trimmed();
    const Status saved = DirectoryStore(m_database).setLocalNote(m_actor, m_sheet->key, note);
    if (!saved) {
        setMessage(tr("The note was not saved: %1").arg(saved.error()), true);
        return;
    }
    m_sheet->localNote = note;
    m_noteDirty = false;
    setMessage(tr("Note saved on “%1”.").arg(m_sheet->name), false);
    updateActions();
}

void DirectoryWidget::applyFullUntil() {
    if (!m_sheet) {
        return;
    }
    const QDate until = m_ui->fullCheck->isChecked() ? m_ui->fullDateEdit->date() : QDate();
    const Status saved = DirectoryStore(m_database).setFullUntil(m_actor, m_sheet->key, until);
    if (!saved) {
        setMessage(tr("The service was not marked: %1").arg(saved.error()), true);
        const QSignalBlocker blocker(m_ui->fullCheck);
        m_ui->fullCheck->setChecked(m_sheet->fullUntil.isValid());
        return;
    }
    setMessage(until.isValid() ? tr("“%1” is marked full until %2.")
                                     .arg(m_sheet->name, QLocale().toString(until, QLocale::ShortFormat))
                               : tr("“%1” is no longer marked full.").arg(m_sheet->name),
               false);
    search(); // the list shows the mark, and the sheet is read again
}

QString DirectoryWidget::message() const {
    return m_ui->messageLabel->text();
}

void DirectoryWidget::setMessage(const QString& text, bool error) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? kErrorStyle : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace jalon
