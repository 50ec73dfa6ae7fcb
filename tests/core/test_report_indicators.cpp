// Every indicator of docs/indicators.md on a hand-built pathway whose expected values are worked
// out below, case by case: events on the first and last day of the month and at midnight,
// re-entries, a person moving to another structure, and validations on either side of midnight
// in Paris across the change to winter time.
#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "common/Ids.h"
#include "reports/Indicators.h"
#include "reports/ReportCalculator.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <ctime>
#include <stdexcept>

using namespace jalon;
using namespace jalon::test;

namespace {

// Inserts pathway records as they would be stored, with the dates given (no store rule applies:
// the fixture states facts, the calculator counts them).
class Pathways {
public:
    explicit Pathways(TestDatabase& t)
        : m_t(t) {}

    void exec(const QString& sql, const QVariantList& values) {
        QSqlQuery q(m_t.db().sql());
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            throw std::runtime_error((q.lastError().text() + QStringLiteral(" in ") + sql).toStdString());
        }
    }
    QString structure(const QString& name) {
        const QString id = newId();
        exec(QStringLiteral("INSERT INTO structures (id, name, hlc, device_id) VALUES (?, ?, 1, 't')"),
             {id, name});
        return id;
    }
    QString user(const QString& name, const QString& role, const QString& structureId) {
        const QString id = newId();
        exec(QStringLiteral("INSERT INTO users (id, display_name, role, structure_id, hlc, device_id) "
                            "VALUES (?, ?, ?, ?, 1, 't')"),
             {id, name, role, structureId});
        return id;
    }
    QString person(const QString& name, const QString& structureId, const QString& referentId) {
        const QString id = addPerson(m_t, name, QStringLiteral("Test"));
        exec(QStringLiteral("UPDATE persons SET structure_id = ?, referent_id = ? WHERE id = ?"),
             {structureId, referentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : referentId, id});
        return id;
    }
    void follow(const QString& person, const QString& opened, const QString& closed = {},
                const QString& reason = {}) {
        exec(QStringLiteral(
                 "INSERT INTO follow_periods (id, person_id, opened_on, closed_on, exit_reason, hlc, "
                 "device_id) VALUES (?, ?, ?, ?, ?, 1, 't')"),
             {newId(), person, opened, orNull(closed), notNull(reason)});
    }
    void orient(const QString& person, const QString& kind, const QString& structureId,
                const QString& referent, const QString& start, const QString& end = {}) {
        exec(QStringLiteral(
                 "INSERT INTO orientations (id, person_id, kind, structure_id, referent_id, start_date, "
                 "end_date, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 't')"),
             {newId(), person, kind, structureId, referent, start, orNull(end)});
    }
    void appointment(const QString& person, const QString& at, const QString& invited, const QString& status,
                     const QString& purpose = QStringLiteral("accompaniment")) {
        exec(QStringLiteral(
                 "INSERT INTO appointments (id, person_id, kind, purpose, scheduled_at, channel, "
                 "invited_on, adviser_id, status, hlc, device_id) VALUES (?, ?, 'individual', ?, ?, "
                 "'courrier', ?, ?, ?, 1, 't')"),
             {newId(), person, purpose, at, invited, m_t.actor().userId, status});
    }
    void contract(const QString& person, const QString& kind, const QString& signedOn,
                  const QString& plannedEnd, const QString& endedOn = {}) {
        exec(QStringLiteral("INSERT INTO contracts (id, person_id, kind, signed_on, start_date, planned_end, "
                            "ended_on, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 't')"),
             {newId(), person, kind, signedOn, signedOn, plannedEnd, orNull(endedOn)});
    }
    QString plan(const QString& person, const QString& opened) {
        const QString id = newId();
        exec(QStringLiteral("INSERT INTO action_plans (id, person_id, opened_on, hlc, device_id) "
                            "VALUES (?, ?, ?, 1, 't')"),
             {id, person, opened});
        return id;
    }
    QString objective(const QString& person, const QString& plan, const QString& theme, const QString& label,
                      const QString& created) {
        const QString id = newId();
        exec(QStringLiteral("INSERT INTO plan_objectives (id, plan_id, person_id, theme, theme_label, label, "
                            "created_on, hlc, device_id) VALUES (?, ?, ?, ?, ?, 'Objectif', ?, 1, 't')"),
             {id, plan, person, theme, label, created});
        return id;
    }
    QString action(const QString& person, const QString& objective, const QString& created) {
        const QString id = newId();
        exec(QStringLiteral("INSERT INTO plan_actions (id, objective_id, person_id, label, created_on, hlc, "
                            "device_id) VALUES (?, ?, ?, 'Action', ?, 1, 't')"),
             {id, objective, person, created});
        return id;
    }
    QString referral(const QString& person, const QString& thematique, const QString& sent) {
        const QString id = newId();
        exec(QStringLiteral(
                 "INSERT INTO referrals (id, person_id, service_name, thematique, sent_on, updated_on, "
                 "hlc, device_id) VALUES (?, ?, 'Service', ?, ?, ?, 1, 't')"),
             {id, person, notNull(thematique), sent, sent});
        return id;
    }
    // A status change, as the stores write it to the timeline.
    void status(const QString& person, const QString& kind, const QString& entity, const QString& status,
                const QString& on) {
        exec(
            QStringLiteral("INSERT INTO pathway_events (id, person_id, occurred_on, kind, action, entity_id, "
                           "details, actor_id, recorded_at, hlc, device_id) VALUES (?, ?, ?, ?, 'status', ?, "
                           "json_object('status', ?), ?, '2026-11-02T08:00:00.000Z', 1, 't')"),
            {newId(), person, on, kind, entity, status, m_t.actor().userId});
    }
    void diagnostic(const QString& person, const QDateTime& validatedLocal, const QString& levels) {
        const QString at = validatedLocal.toUTC().toString(Qt::ISODateWithMs);
        exec(QStringLiteral(
                 "INSERT INTO diagnostics (id, person_id, questionnaire_id, questionnaire_version, "
                 "questionnaire_hash, status, levels, adviser_id, structure_id, created_at, updated_at, "
                 "validated_at, hlc, device_id) VALUES (?, ?, 'spie', 2, 'h', 'validated', ?, ?, ?, ?, "
                 "?, ?, 1, 't')"),
             {newId(), person, levels, m_t.actor().userId, m_t.actor().structureId, at, at, at});
    }

private:
    static QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
    static QVariant orNull(const QString& s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : s;
    }
    TestDatabase& m_t;
};

