#pragma once

#include "common/Result.h"

#include <QMarginsF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace jalon {

// Renders a QTextDocument on a paged device, page by page: Jalon's margins, the document laid out
// for the device's own resolution, and a footer with the document's title and "Page N / M" on
// every page. The PDF (QPdfWriter) and the window's print preview (QPrinter) both go through
// print(), so they show the same pages. Keeps no state.
class PagedDocumentWriter {
public:
    // The page margins, in millimetres; the footer sits inside the bottom one's upper part.
    static QMarginsF marginsMillimetres();
    // The width and height the document's content gets on a page of that size (points).
    static QSizeF contentSizePoints(const QSizeF& pageSizePoints);
    static QSizeF a4Points() { return {595.276, 841.89}; }

    // A4 portrait with Jalon's margins: what writePdf uses, and what a printer should get
    // before its print preview opens.
    static void setUpPage(QPagedPaintDevice& device);
    // Prints every page of the document on the device. The document is laid out for the device
    // while it prints, then given back its own page size and paint device. On that layout, the
    // last table (the signatures) starts a new page rather than being cut in two.
    static void print(QTextDocument& document, QPagedPaintDevice& device);
    // Writes the document as an A4 PDF at path, atomically (an existing file is replaced only
    // once the new one is complete). The title goes in the PDF's properties.
    static Status writePdf(const QTextDocument& document, const QString& path, const QString& title);
};

} // namespace jalon
