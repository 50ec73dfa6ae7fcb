// Appointments, contracts, action plans, referrals and notes: their rules and status
// workflows, the plan built from a diagnostic's priorities, and private notes.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "diagnostic/DiagnosticStore.h"
#include "pathway/ActionPlanStore.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/NoteStore.h"
#include "pathway/PathwayPrintout.h"
#include "pathway/ReferralStore.h"
#include "pathway/Timeline.h"

#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);

Appointment appointment(const QString& person, const QDateTime& when, const QDate& invited) {
    Appointment a;
    a.personId = person;
    a.scheduledAt = when;
    a.invitedOn = invited;
    a.place = QStringLiteral("Maison de l'emploi, Lannion");
    return a;
}

int rows(TestDatabase& t, const QString& table) {
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Appointments are planned after their invitation and given an outcome once held",
          "[pathway][appointment]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    AppointmentStore store(t.db());
    const QString person = followedPerson(t, QDate(2026, 1, 5));

    CHECK_FALSE(store.plan(t.actor(), appointment(addPerson(t, QStringLiteral("Sans suivi")),
                                                  at(2026, 6, 20, 9), QDate(2026, 6, 1)))); // not followed
    CHECK_FALSE(
        store.plan(t.actor(), appointment(person, at(2026, 6, 1, 9), QDate(2026, 6, 2)))); // invited after
    CHECK_FALSE(
        store.plan(t.actor(), appointment(person, at(2026, 6, 20, 9), QDate(2026, 6, 16)))); // future invite
    Appointment badChannel = appointment(person, at(2026, 6, 20, 9), QDate(2026, 6, 1));
    badChannel.channel = QStringLiteral("pigeon");
    CHECK_FALSE(store.plan(t.actor(), badChannel));
    CHECK(rows(t, QStringLiteral("appointments")) == 0);

    auto past = store.plan(t.actor(), appointment(person, at(2026, 6, 10, 14), QDate(2026, 6, 1)));
    auto future = store.plan(t.actor(), appointment(person, at(2026, 6, 20, 9, 30), QDate(2026, 6, 1)));
    REQUIRE(past);
    REQUIRE(future);

    CHECK_FALSE(store.setStatus(t.actor(), future.value(), QStringLiteral("honoured"))); // not held yet
    CHECK(store.setStatus(t.actor(), future.value(), QStringLiteral("excused"))); // may be excused ahead
    CHECK_FALSE(store.setStatus(t.actor(), past.value(), QStringLiteral("planned")));
    REQUIRE(store.setStatus(t.actor(), past.value(), QStringLiteral("absent")));
    REQUIRE(store.setStatus(t.actor(), past.value(), QStringLiteral("honoured"))); // a correction
    CHECK(store.get(t.actor(), past.value())->status == QStringLiteral("honoured"));

    Appointment moved = store.get(t.actor(), past.value()).value();
    moved.scheduledAt = at(2026, 6, 25, 9);
    CHECK_FALSE(store.reschedule(t.actor(), moved)); // only planned ones move

    const QList<PathwayEvent> events = Timeline(t.db()).events(t.actor(), person).value();
    REQUIRE(events.size() == 1 + 2 + 3);
    CHECK(events.last().kind == QStringLiteral("appointment"));
    CHECK(events.last().occurredOn == QStringLiteral("2026-06-20T09:30")); // outcome on the appointment's day
}

TEST_CASE("Contracts end after they start and follow each other", "[pathway][contract]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    ContractStore store(t.db());
    const QString person = followedPerson(t, QDate(2025, 1, 5));
    Contract cer;
    cer.personId = person;
    cer.startDate = QDate(2025, 2, 1);
    cer.plannedEnd = QDate(2025, 2, 1);
    auto sameDay = store.record(t.actor(), cer);
    REQUIRE_FALSE(sameDay);
    CHECK(sameDay.error().contains(QStringLiteral("end after")));
    cer.plannedEnd = QDate(2027, 2, 2);
    CHECK_FALSE(store.record(t.actor(), cer)); // over two years
    cer.plannedEnd = QDate(2025, 8, 1);
    cer.kind = QStringLiteral("CDI");
    CHECK_FALSE(store.record(t.actor(), cer));
    cer.kind = QStringLiteral("CER");
    auto first = store.record(t.actor(), cer);
    REQUIRE(first);
    CHECK(store.sign(t.actor(), first.value(), QDate(2025, 2, 1)));
    CHECK_FALSE(store.sign(t.actor(), first.value(), QDate(2025, 2, 2))); // once

    Contract renewal = cer;
    renewal.startDate = QDate(2025, 1, 15);
    renewal.plannedEnd = QDate(2025, 12, 1);
    CHECK_FALSE(store.record(t.actor(), renewal)); // before the previous one
    renewal.startDate = QDate(2025, 7, 1);
    renewal.kind = QStringLiteral("PPAE");
    REQUIRE(store.record(t.actor(), renewal));
    const QList<Contract> history = store.ofPerson(t.actor(), person).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0].endedOn == QDate(2025, 6, 30)); // ended the day before the next one
    CHECK(history[1].kind == QStringLiteral("PPAE"));
    CHECK_FALSE(store.end(t.actor(), history[1].id, QDate(2025, 6, 1)));
    CHECK(store.end(t.actor(), history[1].id, QDate(2025, 10, 1)));
}

