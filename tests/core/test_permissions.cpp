// Roles and visibility, checked in core whatever the caller (core/security/Permissions).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "demo/DemoGenerator.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"
#include "security/Permissions.h"

#include <QSqlQuery>

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::TestDatabase;

static Actor withRole(const Actor& actor, Role role) {
    Actor changed = actor;
    changed.role = role;
    return changed;
}

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

static int personRows(Database& db) {
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM persons")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

TEST_CASE("isAllowed follows the role matrix", "[permissions]") {
    const struct {
        Role role;
        bool view, create, edit, archive, demo, diagnose;
    } matrix[] = {
        {Role::Adviser, true, true, true, true, true, true},
        {Role::OrientationOfficer, true, true, true, false, false, true},
        {Role::StructureManager, true, true, true, true, true, true},
        {Role::Administrator, false, false, false, false, true, false},
    };
    for (const auto& row : matrix) {
        const Actor actor{QStringLiteral("u"), row.role, QStringLiteral("s"), QStringLiteral("Someone")};
        INFO("role " << roleCode(row.role).toStdString());
        CHECK(isAllowed(actor, Permission::ViewPersons) == row.view);
        CHECK(isAllowed(actor, Permission::CreatePerson) == row.create);
        CHECK(isAllowed(actor, Permission::EditPerson) == row.edit);
        CHECK(isAllowed(actor, Permission::ArchivePerson) == row.archive);
        CHECK(isAllowed(actor, Permission::GenerateDemo) == row.demo);
        CHECK(isAllowed(actor, Permission::ViewDiagnostics) == row.diagnose);
        CHECK(isAllowed(actor, Permission::ConductDiagnostic) == row.diagnose);
        CHECK(require(actor, Permission::ViewPersons).isOk() == row.view);
    }
}

TEST_CASE("A refusal names the role and the operation", "[permissions]") {
    const Actor administrator{QStringLiteral("u"), Role::Administrator, QStringLiteral("s"),
                              QStringLiteral("A")};
    const Status refused = require(administrator, Permission::CreatePerson);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("administrator")));
    CHECK(refused.error().contains(QStringLiteral("add a person")));
    const Actor officer{QStringLiteral("u"), Role::OrientationOfficer, QStringLiteral("s"),
                        QStringLiteral("O")};
    CHECK(
        require(officer, Permission::ArchivePerson).error().contains(QStringLiteral("orientation officer")));
}

TEST_CASE("Only the owning structure's people are visible", "[permissions]") {
    const Actor adviser{QStringLiteral("u"), Role::Adviser, QStringLiteral("s1"), QStringLiteral("A")};
    CHECK(canSeeStructure(adviser, QStringLiteral("s1")));
    CHECK_FALSE(canSeeStructure(adviser, QStringLiteral("s2")));
    CHECK_FALSE(canSeeStructure(adviser, QString()));
    CHECK_FALSE(canSeeStructure(withRole(adviser, Role::Administrator), QStringLiteral("s1")));
}

TEST_CASE("The administrator cannot create, read, edit or list people", "[permissions]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const Actor administrator = withRole(t.actor(), Role::Administrator);

    const auto created = store.create(administrator, samplePerson(QStringLiteral("Martin")));
    REQUIRE_FALSE(created.isOk());
    CHECK(created.error().contains(QStringLiteral("administrator")));
    CHECK(personRows(t.db()) == 1);

    const auto read = store.get(administrator, id.value());
    REQUIRE_FALSE(read.isOk());
    CHECK(read.error().contains(QStringLiteral("administrator")));

    Person edited = store.get(t.actor(), id.value()).value();
    edited.firstName = QStringLiteral("Changed");
    const Status updated = store.update(administrator, edited);
    REQUIRE_FALSE(updated.isOk());
    CHECK(updated.error().contains(QStringLiteral("administrator")));
    CHECK(store.get(t.actor(), id.value())->firstName == QStringLiteral("Hélène"));

    PersonRegister reg(t.db(), administrator);
    const auto page = reg.page(RegisterFilter(), nullptr, 10);
    REQUIRE_FALSE(page.isOk());
    CHECK(page.error().contains(QStringLiteral("administrator")));
    CHECK_FALSE(reg.count(RegisterFilter()).isOk());
    CHECK_FALSE(reg.row(id.value()).isOk());

    CHECK_FALSE(store.setArchived(administrator, id.value(), true));
    CHECK_FALSE(store.remove(administrator, id.value()));
    CHECK_FALSE(store.get(t.actor(), id.value())->archived);
}

