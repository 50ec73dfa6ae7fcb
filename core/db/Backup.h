#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace jalon {

// Copies a live database into a new file with SQLite's online backup API: a consistent
// snapshot even while the database is in use. The target is written under a temporary
// name and renamed only once complete.
Status backupDatabase(const QSqlDatabase& source, const QString& targetPath);

} // namespace jalon
