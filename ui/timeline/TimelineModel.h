#pragma once

#include "pathway/Pathway.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace jalon {

// A person's timeline as a tree: months as top-level rows ("novembre 2026 (4)"), the month's
// events as their children. Newest first, months and events alike: advisers open a file to see
// what happened last, so the latest month is at the top and the oldest at the bottom. A thin
// adapter over the list Timeline::events gives (oldest first): it keeps the events, the line
// Timeline::describe makes for each and its folded search text, computed once when set.
class TimelineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, DescriptionColumn, RecordedByColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // the event's kind code; empty on a month row
        ColourRole,                  // QColor of the kind
        EntityIdRole,                // the record the event is about
        EventRole,                   // const PathwayEvent* (null on a month row)
        DayRole,                     // QDate of the event, or the month's first day
        SearchTextRole,              // folded text the search matches against
        IsMonthRole,                 // bool
    };

    explicit TimelineModel(QObject* parent = nullptr);

    // Replaces the events (in any order; they are sorted by occurredOn, then recordedAt).
    void setEvents(QList<PathwayEvent> events);
    void clear() { setEvents({}); }
    int eventCount() const { return static_cast<int>(m_entries.size()); }

    const PathwayEvent* eventAt(const QModelIndex& index) const;
    QModelIndex indexOfEvent(const QString& eventId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Entry {
        PathwayEvent event;
        QString description;
        QString when;
        QString searchText;
    };
    struct Month {
        QDate first;
        QList<int> entries; // indexes in m_entries, newest first
    };
    QVariant monthData(const Month& month, int column, int role) const;
    QVariant eventData(const Entry& entry, int column, int role) const;

    QList<Entry> m_entries;
    QList<Month> m_months; // newest first
};

} // namespace jalon

Q_DECLARE_METATYPE(const jalon::PathwayEvent*)