// The territory of the tests: structure S1 (the local adviser A, colleague B, manager M) and
// structure S2 (adviser C), eight people whose stories are told in buildStories().
struct Territory {
    QString s1, s2, a, b, c, manager;
    QString p1, p2, p3, p4, p5, p6, p7, p8, p9;
};

Territory buildStories(TestDatabase& t) {
    Pathways w(t);
    Territory x;
    x.s1 = t.actor().structureId;
    x.a = t.actor().userId;
    x.s2 = w.structure(QStringLiteral("Mission locale du Léon"));
    x.b = w.user(QStringLiteral("Bernard B."), QStringLiteral("adviser"), x.s1);
    x.c = w.user(QStringLiteral("Claire C."), QStringLiteral("adviser"), x.s2);
    x.manager = w.user(QStringLiteral("Maud M."), QStringLiteral("structure_manager"), x.s1);

    // P1: entered 20/09, oriented (sociale, A) on 01/10, the first day; absent at 23:30 on 31/10.
    x.p1 = w.person(QStringLiteral("Un"), x.s1, x.a);
    w.follow(x.p1, QStringLiteral("2026-09-20"));
    w.orient(x.p1, QStringLiteral("sociale"), x.s1, x.a, QStringLiteral("2026-10-01"));
    w.appointment(x.p1, QStringLiteral("2026-10-31T23:30"), QStringLiteral("2026-10-21"),
                  QStringLiteral("absent"));
    const QString r1 =
        w.referral(x.p1, QStringLiteral("mobilite--louer-un-vehicule"), QStringLiteral("2026-10-02"));
    w.status(x.p1, QStringLiteral("referral"), r1, QStringLiteral("refused"), QStringLiteral("2026-10-15"));
    // P2: entered 20/08, oriented (socio-pro, A) on 04/10, its 45th day; honoured on its 15th day.
    x.p2 = w.person(QStringLiteral("Deux"), x.s1, x.a);
    w.follow(x.p2, QStringLiteral("2026-08-20"));
    w.orient(x.p2, QStringLiteral("socio_professionnelle"), x.s1, x.a, QStringLiteral("2026-10-04"));
    w.appointment(x.p2, QStringLiteral("2026-10-19T09:00"), QStringLiteral("2026-10-05"),
                  QStringLiteral("honoured"));
    w.contract(x.p2, QStringLiteral("PPAE"), QStringLiteral("2026-10-05"), QStringLiteral("2026-10-31"));
    w.referral(x.p2, QString(), QStringLiteral("2026-10-31"));
    // Validated at 23:30 on 31/10 in Paris (22:30 UTC): October.
    w.diagnostic(x.p2, QDateTime(QDate(2026, 10, 31), QTime(23, 30)),
                 QStringLiteral(R"({"mobilite":"major_barrier","logement":"resource"})"));
    // Validated at 00:30 on 01/11 in Paris (23:30 UTC on 31/10): November.
    w.diagnostic(x.p2, QDateTime(QDate(2026, 11, 1), QTime(0, 30)),
                 QStringLiteral(R"({"mobilite":"resource"})"));
    // P3: entered 25/08, never oriented; excused at midnight on 01/10; planned at midnight on 01/11.
    x.p3 = w.person(QStringLiteral("Trois"), x.s1, {});
    w.follow(x.p3, QStringLiteral("2026-08-25"));
    w.appointment(x.p3, QStringLiteral("2026-10-01T00:00"), QStringLiteral("2026-09-24"),
                  QStringLiteral("excused"));
    w.appointment(x.p3, QStringLiteral("2026-11-01T00:00"), QStringLiteral("2026-10-20"),
                  QStringLiteral("planned"));
    // Validated at 00:15 on 01/10 in Paris, still summer time (22:15 UTC on 30/09): October.
    w.diagnostic(x.p3, QDateTime(QDate(2026, 10, 1), QTime(0, 15)),
                 QStringLiteral(R"({"mobilite":"major_barrier"})"));
    // P4: followed since 2025 (professionnelle, A), exits for a lasting job on 31/10, the last day.
    x.p4 = w.person(QStringLiteral("Quatre"), x.s1, x.a);
    w.follow(x.p4, QStringLiteral("2025-01-10"), QStringLiteral("2026-10-31"),
             QStringLiteral("emploi_durable"));
    w.orient(x.p4, QStringLiteral("professionnelle"), x.s1, x.a, QStringLiteral("2025-02-01"),
             QStringLiteral("2026-10-31"));
    // P5: a first follow-up closed on 15/10/2025 (moved away), re-entered on 15/10/2026.
    x.p5 = w.person(QStringLiteral("Cinq"), x.s1, {});
    w.follow(x.p5, QStringLiteral("2025-03-01"), QStringLiteral("2025-10-15"),
             QStringLiteral("demenagement"));
    w.follow(x.p5, QStringLiteral("2026-10-15"));
    w.appointment(x.p5, QStringLiteral("2026-10-20T14:00"), QStringLiteral("2026-10-15"),
                  QStringLiteral("cancelled"));
    // P6: oriented in S1 (sociale, A) in February, moved to S2 (professionnelle, C) on 10/10;
    // the record still says S1. Absent at 23:59 on 30/09; a CER signed on 20/10, in S2.
    x.p6 = w.person(QStringLiteral("Six"), x.s1, x.a);
    w.follow(x.p6, QStringLiteral("2026-01-05"));
    w.orient(x.p6, QStringLiteral("sociale"), x.s1, x.a, QStringLiteral("2026-02-01"),
             QStringLiteral("2026-10-10"));
    w.orient(x.p6, QStringLiteral("professionnelle"), x.s2, x.c, QStringLiteral("2026-10-10"));
    w.appointment(x.p6, QStringLiteral("2026-09-30T23:59"), QStringLiteral("2026-09-20"),
                  QStringLiteral("absent"));
    w.contract(x.p6, QStringLiteral("CER"), QStringLiteral("2026-10-20"), QStringLiteral("2027-04-19"));
    // P7: entered 01/09, oriented (sociale, B) on 10/09; plan on its 30th day (10/10), honoured
    // on its 31st; a CEJ signed in September and ended on 31/10.
    x.p7 = w.person(QStringLiteral("Sept"), x.s1, x.b);
    w.follow(x.p7, QStringLiteral("2026-09-01"));
    w.orient(x.p7, QStringLiteral("sociale"), x.s1, x.b, QStringLiteral("2026-09-10"));
    w.appointment(x.p7, QStringLiteral("2026-10-11T10:00"), QStringLiteral("2026-10-01"),
                  QStringLiteral("honoured"));
    w.contract(x.p7, QStringLiteral("CEJ"), QStringLiteral("2026-09-12"), QStringLiteral("2027-03-11"),
               QStringLiteral("2026-10-31"));
    const QString plan = w.plan(x.p7, QStringLiteral("2026-10-10"));
    const QString o1 = w.objective(x.p7, plan, QStringLiteral("mobilite"), QStringLiteral("Mobilité"),
                                   QStringLiteral("2026-10-10"));
    w.status(x.p7, QStringLiteral("objective"), o1, QStringLiteral("achieved"), QStringLiteral("2026-10-31"));
    const QString o2 = w.objective(x.p7, plan, QStringLiteral("logement"), QStringLiteral("Logement"),
                                   QStringLiteral("2026-10-12"));
    w.status(x.p7, QStringLiteral("objective"), o2, QStringLiteral("abandoned"),
             QStringLiteral("2026-11-02"));
    w.objective(x.p7, plan, QStringLiteral("mobilite"), QStringLiteral("Mobilité"),
                QStringLiteral("2026-09-30"));
    const QString a1 = w.action(x.p7, o1, QStringLiteral("2026-10-11"));
    w.status(x.p7, QStringLiteral("action"), a1, QStringLiteral("done"), QStringLiteral("2026-10-20"));
    w.action(x.p7, o2, QStringLiteral("2026-10-12"));
    // P8: entered on 31/10, the last day.
    x.p8 = w.person(QStringLiteral("Huit"), x.s1, {});
    w.follow(x.p8, QStringLiteral("2026-10-31"));
    // P9: oriented (sociale, A) in February, left for a training on 30/06, re-entered on 15/09 and
    // not oriented again: awaiting orientation, though their last orientation was sociale.
    x.p9 = w.person(QStringLiteral("Neuf"), x.s1, {});
    w.follow(x.p9, QStringLiteral("2026-01-10"), QStringLiteral("2026-06-30"), QStringLiteral("formation"));
    w.orient(x.p9, QStringLiteral("sociale"), x.s1, x.a, QStringLiteral("2026-02-01"),
             QStringLiteral("2026-06-30"));
    w.follow(x.p9, QStringLiteral("2026-09-15"));
    return x;
}

