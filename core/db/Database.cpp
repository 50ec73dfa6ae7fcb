#include "db/Database.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Backup.h"
#include "db/FileCheck.h"
#include "db/Migrations.h"
#include "db/SqliteHandle.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace jalon {

namespace {

QString newConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("jalon-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("jalon.sqlite"));
}

QString Database::resolvePath(const QString& commandLinePath) {
    if (!commandLinePath.isEmpty()) {
        return commandLinePath;
    }
    const QString fromEnvironment = qEnvironmentVariable("JALON_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Thoroughness thoroughness) {
    FileCheck check = checkDatabaseFile(path, Migrations::latestVersion(), thoroughness);
    if (check.status && check.existed && !check.fullyChecked && check.version < Migrations::latestVersion()) {
        check = checkDatabaseFile(path, Migrations::latestVersion(), Thoroughness::Full); // before migrating
    }
    if (!check.status) {
        return check.status;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Result<std::unique_ptr<Database>>::fail(
            QCoreApplication::translate(
                "Database",
                "Cannot create the folder for the database %1. Check the path and your rights on it.")
                .arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Result<std::unique_ptr<Database>>::fail(
            QCoreApplication::translate("Database", "Cannot open the database %1: %2.")
                .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    if (Status configured = database->configureConnection(); !configured) {
        return configured;
    }

    const int latest = Migrations::latestVersion();
    if (check.existed && check.version < latest && check.version > 0) {
        const QString stamp =
            Clock::instance().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QFileInfo info(path);
        const QString backup = info.absoluteDir().filePath(QStringLiteral("backups/%1-v%2-%3.sqlite")
                                                               .arg(info.completeBaseName())
                                                               .arg(check.version)
                                                               .arg(stamp));
        if (Status saved = backupDatabase(db, backup); !saved) {
            return Result<std::unique_ptr<Database>>::fail(
                QCoreApplication::translate(
                    "Database",
                    "The database needs an update, but its backup failed, so it was not changed. %1")
                    .arg(saved.error()));
        }
        database->m_backupPath = backup;
    }
    if (Status migrated = Migrations::apply(db, check.version, latest); !migrated) {
        return migrated;
    }
    database->m_schemaVersion = latest;
    database->m_fullyChecked = !check.existed || check.fullyChecked;
    if (Status loaded = database->loadDeviceAndClock(); !loaded) {
        return loaded;
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const {
    std::unique_ptr<Database> other(new Database);
    other->m_path = m_path;
    other->m_connectionName = newConnectionName();
    other->m_schemaVersion = m_schemaVersion;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other->m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Result<std::unique_ptr<Database>>::fail(
            QCoreApplication::translate("Database", "Cannot open the database %1: %2.")
                .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    if (Status configured = other->configureConnection(); !configured) {
        return configured;
    }
    if (Status loaded = other->loadDeviceAndClock(); !loaded) {
        return loaded;
    }
    return other;
}

QSqlDatabase Database::sql() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configureConnection() {
    // FULL: a commit survives a power cut too, not only a killed process.
    // Connection settings only: opening a file never writes to it (the application id is set
    // by the migrations), so reading is not blocked by another process writing.
    const char* pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
    const QString error = execScript(sql(), QString::fromLatin1(pragmas));
    if (!error.isEmpty()) {
        return Status::fail(QCoreApplication::translate("Database", "Cannot prepare the database %1: %2.")
                                .arg(QDir::toNativeSeparators(m_path), error));
    }
    return Status::ok();
}

Status Database::loadDeviceAndClock() {
    QSqlQuery query(sql());
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (query.next()) {
        m_deviceId = query.value(0).toString();
    } else {
        m_deviceId = newId();
        QSqlQuery insert(sql());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)"));
        insert.addBindValue(m_deviceId);
        if (!insert.exec()) {
            return Status::fail(
                QCoreApplication::translate("Database", "Cannot write to the database %1: %2.")
                    .arg(QDir::toNativeSeparators(m_path), insert.lastError().text()));
        }
    }
    query.exec(QStringLiteral("SELECT coalesce(max(hlc), 0) FROM change_log"));
    m_clock = HybridLogicalClock(query.next() ? query.value(0).toLongLong() : 0);
    return Status::ok();
}

qint64 Database::nextStamp() {
    return m_clock.tick(Clock::instance().nowUtc().toMSecsSinceEpoch());
}

} // namespace jalon
