#pragma once

#include "common/Result.h"
#include "pathway/PathwayPrintout.h"

#include <memory>

class QTextDocument;

namespace jalon {

// The pathway's printed documents as laid out for the print preview and the PDF: the action plan,
// the contract and a convocation letter (jalon-docs), built from what PathwayPrintout gathers.
struct PathwayDocument {
    std::unique_ptr<QTextDocument> document;
    QString title;
};

// What == Convocation needs the appointment; without one, the person's next planned appointment.
Result<PathwayDocument> buildPathwayDocument(Database& database, const Actor& actor, const QString& personId,
                                             PathwayPrintout::What what, QString appointmentId = {});

} // namespace jalon
