#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalon {

class Database;

// Everything the printed pathway documents show (action plan, contract, convocation letter),
// already looked up, so that a document (jalon-docs) only lays it out. Codes stay codes in the
// records; the document shows their labels through PathwayChoices. gather() reads through the
// stores, which check the actor's permissions.
struct PathwayPrintout {
    // Who the document is about and who hands it over.
    QString personName; // "Hélène DURAND"
    QDate birthDate;
    QString addressLines; // "12 rue de la Gare\n22000 Saint-Brieuc"
    QString structureName;
    QString adviserName;
    QString orientationKind; // the open orientation's code, or empty
    QDate printedOn;

    // The action plan: its objectives and their actions (the plan's own fields included).
    ActionPlan plan;
    bool hasPlan = false;
    QDate planDiagnosticDate; // the day of the diagnostic plan.diagnosticId names, if any
    // The contract to print, and the objectives tied to it.
    Contract contract;
    bool hasContract = false;
    // The appointment a convocation letter is for.
    Appointment appointment;
    bool hasAppointment = false;

    enum class What { Plan, Contract, Convocation };
    // What: the open (else latest) plan, the running (else latest) contract, or the appointment
    // whose id is given (without one, the person's next planned appointment).
    static Result<PathwayPrintout> gather(Database& database, const Actor& actor, const QString& personId,
                                          What what, const QString& appointmentId = {});
};

} // namespace jalon
