#include "home/HomeWidget.h"

#include "ui_HomeWidget.h"

#include "timeline/TimelineStyle.h"

#include "common/Clock.h"
#include "pathway/AppointmentStore.h"
#include "pathway/PathwayChoices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>

namespace jalon {

namespace {

QDate mondayOf(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

HomeWidget::HomeWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HomeWidget) {
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    QHeaderView* header = m_ui->listsTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header->resizeSection(0, 260);
    header->resizeSection(1, 170);

    connect(m_ui->listsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, PersonIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT personRequested(id);
        }
    });
    connect(m_ui->agenda, &WeekAgenda::personRequested, this, &HomeWidget::personRequested);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HomeWidget::reload);
    connect(m_ui->previousWeekButton, &QToolButton::clicked, this,
            [this] { showWeek(weekShown().addDays(-7)); });
    connect(m_ui->nextWeekButton, &QToolButton::clicked, this, [this] { showWeek(weekShown().addDays(7)); });
    connect(m_ui->thisWeekButton, &QPushButton::clicked, this,
            [this] { showWeek(mondayOf(Clock::instance().today())); });
    const auto shortcut = [this](const QKeySequence& keys, QAbstractButton* button) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QAbstractButton::click);
    };
    shortcut(QKeySequence::Refresh, m_ui->refreshButton);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), m_ui->previousWeekButton);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), m_ui->nextWeekButton);
}

HomeWidget::~HomeWidget() = default;

void HomeWidget::initialize(Database& database, const Actor& actor) {
    m_database = &database;
    m_actor = actor;
}

void HomeWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void HomeWidget::reload() {
    const QDate today = Clock::instance().today();
    m_ui->titleLabel->setText(
        tr("To do — %1").arg(QLocale().toString(today, QStringLiteral("dddd d MMMM yyyy"))));
    if (!m_database) {
        return;
    }
    const Result<AdviserDay::Lists> lists = AdviserDay(*m_database).lists(m_actor);
    if (!lists) {
        Q_EMIT statusMessage(lists.error());
        fillLists({});
    } else {
        fillLists(lists.value());
    }
    showWeek(weekShown().isValid() ? weekShown() : mondayOf(today));
}

QDate HomeWidget::weekShown() const {
    return m_ui->agenda->monday();
}

void HomeWidget::showWeek(const QDate& monday) {
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    const QString from = locale.toString(monday, monday.month() == sunday.month() ? QStringLiteral("d")
                                                                                  : QStringLiteral("d MMMM"));
    m_ui->weekLabel->setText(
        tr("Week of %1 to %2").arg(from, locale.toString(sunday, QStringLiteral("d MMMM yyyy"))));
    QList<AdviserDay::AppointmentLine> lines;
    if (m_database) {
        Result<QList<AdviserDay::AppointmentLine>> week = AdviserDay(*m_database).week(m_actor, monday);
        if (week) {
            lines = std::move(week).value();
        } else {
            Q_EMIT statusMessage(week.error());
        }
    }
    m_ui->agenda->setWeek(monday, lines);
    m_ui->agenda->setAccessibleDescription(m_ui->weekLabel->text());
}

QTreeWidgetItem* HomeWidget::sectionItem(Section section) const {
    QTreeWidget* tree = m_ui->listsTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, SectionRole).toInt() == static_cast<int>(section)) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