// Sets the process's time zone for the test (each test case runs in its own process).
struct ParisTime {
    ParisTime() {
        qputenv("TZ", "Europe/Paris");
        tzset();
    }
};

Report compute(TestDatabase& t, const Actor& actor, const ReportScope& scope, bool suppress = false) {
    ReportRequest request;
    request.period = ReportPeriod::month(2026, 10);
    request.scope = scope;
    request.suppressSmallCells = suppress;
    const Result<Report> report = ReportCalculator(t.db()).compute(actor, request);
    if (!report) {
        throw std::runtime_error(report.error().toStdString());
    }
    return report.value();
}

Actor administrator(TestDatabase& t) {
    return addColleague(t, QStringLiteral("Admin"), Role::Administrator);
}

const Figure& figure(const Report& r, const char* table, const QString& code, Column column = Column::Period,
                     const QString& group = {}) {
    const ReportTable* found = r.table(QString::fromLatin1(table));
    REQUIRE(found != nullptr);
    const ReportRow* row = found->row(code, group);
    if (row == nullptr) {
        FAIL("no row " << code.toStdString() << " / " << group.toStdString() << " in " << table);
    }
    return row->at(column);
}

const Figure& key(const Report& r, const char* id, Column column = Column::Period) {
    return figure(r, Indicators::kKeyFigures, QString::fromLatin1(id), column);
}

