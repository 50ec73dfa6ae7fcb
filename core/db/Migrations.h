#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jalon {

// The schema's history: numbered SQL scripts embedded as resources (:/jalon/sql/NNNN_name.sql).
// A database's PRAGMA user_version says how many have been applied.
class Migrations {
public:
    // The schema version this build of Jalon writes.
    static int latestVersion();

    // Applies the scripts after `from` up to `to` (default: latest) in one transaction,
    // so a failure leaves the database exactly as it was.
    static Status apply(const QSqlDatabase& db, int from, int to = -1);

private:
    static QStringList scripts();
};

} // namespace jalon
