#include "intake/IntakeReviewModel.h"

#include "intake/IntakeReview.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace jalon {

namespace {

// Pale tints that keep black text readable; the status is also written, never shown by colour alone.
QColor tintOf(IntakeStatus status) {
    switch (status) {
    case IntakeStatus::New:
        return QColor(0xdf, 0xf2, 0xdf);
    case IntakeStatus::Update:
        return QColor(0xdd, 0xe8, 0xf7);
    case IntakeStatus::UpToDate:
        return QColor(0xee, 0xee, 0xee);
    case IntakeStatus::PossibleDuplicate:
        return QColor(0xfc, 0xe8, 0xc8);
    case IntakeStatus::Error:
        return QColor(0xf8, 0xd7, 0xda);
    }
    return {};
}

QStyle::StandardPixmap iconOf(IntakeStatus status) {
    switch (status) {
    case IntakeStatus::New:
        return QStyle::SP_FileDialogNewFolder;
    case IntakeStatus::Update:
        return QStyle::SP_BrowserReload;
    case IntakeStatus::UpToDate:
        return QStyle::SP_DialogApplyButton;
    case IntakeStatus::PossibleDuplicate:
        return QStyle::SP_MessageBoxWarning;
    case IntakeStatus::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_CustomBase;
}

} // namespace

IntakeReviewModel::IntakeReviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void IntakeReviewModel::setRows(QList<IntakeRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int IntakeReviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IntakeReviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntakeReviewModel::actionLabel(const IntakeRow& row) {
    if (row.decision == IntakeDecision::Skip) {
        return tr("Skipped");
    }
    switch (row.action()) {
    case IntakeRow::Action::Create:
        return tr("Create");
    case IntakeRow::Action::Update:
        return row.changes.isEmpty() ? tr("Re-entry") : tr("Update");
    case IntakeRow::Action::Nothing:
        break;
    }
    return row.status == IntakeStatus::UpToDate ? tr("Nothing to do") : tr("Not written");
}

QVariant IntakeReviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const IntakeRow& row = m_rows.at(index.row());
    if (role == StatusRole) {
        return static_cast<int>(row.status);
    }
    if (role == Qt::BackgroundRole && index.column() == StatusColumn) {
        return QBrush(tintOf(row.status));
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        return QBrush(Qt::black);
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn && QApplication::style()) {
        return QApplication::style()->standardIcon(iconOf(row.status));
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return row.reason;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case StatusColumn:
        return IntakeReview::statusLabel(row.status);
    case NameColumn:
        return row.displayName();
    case BirthColumn:
        return row.person.birthDate.isValid() ? row.person.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                                              : row.value(IntakeField::BirthDate);
    case CafColumn:
        return row.person.cafNumber.isEmpty() ? row.value(IntakeField::CafNumber) : row.person.cafNumber;
    case ActionColumn:
        return actionLabel(row);
    case ReasonColumn:
        return row.reason;
    default:
        return {};
    }
}

QVariant IntakeReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case BirthColumn:
        return tr("Birth date");
    case CafColumn:
        return tr("CAF/MSA number");
    case ActionColumn:
        return tr("Import will");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void IntakeStatusFilter::setStatus(int status) {
    m_status = status;
    invalidateFilter();
}

bool IntakeStatusFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_status < 0) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(IntakeReviewModel::StatusRole).toInt() == m_status;
}

} // namespace jalon
