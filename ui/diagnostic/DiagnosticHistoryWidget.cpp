#include "diagnostic/DiagnosticHistoryWidget.h"

#include "ui_DiagnosticHistoryWidget.h"

#include "common/PrintPreview.h"
#include "diagnostic/DiagnosticPrintout.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/DiagnosticWizard.h"
#include "diagnostic/QuestionnaireStore.h"
#include "documents/DiagnosticSummaryDocument.h"
#include "documents/LevelStyle.h"
#include "documents/PagedDocumentWriter.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QTextDocument>

namespace jalon {

namespace {

QString changeText(LevelChange change) {
    switch (change) {
    case LevelChange::Improved:
        return QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "▲ improved");
    case LevelChange::Worsened:
        return QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "▼ worsened");
    case LevelChange::Unchanged:
        return QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "= unchanged");
    case LevelChange::NotComparable:
        return {};
    }
    return {};
}

} // namespace

DiagnosticHistoryWidget::DiagnosticHistoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DiagnosticHistoryWidget) {
    m_ui->setupUi(this);
    m_ui->historyList->header()->setStretchLastSection(true);
    m_ui->comparisonTable->header()->setStretchLastSection(true);
    m_runWizard = [](DiagnosticWizard& wizard) { wizard.exec(); };
    m_runPreview = [this](QTextDocument& document, const QString& title) {
        previewDocument(document, title, this);
    };
    m_ask = [this](const QString& question) {
        return QMessageBox::question(this, tr("Diagnostic"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_warn = [this](const QString& message) { QMessageBox::warning(this, tr("Diagnostic"), message); };
    m_chooseGrid = [this](const QStringList& titles) {
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("New diagnostic"), tr("Diagnostic &grid:"), titles, 0, false, &ok);
        return ok ? static_cast<int>(titles.indexOf(chosen)) : -1;
    };
    connect(m_ui->newButton, &QPushButton::clicked, this, &DiagnosticHistoryWidget::newOrResume);
    connect(m_ui->openButton, &QPushButton::clicked, this, &DiagnosticHistoryWidget::openSelected);
    connect(m_ui->startFromButton, &QPushButton::clicked, this, &DiagnosticHistoryWidget::startFromSelected);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DiagnosticHistoryWidget::discardDraft);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DiagnosticHistoryWidget::printSelected);
    connect(m_ui->historyList, &QTreeWidget::currentItemChanged, this,
            &DiagnosticHistoryWidget::showSelected);
    connect(m_ui->historyList, &QTreeWidget::itemActivated, this, &DiagnosticHistoryWidget::openSelected);
    setPerson({}, {});
}

DiagnosticHistoryWidget::~DiagnosticHistoryWidget() = default;

void DiagnosticHistoryWidget::initialize(Database& database, const Actor& actor) {
    m_database = &database;
    m_store = std::make_unique<DiagnosticStore>(database);
    m_actor = actor;
}

void DiagnosticHistoryWidget::setPerson(const QString& personId, const QString& displayName) {
    m_personId = personId;
    m_personName = displayName;
    reload();
}

void DiagnosticHistoryWidget::reload() {
    const QString selected = selectedId();
    m_history.clear();
    m_ui->historyList->clear();
    if (!m_personId.isEmpty() && m_store) {
        Result<QList<DiagnosticSummary>> history = m_store->history(m_actor, m_personId);
        if (history) {
            m_history = std::move(history).value();
        } else {
            reportError(history.error());
        }
    }
    for (const DiagnosticSummary& summary : std::as_const(m_history)) {
        const Questionnaire* grid =
            m_store->grid(m_actor, summary.questionnaireId, summary.questionnaireVersion);
        QStringList priorities;
        for (const QString& themeId : summary.priorityThemes) {
            const Theme* theme = grid ? grid->theme(themeId) : nullptr;
            priorities << (theme ? theme->label.text() : themeId);
        }
        auto* item = new QTreeWidgetItem(
            m_ui->historyList,
            {QLocale().toString(summary.date(), QLocale::ShortFormat),
             summary.state == Diagnostic::State::Validated ? tr("validated") : tr("in progress"),
             summary.adviserName,
             tr("%1, v%2")
                 .arg(grid ? grid->title.text() : summary.questionnaireId)
                 .arg(summary.questionnaireVersion),
             priorities.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, summary.id);
    }
    for (int column = 0; column < 4; ++column) {
        m_ui->historyList->resizeColumnToContents(column);
    }
    if (!selected.isEmpty()) {
        selectDiagnostic(selected);
    }
    if (!m_ui->historyList->currentItem() && m_ui->historyList->topLevelItemCount() > 0) {
        m_ui->historyList->setCurrentItem(m_ui->historyList->topLevelItem(0));
    }
    showSelected();
}

void DiagnosticHistoryWidget::selectDiagnostic(const QString& id) {
    for (int i = 0; i < m_ui->historyList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->historyList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id) {
            m_ui->historyList->setCurrentItem(item);
            return;
        }
    }
}

