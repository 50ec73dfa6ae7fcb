#pragma once

#include "reports/Report.h"

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace jalon {

// Paints the activity report's charts with a QPainter (no Qt Charts: documents are Qt Gui only):
// the twelve-month trend (people followed as a line, entries and exits as bars underneath),
// exits by reason (horizontal bars) and barriers per theme (horizontal bars stacked by level, in
// the levels' colours). Figures hidden by small-cell suppression are not drawn; the document says
// so under the chart. Sizes follow the device's resolution, so the same call gives the same
// picture on a 300 dpi image or a printer page. Owns nothing; keeps no state.
class ReportChartPainter {
public:
    enum class Chart { Trend, ExitsByReason, BarriersByTheme };

    // Whether the report has what the chart draws (a trend, the table with rows).
    static bool available(Chart chart, const Report& report);
    // The height the chart needs for a width, both in points: the trend keeps a ratio, bar
    // charts grow with their number of bars.
    static qreal heightPoints(Chart chart, const Report& report, qreal widthPoints);
    // The chart on a white image of that many pixels at that resolution; the font gives the
    // family, sizes are the chart's own (in points, so readable once printed).
    static QImage image(Chart chart, const Report& report, const QSize& pixels, qreal dotsPerInch,
                        const QFont& font);
    static void paint(QPainter& painter, const QRectF& bounds, Chart chart, const Report& report);
};

} // namespace jalon
