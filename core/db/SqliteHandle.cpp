#include "db/SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace jalon {

sqlite3* sqliteHandle(const QSqlDatabase& db) {
    if (!db.isOpen()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString execScript(const QSqlDatabase& db, const QString& sql) {
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        return QStringLiteral("no SQLite connection");
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) {
        return {};
    }
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return text;
}

} // namespace jalon
