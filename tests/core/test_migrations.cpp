// Opening, migrating and refusing database files (core/db/Database, FileCheck, Migrations).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace jalon;
using jalon::test::TestDatabase;

static constexpr int kJalonApplicationId = 1245793358;

// Runs fn with a plain QSQLITE connection to path (no Jalon checks), closed and removed afterwards.
template <typename Fn> static void withRawConnection(const QString& path, Fn fn) {
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

static QVariant scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

static void exec(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

static QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

static void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Version1File {
    QString structureId = newId();
    QString personId = newId();
};

// A database file as Jalon 0.x schema version 1 wrote it, with one structure and one person.
// extraSql runs before the file is closed (to make a later migration fail).
static Version1File makeVersion1File(const QString& path, const QString& extraSql = {}) {
    Version1File file;
    withRawConnection(path, [&](const QSqlDatabase& db) {
        REQUIRE(Migrations::apply(db, 0, 1));
        exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kJalonApplicationId));
        exec(db, QStringLiteral(
                     "INSERT INTO structures (id, name, hlc, device_id) VALUES ('%1', 'Old', 1, 'old')")
                     .arg(file.structureId));
        exec(db, QStringLiteral(
                     "INSERT INTO persons (id, last_name, first_name, birth_date, commune_name, "
                     "structure_id, created_at, last_key, first_key, commune_key, hlc, device_id) "
                     "VALUES ('%1', 'Lévêque-Martin', 'Hélène', '1985-03-15', 'Saint-Brieuc', '%2', "
                     "'2024-01-02T03:04:05.000Z', 'leveque martin', 'helene', 'saint brieuc', 1, 'old')")
                     .arg(file.personId, file.structureId));
        if (!extraSql.isEmpty()) {
            exec(db, extraSql);
        }
        REQUIRE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    });
    return file;
}

static bool tableExists(const QSqlDatabase& db, const QString& name) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

TEST_CASE("A new database gets the latest schema, WAL journal and foreign keys", "[db][migrations]") {
    TestDatabase t;
    const QSqlDatabase db = t.db().sql();
    REQUIRE(Migrations::latestVersion() >= 2);
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == kJalonApplicationId);
    CHECK(t.db().migrationBackupPath().isEmpty());
    CHECK(isId(t.db().deviceId()));

    // Foreign keys are enforced, not just declared: a person of an unknown structure is refused.
    QSqlQuery insert(db);
    CHECK_FALSE(insert.exec(QStringLiteral(
        "INSERT INTO persons (id, last_name, first_name, birth_date, structure_id, created_at, last_key, "
        "first_key, hlc, device_id) VALUES ('x', 'A', 'B', '1990-01-01', 'no-such-structure', '', 'a', 'b', "
        "1, 'd')")));
}

TEST_CASE("Reopening a current database keeps its device id and makes no backup", "[db][migrations]") {
    TestDatabase t;
    const QString device = t.db().deviceId();
    const Actor actor = t.actor();
    t.reopen();
    CHECK(t.db().deviceId() == device);
    CHECK(t.actor().userId == actor.userId); // the local account is created once
    CHECK(t.actor().structureId == actor.structureId);
    CHECK(t.db().migrationBackupPath().isEmpty());
    CHECK_FALSE(QDir(t.folder()).exists(QStringLiteral("backups")));
}

TEST_CASE("A version 1 database is backed up, then migrated to the latest version", "[db][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const Version1File old = makeVersion1File(path);

    auto opened = Database::open(path);
    REQUIRE(opened.isOk());
    Database& database = *opened.value();
    CHECK(database.schemaVersion() == Migrations::latestVersion());
    CHECK(scalar(database.sql(), QStringLiteral("PRAGMA user_version")).toInt() ==
          Migrations::latestVersion());
    CHECK(scalar(database.sql(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));

    // Migration 2 filled search_text and rebuilt the full-text index for existing rows.
    const Actor actor{newId(), Role::Adviser, old.structureId, QStringLiteral("Adviser")};
    PersonRegister reg(database, actor);
    for (const char* text : {"hele", "LEVEQUE", "martin", "15/03/1985", "saint bri"}) {
        RegisterFilter filter;
        filter.searchText = QString::fromUtf8(text);
        const auto rows = reg.page(filter, nullptr, 10);
        INFO("search: " << text);
        REQUIRE(rows.isOk());
        REQUIRE(rows->size() == 1);
        CHECK(rows->constFirst().id == old.personId);
    }
    const auto person = PersonStore(database).get(actor, old.personId);
    REQUIRE(person.isOk());
    CHECK(person->lastName == QStringLiteral("Lévêque-Martin"));

    // The backup is the untouched version 1 database.
    const QString backup = database.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    CHECK(QFileInfo(backup).absolutePath() == QDir(dir.path()).filePath(QStringLiteral("backups")));
    withRawConnection(backup, [&](const QSqlDatabase& db) {
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM persons")).toInt() == 1);
        CHECK_FALSE(tableExists(db, QStringLiteral("person_search")));
    });
}

TEST_CASE("A database from a newer Jalon is refused and left byte for byte unchanged", "[db][migrations]") {
    TestDatabase t;
    REQUIRE(PersonStore(t.db()).create(t.actor(), jalon::test::samplePerson()).isOk());
    const QString path = t.path();
    t.close();
    withRawConnection(path, [](const QSqlDatabase& db) {
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    });
    const QByteArray before = fileBytes(path);

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().contains(QStringLiteral("newer version")));
    CHECK(opened.error().contains(QString::number(Migrations::latestVersion() + 1)));
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QDir(t.folder()).exists(QStringLiteral("backups")));
}

