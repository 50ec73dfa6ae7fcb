#pragma once

#include "intake/IntakeRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace jalon {

// The rows of a reviewed intake file as a table (thin adapter over IntakeRow): line, status
// (coloured, with an icon and its name), name, birth date, CAF/MSA number, what the import will
// do, and the reason. It holds the rows; the dialog changes them through setRows().
class IntakeReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        StatusColumn,
        NameColumn,
        BirthColumn,
        CafColumn,
        ActionColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole + 1; // the IntakeStatus as an int

    explicit IntakeReviewModel(QObject* parent = nullptr);

    void setRows(QList<IntakeRow> rows);
    const QList<IntakeRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionLabel(const IntakeRow& row);

private:
    QList<IntakeRow> m_rows;
};

// Shows the rows of one status, or all of them (status < 0).
class IntakeStatusFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_status = -1;
};

} // namespace jalon