TEST_CASE("An action plan takes a diagnostic's priorities, tracks statuses and closes with a bilan",
          "[pathway][plan]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const Questionnaire grid = installedSpieGrid(t);
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    DiagnosticStore diagnostics(t.db());
    Diagnostic d = diagnostics.start(t.actor(), person).value();
    d.answers = requiredAnswers(grid);
    d.priorities = {{QStringLiteral("mobilite"), {QStringLiteral("Passer le permis B")}},
                    {QStringLiteral("logement"),
                     {QStringLiteral("Accéder à un logement"), QStringLiteral("Réduire les impayés")}}};
    REQUIRE(diagnostics.validate(t.actor(), d));

    ActionPlanStore store(t.db());
    CHECK_FALSE(store.open(t.actor(), addPerson(t, QStringLiteral("Autre")), QDate(2026, 6, 1), d.id));
    auto planId = store.open(t.actor(), person, QDate(2026, 6, 1), d.id);
    REQUIRE(planId);
    CHECK_FALSE(store.open(t.actor(), person, QDate(2026, 6, 2))); // one open plan
    ActionPlan plan = store.get(t.actor(), planId.value()).value();
    REQUIRE(plan.objectives.size() == 3);
    CHECK(plan.diagnosticId == d.id);
    CHECK(plan.objectives[0].label == QStringLiteral("Passer le permis B"));
    CHECK(plan.objectives[0].themeLabel == grid.theme(QStringLiteral("mobilite"))->label.text());
    const auto printout = PathwayPrintout::gather(t.db(), t.actor(), person, PathwayPrintout::What::Plan);
    REQUIRE(printout);
    CHECK(printout->hasPlan);
    CHECK(printout->planDiagnosticDate == diagnostics.load(t.actor(), d.id)->date());
    CHECK(printout->personName == QStringLiteral("Maëlle LE GOFF"));

    PlanObjective free;
    free.planId = planId.value();
    free.theme = QStringLiteral("numerique");
    free.themeLabel = QStringLiteral("Numérique");
    free.label = QStringLiteral("Créer une adresse e-mail");
    free.createdOn = QDate(2026, 5, 1);
    CHECK_FALSE(store.addObjective(t.actor(), free)); // before the plan
    free.createdOn = QDate(2026, 6, 2);
    auto objective = store.addObjective(t.actor(), free);
    REQUIRE(objective);

    PlanAction action;
    action.objectiveId = objective.value();
    action.label = QStringLiteral("Atelier numérique au CCAS");
    action.createdOn = QDate(2026, 6, 2);
    action.dueOn = QDate(2026, 6, 1);
    CHECK_FALSE(store.addAction(t.actor(), action)); // due before decided
    action.createdOn = QDate(2026, 6, 1);
    action.dueOn = QDate();
    CHECK_FALSE(store.addAction(t.actor(), action)); // before its objective was set
    action.createdOn = QDate(2026, 6, 2);
    action.dueOn = QDate(2026, 7, 1);
    auto actionId = store.addAction(t.actor(), action);
    REQUIRE(actionId);
    CHECK(
        store.setActionStatus(t.actor(), actionId.value(), QStringLiteral("in_progress"), QDate(2026, 6, 3)));
    CHECK(store.setActionStatus(t.actor(), actionId.value(), QStringLiteral("done"), QDate(2026, 6, 10)));
    CHECK_FALSE(store.setActionStatus(t.actor(), actionId.value(), QStringLiteral("in_progress"),
                                      QDate(2026, 6, 11)));
    CHECK(store.setObjectiveStatus(t.actor(), objective.value(), QStringLiteral("achieved"),
                                   QDate(2026, 6, 10)));

    Contract cer;
    cer.personId = person;
    cer.startDate = QDate(2026, 6, 1);
    cer.plannedEnd = QDate(2026, 12, 1);
    const QString contract = ContractStore(t.db()).record(t.actor(), cer).value();
    CHECK_FALSE(store.tieToContract(t.actor(), objective.value(), contract, QDate())); // consent needed
    REQUIRE(store.tieToContract(t.actor(), objective.value(), contract, QDate(2026, 6, 2)));

    PlanObjective agreed = free;
    agreed.label = QStringLiteral("Suivre une formation bureautique");
    agreed.contractId = contract;
    CHECK_FALSE(store.addObjective(t.actor(), agreed)); // tied without consent
    agreed.consentOn = QDate(2026, 6, 3);
    REQUIRE(store.addObjective(t.actor(), agreed));

    CHECK_FALSE(store.close(t.actor(), planId.value(), QDate(2026, 6, 14), QStringLiteral("  ")));
    REQUIRE(store.close(t.actor(), planId.value(), QDate(2026, 6, 14), QStringLiteral("Objectifs atteints")));
    CHECK_FALSE(store.addObjective(t.actor(), free)); // closed
    plan = store.get(t.actor(), planId.value()).value();
    CHECK(plan.bilan == QStringLiteral("Objectifs atteints"));
    REQUIRE(plan.objectives.size() == 5);
    CHECK(plan.objectives[4].contractId == contract);
    CHECK(plan.objectives[4].consentOn == QDate(2026, 6, 3));
    CHECK(plan.objectives[3].contractId == contract);
    CHECK(plan.objectives[3].consentOn == QDate(2026, 6, 2));
    REQUIRE(plan.objectives[3].actions.size() == 1);
    CHECK(plan.objectives[3].actions[0].status == QStringLiteral("done"));
}

