#include "timeline/PathwayWidget.h"

#include "ui_PathwayWidget.h"

#include "directory/DirectoryWidget.h"
#include "documents/PathwayDocuments.h"
#include "timeline/PathwayDialogs.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineStyle.h"

#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/PathwayChoices.h"
#include "pathway/Timeline.h"

#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QTextDocument>
#include <QToolButton>

namespace jalon {

namespace {

bool isFindKey(const QEvent* event) {
    const auto* key = static_cast<const QKeyEvent*>(event);
    return key->matches(QKeySequence::Find);
}

} // namespace

PathwayWidget::PathwayWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PathwayWidget)
    , m_model(new TimelineModel(this))
    , m_filter(new TimelineFilterModel(this)) {
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    QTreeView* view = m_ui->timelineView;
    view->setModel(m_filter);
    QHeaderView* header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);
    // Widths to fit their content (events sit one level deep); the description takes the rest.
    const QFontMetrics metrics = view->fontMetrics();
    header->resizeSection(TimelineModel::DateColumn,
                          metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) +
                              2 * view->indentation() + 16);
    header->resizeSection(TimelineModel::KindColumn,
                          metrics.horizontalAdvance(QStringLiteral("Appointment")) + 36);
    header->resizeSection(TimelineModel::RecordedByColumn,
                          metrics.horizontalAdvance(QStringLiteral("Conseillère locale")) + 12);
    m_runDialog = [](QDialog& dialog) { return dialog.exec(); };
    setUpFilters();
    setUpAddMenu();
    setUpPrintMenu();
    m_runPreview = [this](QTextDocument& document, const QString& title) {
        previewDocument(document, title, this);
    };
    connect(view, &QTreeView::activated, this, &PathwayWidget::openEvent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PathwayWidget::afterFilterChange);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PathwayWidget::afterFilterChange);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PathwayWidget::afterFilterChange);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PathwayWidget::updateCount);
    setPerson({});
}

PathwayWidget::~PathwayWidget() = default;

void PathwayWidget::setUpFilters() {
    for (const Choice& kind : PathwayChoices::eventKinds()) {
        auto* button = new QToolButton(this);
        button->setObjectName(kind.code + QStringLiteral("KindButton"));
        button->setIcon(TimelineStyle::kindIcon(kind.code));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setProperty("kind", kind.code);
        button->setToolTip(tr("Show or hide: %1").arg(kind.label));
        button->setAccessibleName(kind.label);
        button->setAccessibleDescription(tr("Shows or hides this kind of event"));
        connect(button, &QToolButton::toggled, this, &PathwayWidget::applyKinds);
        m_ui->kindLayout->addWidget(button);
        m_kindButtons.append(button);
    }
    // Tab order: search, period, Add, the kinds, All, the timeline.
    setTabOrder(m_ui->addButton, m_kindButtons.first());
    for (int i = 1; i < m_kindButtons.size(); ++i) {
        setTabOrder(m_kindButtons.at(i - 1), m_kindButtons.at(i));
    }
    setTabOrder(m_kindButtons.last(), m_ui->allKindsButton);
    setTabOrder(m_ui->allKindsButton, m_ui->timelineView);
    connect(m_ui->allKindsButton, &QToolButton::clicked, this, [this] {
        for (QToolButton* button : std::as_const(m_kindButtons)) {
            const QSignalBlocker blocker(button);
            button->setChecked(true);
        }
        applyKinds();
    });

    using Period = TimelineFilterModel::Period;
    m_ui->periodCombo->addItem(tr("All periods"), static_cast<int>(Period::All));
    m_ui->periodCombo->addItem(tr("Last 3 months"), static_cast<int>(Period::Last3Months));
    m_ui->periodCombo->addItem(tr("3 to 6 months ago"), static_cast<int>(Period::From3To6Months));
    m_ui->periodCombo->addItem(tr("6 to 12 months ago"), static_cast<int>(Period::From6To12Months));
    m_ui->periodCombo->addItem(tr("Over 12 months ago"), static_cast<int>(Period::Older));
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPeriod(static_cast<Period>(m_ui->periodCombo->currentData().toInt()));
        afterFilterChange();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        afterFilterChange();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->timelineView->setFocus();
        if (!m_ui->timelineView->currentIndex().isValid()) {
            m_ui->timelineView->setCurrentIndex(m_filter->index(0, 0, m_filter->index(0, 0)));
        }
    });
}

