#include "ReportChartPainter.h"

#include "LevelStyle.h"
#include "reports/Indicators.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace jalon {

namespace {

const QColor kInk(40, 40, 40);
const QColor kMutedInk(110, 110, 110);
const QColor kGrid(222, 222, 222);
const QColor kAxis(140, 140, 140);
const QColor kFollowed(31, 95, 170);
const QColor kEntries(40, 140, 80);
const QColor kExits(214, 110, 20);
const QColor kBar(31, 95, 170);

constexpr qreal kTextPoints = 8.5;  // labels and legends
constexpr qreal kSmallPoints = 7.5; // values and axes
constexpr qreal kBarRowPoints = 22; // one bar and its label

// Sizes in device pixels for this painter's device.
struct Scale {
    qreal perPoint = 1;
    qreal pt(qreal points) const { return points * perPoint; }
};

QFont fontOf(const QPainter& painter, qreal points) {
    QFont font = painter.font();
    font.setPointSizeF(points);
    return font;
}

QString number(double value) {
    return QLocale().toString(static_cast<qint64>(std::llround(value)));
}

// Round steps (1, 2 or 5 times a power of ten, whole numbers) from low or under to high or over.
QList<qreal> ticks(qreal low, qreal high, int count) {
    if (high <= low) {
        high = low + 1;
    }
    const qreal rough = (high - low) / count;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = 10 * power;
    for (qreal factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    }
    step = std::max(step, 1.0);
    QList<qreal> values;
    for (qreal value = std::floor(low / step) * step; value < high + step * 0.999; value += step) {
        values << value;
    }
    return values;
}

// What a figure draws: a count, a share in percent or an average; nothing when hidden.
std::optional<double> amount(const Figure& figure) {
    if (figure.kind == Figure::Kind::Count) {
        return figure.suppressed ? std::nullopt : std::optional<double>(static_cast<double>(figure.value));
    }
    const std::optional<double> ratio = figure.ratio();
    return ratio && figure.kind == Figure::Kind::Share ? std::optional<double>(*ratio * 100) : ratio;
}

// The table a bar chart draws.
const ReportTable* tableOf(ReportChartPainter::Chart chart, const Report& report) {
    return report.table(QString::fromLatin1(chart == ReportChartPainter::Chart::ExitsByReason
                                                ? Indicators::kExitsByReason
                                                : Indicators::kBarriersByTheme));
}

// One series of the trend, month by month; nothing for a value small-cell suppression hides.
QList<std::optional<double>> trendSeries(const Report& report, qint64 TrendPoint::*member) {
    QList<std::optional<double>> values;
    for (const TrendPoint& point : report.trend) {
        const qint64 value = point.*member;
        const bool hidden = value == TrendPoint::kSuppressed ||
                            (report.smallCellsSuppressed && value >= 1 && value <= report.smallCellThreshold);
        values << (hidden ? std::nullopt : std::optional<double>(static_cast<double>(value)));
    }
    return values;
}

QColor textOn(const QColor& fill) {
    const int luminance = (299 * fill.red() + 587 * fill.green() + 114 * fill.blue()) / 1000;
    return luminance > 150 ? kInk : QColor(Qt::white);
}

// A colour and what it stands for; for the barriers, the level's code and place on the scale too.
struct LegendItem {
    QColor color;
    QString text;
    QString code = {};
    int order = 0;
};

// Draws the legend from the top left of bounds, in as many rows as it needs; returns its height.
qreal drawLegend(QPainter& painter, const QRectF& bounds, const QList<LegendItem>& items, const Scale& s) {
    const QFont font = fontOf(painter, kTextPoints);
    const QFontMetricsF metrics(font, painter.device());
    const qreal rowHeight = metrics.height() * 1.4;
    QPointF at = bounds.topLeft();
    painter.save();
    painter.setFont(font);
    painter.setPen(kInk);
    for (const LegendItem& item : items) {
        const qreal width = s.pt(14) + metrics.horizontalAdvance(item.text);
        if (at.x() > bounds.left() && at.x() + width > bounds.right()) {
            at = QPointF(bounds.left(), at.y() + rowHeight);
        }
        painter.fillRect(QRectF(at.x(), at.y() + rowHeight / 2 - s.pt(5), s.pt(10), s.pt(10)), item.color);
        painter.drawText(QRectF(at.x() + s.pt(14), at.y(), width, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
        at.rx() += width + s.pt(16);
    }
    painter.restore();
    return at.y() + rowHeight - bounds.top();
}

// The gridlines at these values, each with its value: horizontal lines with the value on the left
// (toPosition gives a y), else vertical ones with the value underneath (toPosition gives an x).
template <typename ToPosition>
void drawGrid(QPainter& painter, const QRectF& plot, const QList<qreal>& values, ToPosition toPosition,
              bool horizontal, const Scale& s) {
    const QFont font = fontOf(painter, kSmallPoints);
    const qreal height = QFontMetricsF(font, painter.device()).height();
    painter.save();
    painter.setFont(font);
    for (qreal value : values) {
        const qreal at = toPosition(value);
        painter.setPen(QPen(value == 0 ? kAxis : kGrid, s.pt(0.6)));
        painter.drawLine(horizontal ? QLineF(plot.left(), at, plot.right(), at)
                                    : QLineF(at, plot.top(), at, plot.bottom()));
        painter.setPen(kMutedInk);
        painter.drawText(horizontal ? QRectF(plot.left() - s.pt(60), at - height / 2, s.pt(56), height)
                                    : QRectF(at - s.pt(30), plot.bottom() + s.pt(3), s.pt(60), height),
                         horizontal ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignHCenter | Qt::AlignTop,
                         number(value));
    }
    painter.restore();
}

// A value written just above a point, in the small font.
void drawValueAbove(QPainter& painter, const QPointF& point, const QString& text, const Scale& s) {
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal width = metrics.horizontalAdvance(text) + s.pt(4);
    painter.drawText(
        QRectF(point.x() - width / 2, point.y() - s.pt(2) - metrics.height(), width, metrics.height()),
        Qt::AlignHCenter | Qt::AlignBottom, text);
}

// Ticks for trend values, with room above the highest one for its label.
QList<qreal> trendTicks(const QList<std::optional<double>>& values, bool fromZero) {
    qreal low = fromZero ? 0 : std::numeric_limits<qreal>::max();
    qreal high = 0;
    for (const std::optional<double>& value : values) {
        if (value) {
            low = std::min<qreal>(low, *value);
            high = std::max<qreal>(high, *value);
        }
    }
    low = std::min(low, high);
    const qreal range = std::max<qreal>(high - low, std::max<qreal>(high, 1) * 0.1);
    return ticks(fromZero ? 0 : std::max<qreal>(0, low - range * 0.1), high + range * 0.18, fromZero ? 4 : 5);
}

// The people followed as a line with its values, month by month.
void drawFollowed(QPainter& painter, const QRectF& plot, const Report& report, const Scale& s) {
    const QList<std::optional<double>> values = trendSeries(report, &TrendPoint::followed);
    const QList<qreal> grid = trendTicks(values, false);
    const auto toY = [&](qreal v) {
        return plot.bottom() - plot.height() * (v - grid.first()) / (grid.last() - grid.first());
    };
    drawGrid(painter, plot, grid, toY, true, s);
    const qreal slot = plot.width() / static_cast<qreal>(values.size());
    const auto at = [&](qsizetype i) {
        return QPointF(plot.left() + slot * (static_cast<qreal>(i) + 0.5), toY(*values.at(i)));
    };
    painter.save();
    painter.setFont(fontOf(painter, kSmallPoints));
    painter.setBrush(kFollowed);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            continue; // hidden: the line stops on each side
        }
        painter.setPen(QPen(kFollowed, s.pt(1.8), Qt::SolidLine, Qt::RoundCap));
        if (i > 0 && values.at(i - 1)) {
            painter.drawLine(at(i - 1), at(i));
        }
        painter.drawEllipse(at(i), s.pt(1.8), s.pt(1.8));
        painter.setPen(kInk);
        drawValueAbove(painter, at(i) - QPointF(0, s.pt(2)), number(*values.at(i)), s);
    }
    painter.restore();
}

// Entries and exits as pairs of bars, month by month, with their values.
void drawFlows(QPainter& painter, const QRectF& plot, const Report& report, const Scale& s) {
    const QList<std::optional<double>> entries = trendSeries(report, &TrendPoint::entries);
    const QList<std::optional<double>> exits = trendSeries(report, &TrendPoint::exits);
    const QList<qreal> grid = trendTicks(entries + exits, true);
    const auto toY = [&](qreal v) { return plot.bottom() - plot.height() * v / grid.last(); };
    drawGrid(painter, plot, grid, toY, true, s);
    const qreal slot = plot.width() / static_cast<qreal>(entries.size());
    const qreal barWidth = std::min(slot * 0.34, s.pt(14));
    painter.save();
    painter.setFont(fontOf(painter, kSmallPoints));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qreal centre = plot.left() + slot * (static_cast<qreal>(i) + 0.5);
        for (const auto& [value, colour, left] :
             {std::tuple(entries.at(i), kEntries, centre - barWidth - s.pt(0.5)),
              std::tuple(exits.at(i), kExits, centre + s.pt(0.5))}) {
            if (!value) {
                continue;
            }
            const QRectF bar(QPointF(left, toY(*value)), QPointF(left + barWidth, plot.bottom()));
            painter.fillRect(bar, colour);
            painter.setPen(kInk);
            drawValueAbove(painter, QPointF(bar.center().x(), bar.top()), number(*value), s);
        }
    }
    painter.restore();
}

