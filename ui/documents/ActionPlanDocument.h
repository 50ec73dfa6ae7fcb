#pragma once

#include "PagedDocumentWriter.h"

#include "pathway/PathwayPrintout.h"

#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace jalon {

// The printed action plan, handed to the person and signed by both: heading, identity (name,
// birth date), structure, adviser, orientation, the plan's dates (opening; closing and review
// once closed; the diagnostic it was built from), then per theme its objectives (status, tie to
// the contract with the consent date) each with its actions (status, due date), and two
// signature boxes. Built as a QTextDocument from printout.plan, in the current language; print
// it with PagedDocumentWriter. Every text that comes from users is escaped.
class ActionPlanDocument {
public:
    static std::unique_ptr<QTextDocument> build(const PathwayPrintout& printout,
                                                QSizeF pageSizePoints = PagedDocumentWriter::a4Points());
    // "Action plan – Hélène DURAND": the document's (and PDF's) title.
    static QString title(const PathwayPrintout& printout);
};

} // namespace jalon
