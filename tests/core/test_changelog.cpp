// The change log, row stamps and the hybrid logical clock (core/db/ChangeWriter, HybridLogicalClock).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "db/Database.h"
#include "db/HybridLogicalClock.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::ScopedClock;
using jalon::test::TestDatabase;

struct LogRow {
    qint64 hlc = 0;
    QString deviceId;
    QString table;
    QString rowId;
    QString op;
    QJsonObject fields;
    QString actorId;
};

static QList<LogRow> changeLog(Database& db, const QString& rowId) {
    QSqlQuery query(db.sql());
    query.prepare(
        QStringLiteral("SELECT hlc, device_id, table_name, row_id, op, fields, actor_id FROM change_log "
                       "WHERE row_id = ? ORDER BY seq"));
    query.addBindValue(rowId);
    REQUIRE(query.exec());
    QList<LogRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(),
                     QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object(),
                     query.value(6).toString()});
    }
    return rows;
}

struct Stamp {
    qint64 hlc = 0;
    QString deviceId;
    int deleted = -1;
};

static Stamp personStamp(Database& db, const QString& id) {
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT hlc, device_id, deleted FROM persons WHERE id = ?"));
    query.addBindValue(id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()};
}

static QStringList sortedKeys(const QJsonObject& object) {
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

TEST_CASE("Creating a person writes one insert in the change log with every field", "[changelog]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson(QStringLiteral("N'Diaye"), QStringLiteral("Awa")));
    REQUIRE(id.isOk());

    const QList<LogRow> log = changeLog(t.db(), id.value());
    REQUIRE(log.size() == 1);
    const LogRow& row = log.constFirst();
    CHECK(row.op == QStringLiteral("insert"));
    CHECK(row.table == QStringLiteral("persons"));
    CHECK(row.rowId == id.value());
    CHECK(row.actorId == t.actor().userId);
    CHECK(row.deviceId == t.db().deviceId());
    CHECK(row.fields.value(QStringLiteral("last_name")).toString() == QStringLiteral("N'Diaye"));
    CHECK(row.fields.value(QStringLiteral("first_name")).toString() == QStringLiteral("Awa"));
    CHECK(row.fields.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1985-03-15"));
    CHECK(row.fields.value(QStringLiteral("commune_insee")).toString() == QStringLiteral("22278"));
    CHECK(row.fields.value(QStringLiteral("structure_id")).toString() == t.actor().structureId);
    CHECK(row.fields.contains(QStringLiteral("search_text")));

    const Stamp stamp = personStamp(t.db(), id.value());
    CHECK(stamp.hlc == row.hlc);
    CHECK(stamp.deviceId == t.db().deviceId());
    CHECK(stamp.deleted == 0);
}

TEST_CASE("Updating a person logs only the changed fields and advances the row's stamp", "[changelog]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const qint64 created = personStamp(t.db(), id.value()).hlc;

    Person person = store.get(t.actor(), id.value()).value();
    person.firstName = QStringLiteral("Marie");
    REQUIRE(store.update(t.actor(), person));

    const QList<LogRow> log = changeLog(t.db(), id.value());
    REQUIRE(log.size() == 2);
    const LogRow& row = log.at(1);
    CHECK(row.op == QStringLiteral("update"));
    CHECK(row.table == QStringLiteral("persons"));
    CHECK(row.actorId == t.actor().userId);
    CHECK(row.deviceId == t.db().deviceId());
    // The first name and the keys derived from it; nothing else.
    CHECK(sortedKeys(row.fields) == QStringList{QStringLiteral("first_key"), QStringLiteral("first_name"),
                                                QStringLiteral("search_text")});
    CHECK(row.fields.value(QStringLiteral("first_name")).toString() == QStringLiteral("Marie"));
    CHECK(row.fields.value(QStringLiteral("first_key")).toString() == QStringLiteral("marie"));

    const Stamp updated = personStamp(t.db(), id.value());
    CHECK(updated.hlc > created);
    CHECK(updated.hlc == row.hlc);
}

TEST_CASE("An update that changes nothing writes nothing", "[changelog]") {
    TestDatabase t;
    PersonStore store(t.db());
    Person sample = samplePerson();
    sample.phone = QStringLiteral("0612345678");
    const auto id = store.create(t.actor(), sample);
    REQUIRE(id.isOk());
    const qint64 created = personStamp(t.db(), id.value()).hlc;

    Person person = store.get(t.actor(), id.value()).value();
    person.phone = QStringLiteral("06 12 34 56 78"); // the same number once normalised
    person.lastName = QStringLiteral("  Durand ");
    REQUIRE(store.update(t.actor(), person));
    CHECK(changeLog(t.db(), id.value()).size() == 1);
    CHECK(personStamp(t.db(), id.value()).hlc == created);
}

TEST_CASE("Archiving and un-archiving log the archived flag alone", "[changelog]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());

    REQUIRE(store.setArchived(t.actor(), id.value(), true));
    const qint64 archivedStamp = personStamp(t.db(), id.value()).hlc;
    REQUIRE(store.setArchived(t.actor(), id.value(), false));

    const QList<LogRow> log = changeLog(t.db(), id.value());
    REQUIRE(log.size() == 3);
    CHECK(log.at(1).op == QStringLiteral("update"));
    CHECK(log.at(1).fields == QJsonObject{{QStringLiteral("archived"), 1}});
    CHECK(log.at(1).actorId == t.actor().userId);
    CHECK(log.at(2).fields == QJsonObject{{QStringLiteral("archived"), 0}});
    CHECK(log.at(0).hlc < log.at(1).hlc);
    CHECK(log.at(1).hlc < log.at(2).hlc);
    CHECK(archivedStamp == log.at(1).hlc);
    CHECK(personStamp(t.db(), id.value()).hlc == log.at(2).hlc);
    CHECK_FALSE(store.get(t.actor(), id.value())->archived);
}

TEST_CASE("Removing a person leaves a tombstone that restore brings back", "[changelog][tombstone]") {
    TestDatabase t;
    PersonStore store(t.db());
    PersonRegister reg(t.db(), t.actor());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    RegisterFilter everyone;
    everyone.status = RegisterFilter::Status::All;
    REQUIRE(reg.count(everyone).value() == 1);

    REQUIRE(store.remove(t.actor(), id.value()));
    CHECK(personStamp(t.db(), id.value()).deleted == 1); // the row is still there
    CHECK_FALSE(store.get(t.actor(), id.value()).isOk());
    CHECK(reg.count(everyone).value() == 0);
    CHECK(reg.page(everyone, nullptr, 10)->isEmpty());
    CHECK_FALSE(reg.row(id.value())->has_value());
    RegisterFilter search = everyone;
    search.searchText = QStringLiteral("durand");
    CHECK(reg.page(search, nullptr, 10)->isEmpty());
    // A tombstoned record cannot be edited.
    Person edited = samplePerson();
    edited.id = id.value();
    CHECK_FALSE(store.update(t.actor(), edited));

    REQUIRE(store.restore(t.actor(), id.value()));
    CHECK(personStamp(t.db(), id.value()).deleted == 0);
    CHECK(store.get(t.actor(), id.value()).isOk());
    CHECK(reg.count(everyone).value() == 1);
    CHECK(reg.page(search, nullptr, 10)->size() == 1);

    const QList<LogRow> log = changeLog(t.db(), id.value());
    REQUIRE(log.size() == 3);
    CHECK(log.at(1).op == QStringLiteral("delete"));
    CHECK(log.at(1).fields == QJsonObject{{QStringLiteral("deleted"), 1}});
    CHECK(log.at(2).op == QStringLiteral("update"));
    CHECK(log.at(2).fields == QJsonObject{{QStringLiteral("deleted"), 0}});
    CHECK(log.at(1).hlc < log.at(2).hlc);
}

TEST_CASE("A write to a missing record fails and logs nothing", "[changelog]") {
    TestDatabase t;
    PersonStore store(t.db());
    CHECK_FALSE(store.setArchived(t.actor(), QStringLiteral("00000000-0000-4000-8000-000000000000"), true));
    CHECK_FALSE(store.remove(t.actor(), QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'persons'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("Stamps keep increasing when the wall clock stands still or goes back", "[changelog][hlc]") {
    const QDateTime noon(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    ScopedClock clock(noon);
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());

    QList<qint64> stamps{personStamp(t.db(), id.value()).hlc};
    for (int i = 0; i < 3; ++i) {
        REQUIRE(store.setArchived(t.actor(), id.value(), i % 2 == 0));
        stamps << personStamp(t.db(), id.value()).hlc;
    }
    clock.clock().set(noon.addSecs(-3600)); // someone sets the system clock back an hour
    REQUIRE(store.setArchived(t.actor(), id.value(), false));
    stamps << personStamp(t.db(), id.value()).hlc;

    for (int i = 1; i < stamps.size(); ++i) {
        CHECK(stamps.at(i) > stamps.at(i - 1));
    }
    CHECK(HybridLogicalClock::millis(stamps.constFirst()) == noon.toMSecsSinceEpoch());
    CHECK(HybridLogicalClock::millis(stamps.constLast()) == noon.toMSecsSinceEpoch());
}

TEST_CASE("After a reopen the clock resumes past the last logged stamp", "[changelog][hlc]") {
    const QDateTime noon(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    ScopedClock clock(noon);
    TestDatabase t;
    const QString device = t.db().deviceId();
    const auto id = PersonStore(t.db()).create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const qint64 last = personStamp(t.db(), id.value()).hlc;

    clock.clock().set(noon.addDays(-1));
    t.reopen();
    CHECK(t.db().deviceId() == device);
    CHECK(t.db().nextStamp() > last);
}

TEST_CASE("HybridLogicalClock follows the wall clock when it moves forward", "[hlc]") {
    HybridLogicalClock clock;
    CHECK(clock.tick(1000) == HybridLogicalClock::pack(1000, 0));
    CHECK(clock.tick(1000) == HybridLogicalClock::pack(1000, 1));
    CHECK(clock.tick(1000) == HybridLogicalClock::pack(1000, 2));
    CHECK(clock.tick(2000) == HybridLogicalClock::pack(2000, 0));
    CHECK(clock.last() == HybridLogicalClock::pack(2000, 0));
}

TEST_CASE("HybridLogicalClock never goes backwards with the wall clock", "[hlc]") {
    HybridLogicalClock clock;
    const qint64 first = clock.tick(5000);
    const qint64 second = clock.tick(4000);
    const qint64 third = clock.tick(0);
    CHECK(second > first);
    CHECK(third > second);
    CHECK(HybridLogicalClock::millis(third) == 5000);
    CHECK(HybridLogicalClock::counter(third) == 2);
}

TEST_CASE("HybridLogicalClock moves to the next millisecond when the counter is exhausted", "[hlc]") {
    HybridLogicalClock clock(HybridLogicalClock::pack(1000, 0xFFFE));
    const qint64 last = clock.tick(1000);
    CHECK(last == HybridLogicalClock::pack(1000, 0xFFFF));
    const qint64 overflow = clock.tick(1000);
    CHECK(overflow == HybridLogicalClock::pack(1001, 0));
    CHECK(overflow > last);
    CHECK(clock.tick(900) == HybridLogicalClock::pack(1001, 1));
}

TEST_CASE("HybridLogicalClock moves past a stamp observed from another device", "[hlc]") {
    HybridLogicalClock clock;
    clock.tick(1000);
    const qint64 remote = HybridLogicalClock::pack(9000, 7);
    clock.observe(remote, 1000);
    CHECK(clock.last() > remote);
    CHECK(clock.last() == HybridLogicalClock::pack(9000, 8));
    CHECK(clock.tick(1000) > HybridLogicalClock::pack(9000, 8));

    // An older remote stamp does not pull the clock back.
    const qint64 before = clock.last();
    clock.observe(HybridLogicalClock::pack(10, 0), 1000);
    CHECK(clock.last() > before);
    // A wall clock ahead of everything wins.
    clock.observe(remote, 20000);
    CHECK(clock.last() == HybridLogicalClock::pack(20000, 0));
}

TEST_CASE("HybridLogicalClock packs milliseconds and counter so integers order stamps", "[hlc]") {
    const qint64 stamp = HybridLogicalClock::pack(1717243200123, 513);
    CHECK(HybridLogicalClock::millis(stamp) == 1717243200123);
    CHECK(HybridLogicalClock::counter(stamp) == 513);
    CHECK(HybridLogicalClock::pack(1000, 0xFFFF) < HybridLogicalClock::pack(1001, 0));
    CHECK(HybridLogicalClock::pack(1000, 1) < HybridLogicalClock::pack(1000, 2));
}