// The month labels under the plots, on two lines ("oct." over "2025") when one is too wide.
qreal drawMonths(QPainter& painter, const QRectF& row, const Report& report, bool draw) {
    const QFont font = fontOf(painter, kSmallPoints);
    const QFontMetricsF metrics(font, painter.device());
    const QLocale locale;
    const qreal slot = row.width() / static_cast<qreal>(report.trend.size());
    bool twoLines = false;
    for (const TrendPoint& point : report.trend) {
        twoLines = twoLines || metrics.horizontalAdvance(
                                   locale.toString(point.month, QStringLiteral("MMM yy"))) > slot * 0.92;
    }
    if (draw) {
        painter.save();
        painter.setFont(font);
        painter.setPen(kInk);
        for (qsizetype i = 0; i < report.trend.size(); ++i) {
            const QDate month = report.trend.at(i).month;
            const QString text = twoLines ? locale.toString(month, QStringLiteral("MMM'\n'yyyy"))
                                          : locale.toString(month, QStringLiteral("MMM yy"));
            painter.drawText(QRectF(row.left() + slot * static_cast<qreal>(i), row.top(), slot, row.height()),
                             Qt::AlignHCenter | Qt::AlignTop, text);
        }
        painter.restore();
    }
    return metrics.lineSpacing() * (twoLines ? 2 : 1) + metrics.descent();
}

