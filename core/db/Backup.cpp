#include "db/Backup.h"

#include "db/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace jalon {

Status backupDatabase(const QSqlDatabase& source, const QString& targetPath) {
    sqlite3* from = sqliteHandle(source);
    if (!from) {
        return Status::fail(QCoreApplication::translate("Backup", "The database is not open."));
    }
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    const QString partial = targetPath + QStringLiteral(".partial");
    QFile::remove(partial);

    sqlite3* to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &to,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(20);
                }
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(to);
    }
    const QString reason = QString::fromUtf8(to ? sqlite3_errmsg(to) : sqlite3_errstr(rc));
    sqlite3_close(to);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Status::fail(QCoreApplication::translate("Backup", "Could not back up the database to %1: %2.")
                                .arg(QDir::toNativeSeparators(targetPath), reason));
    }
    QFile::remove(targetPath);
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return Status::fail(QCoreApplication::translate("Backup", "Could not write the backup file %1.")
                                .arg(QDir::toNativeSeparators(targetPath)));
    }
    return Status::ok();
}

} // namespace jalon