QString s(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Each indicator of October matches its hand computation", "[report][indicators]") {
    ParisTime paris;
    TestDatabase t;
    buildStories(t);
    const Report r = compute(t, administrator(t), ReportScope::all());

    // Followed on 31/10: P1, P2, P3, P5 (re-entered), P6, P7, P8 (entered that day), P9; P4 left
    // that day.
    CHECK(key(r, Indicators::kFollowed).value == 8);
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("sociale")).value == 2);               // P1, P7
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("socio_professionnelle")).value == 1); // P2
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("professionnelle")).value == 1);       // P6
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("awaiting")).value == 4); // P3, P5, P8, P9
    // Entries: P5 (a re-entry) and P8 on the last day; exits: P4 on the last day.
    CHECK(key(r, Indicators::kEntries).value == 2);
    CHECK(key(r, Indicators::kReentries).value == 1);
    CHECK(key(r, Indicators::kExits).value == 1);
    CHECK(figure(r, Indicators::kExitsByReason, s("emploi_durable")).value == 1);
    CHECK(figure(r, Indicators::kExitsByReason, s("demenagement")).value == 0);
    // 45th day in October: P2 (oriented on it), P3 (never), P7 (day 9), P9's re-entry (not yet) → 2 of 4.
    CHECK(key(r, Indicators::kOriented45).value == 2);
    CHECK(key(r, Indicators::kOriented45).base == 4);
    // 15th day in October: P1, P2 (honoured on it), P6's second orientation → 1 of 3.
    CHECK(key(r, Indicators::kFirstAppointment15).value == 1);
    CHECK(key(r, Indicators::kFirstAppointment15).base == 3);
    // 30th day in October: P1 (none), P7 (honoured on day 31, too late) → 0 of 2.
    CHECK(key(r, Indicators::kFirstAppointment30).value == 0);
    CHECK(key(r, Indicators::kFirstAppointment30).base == 2);
    // Same cohort, P7's plan opened on day 30 → 1 of 2.
    CHECK(key(r, Indicators::kPlan30).value == 1);
    CHECK(key(r, Indicators::kPlan30).base == 2);
    // Appointments from 01/10 00:00 to 31/10 23:30; 01/11 00:00 and 30/09 23:59 are out.
    CHECK(figure(r, Indicators::kAppointmentsByStatus, s("honoured")).value == 2);
    CHECK(figure(r, Indicators::kAppointmentsByStatus, s("absent")).value == 1);
    CHECK(figure(r, Indicators::kAppointmentsByStatus, s("excused")).value == 1);
    CHECK(figure(r, Indicators::kAppointmentsByStatus, s("cancelled")).value == 1);
    CHECK(figure(r, Indicators::kAppointmentsByStatus, s("planned")).value == 0);
    // Days from invitation, cancelled left out: 10 + 14 + 7 + 10 over 4.
    CHECK(key(r, Indicators::kInvitationDelay).value == 41);
    CHECK(key(r, Indicators::kInvitationDelay).base == 4);
    CHECK(key(r, Indicators::kInvitationDelay).ratio() == Approx(10.25));
    CHECK(key(r, Indicators::kNoShowRate).value == 1);
    CHECK(key(r, Indicators::kNoShowRate).base == 4);
    // Contracts: P2's PPAE and P6's CER; valid on 31/10: those two (P7's CEJ ended that day).
    CHECK(key(r, Indicators::kContractsSigned).value == 2);
    CHECK(figure(r, Indicators::kContractsByKind, s("CER")).value == 1);
    CHECK(figure(r, Indicators::kContractsByKind, s("PPAE")).value == 1);
    CHECK(figure(r, Indicators::kContractsByKind, s("CEJ")).value == 0);
    CHECK(key(r, Indicators::kValidContract).value == 2);
    CHECK(key(r, Indicators::kValidContract).base == 8);
    // Objectives and actions, with their status on 31/10 (a change on 02/11 does not count).
    CHECK(figure(r, Indicators::kObjectivesByTheme, s("achieved"), Column::Period, s("mobilite")).value == 1);
    CHECK(figure(r, Indicators::kObjectivesByTheme, s("in_progress"), Column::Period, s("logement")).value ==
          1);
    CHECK(r.table(QString::fromLatin1(Indicators::kObjectivesByTheme))->rows.size() == 3); // + September's
    CHECK(figure(r, Indicators::kActionsByTheme, s("done"), Column::Period, s("mobilite")).value == 1);
    CHECK(figure(r, Indicators::kActionsByTheme, s("planned"), Column::Period, s("logement")).value == 1);
    // Referrals by main thématique: refused on 15/10; one with no thématique still open.
    CHECK(figure(r, Indicators::kReferralsByThematique, s("refused"), Column::Period, s("mobilite")).value ==
          1);
    CHECK(figure(r, Indicators::kReferralsByThematique, s("open"), Column::Period, QString()).value == 1);
    // Diagnostics by local day: 31/10 23:30 and 01/10 00:15 count, 01/11 00:30 does not.
    CHECK(key(r, Indicators::kDiagnostics).value == 2);
    CHECK(figure(r, Indicators::kBarriersByTheme, s("major_barrier"), Column::Period, s("mobilite")).value ==
          2);
    CHECK(figure(r, Indicators::kBarriersByTheme, s("resource"), Column::Period, s("logement")).value == 1);
    // The validation of 01/11 00:30 (mobility: resource) is in none of the three periods.
    CHECK(r.table(QString::fromLatin1(Indicators::kBarriersByTheme))->row(s("resource"), s("mobilite")) ==
          nullptr);
}

