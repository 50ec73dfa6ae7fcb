#include "timeline/TimelineStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <cmath>
#include <functional>

namespace jalon::TimelineStyle {

namespace {

enum class Shape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon, Ring, Star, Bar, Flag, Note };

struct KindStyle {
    QColor colour;
    Shape shape;
};

KindStyle styleOf(const QString& kind) {
    static const QHash<QString, KindStyle> styles = {
        {QStringLiteral("entry"), {QColor(0x2e, 0x7d, 0x32), Shape::TriangleUp}},
        {QStringLiteral("orientation"), {QColor(0x15, 0x65, 0xc0), Shape::Diamond}},
        {QStringLiteral("reorientation"), {QColor(0x00, 0x83, 0x8f), Shape::Ring}},
        {QStringLiteral("appointment"), {QColor(0xef, 0x6c, 0x00), Shape::Circle}},
        {QStringLiteral("contract"), {QColor(0x6a, 0x1b, 0x9a), Shape::Square}},
        {QStringLiteral("plan"), {QColor(0x44, 0x5a, 0x64), Shape::Hexagon}},
        {QStringLiteral("objective"), {QColor(0xad, 0x14, 0x57), Shape::Star}},
        {QStringLiteral("action"), {QColor(0xc2, 0x18, 0x5b).lighter(125), Shape::Bar}},
        {QStringLiteral("referral"), {QColor(0x55, 0x8b, 0x2f), Shape::Flag}},
        {QStringLiteral("exit"), {QColor(0xc6, 0x28, 0x28), Shape::TriangleDown}},
        {QStringLiteral("note"), {QColor(0x79, 0x55, 0x48), Shape::Note}},
    };
    return styles.value(kind, KindStyle{QColor(0x75, 0x75, 0x75), Shape::Circle});
}

QPolygonF regular(const QPointF& centre, double radius, int corners, double startDegrees) {
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = (startDegrees + 360.0 * i / corners) * M_PI / 180.0;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

void paintShape(QPainter& p, Shape shape, const QColor& colour, const QRectF& box) {
    const QPointF c = box.center();
    const double r = box.width() / 2.0;
    p.setPen(QPen(colour.darker(130), 1.0));
    p.setBrush(colour);
    switch (shape) {
    case Shape::Circle:
        p.drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case Shape::Square:
        p.drawRoundedRect(box.adjusted(2, 2, -2, -2), 2, 2);
        break;
    case Shape::Diamond:
        p.drawPolygon(regular(c, r * 0.95, 4, -90));
        break;
    case Shape::TriangleUp:
        p.drawPolygon(regular(c + QPointF(0, r * 0.15), r * 0.95, 3, -90));
        break;
    case Shape::TriangleDown:
        p.drawPolygon(regular(c - QPointF(0, r * 0.15), r * 0.95, 3, 90));
        break;
    case Shape::Hexagon:
        p.drawPolygon(regular(c, r * 0.9, 6, 0));
        break;
    case Shape::Ring:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(colour, r * 0.45));
        p.drawEllipse(c, r * 0.65, r * 0.65);
        break;
    case Shape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double angle = (-90 + 36.0 * i) * M_PI / 180.0;
            const double radius = (i % 2 == 0) ? r : r * 0.45;
            star << c + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        p.drawPolygon(star);
        break;
    }
    case Shape::Bar:
        p.drawRoundedRect(QRectF(box.left() + 1, c.y() - r * 0.35, box.width() - 2, r * 0.7), 2, 2);
        break;
    case Shape::Flag: {
        p.drawRect(QRectF(box.left() + r * 0.3, box.top() + 1, r * 0.2, box.height() - 2));
        p.drawPolygon(QPolygonF({QPointF(box.left() + r * 0.5, box.top() + 1),
                                 QPointF(box.right() - 1, box.top() + r * 0.55),
                                 QPointF(box.left() + r * 0.5, box.top() + r * 1.1)}));
        break;
    }
    case Shape::Note: {
        const QRectF page = box.adjusted(r * 0.25, 1, -r * 0.25, -1);
        p.drawRect(page);
        p.setPen(QPen(Qt::white, 1.0));
        for (double y = page.top() + r * 0.5; y < page.bottom() - 1; y += r * 0.45) {
            p.drawLine(QPointF(page.left() + 2, y), QPointF(page.right() - 2, y));
        }
        break;
    }
    }
}

QPixmap pixmapOf(int size, const std::function<void(QPainter&, const QRectF&)>& paint) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

QColor kindColour(const QString& kind) {
    return styleOf(kind).colour;
}

QIcon kindIcon(const QString& kind) {
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(kind);
    if (it != cache.constEnd()) {
        return *it;
    }
    const KindStyle style = styleOf(kind);
    QIcon icon;
    for (int size : {16, 24, 32}) {
        icon.addPixmap(pixmapOf(size, [&style](QPainter& p, const QRectF& box) {
            paintShape(p, style.shape, style.colour, box);
        }));
    }
    cache.insert(kind, icon);
    return icon;
}

QColor appointmentStatusColour(const QString& status) {
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("planned"), QColor(0x19, 0x76, 0xd2)},
        {QStringLiteral("honoured"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("absent"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("excused"), QColor(0xf9, 0xa8, 0x25)},
        {QStringLiteral("cancelled"), QColor(0x75, 0x75, 0x75)},
    };
    return colours.value(status, QColor(0x75, 0x75, 0x75));
}

QIcon statusIcon(const QString& status) {
    const QColor colour = appointmentStatusColour(status);
    QIcon icon;
    for (int size : {16, 24}) {
        icon.addPixmap(pixmapOf(
            size, [&colour](QPainter& p, const QRectF& box) { paintShape(p, Shape::Circle, colour, box); }));
    }
    return icon;
}

} // namespace jalon::TimelineStyle
