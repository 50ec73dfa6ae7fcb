#pragma once

#include "PagedDocumentWriter.h"
#include "RadarPainter.h"

#include "diagnostic/DiagnosticPrintout.h"

#include <QList>
#include <QSizeF>
#include <QUrl>

#include <memory>

class QTextDocument;

namespace jalon {

// The printed summary of a diagnostic, handed to the person and signed by both: heading, minimal
// identity (name, birth date), date, adviser, structure and grid, the radar of levels (with the
// previous validated diagnostic dashed), each theme's level and comment, the priorities with
// their objectives, the next steps and two signature boxes. Built as a QTextDocument from a
// DiagnosticPrintout, in the current language; print it with PagedDocumentWriter. Every text
// that comes from users is escaped. The returned document owns the radar image (a resource).
class DiagnosticSummaryDocument {
public:
    static std::unique_ptr<QTextDocument> build(const DiagnosticPrintout& printout,
                                                QSizeF pageSizePoints = PagedDocumentWriter::a4Points());

    // "Diagnostic summary – Hélène DURAND": the document's (and PDF's) title.
    static QString title(const DiagnosticPrintout& printout);
    // The radar's themes and series (this diagnostic, and the previous one dashed), so that a
    // screen can paint the same chart with RadarPainter.
    static QList<RadarAxis> radarAxes(const DiagnosticPrintout& printout);
    static QList<RadarSeries> radarSeries(const DiagnosticPrintout& printout);
    // Where the radar image is among the document's resources.
    static QUrl radarUrl() { return QUrl(QStringLiteral("jalon:diagnostic-radar.png")); }
};

} // namespace jalon