// A panel's caption, bold, on the left of the row above it; returns where the text ends.
qreal drawCaption(QPainter& painter, const QRectF& row, const QString& text) {
    QFont font = fontOf(painter, kTextPoints);
    font.setBold(true);
    painter.save();
    painter.setFont(font);
    painter.setPen(kInk);
    QRectF drawn;
    painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, text, &drawn);
    painter.restore();
    return drawn.right();
}

// Two panels over the twelve months: the people followed, then entries and exits (with their legend).
void paintTrend(QPainter& painter, const QRectF& bounds, const Report& report, const Scale& s) {
    const qreal months = drawMonths(painter, bounds, report, false);
    const qreal caption = QFontMetricsF(fontOf(painter, kTextPoints), painter.device()).height() * 1.4;
    const QRectF area = bounds.adjusted(s.pt(36), 0, -s.pt(4), -months - s.pt(4));
    const qreal panels = area.height() - 2 * caption - s.pt(22);
    const QRectF upper(area.left(), area.top() + caption + s.pt(6), area.width(), panels * 0.55);
    const QRectF lower(area.left(), upper.bottom() + s.pt(16) + caption, area.width(), panels * 0.45);
    drawCaption(painter, QRectF(bounds.left(), area.top(), bounds.width(), caption),
                QCoreApplication::translate("ReportDocument", "People followed at the end of the month"));
    drawFollowed(painter, upper, report, s);
    const QRectF row(bounds.left(), lower.top() - caption - s.pt(6), bounds.width(), caption);
    const qreal end = drawCaption(
        painter, row, QCoreApplication::translate("ReportDocument", "Entries and exits during the month"));
    drawLegend(painter, QRectF(end + s.pt(20), row.top(), row.right() - end - s.pt(20), row.height()),
               {{kEntries, QCoreApplication::translate("ReportDocument", "Entries")},
                {kExits, QCoreApplication::translate("ReportDocument", "Exits")}},
               s);
    drawFlows(painter, lower, report, s);
    drawMonths(painter, QRectF(area.left(), area.bottom() + s.pt(3), area.width(), months), report, true);
}

