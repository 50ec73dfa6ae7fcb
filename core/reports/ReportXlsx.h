#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <QString>
#include <QStringList>

namespace jalon::ReportXlsx {

// The activity report as an Excel workbook (libxlsxwriter): a summary sheet, one sheet per table
// with its column chart, the twelve-month trend with its line chart and the indicator
// definitions. Cells hold real numbers with number formats (shares as fractions shown "0.0%").
// docs/report-formats.md describes the layout.

// Writes the workbook atomically; on failure, a message that names the file and what to do.
Status save(const Report& report, const QString& path);

// A worksheet name made from a title that Excel accepts and that none of the taken names has
// (compared without case): at most 31 characters, none of []:*?/\, no apostrophe at either end;
// the fallback when nothing of the title is left.
QString sheetName(const QString& title, const QStringList& taken, const QString& fallback);

} // namespace jalon::ReportXlsx