TEST_CASE("The previous month and the same month last year are computed beside the period",
          "[report][indicators]") {
    ParisTime paris;
    TestDatabase t;
    buildStories(t);
    const Report r = compute(t, administrator(t), ReportScope::all());
    CHECK(r.periods[1] == ReportPeriod::month(2026, 9));
    CHECK(r.periods[2] == ReportPeriod::month(2025, 10));

    // September: P1, P2, P3, P9 awaiting, P4, P6 (then in S1), P7; entries P7 (the 1st), P9 (a
    // re-entry) and P1.
    CHECK(key(r, Indicators::kFollowed, Column::PreviousPeriod).value == 7);
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("awaiting"), Column::PreviousPeriod).value == 4);
    CHECK(key(r, Indicators::kEntries, Column::PreviousPeriod).value == 3);
    CHECK(key(r, Indicators::kReentries, Column::PreviousPeriod).value == 1);
    CHECK(key(r, Indicators::kExits, Column::PreviousPeriod).value == 0);
    CHECK(key(r, Indicators::kNoShowRate, Column::PreviousPeriod).value == 1); // 30/09 at 23:59
    CHECK(key(r, Indicators::kNoShowRate, Column::PreviousPeriod).base == 1);
    CHECK(figure(r, Indicators::kContractsByKind, s("CEJ"), Column::PreviousPeriod).value == 1);
    CHECK(figure(r, Indicators::kObjectivesByTheme, s("in_progress"), Column::PreviousPeriod, s("mobilite"))
              .value == 1);
    CHECK(key(r, Indicators::kDiagnostics, Column::PreviousPeriod).value ==
          0); // 22:15 UTC on 30/09 is October
    CHECK_FALSE(key(r, Indicators::kOriented45, Column::PreviousPeriod).ratio().has_value()); // nobody due

    // October 2025: only P4 followed; P5's first exit (moved away).
    CHECK(key(r, Indicators::kFollowed, Column::YearBefore).value == 1);
    CHECK(figure(r, Indicators::kFollowedByOrientation, s("professionnelle"), Column::YearBefore).value == 1);
    CHECK(figure(r, Indicators::kExitsByReason, s("demenagement"), Column::YearBefore).value == 1);
    CHECK(key(r, Indicators::kEntries, Column::YearBefore).value == 0);

    // The trend: the twelve months up to October.
    REQUIRE(r.trend.size() == 12);
    CHECK(r.trend.first().month == QDate(2025, 11, 1));
    CHECK(r.trend.first().followed == 1); // P4 (P5 left in October 2025)
    CHECK(r.trend.last().month == QDate(2026, 10, 1));
    CHECK(r.trend.last().followed == 8);
    CHECK(r.trend.last().entries == 2);
    CHECK(r.trend.last().exits == 1);
    CHECK(r.trend.at(10).followed == 7);
    CHECK(r.trend.at(7).exits == 1);    // P9 in June
    CHECK(r.trend.at(8).followed == 2); // end of July: P4, P6
    CHECK(r.trend.at(2).followed == 3); // end of January: P4, P6, P9
}

