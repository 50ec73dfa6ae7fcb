#include "db/FileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace jalon {

namespace {

constexpr int kJalonApplicationId = 1245793358; // "JALN"

QString tr(const char* text) {
    return QCoreApplication::translate("Database", text);
}

QString damaged(const QString& path, const QString& detail) {
    return tr("The database file %1 is damaged (%2). Jalon has not changed it. Close Jalon, keep a copy of "
              "this file, and restore your latest backup (the \"backups\" folder beside it), or ask your "
              "administrator for help.")
        .arg(QDir::toNativeSeparators(path), detail);
}

// Runs a one-value query; returns false with SQLite's message on failure.
bool queryValue(sqlite3* db, const char* sql, QString* value, QString* error) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            *value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_OK || rc == SQLITE_DONE;
}

} // namespace

FileCheck checkDatabaseFile(const QString& path, int latestVersion) {
    FileCheck result;
    const QFileInfo info(path);
    if (!info.exists()) {
        return result;
    }
    result.existed = true;
    if (!info.isFile() || !info.isReadable()) {
        result.status = Status::fail(tr("Cannot read the database %1: it is not a readable file.")
                                         .arg(QDir::toNativeSeparators(path)));
        return result;
    }
    if (info.size() == 0) {
        return result; // an empty file is a new database
    }

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        result.status = Status::fail(damaged(path, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_close(db);
        return result;
    }
    QString value;
    QString error;
    if (!queryValue(db, "PRAGMA quick_check", &value, &error) || value != QLatin1String("ok")) {
        result.status = Status::fail(damaged(path, error.isEmpty() ? value : error));
    } else if (queryValue(db, "PRAGMA user_version", &value, &error)) {
        result.version = value.toInt();
        QString applicationId;
        QString tableCount;
        queryValue(db, "PRAGMA application_id", &applicationId, &error);
        queryValue(db, "SELECT count(*) FROM sqlite_schema", &tableCount, &error);
        if (applicationId.toInt() != kJalonApplicationId && tableCount.toInt() > 0) {
            result.status =
                Status::fail(tr("The file %1 is an SQLite database of another program, not a Jalon "
                                "database. Jalon has not changed it. Choose a Jalon file.")
                                 .arg(QDir::toNativeSeparators(path)));
        } else if (result.version > latestVersion) {
            result.status = Status::fail(
                tr("The database %1 was written by a newer version of Jalon (structure version %2; this "
                   "version "
                   "knows up to %3). Jalon has not changed it. Install the latest Jalon to open it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(result.version)
                    .arg(latestVersion));
        }
    } else {
        result.status = Status::fail(damaged(path, error));
    }
    sqlite3_close(db);
    return result;
}

} // namespace jalon
