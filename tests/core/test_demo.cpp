// Fictional demonstration data (core/demo/DemoGenerator).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/QuestionnaireStore.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"
#include "territory/Territory.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace jalon;
using jalon::test::ScopedClock;
using jalon::test::TestDatabase;

static const QDateTime kNow(QDate(2025, 6, 1), QTime(9, 30), Qt::UTC);

static Result<int> generate(TestDatabase& t, int persons, quint32 seed) {
    DemoGenerator::Options options;
    options.persons = persons;
    options.seed = seed;
    return DemoGenerator::generate(t.db(), t.actor(), options);
}

// What `jalon-cli persons list` prints, one line per person.
static QStringList listing(TestDatabase& t) {
    PersonRegister reg(t.db(), t.actor());
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    const auto rows = reg.page(filter, nullptr, 100000);
    REQUIRE(rows.isOk());
    QStringList lines;
    for (const PersonRow& row : rows.value()) {
        lines << QStringList{row.id, row.lastName, row.firstName, row.birthIso, row.communeName}.join(
            QLatin1Char('\t'));
    }
    return lines;
}

static QStringList allIds(TestDatabase& t) {
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM persons ORDER BY id")));
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

TEST_CASE("The same seed gives the same people in two databases", "[demo]") {
    ScopedClock clock(kNow);
    TestDatabase first;
    TestDatabase second;
    REQUIRE(first.actor().structureId != second.actor().structureId);
    const auto createdFirst = generate(first, 300, 7);
    REQUIRE(createdFirst.isOk());
    CHECK(createdFirst.value() == 300);
    REQUIRE(generate(second, 300, 7).isOk());

    const QStringList lines = listing(first);
    CHECK(lines.size() == 300);
    CHECK(lines == listing(second));
    CHECK(allIds(first) == allIds(second));

    TestDatabase third;
    REQUIRE(generate(third, 300, 8).isOk());
    CHECK(listing(third) != lines);
    const QStringList thirdIds = allIds(third);
    const QStringList firstIds = allIds(first);
    CHECK_FALSE(QSet<QString>(thirdIds.cbegin(), thirdIds.cend())
                    .intersects(QSet<QString>(firstIds.cbegin(), firstIds.cend())));
}

TEST_CASE("Demo people have French names with accents, apostrophes and hyphens", "[demo]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    REQUIRE(generate(t, 300, 7).isOk());
    PersonRegister reg(t.db(), t.actor());
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    int accented = 0;
    int apostrophes = 0;
    int hyphens = 0;
    const auto rows = reg.page(filter, nullptr, 1000);
    REQUIRE(rows.isOk());
    REQUIRE(rows->size() == 300);
    for (const PersonRow& row : rows.value()) {
        const QString names = row.lastName + QLatin1Char(' ') + row.firstName;
        for (const QChar c : names) {
            if (c.unicode() > 127) {
                ++accented;
                break;
            }
        }
        apostrophes += names.contains(QLatin1Char('\'')) ? 1 : 0;
        hyphens += names.contains(QLatin1Char('-')) ? 1 : 0;
    }
    CHECK(accented > 10);
    CHECK(apostrophes > 0);
    CHECK(hyphens > 0);
}

TEST_CASE("Every demo record passes validation, in real communes of the département", "[demo][validation]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    REQUIRE(generate(t, 300, 7).isOk());
    PersonStore store(t.db());
    int followed = 0;
    int archived = 0;
    QSet<QString> communes;
    for (const QString& id : allIds(t)) {
        const auto person = store.get(t.actor(), id);
        REQUIRE(person.isOk());
        const Person& p = person.value();
        const QList<FieldError> errors = PersonStore::check(p);
        INFO(p.lastName.toStdString()
             << " " << p.firstName.toStdString() << ": " << PersonStore::describe(errors).toStdString());
        CHECK(errors.isEmpty());
        const Commune* commune = Territory::instance().commune(p.communeInsee);
        REQUIRE(commune != nullptr);
        CHECK(commune->departement == QStringLiteral("22"));
        CHECK(commune->name == p.communeName);
        CHECK(commune->postcodes.contains(p.postcode));
        CHECK(p.structureId == t.actor().structureId);
        CHECK(p.birthDate <= DemoGenerator::referenceDate().addDays(-18 * 365)); // adults only
        communes.insert(p.communeInsee);
        followed += p.followStatus == QLatin1String("followed") ? 1 : 0;
        archived += p.archived ? 1 : 0;
    }
    CHECK(communes.size() > 20);
    CHECK(followed > 100);
    CHECK(archived < 30);
}

TEST_CASE("Demo data goes only into an empty database", "[demo]") {
    TestDatabase t;
    REQUIRE(PersonStore(t.db()).create(t.actor(), jalon::test::samplePerson()).isOk());
    const auto refused = generate(t, 10, 1);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("already")));
    CHECK(allIds(t).size() == 1);

    TestDatabase again;
    REQUIRE(generate(again, 10, 1).isOk());
    CHECK_FALSE(generate(again, 10, 2).isOk());
    CHECK(allIds(again).size() == 10);
}

