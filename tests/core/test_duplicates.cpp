// Possible duplicates before a person is created (core/persons/DuplicateFinder).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "persons/DuplicateFinder.h"
#include "persons/PersonStore.h"

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::TestDatabase;

// An adviser of a second structure in the same database.
static Actor adviserOfAnotherStructure(Database& db) {
    const QString structureId = newId();
    Transaction transaction(db.sql());
    REQUIRE(transaction.started());
    ChangeWriter writer(db, QStringLiteral("test-setup"));
    REQUIRE(writer.insert(QStringLiteral("structures"), structureId,
                          {{QStringLiteral("name"), QStringLiteral("Another structure")}}));
    REQUIRE(transaction.commit());
    return Actor{newId(), Role::Adviser, structureId, QStringLiteral("Other adviser")};
}

static QString createPerson(TestDatabase& t, const Person& person) {
    const auto id = PersonStore(t.db()).create(t.actor(), person);
    REQUIRE(id.isOk());
    return id.value();
}

static QStringList duplicateIds(TestDatabase& t, const Person& candidate) {
    const auto found = DuplicateFinder(t.db()).find(t.actor(), candidate);
    REQUIRE(found.isOk());
    QStringList ids;
    for (const PossibleDuplicate& duplicate : found.value()) {
        ids << duplicate.person.id;
        CHECK_FALSE(duplicate.reason.isEmpty());
    }
    return ids;
}

TEST_CASE("The same CAF number is a possible duplicate, whatever the name", "[duplicates]") {
    TestDatabase t;
    Person stored = samplePerson(QStringLiteral("Durand"), QStringLiteral("Hélène"));
    stored.cafNumber = QStringLiteral("1234567");
    const QString id = createPerson(t, stored);

    Person candidate = samplePerson(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1970, 1, 1));
    candidate.cafNumber = QStringLiteral("123 4567"); // as typed, before normalisation
    const auto found = DuplicateFinder(t.db()).find(t.actor(), candidate);
    REQUIRE(found.isOk());
    REQUIRE(found->size() == 1);
    CHECK(found->constFirst().person.id == id);
    CHECK(found->constFirst().person.lastName == QStringLiteral("Durand"));
    CHECK(found->constFirst().reason.contains(QStringLiteral("CAF")));

    candidate.cafNumber = QStringLiteral("1234568");
    CHECK(duplicateIds(t, candidate).isEmpty());
}

TEST_CASE("The same birth date and a name differing only in spelling details is a duplicate",
          "[duplicates]") {
    const struct {
        const char* storedLast;
        const char* storedFirst;
        const char* typedLast;
        const char* typedFirst;
    } cases[] = {
        {"N'Diaye", "Awa", "NDIAYE", "awa"},
        {"Durand", "Hélène", "durand", "helene"},
        {"Le Goff", "Yann", "Legoff", "Yann"},
        {"Martin", "Jean-Pierre", "Martin", "Jean Pierre"},
        {"Cœurderoy", "Anaïs", "COEURDEROY", "Anais"},
        {"Lévêque-Martin", "Solène", "leveque martin", "SOLENE"},
    };
    for (const auto& c : cases) {
        TestDatabase t;
        const QString id =
            createPerson(t, samplePerson(QString::fromUtf8(c.storedLast), QString::fromUtf8(c.storedFirst),
                                         QDate(1985, 3, 15)));
        INFO(c.storedLast << " " << c.storedFirst << " vs " << c.typedLast << " " << c.typedFirst);
        const Person candidate =
            samplePerson(QString::fromUtf8(c.typedLast), QString::fromUtf8(c.typedFirst), QDate(1985, 3, 15));
        CHECK(duplicateIds(t, candidate) == QStringList{id});
        // The same names born another day are different people.
        const Person other =
            samplePerson(QString::fromUtf8(c.typedLast), QString::fromUtf8(c.typedFirst), QDate(1985, 3, 16));
        CHECK(duplicateIds(t, other).isEmpty());
    }
}

TEST_CASE("A birth name counts as a last name for duplicates", "[duplicates]") {
    TestDatabase t;
    Person married = samplePerson(QStringLiteral("Le Guen"), QStringLiteral("Gaëlle"));
    married.birthName = QStringLiteral("Prigent");
    const QString id = createPerson(t, married);

    // Typed under her birth name…
    CHECK(duplicateIds(t, samplePerson(QStringLiteral("Prigent"), QStringLiteral("Gaelle"))) ==
          QStringList{id});
    // …or with her married name given as the candidate's birth name.
    Person candidate = samplePerson(QStringLiteral("Quéré"), QStringLiteral("Gaëlle"));
    candidate.birthName = QStringLiteral("LE GUEN");
    CHECK(duplicateIds(t, candidate) == QStringList{id});
    // A different first name is not the same person.
    CHECK(duplicateIds(t, samplePerson(QStringLiteral("Prigent"), QStringLiteral("Gwenaëlle"))).isEmpty());
}

