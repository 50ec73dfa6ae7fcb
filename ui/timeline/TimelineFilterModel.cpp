#include "timeline/TimelineFilterModel.h"

#include "timeline/TimelineModel.h"

#include "common/Clock.h"
#include "common/TextFold.h"

#include <QDate>

namespace jalon {

TimelineFilterModel::TimelineFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    // A month is kept when one of its events is: month rows themselves never match.
    setRecursiveFilteringEnabled(true);
}

void TimelineFilterModel::setKinds(const QSet<QString>& kinds) {
    if (!m_allKinds && kinds == m_kinds) {
        return;
    }
    m_allKinds = false;
    m_kinds = kinds;
    invalidateRowsFilter();
}

void TimelineFilterModel::showAllKinds() {
    if (m_allKinds) {
        return;
    }
    m_allKinds = true;
    m_kinds.clear();
    invalidateRowsFilter();
}

void TimelineFilterModel::setPeriod(Period period) {
    if (period == m_period) {
        return;
    }
    m_period = period;
    invalidateRowsFilter();
}

void TimelineFilterModel::setSearchText(const QString& text) {
    const QStringList words = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

bool TimelineFilterModel::isFiltering() const {
    return !m_allKinds || m_period != Period::All || !m_words.isEmpty();
}

bool TimelineFilterModel::inPeriod(const QDate& day) const {
    if (m_period == Period::All) {
        return true;
    }
    if (!day.isValid()) {
        return m_period == Period::Older;
    }
    const QDate today = Clock::instance().today();
    const QDate back3 = today.addMonths(-3);
    const QDate back6 = today.addMonths(-6);
    const QDate back12 = today.addMonths(-12);
    switch (m_period) {
    case Period::Last3Months:
        return day > back3;
    case Period::From3To6Months:
        return day <= back3 && day > back6;
    case Period::From6To12Months:
        return day <= back6 && day > back12;
    case Period::Older:
        return day <= back12;
    case Period::All:
        break;
    }
    return true;
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(TimelineModel::IsMonthRole).toBool()) {
        return false; // shown through its events (recursive filtering)
    }
    if (!m_allKinds && !m_kinds.contains(index.data(TimelineModel::KindRole).toString())) {
        return false;
    }
    if (!inPeriod(index.data(TimelineModel::DayRole).toDate())) {
        return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(TimelineModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!text.contains(word)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace jalon
