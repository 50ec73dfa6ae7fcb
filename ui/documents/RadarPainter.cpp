#include "RadarPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace jalon {

namespace {

constexpr int kRings = 4; // severities 1 (strength) to 4 (blocking barrier)
constexpr int kMaxLabelLines = 4;

const QColor kInk(40, 40, 40);
const QColor kGreyedInk(150, 150, 150);
const QColor kGrid(205, 205, 205);
const QColor kOuterGrid(150, 150, 150);

// Sizes in device pixels for this painter's device.
struct Scale {
    qreal perPoint = 1; // device pixels per typographic point
    qreal pt(qreal points) const { return points * perPoint; }
};

Scale scaleOf(const QPainter& painter) {
    const QPaintDevice* device = painter.device();
    return {device ? device->logicalDpiY() / 72.0 : 96.0 / 72.0};
}

qreal angleOf(int index, int count) {
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * index / count;
}

QPointF polar(const QPointF& centre, qreal radius, qreal angle) {
    return centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
}

// The label cut into at most kMaxLabelLines lines of maxWidth, the last one elided if needed.
QStringList wrapLabel(const QString& text, const QFont& font, QPaintDevice* device, qreal maxWidth) {
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        if (lines.size() == kMaxLabelLines - 1) {
            const QFontMetricsF metrics(font, device);
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, maxWidth);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

// One axis label, wrapped, with the box it takes once the radius is known.
struct Label {
    QStringList lines;
    QSizeF size;
    bool greyed = false;
    Qt::Alignment alignment = Qt::AlignHCenter;
    QRectF box;
};

// Places the label's box against its anchor point, on the outer side of the axis: beside it on
// the left and right, centred above and below, sliding vertically in between.
void placeLabel(Label& label, const QPointF& anchor, qreal angle) {
    const qreal c = std::cos(angle);
    const qreal s = std::sin(angle);
    const qreal left =
        c > 0.2 ? anchor.x()
                : (c < -0.2 ? anchor.x() - label.size.width() : anchor.x() - label.size.width() / 2);
    const qreal top = anchor.y() - label.size.height() * (1 - s) / 2;
    label.box = QRectF(QPointF(left, top), label.size);
    label.alignment = c > 0.2 ? Qt::AlignLeft : (c < -0.2 ? Qt::AlignRight : Qt::AlignHCenter);
}

// One legend entry: a swatch (or none) and its text.
struct LegendItem {
    enum class Swatch { None, Filled, Dashed, Greyed };
    Swatch swatch = Swatch::None;
    QColor color;
    QString text;
    bool startsRow = false; // in a legend laid out in rows, begins a new one
};

qreal legendItemWidth(const LegendItem& item, const QFontMetricsF& metrics, const Scale& scale) {
    return (item.swatch == LegendItem::Swatch::None ? 0 : scale.pt(20)) +
           metrics.horizontalAdvance(item.text);
}

// The legend as a column of items, one a line; returns each item's rectangle (swatch included).
QList<QRectF> stackLegend(const QList<LegendItem>& items, const QFontMetricsF& metrics, const Scale& scale,
                          qreal width) {
    const qreal rowHeight = metrics.height() * 1.35;
    QList<QRectF> rects;
    for (const LegendItem& item : items) {
        rects << QRectF(0, rowHeight * rects.size(), std::min(width, legendItemWidth(item, metrics, scale)),
                        rowHeight);
    }
    return rects;
}

// Lays the legend out in rows centred in width; returns each item's rectangle (swatch included).
QList<QRectF> flowLegend(const QList<LegendItem>& items, const QFontMetricsF& metrics, const Scale& scale,
                         qreal width) {
    const qreal spacing = scale.pt(12);
    const qreal rowHeight = metrics.height() * 1.35;
    QList<QRectF> rects;
    QList<qsizetype> rowStarts{0};
    qreal x = 0;
    qreal y = 0;
    for (const LegendItem& item : items) {
        const qreal itemWidth = std::min(width, legendItemWidth(item, metrics, scale));
        if (x > 0 && (x + itemWidth > width || item.startsRow)) {
            x = 0;
            y += rowHeight;
            rowStarts << rects.size();
        }
        rects << QRectF(x, y, itemWidth, rowHeight);
        x += itemWidth + spacing;
    }
    rowStarts << rects.size();
    for (qsizetype row = 0; row + 1 < rowStarts.size(); ++row) {
        const qsizetype first = rowStarts.at(row);
        const qsizetype last = rowStarts.at(row + 1) - 1;
        if (first > last) {
            continue;
        }
        const qreal shift = (width - rects.at(last).right()) / 2;
        for (qsizetype i = first; i <= last; ++i) {
            rects[i].translate(shift, 0);
        }
    }
    return rects;
}

void drawLegendItem(QPainter& painter, const LegendItem& item, const QRectF& rect, const Scale& scale) {
    qreal textLeft = rect.left();
    if (item.swatch != LegendItem::Swatch::None) {
        const QRectF swatch(rect.left(), rect.center().y() - scale.pt(4), scale.pt(16), scale.pt(8));
        textLeft = swatch.right() + scale.pt(4);
        painter.save();
        if (item.swatch == LegendItem::Swatch::Filled) {
            QColor fill = item.color;
            fill.setAlpha(70);
            painter.setBrush(fill);
            painter.setPen(QPen(item.color, scale.pt(1.2)));
            painter.drawRect(swatch);
        } else if (item.swatch == LegendItem::Swatch::Dashed) {
            QPen pen(item.color, scale.pt(1.2), Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                             QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kGreyedInk);
            painter.drawEllipse(swatch.center(), scale.pt(2.5), scale.pt(2.5));
        }
        painter.restore();
    }
    painter.save();
    painter.setPen(item.swatch == LegendItem::Swatch::Greyed ? kGreyedInk : kInk);
    painter.drawText(QRectF(textLeft, rect.top(), rect.right() - textLeft, rect.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, item.text);
    painter.restore();
}

QList<LegendItem> legendItems(const QList<RadarSeries>& series, bool anyGreyed) {
    QList<LegendItem> items;
    for (int i = 0; i < series.size(); ++i) {
        const RadarSeries& s = series.at(i);
        items.append({s.dashed ? LegendItem::Swatch::Dashed : LegendItem::Swatch::Filled,
                      s.color.isValid() ? s.color : RadarPainter::defaultColor(i, s.dashed), s.name});
    }
    if (anyGreyed) {
        items.append({LegendItem::Swatch::Greyed, kGreyedInk,
                      QCoreApplication::translate("RadarPainter", "theme not discussed")});
    }
    // The scale, ring by ring from the centre.
    items.append({LegendItem::Swatch::None, kInk,
                  QCoreApplication::translate("RadarPainter", "From the centre outwards:"), true});
    for (Level level : {Level::Resource, Level::LightNeed, Level::MajorBarrier, Level::BlockingBarrier}) {
        items.append({LegendItem::Swatch::None, kInk,
                      QStringLiteral("%1 %2").arg(Levels::severity(level)).arg(Levels::label(level))});
    }
    return items;
}

void drawGrid(QPainter& painter, const QPointF& centre, qreal radius, int axes, const QFont& font,
              const Scale& scale) {
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= kRings; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < axes; ++i) {
            polygon << polar(centre, radius * ring / kRings, angleOf(i, axes));
        }
        painter.setPen(QPen(ring == kRings ? kOuterGrid : kGrid, scale.pt(ring == kRings ? 0.8 : 0.5)));
        painter.drawPolygon(polygon);
    }
    painter.setPen(QPen(kGrid, scale.pt(0.5)));
    for (int i = 0; i < axes; ++i) {
        painter.drawLine(centre, polar(centre, radius, angleOf(i, axes)));
    }
    // The ring numbers, beside the first axis, on a white ground so that they stay legible.
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    for (int ring = 1; ring <= kRings; ++ring) {
        const QPointF at = polar(centre, radius * ring / kRings, angleOf(0, axes));
        const QString number = QString::number(ring);
        const QRectF box(at.x() - scale.pt(2) - metrics.horizontalAdvance(number) - scale.pt(1),
                         at.y() - metrics.height() / 2, metrics.horizontalAdvance(number) + scale.pt(2),
                         metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRect(box);
        painter.setPen(kGreyedInk);
        painter.drawText(box, Qt::AlignCenter, number);
    }
    painter.restore();
}

void drawSeries(QPainter& painter, const QPointF& centre, qreal radius, const QList<RadarAxis>& axes,
                const RadarSeries& series, const QColor& color, const Scale& scale) {
    QPolygonF points;
    for (int i = 0; i < axes.size(); ++i) {
        const int severity = Levels::severity(series.levels.value(axes.at(i).id, Level::NotDiscussed));
        if (severity > 0) {
            points << polar(centre, radius * severity / kRings, angleOf(i, static_cast<int>(axes.size())));
        }
    }
    if (points.isEmpty()) {
        return;
    }
    painter.save();
    if (series.dashed) {
        QPen pen(color, scale.pt(1.3), Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
    } else {
        QColor fill = color;
        fill.setAlpha(70);
        painter.setPen(QPen(color, scale.pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(fill);
    }
    if (points.size() >= 3) {
        painter.drawPolygon(points);
    } else if (points.size() == 2) {
        painter.drawLine(points.at(0), points.at(1));
    }
    if (!series.dashed || points.size() == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (const QPointF& point : points) {
            painter.drawEllipse(point, scale.pt(1.8), scale.pt(1.8));
        }
    }
    painter.restore();
}

// Where everything goes for one label size: the chart's area, the radius, labels and legend.
struct Layout {
    QFont labelFont;
    QList<Label> labels;
    QList<LegendItem> legend;
    QList<QRectF> legendRects;
    QPointF legendOrigin;
    QPointF centre;
    qreal radius = 0;
    bool labelsOverlap = false;
};

// Lays the legend out on the right of a wide picture, else underneath; returns the chart's area.
QRectF placeLegend(Layout& layout, const QRectF& bounds, const QFontMetricsF& metrics, const Scale& scale) {
    QRectF chart = bounds;
    if (bounds.width() > bounds.height() * 1.4) {
        layout.legendRects = stackLegend(layout.legend, metrics, scale, bounds.width() * 0.3);
        qreal legendWidth = 0;
        for (const QRectF& rect : std::as_const(layout.legendRects)) {
            legendWidth = std::max(legendWidth, rect.right());
        }
        const qreal legendHeight = layout.legendRects.isEmpty() ? 0 : layout.legendRects.constLast().bottom();
        chart.setRight(bounds.right() - legendWidth - scale.pt(10));
        layout.legendOrigin = QPointF(chart.right() + scale.pt(10), bounds.center().y() - legendHeight / 2);
    } else {
        layout.legendRects = flowLegend(layout.legend, metrics, scale, bounds.width());
        const qreal legendHeight =
            layout.legendRects.isEmpty() ? 0 : layout.legendRects.constLast().bottom() + scale.pt(4);
        chart.setBottom(bounds.bottom() - legendHeight);
        layout.legendOrigin = QPointF(bounds.left(), chart.bottom() + scale.pt(2));
    }
    return chart;
}

Layout layOut(QPainter& painter, const QRectF& bounds, const QList<RadarAxis>& axes, const RadarSeries* main,
              const QList<RadarSeries>& series, qreal labelPoints, const Scale& scale) {
    const auto greyed = [main](const RadarAxis& axis) {
        return main && main->levels.value(axis.id, Level::NotDiscussed) == Level::NotDiscussed;
    };
    const int count = static_cast<int>(axes.size());
    Layout layout;
    layout.labelFont = painter.font();
    layout.labelFont.setPointSizeF(labelPoints);
    const QFontMetricsF metrics(layout.labelFont, painter.device());
    layout.legend = legendItems(series, std::any_of(axes.cbegin(), axes.cend(), greyed));
    const QRectF chart = placeLegend(layout, bounds, metrics, scale);

    // Each axis label wrapped to a width: wider for the labels above and below the chart.
    for (int i = 0; i < count; ++i) {
        const bool vertical = std::abs(std::cos(angleOf(i, count))) < 0.45;
        const qreal labelWidth =
            std::max(chart.width() * (vertical ? 0.3 : 0.23), metrics.averageCharWidth() * 12);
        Label label;
        label.lines = wrapLabel(axes.at(i).label, layout.labelFont, painter.device(), labelWidth);
        qreal width = 0;
        for (const QString& line : std::as_const(label.lines)) {
            width = std::max(width, metrics.horizontalAdvance(line));
        }
        label.size = QSizeF(width, metrics.lineSpacing() * label.lines.size());
        label.greyed = greyed(axes.at(i));
        layout.labels << label;
    }

    // The largest radar whose labels fit in the chart's area.
    layout.centre = chart.center();
    const qreal gap = scale.pt(5);
    layout.radius = std::min(chart.width(), chart.height()) / 2;
    for (int attempt = 0; attempt < 100 && layout.radius > 0; ++attempt) {
        bool fits = true;
        for (int i = 0; i < count; ++i) {
            const qreal angle = angleOf(i, count);
            placeLabel(layout.labels[i], polar(layout.centre, layout.radius + gap, angle), angle);
            fits = fits && chart.contains(layout.labels.at(i).box);
        }
        if (fits) {
            break;
        }
        layout.radius *= 0.97;
    }
    for (int i = 0; i < count && count > 1; ++i) {
        const QRectF& next = layout.labels.at((i + 1) % count).box;
        layout.labelsOverlap = layout.labelsOverlap || layout.labels.at(i).box.intersects(next);
    }
    return layout;
}

void drawLabels(QPainter& painter, const Layout& layout) {
    const QFontMetricsF metrics(layout.labelFont, painter.device());
    for (const Label& label : layout.labels) {
        QFont font = layout.labelFont;
        font.setItalic(label.greyed);
        painter.setFont(font);
        painter.setPen(label.greyed ? kGreyedInk : kInk);
        qreal y = label.box.top();
        for (const QString& line : label.lines) {
            painter.drawText(QRectF(label.box.left(), y, label.box.width(), metrics.lineSpacing()),
                             label.alignment | Qt::AlignVCenter, line);
            y += metrics.lineSpacing();
        }
    }
}

} // namespace

QColor RadarPainter::defaultColor(int index, bool dashed) {
    if (dashed) {
        return QColor(85, 85, 85);
    }
    static const QList<QColor> colors{QColor(31, 95, 170), QColor(214, 110, 20), QColor(40, 140, 80)};
    return colors.at(index % colors.size());
}

void RadarPainter::paint(QPainter& painter, const QRectF& bounds, const QList<RadarAxis>& axes,
                         const QList<RadarSeries>& series) {
    if (axes.isEmpty() || bounds.isEmpty()) {
        return;
    }
    const Scale scale = scaleOf(painter);
    const int count = static_cast<int>(axes.size());
    // The labels' size follows the picture's, within the painter's font size; when neighbouring
    // labels would overlap, a smaller size is tried, down to 6 points.
    const QFont base = painter.font();
    const qreal basePoints = base.pointSizeF() > 0 ? base.pointSizeF() : base.pixelSize() / scale.perPoint;
    const qreal sidePoints = std::min(bounds.width(), bounds.height()) / scale.perPoint;
    const RadarSeries* main = nullptr; // the first filled series: its themes not discussed are greyed
    for (const RadarSeries& s : series) {
        if (!s.dashed) {
            main = &s;
            break;
        }
    }
    Layout layout;
    for (qreal points = std::clamp(sidePoints / 26, 6.0, std::max(6.0, basePoints)); points >= 6;
         points -= 0.5) {
        layout = layOut(painter, bounds, axes, main, series, points, scale);
        if (!layout.labelsOverlap) {
            break;
        }
    }
    QFont smallFont = layout.labelFont;
    smallFont.setPointSizeF(layout.labelFont.pointSizeF() * 0.85);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    drawGrid(painter, layout.centre, layout.radius, count, smallFont, scale);
    // Earlier (dashed) diagnostics under the current one.
    for (bool dashed : {true, false}) {
        for (int i = 0; i < series.size(); ++i) {
            const RadarSeries& s = series.at(i);
            if (s.dashed == dashed) {
                drawSeries(painter, layout.centre, layout.radius, axes, s,
                           s.color.isValid() ? s.color : defaultColor(i, s.dashed), scale);
            }
        }
    }
    drawLabels(painter, layout);
    painter.setFont(layout.labelFont);
    for (qsizetype i = 0; i < layout.legend.size(); ++i) {
        drawLegendItem(painter, layout.legend.at(i), layout.legendRects.at(i).translated(layout.legendOrigin),
                       scale);
    }
    painter.restore();
}

} // namespace jalon
