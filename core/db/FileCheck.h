#pragma once

#include "common/Result.h"

#include <QString>

namespace jalon {

// What a look at a database file, before opening it for writing, found.
struct FileCheck {
    Status status = Status::ok(); // failed: the file must not be opened, and was not touched
    bool existed = false;
    int version = 0;           // PRAGMA user_version
    bool fullyChecked = false; // quick_check ran (else only the header and schema were read)
};

enum class Thoroughness {
    Full,     // SQLite's quick_check over the whole file
    Deferred, // on large files, only the header and schema now; quick_check is the caller's to run
};

// Files below this size are always fully checked: quick_check reads about 1 MB a millisecond.
constexpr qint64 kQuickCheckAlwaysBelow = 32 * 1024 * 1024;

// Opens an existing file read-only and checks that it is a sound Jalon database this build
// can use: SQLite's quick_check passes, it belongs to Jalon, and its schema is not newer than
// latestVersion. A missing file is fine (it will be created).
// On large files, Deferred skips quick_check unless a -wal file shows an unclean shutdown.
FileCheck checkDatabaseFile(const QString& path, int latestVersion,
                            Thoroughness thoroughness = Thoroughness::Full);

// Runs the full check now (on a worker thread: it reads the whole file); empty when sound.
QString integrityProblem(const QString& path);

} // namespace jalon