QString DiagnosticHistoryWidget::selectedId() const {
    const QTreeWidgetItem* item = m_ui->historyList->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DiagnosticHistoryWidget::showSelected() {
    m_ui->comparisonTable->clear();
    m_ui->radar->clear();
    const int row = m_ui->historyList->currentItem()
                        ? m_ui->historyList->indexOfTopLevelItem(m_ui->historyList->currentItem())
                        : -1;
    if (row >= 0 && row < m_history.size()) {
        const DiagnosticSummary& current = m_history.at(row);
        // The previous diagnostic is the next older validated one on the same grid, as in the
        // printed summary (DiagnosticPrintout).
        const DiagnosticSummary* previous = nullptr;
        for (int i = row + 1; i < m_history.size() && !previous; ++i) {
            if (m_history.at(i).state == Diagnostic::State::Validated &&
                m_history.at(i).questionnaireId == current.questionnaireId) {
                previous = &m_history.at(i);
            }
        }
        if (const Questionnaire* grid =
                m_store->grid(m_actor, current.questionnaireId, current.questionnaireVersion)) {
            QList<RadarAxis> axes;
            const QMap<QString, LevelChange> changes = DiagnosticComparison::compare(
                previous ? previous->levels : QMap<QString, Level>(), current.levels);
            for (const Theme& theme : grid->themes) {
                axes.append({theme.id, theme.label.text()});
                const Level level = current.levels.value(theme.id, Level::NotDiscussed);
                const auto before = previous ? previous->levels.constFind(theme.id) : current.levels.cend();
                const bool hasBefore = previous && before != previous->levels.cend();
                auto* item = new QTreeWidgetItem(
                    m_ui->comparisonTable,
                    {theme.label.text(), Levels::label(level), hasBefore ? Levels::label(*before) : QString(),
                     changeText(changes.value(theme.id, LevelChange::NotComparable))});
                item->setIcon(1, LevelStyle::icon(level));
                if (hasBefore) {
                    item->setIcon(2, LevelStyle::icon(*before));
                }
                const LevelChange change = changes.value(theme.id, LevelChange::NotComparable);
                if (change == LevelChange::Improved || change == LevelChange::Worsened) {
                    item->setForeground(3, change == LevelChange::Improved ? QColor(0x2e, 0x7d, 0x32)
                                                                           : QColor(0xc6, 0x28, 0x28));
                }
            }
            m_ui->radar->setAxes(axes);
            m_ui->radar->setLevels(
                tr("Diagnostic of %1").arg(QLocale().toString(current.date(), QLocale::ShortFormat)),
                current.levels,
                previous ? tr("Previous, %1").arg(QLocale().toString(previous->date(), QLocale::ShortFormat))
                         : QString(),
                previous ? previous->levels : QMap<QString, Level>());
            m_ui->comparisonTable->resizeColumnToContents(0);
            m_ui->comparisonTable->resizeColumnToContents(1);
            m_ui->comparisonTable->resizeColumnToContents(2);
        }
    }
    updateButtons();
}

void DiagnosticHistoryWidget::updateButtons() {
    const bool hasPerson = !m_personId.isEmpty() && m_store;
    bool hasDraft = false;
    for (const DiagnosticSummary& summary : std::as_const(m_history)) {
        hasDraft = hasDraft || summary.state == Diagnostic::State::Draft;
    }
    const int row = m_ui->historyList->currentItem()
                        ? m_ui->historyList->indexOfTopLevelItem(m_ui->historyList->currentItem())
                        : -1;
    const bool selectedValidated = row >= 0 && m_history.at(row).state == Diagnostic::State::Validated;
    const bool selectedDraft = row >= 0 && !selectedValidated;
    m_ui->newButton->setEnabled(hasPerson);
    m_ui->newButton->setText(hasDraft ? tr("Resu&me the draft") : tr("Ne&w diagnostic"));
    m_ui->openButton->setEnabled(row >= 0);
    m_ui->startFromButton->setEnabled(selectedValidated && !hasDraft);
    m_ui->discardButton->setEnabled(selectedDraft);
    m_ui->printButton->setEnabled(row >= 0);
}

void DiagnosticHistoryWidget::newOrResume() {
    if (m_personId.isEmpty() || !m_store) {
        return;
    }
    const Result<QString> draft = m_store->draftOf(m_actor, m_personId);
    if (!draft) {
        reportError(draft.error());
        return;
    }
    std::optional<QString> grid;
    if (draft->isEmpty() && !(grid = chooseGrid())) {
        return;
    }
    runWizard(draft->isEmpty() ? m_store->start(m_actor, m_personId, *grid)
                               : m_store->load(m_actor, draft.value()));
}

std::optional<QString> DiagnosticHistoryWidget::chooseGrid() {
    const Result<QList<InstalledQuestionnaire>> installed = QuestionnaireStore(*m_database).list(m_actor);
    QStringList ids;
    QStringList titles;
    if (installed) {
        for (const InstalledQuestionnaire& grid : installed.value()) { // by id, then version
            if (ids.contains(grid.definitionId)) {
                titles[ids.indexOf(grid.definitionId)] = grid.title; // the latest version's title
            } else {
                ids << grid.definitionId;
                titles << grid.title;
            }
        }
    }
    if (ids.size() < 2) {
        return QString(); // the default grid (or the message that it is missing)
    }
    // The territory's common grid first, the others after it.
    if (const qsizetype common = ids.indexOf(DiagnosticStore::defaultDefinitionId()); common > 0) {
        ids.move(common, 0);
        titles.move(common, 0);
    }
    const int chosen = m_chooseGrid(titles);
    if (chosen < 0 || chosen >= ids.size()) {
        return std::nullopt;
    }
    return ids.at(chosen);
}

void DiagnosticHistoryWidget::openSelected() {
    if (selectedId().isEmpty() || !m_store) {
        return;
    }
    runWizard(m_store->load(m_actor, selectedId()));
}

void DiagnosticHistoryWidget::startFromSelected() {
    if (selectedId().isEmpty() || !m_store) {
        return;
    }
    runWizard(m_store->startFrom(m_actor, selectedId()));
}

void DiagnosticHistoryWidget::runWizard(Result<Diagnostic> loaded) {
    Result<Questionnaire> grid = loaded ? m_store->questionnaireOf(m_actor, loaded.value()) : loaded.status();
    if (!grid) {
        reportError(grid.error());
        return;
    }
    Diagnostic diagnostic = std::move(loaded).value();
    const QString id = diagnostic.id;
    DiagnosticWizard wizard(*m_database, m_actor, std::move(diagnostic), std::move(grid).value(),
                            m_personName, window());
    m_runWizard(wizard);
    reload();
    selectDiagnostic(id);
    if (wizard.diagnostic().isValidated()) {
        Q_EMIT statusMessage(tr("Diagnostic validated."));
    }
}

void DiagnosticHistoryWidget::discardDraft() {
    if (selectedId().isEmpty() || !m_store) {
        return;
    }
    if (!m_ask(tr("Discard this diagnostic in progress? What was typed in it will be lost."))) {
        return;
    }
    if (const Status discarded = m_store->discard(m_actor, selectedId()); !discarded) {
        reportError(discarded.error());
    }
    reload();
}

void DiagnosticHistoryWidget::printSelected() {
    if (selectedId().isEmpty() || !m_database) {
        return;
    }
    const Result<DiagnosticPrintout> printout =
        DiagnosticPrintout::gather(*m_database, m_actor, selectedId(), !m_ui->sensitiveCheck->isChecked());
    if (!printout) {
        reportError(printout.error());
        return;
    }
    const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(printout.value());
    m_runPreview(*document, DiagnosticSummaryDocument::title(printout.value()));
}

void DiagnosticHistoryWidget::reportError(const QString& message) {
    Q_EMIT statusMessage(message);
    m_warn(message);
}

} // namespace jalon