TEST_CASE("A structure's report follows people through their orientation's structure",
          "[report][indicators]") {
    ParisTime paris;
    TestDatabase t;
    const Territory x = buildStories(t);
    const Actor admin = administrator(t);

    const Report s2 = compute(t, admin, ReportScope::structure(x.s2, {}));
    CHECK(s2.scope.name == s("Mission locale du Léon")); // named from the database
    CHECK(key(s2, Indicators::kFollowed).value == 1);    // P6 since 10/10, though the record says S1
    CHECK(key(s2, Indicators::kContractsSigned).value == 1);
    CHECK(key(s2, Indicators::kFollowed, Column::PreviousPeriod).value == 0);
    CHECK(key(s2, Indicators::kEntries).value == 0);

    const Report s1 = compute(t, admin, ReportScope::structure(x.s1, {}));
    CHECK(key(s1, Indicators::kFollowed).value == 7);                         // all but P6 (and P4)
    CHECK(key(s1, Indicators::kFollowed, Column::PreviousPeriod).value == 7); // P6 was in S1 on 30/09
    CHECK(key(s1, Indicators::kExits).value == 1);                            // P4
    CHECK(key(s1, Indicators::kContractsSigned).value == 1);                  // P2's PPAE
    CHECK(key(s1, Indicators::kDiagnostics).value == 2);
}