TEST_CASE("Different names born the same day are not duplicates", "[duplicates]") {
    TestDatabase t;
    createPerson(t, samplePerson(QStringLiteral("Durand"), QStringLiteral("Hélène")));
    CHECK(duplicateIds(t, samplePerson(QStringLiteral("Durant"), QStringLiteral("Hélène"))).isEmpty());
    CHECK(duplicateIds(t, samplePerson(QStringLiteral("Durand"), QStringLiteral("Hélèna"))).isEmpty());
}

TEST_CASE("A person is found once even when both CAF number and name match", "[duplicates]") {
    TestDatabase t;
    Person stored = samplePerson();
    stored.cafNumber = QStringLiteral("7654321");
    const QString id = createPerson(t, stored);
    CHECK(duplicateIds(t, stored) == QStringList{id});
}

TEST_CASE("A record does not count as its own duplicate when edited", "[duplicates]") {
    TestDatabase t;
    Person stored = samplePerson();
    stored.cafNumber = QStringLiteral("7654321");
    stored.id = createPerson(t, stored);
    CHECK(duplicateIds(t, stored).isEmpty());
}

TEST_CASE("Tombstoned records are not duplicates", "[duplicates]") {
    TestDatabase t;
    Person stored = samplePerson();
    stored.cafNumber = QStringLiteral("7654321");
    const QString id = createPerson(t, stored);
    REQUIRE(PersonStore(t.db()).remove(t.actor(), id));
    CHECK(duplicateIds(t, stored).isEmpty());
    REQUIRE(PersonStore(t.db()).restore(t.actor(), id));
    CHECK(duplicateIds(t, stored) == QStringList{id});
}

TEST_CASE("Archived records are still possible duplicates", "[duplicates]") {
    TestDatabase t;
    const QString id = createPerson(t, samplePerson());
    REQUIRE(PersonStore(t.db()).setArchived(t.actor(), id, true));
    const auto found = DuplicateFinder(t.db()).find(t.actor(), samplePerson());
    REQUIRE(found.isOk());
    REQUIRE(found->size() == 1);
    CHECK(found->constFirst().person.archived);
}

TEST_CASE("Records of another structure are not shown as duplicates", "[duplicates][permissions]") {
    TestDatabase t;
    const Actor other = adviserOfAnotherStructure(t.db());
    Person stored = samplePerson();
    stored.cafNumber = QStringLiteral("7654321");
    REQUIRE(PersonStore(t.db()).create(other, stored).isOk());

    CHECK(duplicateIds(t, stored).isEmpty());
    const auto seenByOther = DuplicateFinder(t.db()).find(other, stored);
    REQUIRE(seenByOther.isOk());
    CHECK(seenByOther->size() == 1);
}

TEST_CASE("The administrator may not look for duplicates", "[duplicates][permissions]") {
    TestDatabase t;
    Actor administrator = t.actor();
    administrator.role = Role::Administrator;
    const auto found = DuplicateFinder(t.db()).find(administrator, samplePerson());
    REQUIRE_FALSE(found.isOk());
    CHECK(found.error().contains(QStringLiteral("administrator")));
}

TEST_CASE("DuplicateFinder::sameName ignores case, accents, spaces, hyphens and apostrophes",
          "[duplicates]") {
    const QList<QPair<QString, QString>> same{
        {QStringLiteral("N'Diaye"), QStringLiteral("NDIAYE")},
        {QStringLiteral("N’Diaye"), QStringLiteral("ndiaye")},
        {QStringLiteral("Hélène"), QStringLiteral("helene")},
        {QStringLiteral("Le Goff"), QStringLiteral("Legoff")},
        {QStringLiteral("Jean-Pierre"), QStringLiteral("Jean Pierre")},
        {QStringLiteral("Cœurderoy"), QStringLiteral("coeurderoy")},
        {QStringLiteral("  Lévêque - Martin "), QStringLiteral("LEVEQUEMARTIN")},
    };
    for (const auto& [a, b] : same) {
        INFO(a.toStdString() << " / " << b.toStdString());
        CHECK(DuplicateFinder::sameName(a, b));
        CHECK(DuplicateFinder::sameName(b, a));
    }
    const QList<QPair<QString, QString>> different{
        {QStringLiteral("Durand"), QStringLiteral("Durant")},
        {QStringLiteral("Hélène"), QStringLiteral("Hélèna")},
        {QStringLiteral("Le Goff"), QStringLiteral("Goff")},
        {QString(), QString()},            // two empty names are not "the same name"
        {QStringLiteral("'-"), QString()}, // nor is punctuation
    };
    for (const auto& [a, b] : different) {
        INFO(a.toStdString() << " / " << b.toStdString());
        CHECK_FALSE(DuplicateFinder::sameName(a, b));
    }
}
