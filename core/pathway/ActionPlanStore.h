#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// Action plans: themes -> objectives -> actions. A person has at most one open plan; it may be
// built from a validated diagnostic's priorities (one objective per chosen objective); an
// objective tied to a contract needs the person's consent date; closing a plan takes a bilan.
class ActionPlanStore {
public:
    explicit ActionPlanStore(Database& database);

    // Opens a plan; with a diagnostic id, its priorities become the plan's objectives.
    Result<QString> open(const Actor& actor, const QString& personId, const QDate& openedOn,
                         const QString& diagnosticId = {});
    // With a contract id, the objective is tied to that contract at once (consentOn required).
    Result<QString> addObjective(const Actor& actor, PlanObjective objective);
    Status setObjectiveStatus(const Actor& actor, const QString& objectiveId, const QString& status,
                              const QDate& on);
    // Ties an objective to a contract, with the day the person consented.
    Status tieToContract(const Actor& actor, const QString& objectiveId, const QString& contractId,
                         const QDate& consentOn);
    Result<QString> addAction(const Actor& actor, PlanAction action);
    Status setActionStatus(const Actor& actor, const QString& actionId, const QString& status,
                           const QDate& on);
    Status close(const Actor& actor, const QString& planId, const QDate& closedOn, const QString& bilan);

    // With objectives and actions. Newest first.
    Result<QList<ActionPlan>> ofPerson(const Actor& actor, const QString& personId) const;
    Result<ActionPlan> get(const Actor& actor, const QString& planId) const;

private:
    Database& m_database;
};

} // namespace jalon
