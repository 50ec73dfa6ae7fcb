#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <map>

namespace jalon {

class Database;

// The only way user data is written: each insert, update or tombstone sets the row's
// hlc / device_id stamp and appends the written fields to change_log, so that sync can
// replay and merge them field by field. The caller holds the Transaction.
// Table and field names come from code, never from user input.
class ChangeWriter {
public:
    ChangeWriter(Database& database, QString actorId);

    Status insert(const QString& table, const QString& id, const QVariantMap& fields);
    Status update(const QString& table, const QString& id, const QVariantMap& changedFields);
    Status tombstone(const QString& table, const QString& id);
    Status restore(const QString& table, const QString& id);

private:
    Status log(const QString& table, const QString& id, const QString& op, const QVariantMap& fields,
               qint64 stamp);
    QSqlQuery& prepared(const QString& sql);

    Database& m_database;
    QString m_actorId;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace jalon
