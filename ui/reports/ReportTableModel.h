#pragma once

#include "reports/Indicators.h"
#include "reports/Report.h"

#include <QAbstractTableModel>

namespace jalon {

// One table of a computed report, read-only: the group column (two-level tables only, its label
// on the group's first line), the line's label, then the three periods. Figures read as in the
// exports ("12", "≤ 4", "45,2 %"), right-aligned; each line's tooltip is its indicator's rule.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kCodeRole = Qt::UserRole + 1; // the line's code ("entries", "sociale"…)

    explicit ReportTableModel(QObject* parent = nullptr);

    // Shows report.tables[index] (nothing for an index out of range).
    void setTable(const Report& report, int index);
    const ReportTable& table() const { return m_table; }
    bool hasGroups() const { return !m_table.groupHeader.isEmpty(); }
    // The column of a period's figures.
    int figureColumn(Column column) const { return (hasGroups() ? 2 : 1) + static_cast<int>(column); }
    // The definition of the line's figure: for a key figure its own, else the table's indicator.
    IndicatorDefinition definitionOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    std::array<QString, kColumnCount> m_columnTitles;
    int m_threshold = 4;
};

} // namespace jalon