// One bar of a horizontal bar chart: its label, its segments (one, or stacked) and a text after it.
struct Segment {
    double value = 0;
    QColor color;
    QString text; // written inside the segment when it fits
};
struct Bar {
    QString label;
    QList<Segment> segments;
    QString endText;
};

// Bars one under the other, labels on the left, a value scale underneath.
void drawBars(QPainter& painter, const QRectF& area, const QList<Bar>& bars, const Scale& s) {
    const QFont font = fontOf(painter, kTextPoints);
    const QFont small = fontOf(painter, kSmallPoints);
    const QFontMetricsF metrics(font, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());
    qreal labelWidth = 0;
    qreal endWidth = 0;
    double highest = 0;
    for (const Bar& bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label) + s.pt(2));
        endWidth = std::max(endWidth, smallMetrics.horizontalAdvance(bar.endText) + s.pt(8));
        double total = 0;
        for (const Segment& segment : bar.segments) {
            total += segment.value;
        }
        highest = std::max(highest, total);
    }
    labelWidth = std::min(labelWidth, area.width() * 0.34);
    const QRectF plot(area.left() + labelWidth + s.pt(8), area.top(),
                      area.width() - labelWidth - s.pt(8) - endWidth,
                      area.height() - smallMetrics.height() - s.pt(4));
    const QList<qreal> scale = ticks(0, highest, 5);
    const auto toX = [&](double v) { return plot.left() + plot.width() * v / scale.last(); };
    drawGrid(painter, plot, scale, toX, false, s);
    painter.save();
    const qreal rowHeight = plot.height() / static_cast<qreal>(bars.size());
    const qreal barHeight = std::min(rowHeight * 0.62, s.pt(13));
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars.at(i);
        const qreal top = plot.top() + rowHeight * static_cast<qreal>(i);
        painter.setFont(font);
        painter.setPen(kInk);
        painter.drawText(QRectF(area.left(), top, labelWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, bar.label);
        painter.setFont(small);
        const qreal barTop = top + (rowHeight - barHeight) / 2;
        double sum = 0;
        for (const Segment& segment : bar.segments) {
            const QRectF rect(QPointF(toX(sum), barTop),
                              QPointF(toX(sum + segment.value), barTop + barHeight));
            painter.fillRect(rect, segment.color);
            if (smallMetrics.horizontalAdvance(segment.text) + s.pt(4) < rect.width()) {
                painter.setPen(textOn(segment.color));
                painter.drawText(rect, Qt::AlignCenter, segment.text);
            }
            sum += segment.value;
        }
        painter.setPen(bar.segments.isEmpty() ? kMutedInk : kInk);
        painter.drawText(QRectF(toX(sum) + s.pt(4), top, endWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.endText);
    }
    painter.restore();
}

QList<Bar> exitBars(const Report& report) {
    QList<Bar> bars;
    for (const ReportRow& row : tableOf(ReportChartPainter::Chart::ExitsByReason, report)->rows) {
        const Figure& figure = row.at(Column::Period);
        Bar bar{row.label, {}, figureText(figure, report.smallCellThreshold, QLocale())};
        if (const std::optional<double> value = amount(figure)) {
            bar.segments.append({*value, kBar, {}});
        }
        bars << bar;
    }
    return bars;
}

