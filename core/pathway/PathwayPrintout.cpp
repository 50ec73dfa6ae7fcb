#include "pathway/PathwayPrintout.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "diagnostic/DiagnosticStore.h"
#include "pathway/ActionPlanStore.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "persons/PersonStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jalon {

namespace {

QString nameOfStructure(Database& database, const QString& id) {
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT name FROM structures WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The person's next appointment still planned, for a convocation.
Result<Appointment> nextAppointment(Database& database, const Actor& actor, const QString& personId) {
    const auto list = AppointmentStore(database).ofPerson(actor, personId);
    if (!list) {
        return list.status();
    }
    const QDateTime now = Clock::instance().nowUtc().toLocalTime();
    for (const Appointment& a : list.value()) {
        if (a.status == QLatin1String("planned") && a.scheduledAt >= now) {
            return a;
        }
    }
    return Result<Appointment>::fail(QCoreApplication::translate(
        "PathwayPrintout", "This person has no appointment ahead: plan one, or choose the appointment, "
                           "to print its convocation."));
}

} // namespace

Result<PathwayPrintout> PathwayPrintout::gather(Database& database, const Actor& actor,
                                                const QString& personId, What what,
                                                const QString& appointmentId) {
    Result<Person> person = PersonStore(database).get(actor, personId);
    if (!person) {
        return person.status();
    }
    Result<QList<Orientation>> orientations = FollowUpStore(database).orientations(actor, personId);
    if (!orientations) {
        return orientations.status();
    }
    PathwayPrintout out;
    out.personName = person->firstName + QLatin1Char(' ') + person->lastName.toUpper();
    out.birthDate = person->birthDate;
    out.addressLines = person->addressLine;
    const QString town = (person->postcode + QLatin1Char(' ') + person->communeName).trimmed();
    if (!town.isEmpty()) {
        out.addressLines += (out.addressLines.isEmpty() ? QString() : QStringLiteral("\n")) + town;
    }
    out.structureName = nameOfStructure(database, person->structureId);
    out.adviserName = actor.displayName;
    out.printedOn = Clock::instance().today();
    for (const Orientation& o : orientations.value()) {
        if (o.isOpen()) {
            out.orientationKind = o.kind;
            if (!o.referentName.isEmpty()) {
                out.adviserName = o.referentName;
            }
        }
    }

    Result<QList<ActionPlan>> plans = ActionPlanStore(database).ofPerson(actor, personId);
    if (!plans) {
        return plans.status();
    }
    for (const ActionPlan& plan : plans.value()) { // newest first: the open one, else the latest
        if (!out.hasPlan || plan.isOpen()) {
            out.plan = plan;
            out.hasPlan = true;
            if (plan.isOpen()) {
                break;
            }
        }
    }
    if (out.hasPlan && !out.plan.diagnosticId.isEmpty()) {
        // The person knows the diagnostic by its date, not its id.
        if (const Result<Diagnostic> diagnostic =
                DiagnosticStore(database).load(actor, out.plan.diagnosticId)) {
            out.planDiagnosticDate = diagnostic->date();
        }
    }
    if (what == What::Plan && !out.hasPlan) {
        return Result<PathwayPrintout>::fail(
            QCoreApplication::translate("PathwayPrintout", "This person has no action plan to print."));
    }
    if (what == What::Contract) {
        Result<QList<Contract>> contracts = ContractStore(database).ofPerson(actor, personId);
        if (!contracts) {
            return contracts.status();
        }
        if (contracts->isEmpty()) {
            return Result<PathwayPrintout>::fail(
                QCoreApplication::translate("PathwayPrintout", "This person has no contract to print."));
        }
        // The running contract (started, not ended, before its planned end), else the latest.
        out.contract = contracts->last();
        const QDate today = Clock::instance().today();
        for (const Contract& contract : contracts.value()) {
            if (contract.startDate <= today && contract.endedOn.isNull() && contract.plannedEnd >= today) {
                out.contract = contract;
            }
        }
        out.hasContract = true;
    }
    if (what == What::Convocation) {
        Result<Appointment> appointment = appointmentId.isEmpty()
                                              ? nextAppointment(database, actor, personId)
                                              : AppointmentStore(database).get(actor, appointmentId);
        if (!appointment) {
            return appointment.status();
        }
        if (appointment->personId != personId) {
            return Result<PathwayPrintout>::fail(QCoreApplication::translate(
                "PathwayPrintout", "This appointment is not one of this person's."));
        }
        out.appointment = std::move(appointment).value();
        out.hasAppointment = true;
        if (!out.appointment.adviserName.isEmpty()) {
            out.adviserName = out.appointment.adviserName;
        }
    }
    return out;
}

} // namespace jalon