TEST_CASE("Demo generation is logged and stamped like any change", "[demo][changelog]") {
    TestDatabase t;
    REQUIRE(generate(t, 25, 3).isOk());
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT hlc) FROM change_log "
                                      "WHERE table_name = 'persons' AND op = 'insert'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 25);
    CHECK(query.value(1).toInt() == 25);
    REQUIRE(query.exec(
        QStringLiteral("SELECT count(*) FROM persons WHERE device_id <> '%1'").arg(t.db().deviceId())));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    // The demo names the structure and adds a team of advisers.
    REQUIRE(query.exec(
        QStringLiteral("SELECT count(*) FROM users WHERE structure_id = '%1'").arg(t.actor().structureId)));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() > 1);
}

TEST_CASE("Demo options out of range are refused", "[demo]") {
    TestDatabase t;
    CHECK_FALSE(generate(t, -1, 1).isOk());
    CHECK_FALSE(generate(t, 1000001, 1).isOk());
    DemoGenerator::Options options;
    options.persons = 5;
    options.departement = QStringLiteral("00");
    const auto unknown = DemoGenerator::generate(t.db(), t.actor(), options);
    REQUIRE_FALSE(unknown.isOk());
    CHECK(unknown.error().contains(QStringLiteral("00")));
    CHECK(allIds(t).isEmpty());
}

TEST_CASE("Cancelling demo generation writes nothing", "[demo]") {
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 2500;
    int calls = 0;
    const auto cancelled = DemoGenerator::generate(t.db(), t.actor(), options, [&calls](int done) {
        ++calls;
        CHECK(done == 1000);
        return false;
    });
    CHECK_FALSE(cancelled.isOk());
    CHECK(calls == 1);
    CHECK(allIds(t).isEmpty());
    // The database is usable afterwards (the transaction was rolled back, not left open).
    REQUIRE(PersonStore(t.db()).create(t.actor(), jalon::test::samplePerson()).isOk());
}

TEST_CASE("Most demo people have one to three diagnostics that follow the grid's rules",
          "[demo][diagnostic]") {
    TestDatabase t;
    const QDate today(2026, 11, 27);
    ScopedClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));
    REQUIRE(generate(t, 300, 11));
    QSqlQuery perPerson(t.db().sql());
    REQUIRE(perPerson.exec(QStringLiteral("SELECT n, count(*) FROM (SELECT p.id, (SELECT count(*) FROM "
                                          "diagnostics d WHERE d.person_id = p.id) AS n "
                                          "FROM persons p) GROUP BY n")));
    QMap<int, int> people;
    while (perPerson.next()) {
        people.insert(perPerson.value(0).toInt(), perPerson.value(1).toInt());
    }
    CHECK(people.lastKey() <= 3);
    CHECK(people.value(0) < 300 / 3);                   // most people have one
    CHECK(people.value(2) + people.value(3) > 300 / 5); // many have a history to compare

    DiagnosticStore store(t.db());
    QSqlQuery ids(t.db().sql());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM diagnostics WHERE status = 'validated' LIMIT 60")));
    int checked = 0;
    while (ids.next()) {
        auto d = store.load(t.actor(), ids.value(0).toString());
        REQUIRE(d);
        const auto grid = store.questionnaireOf(t.actor(), d.value());
        REQUIRE(grid);
        INFO(d->id.toStdString());
        CHECK(DiagnosticRules::validationProblems(grid.value(), d.value()).isEmpty());
        CHECK(d->levels == DiagnosticRules::retainedLevels(grid.value(), d.value()));
        // Over the two years before the clock's day.
        CHECK(d->date() >= today.addYears(-2));
        CHECK(d->date() <= today);
        ++checked;
    }
    CHECK(checked == 60);
    QSqlQuery newest(t.db().sql());
    REQUIRE(newest.exec(QStringLiteral("SELECT max(created_at) FROM diagnostics")));
    REQUIRE(newest.next());
    CHECK(QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs).date() > today.addMonths(-3));
}
