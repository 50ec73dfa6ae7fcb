#include "pathway/ActionPlanStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "diagnostic/DiagnosticStore.h"
#include "pathway/PathwayChoices.h"
#include "pathway/PathwayWrite.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jalon {

namespace {

const QString kPlans = QStringLiteral("action_plans");
const QString kObjectives = QStringLiteral("plan_objectives");
const QString kActions = QStringLiteral("plan_actions");

bool validDay(const QDate& date) {
    return date.isValid() && date <= Clock::instance().today();
}

Status readFailed(const QSqlQuery& q) {
    return Status::fail(
        QCoreApplication::translate("ActionPlanStore", "The action plan could not be read (%1).")
            .arg(q.lastError().text()));
}

void insertObjective(PathwayWrite& write, const PlanObjective& o, const QString& id) {
    write.insert(kObjectives, id,
                 {{QStringLiteral("plan_id"), o.planId},
                  {QStringLiteral("person_id"), write.personId()},
                  {QStringLiteral("theme"), o.theme},
                  {QStringLiteral("theme_label"), o.themeLabel.trimmed()},
                  {QStringLiteral("label"), o.label.trimmed()},
                  {QStringLiteral("created_on"), isoDay(o.createdOn)}});
    write.event(
        QStringLiteral("objective"), QStringLiteral("created"), id, isoDay(o.createdOn),
        {{QStringLiteral("label"), o.label.trimmed()}, {QStringLiteral("theme"), o.themeLabel.trimmed()}});
}

} // namespace

ActionPlanStore::ActionPlanStore(Database& database)
    : m_database(database) {}