void PathwayWidget::setUpAddMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("addMenu"));
    for (const Choice& kind : PathwayDialogs::addableKinds()) {
        QAction* action = menu->addAction(TimelineStyle::kindIcon(kind.code), kind.label);
        action->setObjectName(kind.code + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, [this, code = kind.code] { addRecord(code); });
        // Groups: the frame of the follow-up, meetings and contract, the plan, the rest.
        if (kind.code == QLatin1String("reorientation") || kind.code == QLatin1String("contract") ||
            kind.code == QLatin1String("action") || kind.code == QLatin1String("note")) {
            menu->addSeparator();
        }
    }
    // A referral found in the local offer directory, prefiltered for the person.
    menu->addSeparator();
    QAction* findAction = menu->addAction(tr("&Find a service in the directory…"));
    findAction->setObjectName(QStringLiteral("findServiceAction"));
    connect(findAction, &QAction::triggered, this, &PathwayWidget::findService);
    m_ui->addButton->setMenu(menu);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_ui->addButton, &QToolButton::showMenu);
}

void PathwayWidget::setUpPrintMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("printMenu"));
    const QList<std::pair<PathwayPrintout::What, QString>> documents{
        {PathwayPrintout::What::Plan, tr("Action &plan…")},
        {PathwayPrintout::What::Contract, tr("&Contract…")},
        {PathwayPrintout::What::Convocation, tr("Con&vocation letter…")}};
    const QStringList names{QStringLiteral("printPlanAction"), QStringLiteral("printContractAction"),
                            QStringLiteral("printConvocationAction")};
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QAction* action = menu->addAction(documents[i].second);
        action->setObjectName(names[i]);
        connect(action, &QAction::triggered, this,
                [this, what = documents[i].first] { printDocument(what); });
    }
    m_ui->printButton->setMenu(menu);
}

void PathwayWidget::printDocument(PathwayPrintout::What what) {
    if (m_personId.isEmpty() || !m_database) {
        return;
    }
    QString appointmentId;
    if (what == PathwayPrintout::What::Convocation) {
        const QModelIndex selected = m_ui->timelineView->currentIndex();
        const QModelIndex current = selected.sibling(selected.row(), 0);
        if (current.data(TimelineModel::KindRole).toString() == QLatin1String("appointment")) {
            appointmentId = current.data(TimelineModel::EntityIdRole).toString();
        }
    }
    Result<PathwayDocument> built =
        buildPathwayDocument(*m_database, m_actor, m_personId, what, appointmentId);
    if (!built) {
        Q_EMIT statusMessage(built.error());
        return;
    }
    m_runPreview(*built->document, built->title);
}

void PathwayWidget::initialize(Database& database, const Actor& actor) {
    m_database = &database;
    m_actor = actor;
}

void PathwayWidget::setPerson(const QString& personId) {
    m_personId = personId;
    const bool any = !personId.isEmpty() && m_database;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->addButton), static_cast<QWidget*>(m_ui->periodCombo),
                       static_cast<QWidget*>(m_ui->kindsLabel), static_cast<QWidget*>(m_ui->searchEdit),
                       static_cast<QWidget*>(m_ui->allKindsButton)}) {
        w->setEnabled(any);
    }
    for (QToolButton* button : std::as_const(m_kindButtons)) {
        button->setEnabled(any);
    }
    // Browsing the register changes person often: read the pathway only when the tab shows.
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void PathwayWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void PathwayWidget::reload() {
    m_stale = false;
    if (m_personId.isEmpty() || !m_database) {
        m_model->clear();
        m_ui->overview->clear();
        updateCount();
        return;
    }
    Result<QList<PathwayEvent>> events = Timeline(*m_database).events(m_actor, m_personId);
    if (!events) {
        m_model->clear();
        Q_EMIT statusMessage(events.error());
    } else {
        m_model->setEvents(std::move(events).value());
    }
    reloadOverview();
    afterFilterChange();
}

void PathwayWidget::reloadOverview() {
    const QLocale locale;
    QList<TimelineOverview::Bar> orientations;
    if (auto list = FollowUpStore(*m_database).orientations(m_actor, m_personId)) {
        for (const Orientation& o : list.value()) {
            orientations.append({o.startDate, o.endDate,
                                 PathwayChoices::label(PathwayChoices::orientationKinds(), o.kind),
                                 TimelineStyle::kindColour(QStringLiteral("orientation"))});
        }
    }
    QList<TimelineOverview::Bar> contracts;
    if (auto list = ContractStore(*m_database).ofPerson(m_actor, m_personId)) {
        for (const Contract& c : list.value()) {
            const QString label = c.signedOn.isValid() ? c.kind : tr("%1 (not signed)").arg(c.kind);
            contracts.append({c.startDate, c.endedOn.isValid() ? c.endedOn : c.plannedEnd, label,
                              TimelineStyle::kindColour(QStringLiteral("contract"))});
        }
    }
    QList<TimelineOverview::Dot> appointments;
    if (auto list = AppointmentStore(*m_database).ofPerson(m_actor, m_personId)) {
        for (const Appointment& a : list.value()) {
            appointments.append(
                {a.scheduledAt,
                 tr("%1 — %2: %3")
                     .arg(locale.toString(a.scheduledAt, QLocale::ShortFormat),
                          PathwayChoices::label(PathwayChoices::appointmentPurposes(), a.purpose),
                          PathwayChoices::label(PathwayChoices::appointmentStatuses(), a.status)),
                 TimelineStyle::appointmentStatusColour(a.status)});
        }
    }
    m_ui->overview->setContent(std::move(orientations), std::move(contracts), std::move(appointments));
}

