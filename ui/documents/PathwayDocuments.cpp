#include "PathwayDocuments.h"

#include "ActionPlanDocument.h"
#include "ContractDocument.h"
#include "ConvocationDocument.h"

#include <QTextDocument>

namespace jalon {

Result<PathwayDocument> buildPathwayDocument(Database& database, const Actor& actor, const QString& personId,
                                             PathwayPrintout::What what, const QString& appointmentId) {
    const Result<PathwayPrintout> printout =
        PathwayPrintout::gather(database, actor, personId, what, appointmentId);
    if (!printout) {
        return printout.status();
    }
    PathwayDocument out;
    switch (what) {
    case PathwayPrintout::What::Plan:
        out.document = ActionPlanDocument::build(printout.value());
        out.title = ActionPlanDocument::title(printout.value());
        break;
    case PathwayPrintout::What::Contract:
        out.document = ContractDocument::build(printout.value());
        out.title = ContractDocument::title(printout.value());
        break;
    case PathwayPrintout::What::Convocation:
        out.document = ConvocationDocument::build(printout.value());
        out.title = ConvocationDocument::title(printout.value());
        break;
    }
    return out;
}

} // namespace jalon
