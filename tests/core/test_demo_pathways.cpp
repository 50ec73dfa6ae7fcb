// The demo's pathways (core/demo/DemoPathways): about twenty events a person, and every pathway
// consistent with the rules the stores enforce, so that screens and reports see plausible data.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"

#include <QSqlQuery>

using namespace jalon;
using jalon::test::ScopedClock;
using jalon::test::TestDatabase;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);

int scalar(TestDatabase& t, const QString& sql) {
    QSqlQuery query(t.db().sql());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Demo pathways give about twenty events a person, over the last three years", "[demo][pathway]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 600;
    options.diagnostics = false;
    REQUIRE(DemoGenerator::generate(t.db(), t.actor(), options));

    const int events = scalar(t, QStringLiteral("SELECT COUNT(*) FROM pathway_events"));
    CHECK(events >= 600 * 15);
    CHECK(events <= 600 * 28);
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM pathway_events WHERE occurred_on < '2023-11-01'")) ==
          0);
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM pathway_events WHERE occurred_on > '2026-11-21' AND "
                                   "kind <> 'appointment'")) == 0);
    // Every kind of fact appears.
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM pathway_events")) >= 10);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM pathway_events WHERE kind = 'entry' AND action = 'reentry'")) >
          0);
    // Realistic no-shows, and some recent appointments left for the adviser to update.
    const int resolved =
        scalar(t, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status <> 'planned'"));
    const int absent = scalar(t, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = 'absent'"));
    CHECK(absent * 100 / resolved >= 8);
    CHECK(absent * 100 / resolved <= 20);
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = 'planned' AND "
                                   "scheduled_at < '2026-11-20'")) > 0);
}

TEST_CASE("Demo pathways follow the stores' rules", "[demo][pathway]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 600;
    options.diagnostics = false;
    REQUIRE(DemoGenerator::generate(t.db(), t.actor(), options));

    // The follow status matches the periods and orientations.
    CHECK(scalar(t,
                 QStringLiteral("SELECT COUNT(*) FROM persons p WHERE (SELECT COUNT(*) FROM follow_periods f "
                                "WHERE f.person_id = p.id AND f.closed_on IS NULL) > 1")) == 0);
    CHECK(
        scalar(t, QStringLiteral("SELECT COUNT(*) FROM persons p WHERE (SELECT COUNT(*) FROM orientations o "
                                 "WHERE o.person_id = p.id AND o.end_date IS NULL) > 1")) == 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM persons p WHERE p.follow_status = 'followed' AND NOT EXISTS "
                        "(SELECT 1 FROM orientations o WHERE o.person_id = p.id AND o.end_date IS NULL)")) ==
          0);
    CHECK(
        scalar(t, QStringLiteral(
                      "SELECT COUNT(*) FROM persons p WHERE p.follow_status = 'exited' AND EXISTS "
                      "(SELECT 1 FROM follow_periods f WHERE f.person_id = p.id AND f.closed_on IS NULL)")) ==
        0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM persons p WHERE p.follow_status = 'awaiting_orientation' "
                        "AND NOT EXISTS (SELECT 1 FROM follow_periods f WHERE f.person_id = p.id "
                        "AND f.closed_on IS NULL)")) == 0);
    // Dates in order.
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE planned_end <= start_date OR "
                                   "(ended_on IS NOT NULL AND ended_on < start_date)")) == 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM appointments WHERE invited_on > substr(scheduled_at, 1, 10) "
                        "OR (status IN ('honoured', 'absent') AND scheduled_at > '2026-11-20T09:30')")) == 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM appointments WHERE strftime('%w', substr(scheduled_at, 1, 10)) "
                        "IN ('0', '6')")) == 0);
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM follow_periods WHERE closed_on < opened_on")) == 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM referrals WHERE status = 'refused' AND refusal_reason = ''")) ==
          0);
    // Private notes are private to their author on the timeline too.
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM notes n JOIN pathway_events e ON e.entity_id = n.id WHERE "
                        "(n.private = 1) <> (e.private_to IS NOT NULL) OR "
                        "(n.private = 1 AND e.private_to <> n.author_id)")) == 0);
    // Every event is in the change log, for sync.
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM pathway_events e WHERE NOT EXISTS (SELECT 1 FROM change_log c "
                        "WHERE c.table_name = 'pathway_events' AND c.row_id = e.id)")) == 0);
}