void PathwayWidget::applyKinds() {
    QSet<QString> kinds;
    for (QToolButton* button : std::as_const(m_kindButtons)) {
        if (button->isChecked()) {
            kinds.insert(button->property("kind").toString());
        }
    }
    if (kinds.size() == m_kindButtons.size()) {
        m_filter->showAllKinds();
    } else {
        m_filter->setKinds(kinds);
    }
    afterFilterChange();
}

void PathwayWidget::afterFilterChange() {
    QTreeView* view = m_ui->timelineView;
    view->expandAll();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        view->setFirstColumnSpanned(row, {}, true);
    }
    updateCount();
}

void PathwayWidget::updateCount() {
    int shown = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        shown += m_filter->rowCount(m_filter->index(row, 0));
    }
    const int total = m_model->eventCount();
    if (m_personId.isEmpty()) {
        m_ui->countLabel->setText(tr("Choose a person to see their pathway."));
    } else if (total == 0) {
        m_ui->countLabel->setText(tr("Nothing recorded yet: use Add (Ctrl+Shift+N) to record the entry, "
                                     "an orientation or an appointment."));
    } else if (shown == total) {
        m_ui->countLabel->setText(tr("%n event(s)", nullptr, total));
    } else {
        m_ui->countLabel->setText(tr("%1 of %n event(s) shown", nullptr, total).arg(shown));
    }
}

void PathwayWidget::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool PathwayWidget::event(QEvent* event) {
    // Ctrl+F finds a person everywhere else in the window; inside this tab it searches the pathway.
    // The override reaches this widget from whichever child has the focus.
    if (event->type() == QEvent::ShortcutOverride && isFindKey(event) && !m_personId.isEmpty()) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress && isFindKey(event) && !m_personId.isEmpty()) {
        focusSearch();
        return true;
    }
    return QWidget::event(event);
}

void PathwayWidget::selectEvent(const QString& eventId) {
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfEvent(eventId));
    if (!index.isValid()) {
        index = m_filter->index(0, 0, m_filter->index(0, 0));
    }
    if (index.isValid()) {
        m_ui->timelineView->setCurrentIndex(index);
        m_ui->timelineView->scrollTo(index);
    }
}

void PathwayWidget::runAndReload(QDialog& dialog, const QString& selectAfter) {
    const bool accepted = m_runDialog(dialog) == QDialog::Accepted;
    // Reloaded even when cancelled: a dialog of two steps may have saved the first.
    reload();
    selectEvent(selectAfter);
    if (accepted) {
        Q_EMIT pathwayChanged(m_personId);
    }
}

void PathwayWidget::addRecord(const QString& kind) {
    if (m_personId.isEmpty() || !m_database) {
        return;
    }
    std::unique_ptr<QDialog> dialog =
        PathwayDialogs::forNew(PathwayContext{m_database, m_actor, m_personId}, kind, this);
    if (dialog) {
        runAndReload(*dialog, {}); // the newest event is at the top
    }
}

void PathwayWidget::findService() {
    if (m_personId.isEmpty() || !m_database) {
        return;
    }
    DirectoryWidget* directory = DirectoryWidget::showWindow(*m_database, m_actor, this, m_personId);
    connect(directory, &DirectoryWidget::referralRecorded, this, &PathwayWidget::afterReferral,
            Qt::UniqueConnection);
}

void PathwayWidget::afterReferral(const QString& personId) {
    if (personId == m_personId) {
        reload();
    }
    Q_EMIT pathwayChanged(personId);
}

void PathwayWidget::openEvent(const QModelIndex& index) {
    const QModelIndex source = m_filter->mapToSource(index);
    const PathwayEvent* event = m_model->eventAt(source.sibling(source.row(), 0));
    if (!event || !m_database) {
        return;
    }
    const PathwayEvent copy = *event; // the model is reset when the dialog writes
    std::unique_ptr<QDialog> dialog =
        PathwayDialogs::forEvent(PathwayContext{m_database, m_actor, m_personId}, copy, this);
    if (dialog) {
        runAndReload(*dialog, copy.id);
    }
}

} // namespace jalon
