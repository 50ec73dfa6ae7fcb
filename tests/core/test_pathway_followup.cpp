// Follow-ups, orientations, reorientations and exits: the rules enforced in core, the follow
// status they leave on the person, and the events they add to the timeline.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/Timeline.h"
#include "persons/PersonStore.h"
#include "security/LocalAccount.h"

#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);

QString followStatus(TestDatabase& t, const QString& person) {
    return PersonStore(t.db()).get(t.actor(), person)->followStatus;
}

QStringList eventKinds(TestDatabase& t, const QString& person) {
    QStringList kinds;
    const QList<PathwayEvent> events = Timeline(t.db()).events(t.actor(), person).value();
    for (const PathwayEvent& e : events) {
        kinds.append(e.kind + QLatin1Char('/') + e.action);
    }
    return kinds;
}

Orientation orientation(const QString& person, const QString& kind, const QDate& start) {
    Orientation o;
    o.personId = person;
    o.kind = kind;
    o.startDate = start;
    return o;
}

} // namespace

TEST_CASE("An entry, an orientation and an exit follow each other in order", "[pathway][followup]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    FollowUpStore store(t.db());
    const QString person = addPerson(t);

    SECTION("nobody is oriented before their follow-up opens") {
        auto refused =
            store.orient(t.actor(), orientation(person, QStringLiteral("sociale"), QDate(2026, 3, 1)));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("entry")));
    }

    REQUIRE(store.open(t.actor(), person, QDate(2026, 2, 1), QDate(2026, 1, 20)));
    CHECK(followStatus(t, person) == QStringLiteral("awaiting_orientation"));

    SECTION("one open follow-up at a time") {
        auto again = store.open(t.actor(), person, QDate(2026, 3, 1));
        REQUIRE_FALSE(again);
        CHECK(again.error().contains(QStringLiteral("already followed")));
    }
    SECTION("dates: not in the future, not before the follow-up") {
        CHECK_FALSE(
            store.orient(t.actor(), orientation(person, QStringLiteral("sociale"), QDate(2026, 1, 31))));
        CHECK_FALSE(store.open(t.actor(), addPerson(t, QStringLiteral("Futur")), QDate(2026, 6, 16)));
        CHECK_FALSE(store.open(t.actor(), addPerson(t, QStringLiteral("Droits")), QDate(2026, 2, 1),
                               QDate(2026, 2, 2))); // rights opened after the follow-up
        CHECK_FALSE(
            store.orient(t.actor(), orientation(person, QStringLiteral("mystère"), QDate(2026, 3, 1))));
    }

    REQUIRE(
        store.orient(t.actor(), orientation(person, QStringLiteral("professionnelle"), QDate(2026, 3, 1))));
    CHECK(followStatus(t, person) == QStringLiteral("followed"));

    SECTION("one open orientation at a time") {
        auto second =
            store.orient(t.actor(), orientation(person, QStringLiteral("sociale"), QDate(2026, 4, 1)));
        REQUIRE_FALSE(second);
        CHECK(second.error().contains(QStringLiteral("reorientation")));
    }

    SECTION("the exit closes the follow-up, the orientation and the running contract") {
        Contract cer;
        cer.personId = person;
        cer.startDate = QDate(2026, 3, 10);
        cer.plannedEnd = QDate(2026, 9, 9);
        REQUIRE(ContractStore(t.db()).record(t.actor(), cer));

        CHECK_FALSE(store.exit(t.actor(), person, QDate(2026, 5, 1), QStringLiteral("autre"), QString()));
        CHECK_FALSE(store.exit(t.actor(), person, QDate(2026, 1, 1), QStringLiteral("formation"), QString()));
        CHECK_FALSE(store.exit(t.actor(), person, QDate(2026, 5, 1), QStringLiteral("vacances"), QString()));
        REQUIRE(store.exit(t.actor(), person, QDate(2026, 5, 1), QStringLiteral("formation"),
                           QStringLiteral("Titre professionnel")));
        CHECK(followStatus(t, person) == QStringLiteral("exited"));
        CHECK_FALSE(store.periods(t.actor(), person)->first().isOpen());
        CHECK(store.orientations(t.actor(), person)->first().endDate == QDate(2026, 5, 1));
        CHECK(ContractStore(t.db()).ofPerson(t.actor(), person)->first().endedOn == QDate(2026, 5, 1));

        // Re-entry later, not before the exit.
        CHECK_FALSE(store.open(t.actor(), person, QDate(2026, 4, 30)));
        REQUIRE(store.open(t.actor(), person, QDate(2026, 6, 1)));
        CHECK(followStatus(t, person) == QStringLiteral("awaiting_orientation"));
        CHECK(eventKinds(t, person) ==
              QStringList{QStringLiteral("entry/created"), QStringLiteral("orientation/created"),
                          QStringLiteral("contract/created"), QStringLiteral("exit/created"),
                          QStringLiteral("entry/reentry")});
    }
}

