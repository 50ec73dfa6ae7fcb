// The adviser's day on a fixture whose answers are worked out by hand: each list holds exactly
// the expected people or appointments, and the limits (30 and 45 days, this week) are exact.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "pathway/AdviserDay.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"

#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

// Wednesday 17 June 2026, 10:00.
const QDateTime kNow(QDate(2026, 6, 17), QTime(10, 0), Qt::UTC);

QStringList names(const QList<AdviserDay::PersonLine>& lines) {
    QStringList list;
    for (const auto& line : lines) {
        list.append(line.name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(':') +
                    QString::number(line.days));
    }
    return list;
}

QStringList names(const QList<AdviserDay::AppointmentLine>& lines) {
    QStringList list;
    for (const auto& line : lines) {
        list.append(line.name.section(QLatin1Char(' '), 0, 0) + QLatin1Char('@') +
                    line.scheduledAt.toString(QStringLiteral("dd HH:mm")));
    }
    return list;
}

class Fixture {
public:
    Fixture()
        : clock(kNow) {}

    QString awaiting(const QString& name, const QDate& opened) { return followedPerson(t, opened, name); }

    QString oriented(const QString& name, const QDate& start, const Actor& referent) {
        const QString person = followedPerson(t, start.addDays(-20), name);
        Orientation o;
        o.personId = person;
        o.kind = QStringLiteral("socio_professionnelle");
        o.startDate = start;
        o.referentId = referent.userId;
        REQUIRE(FollowUpStore(t.db()).orient(t.actor(), o));
        return person;
    }

    QString appointment(const QString& person, const QDateTime& when, const Actor& adviser,
                        const QString& status = QStringLiteral("planned")) {
        Appointment a;
        a.personId = person;
        a.scheduledAt = when;
        a.invitedOn = std::min(when.date(), kNow.date()).addDays(-7);
        a.adviserId = adviser.userId;
        auto id = AppointmentStore(t.db()).plan(t.actor(), a);
        REQUIRE(id);
        if (status != QLatin1String("planned")) {
            REQUIRE(AppointmentStore(t.db()).setStatus(t.actor(), id.value(), status));
        }
        return id.value();
    }

    void contract(const QString& person, const QDate& start, const QDate& end, const QDate& endedOn = {}) {
        Contract c;
        c.personId = person;
        c.startDate = start;
        c.plannedEnd = end;
        auto id = ContractStore(t.db()).record(t.actor(), c);
        REQUIRE(id);
        if (endedOn.isValid()) {
            REQUIRE(ContractStore(t.db()).end(t.actor(), id.value(), endedOn));
        }
    }

    ScopedClock clock;
    TestDatabase t;
};

} // namespace

