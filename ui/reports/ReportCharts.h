#pragma once

#include "reports/Report.h"

#include <QString>
#include <QtGlobal>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace jalon::ReportCharts {

// The charts of the report window, built from a computed report (the caller owns each chart).
// Figures hidden as small counts are drawn as 0: suppressedDrawnAsZero() says whether a chart
// needs the note that tells so.

// The last twelve months: people followed at each month's end (line, left axis), entries and
// exits (bars, right axis).
QChart* trend(const Report& report);
// Exits of the period by reason, as horizontal bars.
QChart* exitsByReason(const Report& report);
// Levels found per theme by the diagnostics validated in the period: one stacked bar per theme,
// one colour per level.
QChart* barriersByTheme(const Report& report);

// Whether any figure the charts draw was hidden, and so drawn as 0.
bool suppressedDrawnAsZero(const Report& report);
// The chart's figures as text, for screen readers: "Entries: Nov 2025 3, Dec 2025 4…".
QString describe(const QChart* chart);

} // namespace jalon::ReportCharts
