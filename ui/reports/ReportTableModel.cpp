#include "reports/ReportTableModel.h"

#include <QLocale>

namespace jalon {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const Report& report, int index) {
    beginResetModel();
    m_table = index >= 0 && index < report.tables.size() ? report.tables.at(index) : ReportTable{};
    for (int c = 0; c < kColumnCount; ++c) {
        m_columnTitles[c] = columnTitle(report, static_cast<Column>(c));
    }
    m_threshold = report.smallCellThreshold;
    endResetModel();
}

IndicatorDefinition ReportTableModel::definitionOf(int row) const {
    if (m_table.id == QLatin1String(Indicators::kKeyFigures) && row >= 0 && row < m_table.rows.size()) {
        IndicatorDefinition figure = Indicators::find(m_table.rows.at(row).code);
        if (!figure.rule.isEmpty()) {
            return figure;
        }
    }
    return Indicators::find(m_table.id);
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_table.id.isEmpty()) {
        return 0;
    }
    return (hasGroups() ? 2 : 1) + kColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_table.rows.size()) {
        return {};
    }
    const ReportRow& row = m_table.rows.at(index.row());
    const int firstFigure = figureColumn(Column::Period);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column >= firstFigure) {
            return figureText(row.figures.at(column - firstFigure), m_threshold, QLocale());
        }
        if (hasGroups() && column == 0) {
            // The group's label on its first line only, so that the groups stand out.
            const bool first =
                index.row() == 0 || m_table.rows.at(index.row() - 1).groupCode != row.groupCode;
            return first ? row.groupLabel : QString();
        }
        return row.label;
    case Qt::AccessibleTextRole:
        if (hasGroups() && column == 0) {
            return row.groupLabel;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column >= firstFigure) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString rule = definitionOf(index.row()).rule;
        if (column >= firstFigure && row.figures.at(column - firstFigure).suppressed) {
            return tr("%1\n\nHidden: a small count (%2 or fewer people), so that nobody can be recognised.")
                .arg(rule)
                .arg(m_threshold);
        }
        return rule;
    }
    case kCodeRole:
        return row.code;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const int firstFigure = figureColumn(Column::Period);
    if (role == Qt::TextAlignmentRole) {
        return section >= firstFigure ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (section >= firstFigure && section < firstFigure + kColumnCount) {
        return m_columnTitles.at(section - firstFigure);
    }
    if (hasGroups() && section == 0) {
        return m_table.groupHeader;
    }
    return m_table.labelHeader.isEmpty() ? tr("Indicator") : m_table.labelHeader;
}

} // namespace jalon
