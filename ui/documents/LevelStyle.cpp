#include "LevelStyle.h"

#include <QPainter>
#include <QPixmap>

namespace jalon::LevelStyle {

QColor color(Level level) {
    switch (level) {
    case Level::NotDiscussed:
        return QColor(0x9e, 0x9e, 0x9e);
    case Level::Resource:
        return QColor(0x2e, 0x7d, 0x32);
    case Level::LightNeed:
        return QColor(0xf9, 0xa8, 0x25);
    case Level::MajorBarrier:
        return QColor(0xef, 0x6c, 0x00);
    case Level::BlockingBarrier:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QColor tint(Level level) {
    if (level == Level::NotDiscussed) {
        return Qt::white;
    }
    const QColor full = color(level);
    const auto pale = [](int channel) { return 255 - (255 - channel) * 15 / 100; };
    return QColor(pale(full.red()), pale(full.green()), pale(full.blue()));
}

QIcon icon(Level level) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color(level).darker(130));
    painter.setBrush(color(level));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace jalon::LevelStyle
