#include "timeline/PathwayPrinting.h"

#include "documents/ActionPlanDocument.h"
#include "documents/ContractDocument.h"
#include "documents/ConvocationDocument.h"

#include "common/Clock.h"
#include "pathway/AppointmentStore.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace jalon {

namespace {

Result<QString> nextAppointment(Database& database, const Actor& actor, const QString& personId) {
    const auto list = AppointmentStore(database).ofPerson(actor, personId);
    if (!list) {
        return list.status();
    }
    const QDateTime now = Clock::instance().nowUtc().toLocalTime();
    for (const Appointment& a : list.value()) {
        if (a.status == QLatin1String("planned") && a.scheduledAt >= now) {
            return a.id;
        }
    }
    return Result<QString>::fail(QCoreApplication::translate(
        "jalon::PathwayWidget", "This person has no appointment ahead: plan one, or select an appointment "
                                "of the timeline, to print its convocation."));
}

} // namespace

Result<PathwayDocument> buildPathwayDocument(Database& database, const Actor& actor, const QString& personId,
                                             PathwayPrintout::What what, QString appointmentId) {
    if (what == PathwayPrintout::What::Convocation && appointmentId.isEmpty()) {
        Result<QString> next = nextAppointment(database, actor, personId);
        if (!next) {
            return next.status();
        }
        appointmentId = next.value();
    }
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
