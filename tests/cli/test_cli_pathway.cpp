// jalon-cli pathway events / print, run as a real process on a pathway recorded through the core
// stores (with the real clock: the child process has its own); PDFs read back with pdftotext.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"
#include "PathwayFixture.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "pathway/ActionPlanStore.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/NoteStore.h"
#include "persons/PersonStore.h"
#include "security/LocalAccount.h"

using namespace jalon;
using namespace jalon::test;

namespace {

struct Prepared {
    QString personId;
    QString bareId; // followed, nothing else
    QString nextAppointment;
};

Prepared prepare(const CliSandbox& sandbox) {
    auto opened = Database::open(sandbox.dbPath());
    REQUIRE(opened);
    Database& database = *opened.value();
    const Actor me = LocalAccount::ensureDefault(database).value();
    const QDate today = QDate::currentDate();
    const QString person = PersonStore(database)
                               .create(me, samplePerson(QStringLiteral("Le Goff"), QStringLiteral("Maëlle")))
                               .value();
    const QString bare = PersonStore(database)
                             .create(me, samplePerson(QStringLiteral("Rivoal"), QStringLiteral("Anne")))
                             .value();
    REQUIRE(FollowUpStore(database).open(me, person, today.addDays(-90)));
    REQUIRE(FollowUpStore(database).open(me, bare, today.addDays(-10)));
    Orientation o;
    o.personId = person;
    o.kind = QStringLiteral("socio_professionnelle");
    o.startDate = today.addDays(-80);
    REQUIRE(FollowUpStore(database).orient(me, o));

    Appointment a;
    a.personId = person;
    a.scheduledAt = QDateTime(today.addDays(-60), QTime(10, 0));
    a.invitedOn = today.addDays(-70);
    a.place = QStringLiteral("Maison de l'emploi, Lannion");
    const QString first = AppointmentStore(database).plan(me, a).value();
    REQUIRE(AppointmentStore(database).setStatus(me, first, QStringLiteral("honoured")));
    a.scheduledAt = QDateTime(today.addDays(9), QTime(14, 30));
    a.invitedOn = today;
    const QString next = AppointmentStore(database).plan(me, a).value();

    Contract c;
    c.personId = person;
    c.startDate = today.addDays(-60);
    c.plannedEnd = today.addDays(120);
    c.signedOn = today.addDays(-60);
    c.commitments = QStringLiteral("Se présenter aux ateliers de recherche d'emploi");
    REQUIRE(ContractStore(database).record(me, c));
    const QString plan = ActionPlanStore(database).open(me, person, today.addDays(-60)).value();
    PlanObjective objective;
    objective.planId = plan;
    objective.theme = QStringLiteral("mobilite");
    objective.themeLabel = QStringLiteral("Mobilité");
    objective.label = QStringLiteral("Obtenir le permis de conduire");
    objective.createdOn = today.addDays(-60);
    REQUIRE(ActionPlanStore(database).addObjective(me, objective));

    // A colleague's private note: never shown to jalon-cli's local adviser.
    Actor colleague{newId(), Role::Adviser, me.structureId, QStringLiteral("Yann Le Bihan")};
    {
        Transaction transaction(database.sql());
        ChangeWriter writer(database, me.userId);
        REQUIRE(writer.insert(QStringLiteral("users"), colleague.userId,
                              {{QStringLiteral("display_name"), colleague.displayName},
                               {QStringLiteral("role"), QStringLiteral("adviser")},
                               {QStringLiteral("structure_id"), me.structureId}}));
        REQUIRE(transaction.commit());
    }
    Note secret;
    secret.personId = person;
    secret.writtenOn = today.addDays(-5);
    secret.body = QStringLiteral("Confidentiel : hospitalisation");
    secret.isPrivate = true;
    REQUIRE(NoteStore(database).add(colleague, secret));
    return {person, bare, next};
}

} // namespace

TEST_CASE("pathway events prints the timeline, one tab-separated event per line", "[cli][pathway]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);
    const CliRun run = sandbox.run({QStringLiteral("pathway"), QStringLiteral("events"), prepared.personId});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.outLines();
    // entry, orientation, 2 appointments planned + 1 outcome, contract created + signed, plan, objective.
    REQUIRE(lines.size() == 9);
    for (const QString& line : lines) {
        CHECK(line.split(QLatin1Char('\t')).size() == 5);
    }
    CHECK(lines.first().split(QLatin1Char('\t')).at(1) == QStringLiteral("entry"));
    CHECK(run.out.contains(QStringLiteral("Obtenir le permis de conduire")));
    CHECK_FALSE(run.out.contains(QStringLiteral("hospitalisation")));

    const CliRun unknown = sandbox.run({QStringLiteral("pathway"), QStringLiteral("events"), newId()});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("not visible")));
    CHECK(sandbox.run({QStringLiteral("pathway"), QStringLiteral("events")}).exitCode == 2);
}

TEST_CASE("pathway print writes the action plan, the contract and a convocation as PDFs",
          "[cli][pathway][pdf]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);
    const auto print = [&](const QString& what, const QString& person, const QStringList& more = {}) {
        return sandbox.run(QStringList{QStringLiteral("pathway"), QStringLiteral("print"), person,
                                       QStringLiteral("--what"), what, QStringLiteral("--out"),
                                       sandbox.filePath(what + QStringLiteral(".pdf"))} +
                           more);
    };
    REQUIRE(print(QStringLiteral("plan"), prepared.personId).exitCode == 0);
    const QString plan = pdfText(sandbox.filePath(QStringLiteral("plan.pdf")));
    CHECK(plan.contains(QStringLiteral("Obtenir le permis de conduire")));
    CHECK(plan.contains(QStringLiteral("LE GOFF")));

    REQUIRE(print(QStringLiteral("contract"), prepared.personId).exitCode == 0);
    const QString contract = pdfText(sandbox.filePath(QStringLiteral("contract.pdf")));
    CHECK(contract.contains(QStringLiteral("ateliers de recherche")));

    REQUIRE(print(QStringLiteral("convocation"), prepared.personId).exitCode == 0);
    const QString letter = pdfText(sandbox.filePath(QStringLiteral("convocation.pdf")));
    CHECK(letter.contains(QStringLiteral("14:30")));
    CHECK(letter.contains(QStringLiteral("Lannion")));

    const CliRun noContract = print(QStringLiteral("contract"), prepared.bareId);
    CHECK(noContract.exitCode == 1);
    CHECK(noContract.err.contains(QStringLiteral("no contract")));
    CHECK(print(QStringLiteral("convocation"), prepared.bareId).exitCode == 1);
    CHECK(print(QStringLiteral("letter"), prepared.personId).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(sandbox.filePath(QStringLiteral("letter.pdf"))));
}
