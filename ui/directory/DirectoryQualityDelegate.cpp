#include "directory/DirectoryQualityDelegate.h"

#include "directory/DirectoryResultsModel.h"

#include <QApplication>
#include <QPainter>

namespace jalon {

namespace {

constexpr int kBarWidth = 44;
constexpr int kBarHeight = 8;

} // namespace

void DirectoryQualityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double quality = std::clamp(index.data(DirectoryResultsModel::QualityRole).toDouble(), 0.0, 1.0);
    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    const QRect bar(cell.left(), cell.center().y() - kBarHeight / 2, kBarWidth, kBarHeight);
    const QColor fill = quality >= 0.7
                            ? QColor(0x2e, 0x7d, 0x32)
                            : (quality >= 0.4 ? QColor(0xc7, 0x7c, 0x02) : QColor(0xc6, 0x28, 0x28));
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xdd, 0xdd, 0xdd));
    painter->drawRect(bar);
    painter->setBrush(fill);
    painter->drawRect(QRect(bar.topLeft(), QSize(qRound(kBarWidth * quality), kBarHeight)));
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Text));
    painter->drawText(cell.adjusted(kBarWidth + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize DirectoryQualityDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {text.width() + kBarWidth + 12, text.height()};
}

} // namespace jalon