TEST_CASE("An orientation officer may not archive people", "[permissions]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const Actor officer = withRole(t.actor(), Role::OrientationOfficer);

    const Status archived = store.setArchived(officer, id.value(), true);
    REQUIRE_FALSE(archived.isOk());
    CHECK(archived.error().contains(QStringLiteral("orientation officer")));
    CHECK_FALSE(store.get(t.actor(), id.value())->archived);
    // Reading is allowed.
    CHECK(store.get(officer, id.value()).isOk());
    // A structure manager may archive.
    CHECK(store.setArchived(withRole(t.actor(), Role::StructureManager), id.value(), true));
    CHECK(store.get(t.actor(), id.value())->archived);
}

TEST_CASE("An adviser of another structure can neither see nor change a person", "[permissions]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const Actor stranger = adviserOfAnotherStructure(t.db());

    const auto read = store.get(stranger, id.value());
    REQUIRE_FALSE(read.isOk());
    CHECK(read.error().contains(QStringLiteral("not visible")));

    Person edited = store.get(t.actor(), id.value()).value();
    edited.lastName = QStringLiteral("Changed");
    CHECK_FALSE(store.update(stranger, edited));
    CHECK_FALSE(store.setArchived(stranger, id.value(), true));
    CHECK_FALSE(store.remove(stranger, id.value()));
    const Person stored = store.get(t.actor(), id.value()).value();
    CHECK(stored.lastName == QStringLiteral("Durand"));
    CHECK_FALSE(stored.archived);

    PersonRegister reg(t.db(), stranger);
    RegisterFilter everyone;
    everyone.status = RegisterFilter::Status::All;
    CHECK(reg.page(everyone, nullptr, 10)->isEmpty());
    CHECK(reg.count(everyone).value() == 0);
    CHECK_FALSE(reg.row(id.value())->has_value());
    everyone.searchText = QStringLiteral("durand");
    CHECK(reg.page(everyone, nullptr, 10)->isEmpty());

    // Each structure sees its own people only.
    REQUIRE(store.create(stranger, samplePerson(QStringLiteral("Martin"))).isOk());
    everyone.searchText.clear();
    const auto own = reg.page(everyone, nullptr, 10);
    REQUIRE(own->size() == 1);
    CHECK(own->constFirst().lastName == QStringLiteral("Martin"));
    CHECK(PersonRegister(t.db(), t.actor()).count(everyone).value() == 1);
}

TEST_CASE("Nobody can add a person to another structure", "[permissions]") {
    TestDatabase t;
    const Actor stranger = adviserOfAnotherStructure(t.db());
    Person person = samplePerson();
    person.structureId = stranger.structureId;
    const auto created = PersonStore(t.db()).create(t.actor(), person);
    REQUIRE_FALSE(created.isOk());
    CHECK(personRows(t.db()) == 0);
}

TEST_CASE("An update cannot move a person to another structure", "[permissions]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id.isOk());
    const Actor stranger = adviserOfAnotherStructure(t.db());
    Person moved = store.get(t.actor(), id.value()).value();
    moved.structureId = stranger.structureId;
    moved.firstName = QStringLiteral("Marie");
    REQUIRE(store.update(t.actor(), moved));
    const Person stored = store.get(t.actor(), id.value()).value();
    CHECK(stored.structureId == t.actor().structureId);
    CHECK(stored.firstName == QStringLiteral("Marie"));
}

TEST_CASE("Demo data needs a role allowed to generate it", "[permissions][demo]") {
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 5;
    const auto refused =
        DemoGenerator::generate(t.db(), withRole(t.actor(), Role::OrientationOfficer), options);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("orientation officer")));
    CHECK(personRows(t.db()) == 0);
}
