#include "timeline/TimelineModel.h"

#include "timeline/TimelineStyle.h"

#include "common/TextFold.h"
#include "pathway/Timeline.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace jalon {

namespace {

// Month rows have internal id 0; an event's index carries its month's row + 1.
constexpr quintptr kMonthId = 0;

QString whenOf(const PathwayEvent& event) {
    const QDate day = event.day();
    if (!day.isValid()) {
        return event.occurredOn;
    }
    QString text = QLocale().toString(day, QLocale::ShortFormat);
    if (event.occurredOn.size() >= 16) {
        text += QLatin1Char(' ') + event.occurredOn.mid(11, 5);
    }
    return text;
}

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void TimelineModel::setEvents(QList<PathwayEvent> events) {
    beginResetModel();
    std::stable_sort(events.begin(), events.end(), [](const PathwayEvent& a, const PathwayEvent& b) {
        return a.occurredOn != b.occurredOn ? a.occurredOn < b.occurredOn : a.recordedAt < b.recordedAt;
    });
    m_entries.clear();
    m_months.clear();
    m_entries.reserve(events.size());
    for (PathwayEvent& event : events) {
        Entry entry;
        entry.description = Timeline::describe(event);
        entry.when = whenOf(event);
        entry.searchText = foldText(entry.description + QLatin1Char(' ') + Timeline::kindLabel(event.kind) +
                                    QLatin1Char(' ') + event.actorName + QLatin1Char(' ') + entry.when);
        entry.event = std::move(event);
        m_entries.append(std::move(entry));
    }
    // Walk newest first: each new month opens a row.
    for (int i = static_cast<int>(m_entries.size()) - 1; i >= 0; --i) {
        const QDate day = m_entries.at(i).event.day();
        const QDate first = day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
        if (m_months.isEmpty() || m_months.last().first != first) {
            m_months.append(Month{first, {}});
        }
        m_months.last().entries.append(i);
    }
    endResetModel();
}

const PathwayEvent* TimelineModel::eventAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == kMonthId) {
        return nullptr;
    }
    const Month& month = m_months.at(static_cast<int>(index.internalId() - 1));
    return &m_entries.at(month.entries.at(index.row())).event;
}

QModelIndex TimelineModel::indexOfEvent(const QString& eventId) const {
    for (int m = 0; m < m_months.size(); ++m) {
        const QList<int>& entries = m_months.at(m).entries;
        for (int row = 0; row < entries.size(); ++row) {
            if (m_entries.at(entries.at(row)).event.id == eventId) {
                return createIndex(row, 0, static_cast<quintptr>(m + 1));
            }
        }
    }
    return {};
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kMonthId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex TimelineModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kMonthId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kMonthId);
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_months.size());
    }
    if (parent.column() != 0 || parent.internalId() != kMonthId) {
        return 0;
    }
    return static_cast<int>(m_months.at(parent.row()).entries.size());
}

int TimelineModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kMonthId) {
        return monthData(m_months.at(index.row()), index.column(), role);
    }
    const Month& month = m_months.at(static_cast<int>(index.internalId() - 1));
    return eventData(m_entries.at(month.entries.at(index.row())), index.column(), role);
}

QVariant TimelineModel::monthData(const Month& month, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        if (column != DateColumn) {
            return {};
        }
        return tr("%1 (%n)", "month and its number of events", static_cast<int>(month.entries.size()))
            .arg(month.first.isValid() ? QLocale().toString(month.first, QStringLiteral("MMMM yyyy"))
                                       : tr("Undated"));
    case Qt::AccessibleTextRole:
        return tr("%1, %n event(s)", nullptr, static_cast<int>(month.entries.size()))
            .arg(QLocale().toString(month.first, QStringLiteral("MMMM yyyy")));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case DayRole:
        return month.first;
    case IsMonthRole:
        return true;
    case EventRole:
        return QVariant::fromValue(static_cast<const PathwayEvent*>(nullptr));
    case KindRole:
    case EntityIdRole:
    case SearchTextRole:
        return QString();
    default:
        return {};
    }
}

QVariant TimelineModel::eventData(const Entry& entry, int column, int role) const {
    const PathwayEvent& event = entry.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return entry.when;
        case KindColumn:
            return Timeline::kindLabel(event.kind);
        case DescriptionColumn:
            return entry.description;
        case RecordedByColumn:
            return event.actorName;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == KindColumn ? QVariant(TimelineStyle::kindIcon(event.kind)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nRecorded by %2 on %3")
            .arg(entry.description, event.actorName.isEmpty() ? tr("unknown") : event.actorName,
                 QLocale().toString(event.recordedAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        if (column == DateColumn) {
            return tr("%1, %2: %3").arg(entry.when, Timeline::kindLabel(event.kind), entry.description);
        }
        return {};
    case KindRole:
        return event.kind;
    case ColourRole:
        return TimelineStyle::kindColour(event.kind);
    case EntityIdRole:
        return event.entityId;
    case EventRole:
        return QVariant::fromValue(&event);
    case DayRole:
        return event.day();
    case SearchTextRole:
        return entry.searchText;
    case IsMonthRole:
        return false;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("What happened");
    case RecordedByColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace jalon