TEST_CASE("A reorientation is requested with a reason and decided once", "[pathway][followup]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    FollowUpStore store(t.db());
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    REQUIRE(
        store.orient(t.actor(), orientation(person, QStringLiteral("professionnelle"), QDate(2026, 1, 20))));

    ReorientationRequest request;
    request.personId = person;
    request.requestedKind = QStringLiteral("sociale");
    request.requestedOn = QDate(2026, 4, 2);
    CHECK_FALSE(store.requestReorientation(t.actor(), request)); // no reason
    request.reason = QStringLiteral("Problèmes de logement à régler d'abord");
    auto id = store.requestReorientation(t.actor(), request);
    REQUIRE(id);
    CHECK_FALSE(store.requestReorientation(t.actor(), request)); // one pending at a time

    SECTION("denied: needs a reason, keeps the orientation") {
        CHECK_FALSE(store.decideReorientation(t.actor(), id.value(), false, QString(), QDate(2026, 4, 10)));
        REQUIRE(store.decideReorientation(t.actor(), id.value(), false, QStringLiteral("Emploi en vue"),
                                          QDate(2026, 4, 10)));
        CHECK(store.reorientationRequests(t.actor(), person)->first().status == QStringLiteral("denied"));
        CHECK(store.orientations(t.actor(), person)->size() == 1);
    }
    SECTION("accepted: the orientation changes on the decision day") {
        CHECK_FALSE(store.decideReorientation(t.actor(), id.value(), true, QString(), QDate(2026, 4, 1)));
        REQUIRE(store.decideReorientation(t.actor(), id.value(), true, QString(), QDate(2026, 4, 12)));
        CHECK_FALSE(store.decideReorientation(t.actor(), id.value(), true, QString(), QDate(2026, 4, 12)));
        const QList<Orientation> list = store.orientations(t.actor(), person).value();
        REQUIRE(list.size() == 2);
        CHECK(list[0].endDate == QDate(2026, 4, 12));
        CHECK(list[1].kind == QStringLiteral("sociale"));
        CHECK(list[1].isOpen());
        CHECK(eventKinds(t, person).contains(QStringLiteral("reorientation/decided")));
    }
}

TEST_CASE("Pathway permissions are checked in core", "[pathway][permissions]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    CHECK_FALSE(FollowUpStore(t.db()).periods(admin, person));
    CHECK_FALSE(
        FollowUpStore(t.db()).exit(admin, person, QDate(2026, 2, 1), QStringLiteral("formation"), {}));
    CHECK_FALSE(Timeline(t.db()).events(admin, person));

    Actor elsewhere = t.actor();
    elsewhere.structureId = QStringLiteral("another-structure");
    CHECK_FALSE(Timeline(t.db()).events(elsewhere, person));

    // An orientation officer orients but does not record the rest of the pathway.
    const Actor officer = addColleague(t, QStringLiteral("Chargée d'orientation"), Role::OrientationOfficer);
    REQUIRE(FollowUpStore(t.db()).orient(officer,
                                         orientation(person, QStringLiteral("sociale"), QDate(2026, 2, 1))));
    CHECK_FALSE(
        FollowUpStore(t.db()).exit(officer, person, QDate(2026, 3, 1), QStringLiteral("formation"), {}));

    // An archived file is read-only.
    REQUIRE(PersonStore(t.db()).setArchived(t.actor(), person, true));
    auto archived =
        FollowUpStore(t.db()).exit(t.actor(), person, QDate(2026, 3, 1), QStringLiteral("formation"), {});
    REQUIRE_FALSE(archived);
    CHECK(archived.error().contains(QStringLiteral("archived")));
}

TEST_CASE("Saving a record read before an orientation keeps the pathway's follow status and referent",
          "[pathway][followup]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    Person stale = PersonStore(t.db()).get(t.actor(), person).value(); // awaiting orientation, no referent
    Orientation o = orientation(person, QStringLiteral("sociale"), QDate(2026, 2, 1));
    o.referentId = t.actor().userId;
    REQUIRE(FollowUpStore(t.db()).orient(t.actor(), o));

    stale.phone = QStringLiteral("06 12 34 56 78");
    REQUIRE(PersonStore(t.db()).update(t.actor(), stale));
    const Person saved = PersonStore(t.db()).get(t.actor(), person).value();
    CHECK(saved.phone == QStringLiteral("0612345678"));
    CHECK(saved.followStatus == QStringLiteral("followed"));
    CHECK(saved.referentId == t.actor().userId);
}

TEST_CASE("An exit closes a pending reorientation request, which can no longer re-orient anyone",
          "[pathway][followup]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    FollowUpStore store(t.db());
    const QString person = followedPerson(t, QDate(2026, 1, 5));
    REQUIRE(
        store.orient(t.actor(), orientation(person, QStringLiteral("professionnelle"), QDate(2026, 1, 20))));
    CHECK_FALSE(store.orient(t.actor(), orientation(person, QStringLiteral("sociale"), QDate(2026, 7, 1))));
    ReorientationRequest request;
    request.personId = person;
    request.requestedKind = QStringLiteral("sociale");
    request.reason = QStringLiteral("Santé à reprendre d'abord");
    request.requestedOn = QDate(2026, 3, 2);
    const QString id = store.requestReorientation(t.actor(), request).value();
    CHECK_FALSE(store.exit(t.actor(), person, QDate(2026, 1, 10), QStringLiteral("formation"),
                           {})); // before the orientation
    REQUIRE(store.exit(t.actor(), person, QDate(2026, 4, 1), QStringLiteral("formation"), {}));
    CHECK(store.reorientationRequests(t.actor(), person)->first().status == QStringLiteral("denied"));
    CHECK_FALSE(store.decideReorientation(t.actor(), id, true, {}, QDate(2026, 4, 2)));

    // After a re-entry and a new orientation, the old request still changes nothing.
    REQUIRE(store.open(t.actor(), person, QDate(2026, 5, 1)));
    REQUIRE(store.orient(t.actor(),
                         orientation(person, QStringLiteral("socio_professionnelle"), QDate(2026, 5, 10))));
    CHECK_FALSE(store.decideReorientation(t.actor(), id, true, {}, QDate(2026, 6, 1)));
    CHECK(store.orientations(t.actor(), person)->last().kind == QStringLiteral("socio_professionnelle"));
    CHECK(PersonStore(t.db()).get(t.actor(), person)->followStatus == QStringLiteral("followed"));
}
