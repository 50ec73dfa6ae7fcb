#pragma once

#include "PagedDocumentWriter.h"

#include "pathway/PathwayPrintout.h"

#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace jalon {

// The printed contract (the CER, "contrat d'engagement réciproque", or another kind): the
// parties (the person; the structure represented by the adviser), its dates (start, planned end,
// signature or "not yet signed"), the commitments, the plan's objectives tied to it
// (printout.plan), the person's consent, "done at …, on …" and the two signature boxes. Built as
// a QTextDocument from printout.contract, in the current language; print it with
// PagedDocumentWriter. Every text that comes from users is escaped.
class ContractDocument {
public:
    static std::unique_ptr<QTextDocument> build(const PathwayPrintout& printout,
                                                QSizeF pageSizePoints = PagedDocumentWriter::a4Points());
    // "Reciprocal commitment contract" for a CER, the contract kind's label otherwise.
    static QString heading(const PathwayPrintout& printout);
    // "Reciprocal commitment contract – Hélène DURAND": the document's (and PDF's) title.
    static QString title(const PathwayPrintout& printout);
};

} // namespace jalon
