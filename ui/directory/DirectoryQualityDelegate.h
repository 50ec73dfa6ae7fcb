#pragma once

#include <QStyledItemDelegate>

namespace jalon {

// Draws the directory's quality score (DirectoryResultsModel::QualityRole, 0 to 1) as a small bar
// with the percentage beside it: green when good, amber when middling, red when poor.
class DirectoryQualityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jalon
