#pragma once

#include "common/Result.h"

#include <QString>

namespace jalon {

// What a look at a database file, before opening it for writing, found.
struct FileCheck {
    Status status = Status::ok(); // failed: the file must not be opened, and was not touched
    bool existed = false;
    int version = 0; // PRAGMA user_version
};

// Opens an existing file read-only and checks that it is a sound Jalon database this build
// can use: SQLite's quick_check passes, it belongs to Jalon, and its schema is not newer than
// latestVersion. A missing file is fine (it will be created).
FileCheck checkDatabaseFile(const QString& path, int latestVersion);

} // namespace jalon