TEST_CASE("The adviser's day lists exactly the people and appointments of the fixture", "[pathway][day]") {
    Fixture f;
    const Actor me = f.t.actor();
    const Actor colleague = addColleague(f.t, QStringLiteral("Yann Le Bihan"));
    const Actor manager = addColleague(f.t, QStringLiteral("Responsable"), Role::StructureManager);

    f.awaiting(QStringLiteral("Abgrall"), QDate(2026, 5, 10)); // 38 days
    f.awaiting(QStringLiteral("Bothorel"), QDate(2026, 4, 1)); // 77 days
    f.awaiting(QStringLiteral("Cadiou"), QDate(2026, 5, 20));  // 28 days: not yet
    f.awaiting(QStringLiteral("Derrien"), QDate(2026, 5, 18)); // exactly 30 days: not over 30
    f.awaiting(QStringLiteral("Ezanno"), QDate(2026, 5, 2));   // 46 days
    f.awaiting(QStringLiteral("Floch"), QDate(2026, 5, 3));    // exactly 45 days: over 30, not over 45
    // Floch is already assigned to this adviser, Ezanno to the colleague.
    {
        QSqlQuery assign(f.t.db().sql());
        REQUIRE(assign.exec(QStringLiteral("UPDATE persons SET referent_id = '%1' WHERE last_name = 'Floch'")
                                .arg(me.userId)));
        REQUIRE(assign.exec(QStringLiteral("UPDATE persons SET referent_id = '%1' WHERE last_name = 'Ezanno'")
                                .arg(colleague.userId)));
    }

    const QString g = f.oriented(QStringLiteral("Guyader"), QDate(2026, 4, 1), me); // no appointment
    const QString h = f.oriented(QStringLiteral("Hamon"), QDate(2026, 4, 1), me);   // attended one
    f.oriented(QStringLiteral("Jaouen"), QDate(2026, 5, 25), me);                   // oriented 23 days ago
    const QString j = f.oriented(QStringLiteral("Kerleau"), QDate(2026, 4, 1), colleague);
    const QString k = f.oriented(QStringLiteral("Le Du"), QDate(2026, 4, 1), me); // missed one
    f.appointment(h, at(2026, 4, 20, 9), me, QStringLiteral("honoured"));
    f.appointment(k, at(2026, 4, 20, 9), me, QStringLiteral("absent"));
    f.appointment(j, at(2026, 3, 20, 9), colleague, QStringLiteral("honoured")); // before the orientation

    f.contract(g, QDate(2026, 1, 10), QDate(2026, 7, 17)); // ends in 30 days
    f.contract(h, QDate(2026, 2, 1), QDate(2026, 8, 1));   // ends in 45 days
    f.contract(k, QDate(2026, 1, 1), QDate(2026, 6, 17));  // ends today
    f.contract(j, QDate(2026, 1, 1), QDate(2026, 6, 30));  // the colleague's person
    f.contract(f.oriented(QStringLiteral("Morvan"), QDate(2026, 3, 1), me), QDate(2026, 1, 1),
               QDate(2026, 7, 1), QDate(2026, 5, 1)); // ended early

    f.appointment(h, at(2026, 6, 17, 14), me);                           // today, later
    f.appointment(g, at(2026, 6, 17, 8, 30), me);                        // today, passed, still planned
    f.appointment(k, at(2026, 6, 15, 9), me);                            // Monday, to update
    f.appointment(g, at(2026, 6, 21, 11), me);                           // Sunday
    f.appointment(h, at(2026, 6, 22, 9), me);                            // next week
    f.appointment(k, at(2026, 6, 12, 9), me, QStringLiteral("excused")); // last week, resolved
    f.appointment(j, at(2026, 6, 17, 11), colleague);                    // the colleague's

    const AdviserDay::Lists mine = AdviserDay(f.t.db()).lists(me).value();
    // An adviser sees those not assigned yet and their own; an officer all of the structure's.
    CHECK(names(mine.awaitingOver30) ==
          QStringList{QStringLiteral("FLOCH:45"), QStringLiteral("ABGRALL:38")});
    CHECK(names(mine.awaitingOver45) == QStringList{QStringLiteral("BOTHOREL:77")});
    const Actor officer =
        addColleague(f.t, QStringLiteral("Chargée d'orientation"), Role::OrientationOfficer);
    const AdviserDay::Lists toOrient = AdviserDay(f.t.db()).lists(officer).value();
    CHECK(names(toOrient.awaitingOver30) ==
          QStringList{QStringLiteral("FLOCH:45"), QStringLiteral("ABGRALL:38")});
    CHECK(names(toOrient.awaitingOver45) ==
          QStringList{QStringLiteral("BOTHOREL:77"), QStringLiteral("EZANNO:46")});
    // Morvan was oriented on 1 March with no appointment: listed as well.
    CHECK(names(mine.noFirstAppointment) ==
          QStringList{QStringLiteral("MORVAN:108"), QStringLiteral("GUYADER:77"), QStringLiteral("LE:77")});
    CHECK(names(mine.contractsEnding) == QStringList{QStringLiteral("LE:0"), QStringLiteral("GUYADER:30")});
    CHECK(names(mine.today) ==
          QStringList{QStringLiteral("GUYADER@17 08:30"), QStringLiteral("HAMON@17 14:00")});
    CHECK(names(mine.thisWeek) ==
          QStringList{QStringLiteral("LE@15 09:00"), QStringLiteral("GUYADER@17 08:30"),
                      QStringLiteral("HAMON@17 14:00"), QStringLiteral("GUYADER@21 11:00")});
    CHECK(names(mine.toUpdate) ==
          QStringList{QStringLiteral("LE@15 09:00"), QStringLiteral("GUYADER@17 08:30")});

    // The manager sees the whole structure: the colleague's person and appointment too.
    const AdviserDay::Lists all = AdviserDay(f.t.db()).lists(manager).value();
    CHECK(names(all.contractsEnding).contains(QStringLiteral("KERLEAU:13")));
    CHECK(names(all.noFirstAppointment).contains(QStringLiteral("KERLEAU:77")));
    CHECK(names(all.today).contains(QStringLiteral("KERLEAU@17 11:00")));

    // The week agenda.
    CHECK(names(AdviserDay(f.t.db()).week(me, QDate(2026, 6, 22)).value()) ==
          QStringList{QStringLiteral("HAMON@22 09:00")});
}

TEST_CASE("The adviser's lists stop one line after their cap, to say there are more", "[pathway][day]") {
    Fixture f;
    for (int i = 0; i < AdviserDay::kMaxLines + 5; ++i) {
        // Letters only in names: "Attenteaa", "Attenteab"...
        const QString name = QStringLiteral("Attente") + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
        f.awaiting(name, QDate(2026, 3, 1).addDays(i % 20));
    }
    const AdviserDay::Lists lists = AdviserDay(f.t.db()).lists(f.t.actor()).value();
    CHECK(lists.awaitingOver45.size() == AdviserDay::kMaxLines + 1);
    // The longest waits first.
    CHECK(lists.awaitingOver45.first().since == QDate(2026, 3, 1));
    CHECK(lists.awaitingOver30.isEmpty());
}
