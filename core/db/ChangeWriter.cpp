#include "db/ChangeWriter.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

namespace jalon {

namespace {

bool isIdentifier(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// A null QString would be stored as SQL NULL; text columns hold '' for "nothing".
QVariant bindable(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QStringLiteral("");
    }
    return value;
}

Status writeFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("Database", "Could not save to the database (%1).")
                            .arg(query.lastError().text()));
}

} // namespace

ChangeWriter::ChangeWriter(Database& database, QString actorId)
    : m_database(database)
    , m_actorId(std::move(actorId)) {}

QSqlQuery& ChangeWriter::prepared(const QString& sql) {
    auto [it, inserted] = m_statements.try_emplace(sql, m_database.sql());
    if (inserted) {
        it->second.prepare(sql);
    }
    return it->second;
}

Status ChangeWriter::insert(const QString& table, const QString& id, const QVariantMap& fields) {
    Q_ASSERT(isIdentifier(table));
    const qint64 stamp = m_database.nextStamp();
    QStringList columns{QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("device_id")};
    QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        Q_ASSERT(isIdentifier(it.key()));
        columns << it.key();
        marks << QStringLiteral("?");
    }
    QSqlQuery& query =
        prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    query.addBindValue(id);
    query.addBindValue(stamp);
    query.addBindValue(m_database.deviceId());
    for (const QVariant& value : fields) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        return writeFailed(query);
    }
    return log(table, id, QStringLiteral("insert"), fields, stamp);
}

Status ChangeWriter::update(const QString& table, const QString& id, const QVariantMap& changedFields) {
    Q_ASSERT(isIdentifier(table));
    if (changedFields.isEmpty()) {
        return Status::ok();
    }
    const qint64 stamp = m_database.nextStamp();
    QStringList assignments{QStringLiteral("hlc = ?"), QStringLiteral("device_id = ?")};
    for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
        Q_ASSERT(isIdentifier(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
    }
    QSqlQuery& query = prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1Char(','))));
    query.addBindValue(stamp);
    query.addBindValue(m_database.deviceId());
    for (const QVariant& value : changedFields) {
        query.addBindValue(bindable(value));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        return writeFailed(query);
    }
    if (query.numRowsAffected() != 1) {
        return Status::fail(QCoreApplication::translate("Database", "This record no longer exists."));
    }
    const bool deleting = changedFields.value(QStringLiteral("deleted")).toInt() == 1;
    return log(table, id, deleting ? QStringLiteral("delete") : QStringLiteral("update"), changedFields,
               stamp);
}

Status ChangeWriter::tombstone(const QString& table, const QString& id) {
    return update(table, id, {{QStringLiteral("deleted"), 1}});
}

Status ChangeWriter::restore(const QString& table, const QString& id) {
    return update(table, id, {{QStringLiteral("deleted"), 0}});
}

Status ChangeWriter::log(const QString& table, const QString& id, const QString& op,
                         const QVariantMap& fields, qint64 stamp) {
    QSqlQuery& query = prepared(QStringLiteral("INSERT INTO change_log (hlc, device_id, table_name, row_id, "
                                               "op, fields, actor_id) VALUES (?,?,?,?,?,?,?)"));
    query.addBindValue(stamp);
    query.addBindValue(m_database.deviceId());
    query.addBindValue(table);
    query.addBindValue(id);
    query.addBindValue(op);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_actorId);
    return query.exec() ? Status::ok() : writeFailed(query);
}

} // namespace jalon