Result<QString> ActionPlanStore::open(const Actor& actor, const QString& personId, const QDate& openedOn,
                                      const QString& diagnosticId) {
    QList<PlanObjective> fromDiagnostic;
    if (!diagnosticId.isEmpty()) {
        DiagnosticStore diagnostics(m_database);
        Result<Diagnostic> diagnostic = diagnostics.load(actor, diagnosticId);
        if (!diagnostic) {
            return diagnostic.status();
        }
        if (diagnostic->personId != personId || !diagnostic->isValidated()) {
            return Result<QString>::fail(QCoreApplication::translate(
                "ActionPlanStore",
                "An action plan is built from a validated diagnostic of the same person."));
        }
        const Questionnaire* grid =
            diagnostics.grid(actor, diagnostic->questionnaireId, diagnostic->questionnaireVersion);
        for (const Priority& priority : diagnostic->priorities) {
            const Theme* theme = grid ? grid->theme(priority.themeId) : nullptr;
            for (const QString& label : priority.objectives) {
                PlanObjective o;
                o.theme = priority.themeId;
                o.themeLabel = theme ? theme->label.text() : priority.themeId;
                o.label = label;
                o.createdOn = openedOn;
                fromDiagnostic.append(o);
            }
        }
    }
    PathwayWrite write(m_database, actor, personId, Permission::RecordPathway);
    if (!validDay(openedOn)) {
        write.refuse(QCoreApplication::translate(
            "ActionPlanStore", "The plan's opening date must be a real day, today or earlier."));
    }
    QSqlQuery open = write.query(QStringLiteral("SELECT opened_on FROM action_plans WHERE person_id = ? "
                                                "AND deleted = 0 AND closed_on IS NULL"),
                                 {personId});
    if (write.status() && open.next()) {
        write.refuse(
            QCoreApplication::translate(
                "ActionPlanStore",
                "This person already has an action plan open since %1: close it with its bilan first.")
                .arg(shownDay(dayFrom(open.value(0)))));
    }
    const QString id = newId();
    write.insert(
        kPlans, id,
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("opened_on"), isoDay(openedOn)},
         {QStringLiteral("diagnostic_id"), diagnosticId.isEmpty() ? QVariant() : QVariant(diagnosticId)}});
    write.event(QStringLiteral("plan"), QStringLiteral("created"), id, isoDay(openedOn),
                {{QStringLiteral("objectives"), static_cast<int>(fromDiagnostic.size())},
                 {QStringLiteral("fromDiagnostic"), !diagnosticId.isEmpty()}});
    for (PlanObjective& o : fromDiagnostic) {
        o.planId = id;
        insertObjective(write, o, newId());
    }
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Result<QString> ActionPlanStore::addObjective(const Actor& actor, PlanObjective objective) {
    Result<QString> owner = ownerOf(m_database, kPlans, objective.planId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    QSqlQuery plan = write.query(
        QStringLiteral("SELECT opened_on, closed_on FROM action_plans WHERE id = ? AND deleted = 0"),
        {objective.planId});
    if (write.status() && plan.next()) {
        if (!plan.value(1).isNull()) {
            write.refuse(QCoreApplication::translate("ActionPlanStore",
                                                     "This action plan is closed: open a new one."));
        } else if (!validDay(objective.createdOn) || objective.createdOn < dayFrom(plan.value(0))) {
            write.refuse(QCoreApplication::translate(
                "ActionPlanStore", "The objective's date must fall between the plan's opening and today."));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    if (objective.label.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("ActionPlanStore", "Write the objective."));
    }
    if (objective.theme.trimmed().isEmpty() || objective.themeLabel.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("ActionPlanStore", "Choose the objective's theme."));
    }
    QString contractKind;
    if (!objective.contractId.isEmpty()) {
        QSqlQuery contract =
            write.query(QStringLiteral("SELECT kind FROM contracts WHERE id = ? AND person_id = ? "
                                       "AND deleted = 0"),
                        {objective.contractId, owner.value()});
        if (write.status() && contract.next()) {
            contractKind = contract.value(0).toString();
        } else {
            write.refuse(
                QCoreApplication::translate("ActionPlanStore", "This contract is not one of this person's."));
        }
        if (!validDay(objective.consentOn)) {
            write.refuse(QCoreApplication::translate(
                "ActionPlanStore",
                "Record the day the person gave their consent to tie this objective to the contract."));
        }
    }
    const QString id = newId();
    insertObjective(write, objective, id);
    if (!objective.contractId.isEmpty()) {
        write.update(kObjectives, id,
                     {{QStringLiteral("contract_id"), objective.contractId},
                      {QStringLiteral("consent_on"), isoDay(objective.consentOn)}});
        write.event(QStringLiteral("objective"), QStringLiteral("tied"), id, isoDay(objective.consentOn),
                    {{QStringLiteral("contract"), contractKind}});
    }
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status ActionPlanStore::setObjectiveStatus(const Actor& actor, const QString& objectiveId,
                                           const QString& status, const QDate& on) {
    Result<QString> owner = ownerOf(m_database, kObjectives, objectiveId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    QSqlQuery q = write.query(
        QStringLiteral("SELECT status, label, created_on FROM plan_objectives WHERE id = ? AND deleted = 0"),
        {objectiveId});
    QString label;
    if (write.status() && q.next()) {
        label = q.value(1).toString();
        if (!PathwayChoices::objectiveMayBecome(q.value(0).toString(), status)) {
            write.refuse(
                QCoreApplication::translate("ActionPlanStore",
                                            "This objective cannot go from \"%1\" to \"%2\".")
                    .arg(PathwayChoices::label(PathwayChoices::objectiveStatuses(), q.value(0).toString()),
                         PathwayChoices::label(PathwayChoices::objectiveStatuses(), status)));
        }
        if (!validDay(on) || on < dayFrom(q.value(2))) {
            write.refuse(QCoreApplication::translate(
                "ActionPlanStore", "The date must fall between the objective's creation and today."));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    write.update(kObjectives, objectiveId, {{QStringLiteral("status"), status}});
    write.event(QStringLiteral("objective"), QStringLiteral("status"), objectiveId, isoDay(on),
                {{QStringLiteral("status"), status}, {QStringLiteral("label"), label}});
    return write.commit();
}

Status ActionPlanStore::tieToContract(const Actor& actor, const QString& objectiveId,
                                      const QString& contractId, const QDate& consentOn) {
    Result<QString> owner = ownerOf(m_database, kObjectives, objectiveId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    QSqlQuery contract =
        write.query(QStringLiteral("SELECT kind FROM contracts WHERE id = ? AND person_id = ? "
                                   "AND deleted = 0"),
                    {contractId, owner.value()});
    QString kind;
    if (write.status()) {
        if (contract.next()) {
            kind = contract.value(0).toString();
        } else {
            write.refuse(
                QCoreApplication::translate("ActionPlanStore", "This contract is not one of this person's."));
        }
    }
    if (!validDay(consentOn)) {
        write.refuse(QCoreApplication::translate(
            "ActionPlanStore",
            "Record the day the person gave their consent to tie this objective to the contract."));
    }
    write.update(
        kObjectives, objectiveId,
        {{QStringLiteral("contract_id"), contractId}, {QStringLiteral("consent_on"), isoDay(consentOn)}});
    write.event(QStringLiteral("objective"), QStringLiteral("tied"), objectiveId, isoDay(consentOn),
                {{QStringLiteral("contract"), kind}});
    return write.commit();
}

Result<QString> ActionPlanStore::addAction(const Actor& actor, PlanAction action) {
    Result<QString> owner = ownerOf(m_database, kObjectives, action.objectiveId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    if (action.label.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("ActionPlanStore", "Write the action."));
    }
    if (!validDay(action.createdOn)) {
        write.refuse(QCoreApplication::translate("ActionPlanStore",
                                                 "The action's date must be a real day, today or earlier."));
    }
    if (action.dueOn.isValid() && action.dueOn < action.createdOn) {
        write.refuse(
            QCoreApplication::translate("ActionPlanStore", "An action cannot be due before it is decided."));
    }
    QSqlQuery objective = write.query(
        QStringLiteral("SELECT p.closed_on, o.created_on FROM plan_objectives o JOIN action_plans "
                       "p ON p.id = o.plan_id WHERE o.id = ? AND o.deleted = 0"),
        {action.objectiveId});
    if (write.status() && objective.next()) {
        if (!objective.value(0).isNull()) {
            write.refuse(QCoreApplication::translate("ActionPlanStore",
                                                     "This action plan is closed: open a new one."));
        } else if (action.createdOn < dayFrom(objective.value(1))) {
            write.refuse(QCoreApplication::translate("ActionPlanStore",
                                                     "An action cannot be decided before its objective (%1).")
                             .arg(shownDay(dayFrom(objective.value(1)))));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    const QString id = newId();
    write.insert(kActions, id,
                 {{QStringLiteral("objective_id"), action.objectiveId},
                  {QStringLiteral("person_id"), owner.value()},
                  {QStringLiteral("label"), action.label.trimmed()},
                  {QStringLiteral("due_on"), dayOrNull(action.dueOn)},
                  {QStringLiteral("created_on"), isoDay(action.createdOn)}});
    write.event(QStringLiteral("action"), QStringLiteral("created"), id, isoDay(action.createdOn),
                {{QStringLiteral("label"), action.label.trimmed()}});
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status ActionPlanStore::setActionStatus(const Actor& actor, const QString& actionId, const QString& status,
                                        const QDate& on) {
    Result<QString> owner = ownerOf(m_database, kActions, actionId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    QSqlQuery q = write.query(
        QStringLiteral("SELECT status, label, created_on FROM plan_actions WHERE id = ? AND deleted = 0"),
        {actionId});
    QString label;
    if (write.status() && q.next()) {
        label = q.value(1).toString();
        if (!PathwayChoices::actionMayBecome(q.value(0).toString(), status)) {
            write.refuse(
                QCoreApplication::translate("ActionPlanStore", "This action cannot go from \"%1\" to \"%2\".")
                    .arg(PathwayChoices::label(PathwayChoices::actionStatuses(), q.value(0).toString()),
                         PathwayChoices::label(PathwayChoices::actionStatuses(), status)));
        }
        if (!validDay(on) || on < dayFrom(q.value(2))) {
            write.refuse(QCoreApplication::translate(
                "ActionPlanStore", "The date must fall between the action's creation and today."));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    write.update(kActions, actionId, {{QStringLiteral("status"), status}});
    write.event(QStringLiteral("action"), QStringLiteral("status"), actionId, isoDay(on),
                {{QStringLiteral("status"), status}, {QStringLiteral("label"), label}});
    return write.commit();
}

Status ActionPlanStore::close(const Actor& actor, const QString& planId, const QDate& closedOn,
                              const QString& bilan) {
    Result<QString> owner = ownerOf(m_database, kPlans, planId);
    if (!owner) {
        return owner.status();
    }
    PathwayWrite write(m_database, actor, owner.value(), Permission::RecordPathway);
    QSqlQuery q = write.query(
        QStringLiteral("SELECT opened_on, closed_on FROM action_plans WHERE id = ? AND deleted = 0"),
        {planId});
    if (write.status() && q.next()) {
        if (!q.value(1).isNull()) {
            write.refuse(
                QCoreApplication::translate("ActionPlanStore", "This action plan is already closed."));
        } else if (!validDay(closedOn) || closedOn < dayFrom(q.value(0))) {
            write.refuse(QCoreApplication::translate(
                "ActionPlanStore", "The closing date must fall between the plan's opening and today."));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    if (bilan.trimmed().isEmpty()) {
        write.refuse(
            QCoreApplication::translate("ActionPlanStore", "Write the bilan of the plan before closing it."));
    }
    write.update(
        kPlans, planId,
        {{QStringLiteral("closed_on"), isoDay(closedOn)}, {QStringLiteral("bilan"), bilan.trimmed()}});
    write.event(QStringLiteral("plan"), QStringLiteral("closed"), planId, isoDay(closedOn),
                {{QStringLiteral("bilan"), bilan.trimmed()}});
    return write.commit();
}

Result<QList<ActionPlan>> ActionPlanStore::ofPerson(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral(
        "SELECT id FROM action_plans WHERE person_id = ? AND deleted = 0 ORDER BY opened_on DESC"));
    q.addBindValue(personId);
    if (!q.exec()) {
        return readFailed(q);
    }
    QList<ActionPlan> plans;
    while (q.next()) {
        Result<ActionPlan> plan = get(actor, q.value(0).toString());
        if (!plan) {
            return plan.status();
        }
        plans.append(std::move(plan).value());
    }
    return plans;
}

Result<ActionPlan> ActionPlanStore::get(const Actor& actor, const QString& planId) const {
    Result<QString> owner = ownerOf(m_database, kPlans, planId);
    if (!owner) {
        return owner.status();
    }
    if (Status visible = checkPathwayRead(m_database, actor, owner.value()); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(
        QStringLiteral("SELECT opened_on, COALESCE(diagnostic_id, ''), closed_on, bilan FROM action_plans "
                       "WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next()) {
        return readFailed(q);
    }
    ActionPlan plan;
    plan.id = planId;
    plan.personId = owner.value();
    plan.openedOn = dayFrom(q.value(0));
    plan.diagnosticId = q.value(1).toString();
    plan.closedOn = dayFrom(q.value(2));
    plan.bilan = q.value(3).toString();

    QSqlQuery o(m_database.sql());
    o.prepare(
        QStringLiteral("SELECT id, theme, theme_label, label, status, COALESCE(contract_id, ''), consent_on, "
                       "created_on FROM plan_objectives WHERE plan_id = ? AND deleted = 0 "
                       "ORDER BY created_on, rowid"));
    o.addBindValue(planId);
    if (!o.exec()) {
        return readFailed(o);
    }
    while (o.next()) {
        PlanObjective objective;
        objective.id = o.value(0).toString();
        objective.planId = planId;
        objective.theme = o.value(1).toString();
        objective.themeLabel = o.value(2).toString();
        objective.label = o.value(3).toString();
        objective.status = o.value(4).toString();
        objective.contractId = o.value(5).toString();
        objective.consentOn = dayFrom(o.value(6));
        objective.createdOn = dayFrom(o.value(7));
        plan.objectives.append(objective);
    }
    QSqlQuery a(m_database.sql());
    a.prepare(QStringLiteral("SELECT a.id, a.objective_id, a.label, a.status, a.due_on, a.created_on FROM "
                             "plan_actions a JOIN plan_objectives o ON o.id = a.objective_id "
                             "WHERE o.plan_id = ? AND a.deleted = 0 ORDER BY a.created_on, a.rowid"));
    a.addBindValue(planId);
    if (!a.exec()) {
        return readFailed(a);
    }
    while (a.next()) {
        PlanAction action;
        action.id = a.value(0).toString();
        action.objectiveId = a.value(1).toString();
        action.label = a.value(2).toString();
        action.status = a.value(3).toString();
        action.dueOn = dayFrom(a.value(4));
        action.createdOn = dayFrom(a.value(5));
        for (PlanObjective& objective : plan.objectives) {
            if (objective.id == action.objectiveId) {
                objective.actions.append(action);
            }
        }
    }
    return plan;
}

} // namespace jalon
