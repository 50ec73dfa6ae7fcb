#pragma once

#include "common/Result.h"
#include "pathway/PathwayPrintout.h"

#include <memory>

class QTextDocument;

namespace jalon {

// The pathway's printed documents as laid out for the print preview and the PDF: the action plan,
// the contract and a convocation letter, built from what PathwayPrintout gathers. The window's
// Print menu and `jalon-cli pathway print` both come here.
struct PathwayDocument {
    std::unique_ptr<QTextDocument> document;
    QString title;
};

// A convocation is for the appointment given, else the person's next planned one.
Result<PathwayDocument> buildPathwayDocument(Database& database, const Actor& actor, const QString& personId,
                                             PathwayPrintout::What what, const QString& appointmentId = {});

} // namespace jalon