TEST_CASE("An adviser's report counts their caseload", "[report][indicators]") {
    ParisTime paris;
    TestDatabase t;
    const Territory x = buildStories(t);
    const Actor admin = administrator(t);
    // P1, P2, and P9, whose last orientation named A.
    CHECK(key(compute(t, admin, ReportScope::adviser(x.a, {})), Indicators::kFollowed).value == 3);
    CHECK(key(compute(t, admin, ReportScope::adviser(x.a, {})), Indicators::kExits).value == 1);    // P4
    CHECK(key(compute(t, admin, ReportScope::adviser(x.b, {})), Indicators::kFollowed).value == 1); // P7
    CHECK(key(compute(t, admin, ReportScope::adviser(x.c, {})), Indicators::kFollowed).value == 1); // P6
    // The local adviser reports on their own caseload without naming it.
    const Report own = compute(t, t.actor(), ReportScope::adviser(x.a, {}));
    CHECK(key(own, Indicators::kFollowed).value == 3);
}

TEST_CASE("Reports are limited to the scopes a role may see", "[report][permissions]") {
    TestDatabase t;
    const Territory x = buildStories(t);
    ReportRequest request;
    request.period = ReportPeriod::month(2026, 10);
    ReportCalculator calculator(t.db());

    // An adviser: their caseload and their structure, not another one, nor a colleague's caseload.
    request.scope = ReportScope::structure(x.s1, {});
    CHECK(calculator.compute(t.actor(), request));
    request.scope = ReportScope::structure(x.s2, {});
    const Result<Report> adviserOnOtherStructure = calculator.compute(t.actor(), request);
    REQUIRE_FALSE(adviserOnOtherStructure);
    CHECK(adviserOnOtherStructure.error().contains(QStringLiteral("scope")));
    request.scope = ReportScope::adviser(x.b, {});
    CHECK_FALSE(calculator.compute(t.actor(), request));
    request.scope = ReportScope::all();
    CHECK_FALSE(calculator.compute(t.actor(), request));

    const Actor manager{x.manager, Role::StructureManager, x.s1, QStringLiteral("Maud M.")};
    request.scope = ReportScope::structure(x.s1, {});
    CHECK(calculator.compute(manager, request));
    request.scope = ReportScope::adviser(x.b, {});
    CHECK(calculator.compute(manager, request));
    request.scope = ReportScope::structure(x.s2, {});
    CHECK_FALSE(calculator.compute(manager, request));
    request.scope = ReportScope::adviser(x.c, {});
    CHECK_FALSE(calculator.compute(manager, request));
    request.scope = ReportScope::all();
    CHECK_FALSE(calculator.compute(manager, request));

    const Result<QList<ReportScope>> offered = ReportScopes::allowedFor(t.db().sql(), manager);
    REQUIRE(offered);
    CHECK(offered->size() == 3); // S1, then its advisers A and B
    CHECK(ReportScopes::defaultFor(t.db().sql(), manager).id == x.s1);
    CHECK(ReportScopes::defaultFor(t.db().sql(), t.actor()).kind == ReportScope::Kind::Adviser);
}

