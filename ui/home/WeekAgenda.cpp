#include "home/WeekAgenda.h"

#include "timeline/TimelineStyle.h"

#include "common/Clock.h"
#include "pathway/PathwayChoices.h"

#include <QHeaderView>
#include <QLocale>

namespace jalon {

WeekAgenda::WeekAgenda(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(7);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setShowGrid(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(60);
    horizontalHeader()->setHighlightSections(false);
    setAccessibleName(tr("Appointments of the week"));
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QString id = item->data(PersonIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT personRequested(id);
        }
    });
}

void WeekAgenda::setWeek(const QDate& monday, const QList<AdviserDay::AppointmentLine>& lines) {
    m_monday = monday;
    clearContents();
    const QLocale locale;
    const QDate today = Clock::instance().today();
    QList<QList<const AdviserDay::AppointmentLine*>> days(7);
    for (const AdviserDay::AppointmentLine& line : lines) {
        const qint64 day = monday.daysTo(line.scheduledAt.date());
        if (day >= 0 && day < 7) {
            days[static_cast<int>(day)].append(&line);
        }
    }
    int rows = 0;
    for (const auto& day : days) {
        rows = std::max(rows, static_cast<int>(day.size()));
    }
    setRowCount(rows);
    for (int column = 0; column < 7; ++column) {
        const QDate date = monday.addDays(column);
        auto* header = new QTableWidgetItem(
            tr("%1 %2 (%n)", "day name, day number, appointments", static_cast<int>(days.at(column).size()))
                .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), QString::number(date.day())));
        if (date == today) {
            QFont bold = font();
            bold.setBold(true);
            header->setFont(bold);
            header->setText(QStringLiteral("● ") + header->text());
            header->setToolTip(tr("Today, %1").arg(locale.toString(date, QLocale::LongFormat)));
        } else {
            header->setToolTip(locale.toString(date, QLocale::LongFormat));
        }
        setHorizontalHeaderItem(column, header);
        for (int row = 0; row < days.at(column).size(); ++row) {
            const AdviserDay::AppointmentLine& line = *days.at(column).at(row);
            const QString status = PathwayChoices::label(PathwayChoices::appointmentStatuses(), line.status);
            auto* item = new QTableWidgetItem(
                TimelineStyle::statusIcon(line.status),
                QStringLiteral("%1 %2").arg(line.scheduledAt.time().toString(QStringLiteral("HH:mm")),
                                            line.name));
            QColor tint = TimelineStyle::appointmentStatusColour(line.status);
            tint.setAlpha(40);
            item->setBackground(tint);
            item->setData(PersonIdRole, line.personId);
            item->setData(AppointmentIdRole, line.appointmentId);
            item->setToolTip(
                tr("%1, %2\n%3 — %4\n%5")
                    .arg(locale.toString(line.scheduledAt, QLocale::LongFormat), line.name,
                         PathwayChoices::label(PathwayChoices::appointmentPurposes(), line.purpose), status,
                         line.place));
            item->setData(
                Qt::AccessibleTextRole,
                tr("%1, %2, %3")
                    .arg(locale.toString(line.scheduledAt, QLocale::ShortFormat), line.name, status));
            setItem(row, column, item);
        }
    }
}

} // namespace jalon
