#pragma once

#include "common/Result.h"
#include "db/FileCheck.h"
#include "db/HybridLogicalClock.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace jalon {

// One open connection to a Jalon SQLite file, owned by one thread.
//
// open() checks the file before touching it (a damaged file or one from a newer Jalon is
// refused and left untouched), backs it up with the online backup API before migrating it,
// applies the migrations in one transaction, and sets WAL, foreign keys and a busy timeout.
// It also owns this device's identity and hybrid logical clock, used to stamp every write.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates the database at path. Deferred leaves SQLite's
    // full check of a large, cleanly closed file to the caller (see integrityChecked()).
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  Thoroughness thoroughness = Thoroughness::Full);
    // Another connection to the same, already migrated file, for a worker thread.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase sql() const;
    const QString& path() const { return m_path; }
    const QString& deviceId() const { return m_deviceId; }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup written before this open migrated the file, or empty.
    const QString& migrationBackupPath() const { return m_backupPath; }
    // False when open() deferred the full check: run integrityProblem(path()) on a worker.
    bool integrityChecked() const { return m_fullyChecked; }

    // A fresh stamp for a local write.
    qint64 nextStamp();

    // The default file: jalon.sqlite in the platform's application-data folder.
    static QString defaultPath();
    // --db FILE if given, else $JALON_DB, else defaultPath().
    static QString resolvePath(const QString& commandLinePath);

private:
    Database() = default;
    Status configureConnection();
    Status loadDeviceAndClock();

    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    QString m_backupPath;
    int m_schemaVersion = 0;
    bool m_fullyChecked = true;
    HybridLogicalClock m_clock;
};

} // namespace jalon
