#pragma once

#include "PagedDocumentWriter.h"

#include "pathway/PathwayPrintout.h"

#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace jalon {

// The convocation letter for an appointment (printout.appointment), to post in a window envelope:
// the structure top left, the person's name and address top right where a French DL window
// envelope shows it, the date, the subject, then the appointment's day (written out in the
// current locale), time, place, kind and purpose, what to bring, whom to contact if the person
// cannot come, and the adviser's signature. Built as a QTextDocument, in the current language;
// print it with PagedDocumentWriter. Every text that comes from users is escaped.
class ConvocationDocument {
public:
    static std::unique_ptr<QTextDocument> build(const PathwayPrintout& printout,
                                                QSizeF pageSizePoints = PagedDocumentWriter::a4Points());
    // "Invitation to an appointment – Hélène DURAND": the document's (and PDF's) title.
    static QString title(const PathwayPrintout& printout);

    // Where the address block starts, from the page's top left corner: inside the window of a
    // DL envelope (110 × 220 mm, window 100 × 45 mm) for an A4 sheet folded in three.
    static constexpr qreal kAddressLeftMillimetres = 105;
    static constexpr qreal kAddressTopMillimetres = 50;
};

} // namespace jalon