TEST_CASE("Small cells are suppressed on request, shares computed on them too", "[report][small-cells]") {
    ParisTime paris;
    TestDatabase t;
    buildStories(t);
    const Report open = compute(t, administrator(t), ReportScope::all());
    CHECK_FALSE(open.smallCellsSuppressed);
    CHECK_FALSE(key(open, Indicators::kEntries).suppressed);

    const Report r = compute(t, administrator(t), ReportScope::all(), true);
    CHECK(r.smallCellsSuppressed);
    CHECK(r.smallCellThreshold == 4);
    CHECK_FALSE(key(r, Indicators::kFollowed).suppressed);                         // 8
    CHECK(key(r, Indicators::kEntries).suppressed);                                // 2
    CHECK(key(r, Indicators::kExits).suppressed);                                  // 1
    CHECK_FALSE(figure(r, Indicators::kExitsByReason, s("formation")).suppressed); // 0 reveals no one
    CHECK(key(r, Indicators::kOriented45).suppressed);                             // 2 of 4
    CHECK(key(r, Indicators::kValidContract).suppressed);                          // 2 of 8
    CHECK_FALSE(key(r, Indicators::kValidContract).ratio().has_value());
    CHECK(figureText(key(r, Indicators::kEntries), 4, QLocale(QLocale::French)) == s("≤ 4"));
    CHECK(figureText(key(r, Indicators::kValidContract), 4, QLocale(QLocale::French)).isEmpty());
    CHECK(r.trend.last().exits == TrendPoint::kSuppressed);
    CHECK(r.trend.last().followed == 8);
}

TEST_CASE("A report refuses an impossible period and stops when cancelled", "[report]") {
    TestDatabase t;
    buildStories(t);
    ReportCalculator calculator(t.db());
    ReportRequest request;
    request.scope = ReportScope::adviser(t.actor().userId, {});
    request.period = {QDate(2026, 10, 31), QDate(2026, 10, 1)};
    CHECK_FALSE(calculator.compute(t.actor(), request));
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-13")));
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-1")));
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-10'; DROP TABLE persons; --")));
    CHECK(ReportPeriod::parseMonth(QStringLiteral("2024-02"))->to == QDate(2024, 2, 29));

    request.period = ReportPeriod::month(2026, 10);
    std::atomic_bool cancel{false};
    int calls = 0;
    const Result<Report> stopped = calculator.compute(
        t.actor(), request,
        [&](int) {
            if (++calls == 3) {
                cancel = true;
            }
        },
        &cancel);
    CHECK_FALSE(stopped);
    CHECK(calls == 3);
    int last = 0;
    CHECK(calculator.compute(t.actor(), request, [&](int percent) { last = percent; }));
    CHECK(last == 100);
}

TEST_CASE("Any span of days compares with the span just before and a year before", "[report]") {
    const ReportPeriod span{QDate(2026, 10, 10), QDate(2026, 11, 8)};
    CHECK_FALSE(span.isMonth());
    CHECK(span.previous() == ReportPeriod{QDate(2026, 9, 10), QDate(2026, 10, 9)});
    CHECK(span.yearBefore() == ReportPeriod{QDate(2025, 10, 10), QDate(2025, 11, 8)});
    CHECK(ReportPeriod::month(2026, 3).previous() == ReportPeriod::month(2026, 2));
    CHECK(ReportPeriod::monthBefore(QDate(2026, 1, 1)) == ReportPeriod::month(2025, 12));
    CHECK(ReportPeriod::month(2026, 10).code() == QStringLiteral("2026-10"));
}

TEST_CASE("Every indicator is documented in docs/indicators.md", "[report]") {
    QFile doc(QString::fromLocal8Bit(qgetenv("JALON_TEST_SOURCE_DIR")) +
              QStringLiteral("/docs/indicators.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const IndicatorDefinition& d : Indicators::all()) {
        INFO(d.id.toStdString());
        CHECK(text.contains(QStringLiteral("`%1`").arg(d.id)));
        CHECK_FALSE(d.rule.isEmpty());
    }
}