// A valid Jalon database with a few people, closed, so that its bytes can be damaged.
static QString writeValidDatabase(TestDatabase& t) {
    PersonStore store(t.db());
    for (int i = 0; i < 20; ++i) {
        REQUIRE(
            store
                .create(t.actor(), jalon::test::samplePerson(QStringLiteral("Durand"), QStringLiteral("Anne"),
                                                             QDate(1980, 1, 1).addDays(i)))
                .isOk());
    }
    t.close();
    REQUIRE_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    return t.path();
}

static void requireRefusedAsDamaged(const QString& path) {
    const QByteArray before = fileBytes(path);
    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.isOk());
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A database with a page overwritten by garbage is refused as damaged, unchanged",
          "[db][migrations]") {
    TestDatabase t;
    const QString path = writeValidDatabase(t);
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    REQUIRE(bytes.size() >= 4 * pageSize);
    for (int i = pageSize; i < 2 * pageSize; ++i) { // page 2: the root of the first table created
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0x3F));
    }
    writeBytes(path, bytes);
    requireRefusedAsDamaged(path);
}

TEST_CASE("A truncated database is refused as damaged, unchanged", "[db][migrations]") {
    TestDatabase t;
    const QString path = writeValidDatabase(t);
    const QByteArray bytes = fileBytes(path);
    writeBytes(path, bytes.left(bytes.size() / 2));
    requireRefusedAsDamaged(path);
}

TEST_CASE("A file of random bytes is refused, unchanged", "[db][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.sqlite"));
    QByteArray bytes(16384, '\0');
    QRandomGenerator random(42);
    for (char& byte : bytes) {
        byte = static_cast<char>(random.bounded(256));
    }
    writeBytes(path, bytes);
    requireRefusedAsDamaged(path);
}

TEST_CASE("An SQLite database of another program is refused, unchanged", "[db][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    withRawConnection(path, [](const QSqlDatabase& db) {
        exec(db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        exec(db, QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')"));
    });
    const QByteArray before = fileBytes(path);

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().contains(QStringLiteral("another program")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("An empty file is treated as a new database", "[db][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(path, QByteArray());
    const auto opened = Database::open(path);
    REQUIRE(opened.isOk());
    CHECK(opened.value()->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("A failing migration leaves the version 1 database as it was", "[db][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // A table that migration 2 also creates makes it fail half-way.
    const Version1File old = makeVersion1File(path, QStringLiteral("CREATE TABLE drafts (x TEXT)"));

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().contains(QStringLiteral("unchanged")));

    withRawConnection(path, [&](const QSqlDatabase& db) {
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK_FALSE(tableExists(db, QStringLiteral("person_search")));
        CHECK(tableExists(db, QStringLiteral("drafts")));
        // The pre-existing table and the person are intact; the ALTER TABLE of migration 2 was rolled back.
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('drafts')")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('persons') "
                                        "WHERE name = 'search_text'"))
                  .toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT last_name FROM persons WHERE id = '%1'").arg(old.personId))
                  .toString() == QStringLiteral("Lévêque-Martin"));
    });
}

TEST_CASE("Migrations::apply applies only the requested range", "[db][migrations]") {
    QTemporaryDir dir;
    withRawConnection(dir.filePath(QStringLiteral("steps.sqlite")), [](const QSqlDatabase& db) {
        REQUIRE(Migrations::apply(db, 0, 1));
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(tableExists(db, QStringLiteral("persons")));
        CHECK_FALSE(tableExists(db, QStringLiteral("drafts")));
        REQUIRE(Migrations::apply(db, 1));
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
        CHECK(tableExists(db, QStringLiteral("drafts")));
        // Nothing to do: from == to is fine and changes nothing.
        CHECK(Migrations::apply(db, Migrations::latestVersion()));
    });
}

TEST_CASE("Another connection to the same file shares its data and device", "[db]") {
    TestDatabase t;
    const auto id = PersonStore(t.db()).create(t.actor(), jalon::test::samplePerson());
    REQUIRE(id.isOk());
    auto other = t.db().openAnotherConnection();
    REQUIRE(other.isOk());
    Database& second = *other.value();
    CHECK(second.deviceId() == t.db().deviceId());
    CHECK(second.schemaVersion() == t.db().schemaVersion());
    CHECK(scalar(second.sql(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(PersonStore(second).get(t.actor(), id.value()).isOk());
    // Its clock continues from the log, so its stamps follow the first connection's.
    const qint64 stamp = scalar(t.db().sql(), QStringLiteral("SELECT max(hlc) FROM change_log")).toLongLong();
    CHECK(second.nextStamp() > stamp);
}
