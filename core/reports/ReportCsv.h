#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QString>

namespace jalon::ReportCsv {

// The activity report as a CSV file for spreadsheets set up for France (Excel, LibreOffice):
// UTF-8 with a byte order mark, ';' between fields, decimal commas, dd/mm/yyyy dates, CRLF line
// ends and RFC 4180 quoting. Numbers are bare so that a spreadsheet can compute with them: the
// unit of a share (%) or an average (days) is in the row's label. docs/report-formats.md
// describes the layout.

QByteArray write(const Report& report);
// Writes the file atomically; on failure, a message that names the file and what to do.
Status save(const Report& report, const QString& path);

} // namespace jalon::ReportCsv