// The levels of the barriers table with their colours, in the scale's order.
QList<LegendItem> levelKeys(const ReportTable& table) {
    static const QList<QColor> others{QColor(31, 95, 170), QColor(120, 90, 160), QColor(60, 150, 160)};
    QList<LegendItem> keys;
    for (const ReportRow& row : table.rows) {
        const int index = static_cast<int>(keys.size());
        Level level = Level::NotDiscussed;
        const bool known = Levels::fromCode(row.code, &level);
        // Not discussed goes last: a bar reads from strengths to blocking barriers.
        const int order = !known ? 10 + index : (level == Level::NotDiscussed ? 5 : Levels::severity(level));
        if (std::none_of(keys.cbegin(), keys.cend(),
                         [&](const LegendItem& k) { return k.code == row.code; })) {
            keys.append({known ? LevelStyle::color(level) : others.at(index % others.size()), row.label,
                         row.code, order});
        }
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const LegendItem& a, const LegendItem& b) { return a.order < b.order; });
    return keys;
}

// One stacked bar per theme (group), in the order the table gives them.
QList<Bar> barrierBars(const Report& report) {
    const ReportTable& table = *tableOf(ReportChartPainter::Chart::BarriersByTheme, report);
    const QList<LegendItem> keys = levelKeys(table);
    QList<Bar> bars;
    QStringList groups;
    for (const ReportRow& row : table.rows) {
        if (!groups.contains(row.groupCode)) {
            groups << row.groupCode;
            bars.append({row.groupLabel, {}, {}});
        }
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const LegendItem& key : keys) {
            const ReportRow* row = table.row(key.code, groups.at(g));
            if (!row) {
                continue;
            }
            const Figure& figure = row->at(Column::Period);
            if (const std::optional<double> value = amount(figure); value && *value > 0) {
                bars[g].segments.append(
                    {*value, key.color, figureText(figure, report.smallCellThreshold, QLocale())});
            }
        }
    }
    return bars;
}

void paintBarriers(QPainter& painter, const QRectF& bounds, const Report& report, const Scale& s) {
    const QList<LegendItem> legend = levelKeys(*tableOf(ReportChartPainter::Chart::BarriersByTheme, report));
    const qreal top = drawLegend(painter, bounds, legend, s) + s.pt(6);
    drawBars(painter, bounds.adjusted(0, top, 0, 0), barrierBars(report), s);
}

} // namespace

bool ReportChartPainter::available(Chart chart, const Report& report) {
    if (chart == Chart::Trend) {
        return !report.trend.isEmpty();
    }
    const ReportTable* table = tableOf(chart, report);
    return table && !table->rows.isEmpty();
}

qreal ReportChartPainter::heightPoints(Chart chart, const Report& report, qreal widthPoints) {
    if (chart == Chart::Trend) {
        return std::clamp(widthPoints * 0.56, 200.0, 320.0);
    }
    const bool exits = chart == Chart::ExitsByReason;
    const qsizetype bars = (exits ? exitBars(report) : barrierBars(report)).size();
    // A bar a line, the scale underneath, and the legend of levels above the barriers.
    return kBarRowPoints * static_cast<qreal>(bars) + 20 + (exits ? 0 : 34);
}

QImage ReportChartPainter::image(Chart chart, const Report& report, const QSize& pixels, qreal dotsPerInch,
                                 const QFont& font) {
    QImage image(pixels, QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), chart, report);
    return image;
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& bounds, Chart chart, const Report& report) {
    if (!available(chart, report) || bounds.isEmpty()) {
        return;
    }
    const QPaintDevice* device = painter.device();
    const Scale scale{device ? device->logicalDpiY() / 72.0 : 96.0 / 72.0};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    switch (chart) {
    case Chart::Trend:
        paintTrend(painter, bounds, report, scale);
        break;
    case Chart::ExitsByReason:
        drawBars(painter, bounds.adjusted(0, scale.pt(2), 0, 0), exitBars(report), scale);
        break;
    case Chart::BarriersByTheme:
        paintBarriers(painter, bounds, report, scale);
        break;
    }
    painter.restore();
}

} // namespace jalon
