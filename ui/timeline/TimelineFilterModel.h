#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace jalon {

// Filters a TimelineModel: by kinds of event, by period relative to Clock's today, and by text
// (folded with foldText, so "helene" finds "Hélène"; every word typed must appear). A month row
// stays while any of its events matches; a month whose events are all filtered out disappears.
class TimelineFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // Periods counted back from today. Events after today (planned) count as recent.
    enum class Period { All, Last3Months, From3To6Months, From6To12Months, Older };

    explicit TimelineFilterModel(QObject* parent = nullptr);

    // Empty set: no kind is shown. Call showAllKinds() to remove the kind filter.
    void setKinds(const QSet<QString>& kinds);
    void showAllKinds();
    void setPeriod(Period period);
    void setSearchText(const QString& text);

    Period period() const { return m_period; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool inPeriod(const QDate& day) const;

    bool m_allKinds = true;
    QSet<QString> m_kinds;
    Period m_period = Period::All;
    QStringList m_words;
};

} // namespace jalon
