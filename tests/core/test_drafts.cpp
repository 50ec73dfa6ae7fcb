// Unsaved editor content kept per user on this device (core/drafts/DraftStore).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "drafts/DraftStore.h"
#include "persons/PersonJson.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace jalon;
using jalon::test::ScopedClock;
using jalon::test::TestDatabase;

static QJsonObject payload(const QString& lastName) {
    return {{QStringLiteral("last_name"), lastName}, {QStringLiteral("children"), 2}};
}

TEST_CASE("A draft is saved, loaded, replaced and removed", "[drafts]") {
    TestDatabase t;
    DraftStore drafts(t.db(), t.actor().userId);
    const QString key = QStringLiteral("person:new");
    CHECK(drafts.load(key).isEmpty());

    REQUIRE(drafts.save(key, payload(QStringLiteral("N'Diaye"))));
    CHECK(drafts.load(key) == payload(QStringLiteral("N'Diaye")));
    CHECK(drafts.keys(QString()) == QStringList{key});

    REQUIRE(drafts.save(key, payload(QStringLiteral("Cœurderoy"))));
    CHECK(drafts.load(key) == payload(QStringLiteral("Cœurderoy")));
    CHECK(drafts.keys(QString()).size() == 1);

    REQUIRE(drafts.remove(key));
    CHECK(drafts.load(key).isEmpty());
    CHECK(drafts.keys(QString()).isEmpty());
    CHECK(drafts.remove(key)); // removing a missing draft is not an error
}

TEST_CASE("Draft keys are listed by prefix, newest first", "[drafts]") {
    ScopedClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC));
    TestDatabase t;
    DraftStore drafts(t.db(), t.actor().userId);
    REQUIRE(drafts.save(QStringLiteral("person:a"), payload(QStringLiteral("A"))));
    clock.clock().advanceMs(1000);
    REQUIRE(drafts.save(QStringLiteral("diagnostic:x"), payload(QStringLiteral("X"))));
    clock.clock().advanceMs(1000);
    REQUIRE(drafts.save(QStringLiteral("person:b"), payload(QStringLiteral("B"))));
    clock.clock().advanceMs(1000);
    REQUIRE(drafts.save(QStringLiteral("person:a"), payload(QStringLiteral("A2")))); // touched again

    CHECK(drafts.keys(QStringLiteral("person:")) ==
          QStringList{QStringLiteral("person:a"), QStringLiteral("person:b")});
    CHECK(drafts.keys(QString()) == QStringList{QStringLiteral("person:a"), QStringLiteral("person:b"),
                                                QStringLiteral("diagnostic:x")});
    CHECK(drafts.keys(QStringLiteral("nothing")).isEmpty());
}

TEST_CASE("Each user sees only their own drafts", "[drafts]") {
    TestDatabase t;
    DraftStore mine(t.db(), QStringLiteral("user-a"));
    DraftStore theirs(t.db(), QStringLiteral("user-b"));
    const QString key = QStringLiteral("person:new");
    REQUIRE(mine.save(key, payload(QStringLiteral("Mine"))));
    CHECK(theirs.load(key).isEmpty());
    CHECK(theirs.keys(QString()).isEmpty());

    REQUIRE(theirs.save(key, payload(QStringLiteral("Theirs"))));
    CHECK(mine.load(key) == payload(QStringLiteral("Mine")));
    CHECK(theirs.load(key) == payload(QStringLiteral("Theirs")));

    REQUIRE(theirs.remove(key));
    CHECK(mine.load(key) == payload(QStringLiteral("Mine")));
    CHECK(mine.keys(QString()) == QStringList{key});
}

TEST_CASE("Drafts survive closing and reopening the database", "[drafts]") {
    TestDatabase t;
    Person person = jalon::test::samplePerson(QStringLiteral("Lévêque-Martin"), QStringLiteral("Hélène"));
    person.phone = QStringLiteral("06 12");
    {
        DraftStore drafts(t.db(), t.actor().userId);
        REQUIRE(drafts.save(QStringLiteral("person:new"), personToJson(person)));
    }
    t.reopen();
    DraftStore drafts(t.db(), t.actor().userId);
    CHECK(drafts.keys(QString()) == QStringList{QStringLiteral("person:new")});
    const Person restored = personFromJson(drafts.load(QStringLiteral("person:new")));
    CHECK(restored == person);
}

TEST_CASE("Drafts are local scratch, not in the change log", "[drafts]") {
    TestDatabase t;
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(query.next());
    const int before = query.value(0).toInt();
    REQUIRE(DraftStore(t.db(), t.actor().userId)
                .save(QStringLiteral("person:new"), payload(QStringLiteral("X"))));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == before);
}
