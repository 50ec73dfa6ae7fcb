#pragma once

#include "PagedDocumentWriter.h"
#include "ReportChartPainter.h"

#include "common/Result.h"
#include "reports/Report.h"

#include <QSizeF>
#include <QString>
#include <QUrl>

#include <memory>

class QTextDocument;

// The activity report printed for the board: a cover (period, scope, who made it and when,
// whether small cells were suppressed), every table with its three period columns, the charts
// (twelve-month trend, exits by reason, barriers per theme) and an annex defining each indicator.
// Tables start a new page rather than being cut when they fit on one. The returned document owns
// the chart images (resources, painted at print resolution).
namespace jalon::ReportDocument {

std::unique_ptr<QTextDocument> build(const Report& report,
                                     const QSizeF& pageSizePoints = PagedDocumentWriter::a4Points());
// Writes the report as an A4 PDF at path (PagedDocumentWriter: numbered pages, atomic write).
Status writePdf(const Report& report, const QString& path);

// "Activity report – October 2026 – Structure: …": the document's (and PDF's) title.
QString title(const Report& report);
// Where a chart's image is among the document's resources.
QUrl chartUrl(ReportChartPainter::Chart chart);

} // namespace jalon::ReportDocument
