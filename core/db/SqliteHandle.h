#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace jalon {

// The sqlite3* behind a QSQLITE connection, for the few calls Qt does not wrap
// (online backup, multi-statement scripts). Null if the connection is not SQLite or not open.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Runs a script of several SQL statements (a migration); returns an empty string or SQLite's message.
QString execScript(const QSqlDatabase& db, const QString& sql);

} // namespace jalon