QTreeWidgetItem* HomeWidget::addSection(Section section, const QString& title, int count) {
    auto* item = new QTreeWidgetItem(m_ui->listsTree, {title});
    item->setData(0, SectionRole, static_cast<int>(section));
    item->setFirstColumnSpanned(true);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(0, bold);
    if (count == 0) {
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    return item;
}

void HomeWidget::fillLists(const AdviserDay::Lists& lists) {
    QTreeWidget* tree = m_ui->listsTree;
    // Keep what the adviser folded or unfolded; "this week" starts folded (the agenda shows it).
    QHash<int, bool> expanded = {{static_cast<int>(Section::ThisWeek), false}};
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        expanded.insert(tree->topLevelItem(i)->data(0, SectionRole).toInt(),
                        tree->topLevelItem(i)->isExpanded());
    }
    const QString current =
        tree->currentItem() ? tree->currentItem()->data(0, PersonIdRole).toString() : QString();
    tree->clear();
    const auto count = [](const auto& list) {
        return static_cast<int>(std::min<qsizetype>(list.size(), AdviserDay::kMaxLines));
    };
    const auto shown = [](const auto& list) { return list.mid(0, AdviserDay::kMaxLines); };

    QTreeWidgetItem* s = addSection(
        Section::Today, tr("Appointments today (%n)", nullptr, count(lists.today)), count(lists.today));
    for (const auto& line : shown(lists.today)) {
        addAppointment(s, line, QStringLiteral("HH:mm"));
    }
    s = addSection(Section::ThisWeek, tr("Appointments this week (%n)", nullptr, count(lists.thisWeek)),
                   count(lists.thisWeek));
    for (const auto& line : shown(lists.thisWeek)) {
        addAppointment(s, line, QStringLiteral("ddd dd/MM HH:mm"));
    }
    s = addSection(Section::ToUpdate, tr("Appointments to update (%n)", nullptr, count(lists.toUpdate)),
                   count(lists.toUpdate));
    s->setToolTip(0, tr("Past appointments still planned: record what happened"));
    for (const auto& line : shown(lists.toUpdate)) {
        addAppointment(s, line, QStringLiteral("ddd dd/MM/yyyy HH:mm"));
    }
    s = addSection(Section::AwaitingOver30,
                   tr("Awaiting orientation for over 30 days (%n)", nullptr, count(lists.awaitingOver30)),
                   count(lists.awaitingOver30));
    for (const auto& line : shown(lists.awaitingOver30)) {
        addPerson(s, line, tr("awaiting for %n day(s)", nullptr, line.days));
    }
    s = addSection(Section::AwaitingOver45,
                   tr("Awaiting orientation for over 45 days (%n)", nullptr, count(lists.awaitingOver45)),
                   count(lists.awaitingOver45));
    s->setToolTip(0, tr("The legal delay to orient a person is 45 days"));
    for (const auto& line : shown(lists.awaitingOver45)) {
        addPerson(s, line, tr("awaiting for %n day(s)", nullptr, line.days));
    }
    s = addSection(Section::NoFirstAppointment,
                   tr("Oriented over 30 days ago, no appointment attended (%n)", nullptr,
                      count(lists.noFirstAppointment)),
                   count(lists.noFirstAppointment));
    for (const auto& line : shown(lists.noFirstAppointment)) {
        addPerson(s, line, tr("oriented %n day(s) ago", nullptr, line.days));
    }
    s = addSection(Section::ContractsEnding,
                   tr("Contracts ending within 30 days (%n)", nullptr, count(lists.contractsEnding)),
                   count(lists.contractsEnding));
    for (const auto& line : shown(lists.contractsEnding)) {
        addPerson(s, line, tr("ends in %n day(s)", nullptr, line.days));
    }
    const QList<std::pair<Section, qsizetype>> sizes{
        {Section::Today, lists.today.size()},
        {Section::ThisWeek, lists.thisWeek.size()},
        {Section::ToUpdate, lists.toUpdate.size()},
        {Section::AwaitingOver30, lists.awaitingOver30.size()},
        {Section::AwaitingOver45, lists.awaitingOver45.size()},
        {Section::NoFirstAppointment, lists.noFirstAppointment.size()},
        {Section::ContractsEnding, lists.contractsEnding.size()}};
    for (const auto& [section, size] : sizes) {
        if (size > AdviserDay::kMaxLines) {
            auto* more = new QTreeWidgetItem(
                sectionItem(section), {tr("More than %n lines: only the first %n are shown. The register's "
                                          "filters show them all.",
                                          nullptr, AdviserDay::kMaxLines)});
            more->setFirstColumnSpanned(true);
            more->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* section = tree->topLevelItem(i);
        section->setExpanded(expanded.value(section->data(0, SectionRole).toInt(), true));
        for (int j = 0; j < section->childCount() && !current.isEmpty(); ++j) {
            if (section->child(j)->data(0, PersonIdRole).toString() == current && !tree->currentItem()) {
                tree->setCurrentItem(section->child(j));
            }
        }
    }
    if (!tree->currentItem() && tree->topLevelItemCount() > 0) {
        tree->setCurrentItem(tree->topLevelItem(0));
    }
}

void HomeWidget::addAppointment(QTreeWidgetItem* section, const AdviserDay::AppointmentLine& line,
                                const QString& format) {
    const QString when = QLocale().toString(line.scheduledAt, format);
    QString detail = PathwayChoices::label(PathwayChoices::appointmentPurposes(), line.purpose);
    if (!line.place.isEmpty()) {
        detail += QStringLiteral(" — ") + line.place;
    }
    const QString status = PathwayChoices::label(PathwayChoices::appointmentStatuses(), line.status);
    auto* item = new QTreeWidgetItem(section, {line.name, when, detail});
    item->setIcon(1, TimelineStyle::statusIcon(line.status));
    item->setToolTip(1, status);
    item->setData(0, PersonIdRole, line.personId);
    item->setData(0, AppointmentIdRole, line.appointmentId);
    item->setData(0, Qt::AccessibleTextRole, tr("%1, %2, %3, %4").arg(line.name, when, detail, status));
    if (section->data(0, SectionRole).toInt() == static_cast<int>(Section::ToUpdate)) {
        addOutcomeButtons(item, line);
    }
}

void HomeWidget::addPerson(QTreeWidgetItem* section, const AdviserDay::PersonLine& line,
                           const QString& days) {
    const Section kind = static_cast<Section>(section->data(0, SectionRole).toInt());
    QString detail = days;
    if (kind == Section::NoFirstAppointment) {
        detail +=
            QStringLiteral(" — ") + PathwayChoices::label(PathwayChoices::orientationKinds(), line.detail);
    } else if (kind == Section::ContractsEnding) {
        detail += QStringLiteral(" — ") + PathwayChoices::label(PathwayChoices::contractKinds(), line.detail);
    }
    auto* item = new QTreeWidgetItem(
        section, {line.name, QLocale().toString(line.since, QLocale::ShortFormat), detail});
    item->setData(0, PersonIdRole, line.personId);
    item->setData(0, Qt::AccessibleTextRole,
                  QStringLiteral("%1, %2, %3").arg(line.name, item->text(1), detail));
}

void HomeWidget::addOutcomeButtons(QTreeWidgetItem* item, const AdviserDay::AppointmentLine& line) {
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QList<std::pair<QString, QString>> outcomes = {
        {QStringLiteral("honoured"), tr("Attended")},
        {QStringLiteral("absent"), tr("Absent")},
        {QStringLiteral("excused"), tr("Excused")},
        {QStringLiteral("cancelled"), tr("Cancelled")},
    };
    for (const auto& [code, text] : outcomes) {
        auto* button = new QToolButton(box);
        button->setObjectName(code + QStringLiteral("Button"));
        button->setText(text);
        button->setIcon(TimelineStyle::statusIcon(code));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(PathwayChoices::label(PathwayChoices::appointmentStatuses(), code));
        button->setAccessibleName(
            tr("%1: %2, %3")
                .arg(text, line.name, QLocale().toString(line.scheduledAt, QLocale::ShortFormat)));
        connect(button, &QToolButton::clicked, this,
                [this, id = line.appointmentId, code] { setOutcome(id, code); });
        layout->addWidget(button);
    }
    m_ui->listsTree->setItemWidget(item, 3, box);
}

bool HomeWidget::setOutcome(const QString& appointmentId, const QString& status) {
    if (!m_database) {
        return false;
    }
    const Status done = AppointmentStore(*m_database).setStatus(m_actor, appointmentId, status);
    if (!done) {
        Q_EMIT statusMessage(done.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Appointment marked: %1")
                             .arg(PathwayChoices::label(PathwayChoices::appointmentStatuses(), status)));
    // After the click's handling: reloading destroys the button that was clicked.
    QMetaObject::invokeMethod(this, &HomeWidget::reload, Qt::QueuedConnection);
    return true;
}

} // namespace jalon
