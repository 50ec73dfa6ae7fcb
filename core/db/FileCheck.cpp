#include "db/FileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace jalon {

namespace {

constexpr int kJalonApplicationId = 1245793358; // "JALN"

QString damaged(const QString& path, const QString& detail) {
    return QCoreApplication::translate(
               "Database",
               "The database file %1 is damaged (%2). Jalon has not changed it. Close Jalon, keep a copy of "
               "this file, and restore your latest backup (the \"backups\" folder beside it), or ask your "
               "administrator for help.")
        .arg(QDir::toNativeSeparators(path), detail);
}

// Runs a one-value query; returns false on failure (sqlite3_errcode tells why).
bool queryValue(sqlite3* db, const char* sql, QString* value) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            *value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_OK || rc == SQLITE_DONE;
}

// Why a file cannot be used, from SQLite's error: damage, a busy database, or rights.
QString unusable(const QString& path, sqlite3* db) {
    const int code = db ? sqlite3_errcode(db) & 0xFF : SQLITE_CANTOPEN;
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        return damaged(path, detail);
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        return QCoreApplication::translate("Database",
                                           "The database %1 is busy: another program is writing to it "
                                           "(%2). Try again in a moment.")
            .arg(QDir::toNativeSeparators(path), detail);
    }
    return QCoreApplication::translate("Database",
                                       "Cannot open the database %1 (%2). Check that the file and its "
                                       "folder exist and that you may read and write them.")
        .arg(QDir::toNativeSeparators(path), detail);
}

} // namespace

FileCheck checkDatabaseFile(const QString& path, int latestVersion, Thoroughness thoroughness) {
    FileCheck result;
    const QFileInfo info(path);
    if (!info.exists()) {
        return result;
    }
    result.existed = true;
    if (!info.isFile() || !info.isReadable()) {
        result.status =
            Status::fail(QCoreApplication::translate("Database", "Cannot read the database %1: it is not a "
                                                                 "readable file. Check the path and your "
                                                                 "rights on it.")
                             .arg(QDir::toNativeSeparators(path)));
        return result;
    }
    if (info.size() == 0) {
        return result; // an empty file is a new database
    }

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        result.status = Status::fail(unusable(path, db));
        sqlite3_close(db);
        return result;
    }
    sqlite3_busy_timeout(db, 5000); // another Jalon may be writing: wait for it, it is not damage
    // The full check reads the whole file: always on small files, on large ones when asked
    // (before a migration, after an unclean shutdown, or later in the background).
    const bool full = thoroughness == Thoroughness::Full || info.size() < kQuickCheckAlwaysBelow ||
                      QFileInfo::exists(path + QStringLiteral("-wal"));
    QString value;
    if (!queryValue(db, full ? "PRAGMA quick_check" : "SELECT count(*) FROM sqlite_schema", &value)) {
        result.status = Status::fail(unusable(path, db));
    } else if (full && value != QLatin1String("ok")) {
        result.status = Status::fail(damaged(path, value));
    } else if (queryValue(db, "PRAGMA user_version", &value)) {
        result.version = value.toInt();
        result.fullyChecked = full;
        QString applicationId;
        QString tableCount;
        queryValue(db, "PRAGMA application_id", &applicationId);
        queryValue(db, "SELECT count(*) FROM sqlite_schema", &tableCount);
        if (applicationId.toInt() != kJalonApplicationId && tableCount.toInt() > 0) {
            result.status =
                Status::fail(QCoreApplication::translate(
                                 "Database", "The file %1 is an SQLite database of another program, not a "
                                             "Jalon database. Jalon has not changed it. Choose a Jalon file.")
                                 .arg(QDir::toNativeSeparators(path)));
        } else if (result.version > latestVersion) {
            result.status = Status::fail(
                QCoreApplication::translate(
                    "Database", "The database %1 was written by a newer version of Jalon (structure "
                                "version %2; this version knows up to %3). Jalon has not changed it. "
                                "Install the latest Jalon to open it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(result.version)
                    .arg(latestVersion));
        }
    } else {
        result.status = Status::fail(unusable(path, db));
    }
    sqlite3_close(db);
    return result;
}

QString integrityProblem(const QString& path) {
    return checkDatabaseFile(path, 1 << 30, Thoroughness::Full).status.error();
}

} // namespace jalon
