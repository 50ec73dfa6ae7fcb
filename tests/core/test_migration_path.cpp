// The schema can be upgraded from every earlier version to the latest, keeping the data.
#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include "db/Migrations.h"
#include "persons/PersonRegister.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace jalon;

TEST_CASE("A database of every earlier schema version upgrades to the latest with its people",
          "[db][migrations]") {
    REQUIRE(Migrations::latestVersion() >= 3);
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(Migrations::apply(db, 0, version));
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = 1245793358")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO structures (id, name, hlc, device_id) VALUES "
                                          "('s1', 'Structure', 1, 'd')")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', 'd')")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO persons (id, last_name, first_name, birth_name, "
                                          "birth_date, structure_id, created_at, "
                                          "last_key, first_key, hlc, device_id) VALUES ('p1', 'Lozac''h', "
                                          "'Hélène', 'Quéré', '1985-03-15', "
                                          "'s1', '2024-01-01T00:00:00Z', 'lozac h', 'helene', 1, 'd')")));
            if (version >= 2) { // from version 2 on, the application writes the folded search text
                REQUIRE(
                    q.exec(QStringLiteral("UPDATE persons SET search_text = 'lozac h helene quere 15 03 1985 "
                                          "lozach'")));
            }
            if (version >= 4) { // from version 4 on, also the birth date as one word
                REQUIRE(
                    q.exec(QStringLiteral("UPDATE persons SET search_text = search_text || ' 15031985'")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto opened = Database::open(path);
        REQUIRE(opened);
        CHECK(opened.value()->schemaVersion() == Migrations::latestVersion());
        CHECK(QFileInfo::exists(opened.value()->migrationBackupPath()));
        Actor actor;
        actor.structureId = QStringLiteral("s1");
        RegisterFilter filter;
        filter.searchText = QStringLiteral("hele");
        const auto found = PersonRegister(*opened.value(), actor).page(filter, nullptr, 10);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->first().lastName == QStringLiteral("Lozac'h"));
        filter.searchText = QStringLiteral("quere"); // the birth name, searchable after the upgrade
        CHECK(PersonRegister(*opened.value(), actor).page(filter, nullptr, 10)->size() == 1);
        filter.searchText = QStringLiteral("15/03/1985"); // the whole-date word added by version 4
        CHECK(PersonRegister(*opened.value(), actor).page(filter, nullptr, 10)->size() == 1);
    }
}