TEST_CASE("Referrals follow their workflow; a refusal needs its reason", "[pathway][referral]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    ReferralStore store(t.db());
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    Referral r;
    r.personId = person;
    r.serviceName = QStringLiteral("Garage solidaire de Guingamp");
    r.thematique = QStringLiteral("mobilite");
    r.sentOn = QDate(2026, 5, 2);
    auto id = store.refer(t.actor(), r);
    REQUIRE(id);
    CHECK_FALSE(store.setStatus(t.actor(), id.value(), QStringLiteral("finished"), QDate(2026, 5, 3)));
    CHECK_FALSE(store.setStatus(t.actor(), id.value(), QStringLiteral("refused"), QDate(2026, 5, 3)));
    CHECK_FALSE(store.setStatus(t.actor(), id.value(), QStringLiteral("under_review"), QDate(2026, 5, 1)));
    REQUIRE(store.setStatus(t.actor(), id.value(), QStringLiteral("under_review"), QDate(2026, 5, 3)));
    REQUIRE(store.setStatus(t.actor(), id.value(), QStringLiteral("refused"), QDate(2026, 5, 9),
                            QStringLiteral("no_places")));
    CHECK_FALSE(store.setStatus(t.actor(), id.value(), QStringLiteral("accepted"), QDate(2026, 5, 10)));
    CHECK(store.get(t.actor(), id.value())->refusalReason == QStringLiteral("no_places"));
    CHECK(Timeline::describe(Timeline(t.db()).events(t.actor(), person)->last())
              .contains(QStringLiteral("Garage solidaire")));
}

TEST_CASE("A private note is seen by its author only, on the timeline too", "[pathway][note][privacy]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    NoteStore store(t.db());
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    const Actor colleague = addColleague(t, QStringLiteral("Yann Le Bihan"));
    Note note;
    note.personId = person;
    note.writtenOn = QDate(2026, 6, 1);
    note.body = QStringLiteral("Violences conjugales évoquées\nOrienter vers l'association");
    note.isPrivate = true;
    auto privateNote = store.add(t.actor(), note);
    REQUIRE(privateNote);
    note.isPrivate = false;
    note.body = QStringLiteral("Appel pour reporter le rendez-vous");
    REQUIRE(store.add(colleague, note));

    CHECK(store.ofPerson(t.actor(), person)->size() == 2);
    CHECK(store.ofPerson(colleague, person)->size() == 1);
    CHECK_FALSE(store.get(colleague, privateNote.value()));
    CHECK_FALSE(store.edit(colleague, privateNote.value(), QStringLiteral("lu"), false));
    const auto kindsSeenBy = [&](const Actor& actor) {
        QStringList texts;
        const QList<PathwayEvent> events = Timeline(t.db()).events(actor, person).value();
        for (const PathwayEvent& e : events) {
            texts.append(Timeline::describe(e));
        }
        return texts.join(QLatin1Char('|'));
    };
    CHECK(kindsSeenBy(t.actor()).contains(QStringLiteral("Violences")));
    CHECK_FALSE(kindsSeenBy(colleague).contains(QStringLiteral("Violences")));

    // Made public by its author, it appears to the colleague.
    REQUIRE(
        store.edit(t.actor(), privateNote.value(), QStringLiteral("Situation familiale difficile"), false));
    CHECK(kindsSeenBy(colleague).contains(QStringLiteral("Situation familiale")));
    CHECK_FALSE(kindsSeenBy(colleague).contains(QStringLiteral("Violences")));
}
