#include "pathway/PathwayWrite.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>

namespace jalon {

namespace {

Status personNotVisible() {
    return Status::fail(QCoreApplication::translate(
        "PathwayStore", "This person's record does not exist or is not visible to you."));
}

Status readFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("PathwayStore", "The database could not be read (%1).")
                            .arg(query.lastError().text()));
}

} // namespace

QString isoDay(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QDate dayFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dayOrNull(const QDate& date) {
    return date.isNull() ? QVariant() : QVariant(isoDay(date));
}

QString shownDay(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

Result<QString> ownerOf(Database& database, const QString& table, const QString& id) {
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT person_id FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    query.addBindValue(id);
    if (!query.exec()) {
        return readFailed(query);
    }
    if (!query.next()) {
        return Result<QString>::fail(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    return query.value(0).toString();
}

Status checkPathwayRead(Database& database, const Actor& actor, const QString& personId) {
    if (Status allowed = require(actor, Permission::ViewPathway); !allowed) {
        return allowed;
    }
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT structure_id FROM persons WHERE id = ? AND deleted = 0"));
    query.addBindValue(personId);
    if (!query.exec()) {
        return readFailed(query);
    }
    if (!query.next() || !canSeeStructure(actor, query.value(0).toString())) {
        return personNotVisible();
    }
    return Status::ok();
}

PathwayWrite::PathwayWrite(Database& database, const Actor& actor, const QString& personId,
                           Permission permission)
    : m_database(database)
    , m_actor(actor)
    , m_personId(personId)
    , m_writer(database, actor.userId) {
    m_status = require(actor, permission);
    if (!m_status) {
        return;
    }
    m_transaction.emplace(database.sql());
    m_status = m_transaction->started();
    if (!m_status) {
        return;
    }
    QSqlQuery person =
        query(QStringLiteral("SELECT structure_id, archived FROM persons WHERE id = ? AND deleted = 0"),
              {personId});
    if (!m_status) {
        return;
    }
    if (!person.next() || !canSeeStructure(actor, person.value(0).toString())) {
        m_status = personNotVisible();
    } else if (person.value(1).toInt() != 0) {
        m_status = Status::fail(QCoreApplication::translate(
            "PathwayStore", "This person's file is archived: restore it before changing the pathway."));
    }
}

Status PathwayWrite::refuse(const QString& message) {
    if (m_status) {
        m_status = Status::fail(message);
    }
    return m_status;
}

QSqlQuery PathwayWrite::query(const QString& sql, const QVariantList& values) {
    QSqlQuery q(m_database.sql());
    if (!m_status) {
        return q;
    }
    q.prepare(sql);
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        m_status = readFailed(q);
    }
    return q;
}

Status PathwayWrite::insert(const QString& table, const QString& id, const QVariantMap& fields) {
    if (m_status) {
        m_status = m_writer.insert(table, id, fields);
    }
    return m_status;
}

Status PathwayWrite::update(const QString& table, const QString& id, const QVariantMap& fields) {
    if (m_status && !fields.isEmpty()) {
        m_status = m_writer.update(table, id, fields);
    }
    return m_status;
}

Status PathwayWrite::event(const QString& kind, const QString& action, const QString& entityId,
                           const QString& occurredOn, const QJsonObject& details, const QString& privateTo) {
    return insert(QStringLiteral("pathway_events"), newId(),
                  pathwayEventFields(m_personId, kind, action, entityId, occurredOn, details, m_actor.userId,
                                     Clock::instance().nowUtc(), privateTo));
}

QVariantMap pathwayEventFields(const QString& personId, const QString& kind, const QString& action,
                               const QString& entityId, const QString& occurredOn, const QJsonObject& details,
                               const QString& actorId, const QDateTime& recordedAt,
                               const QString& privateTo) {
    QVariantMap fields{
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("occurred_on"), occurredOn},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("action"), action},
        {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
        {QStringLiteral("actor_id"), actorId},
        {QStringLiteral("recorded_at"), recordedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!privateTo.isEmpty()) {
        fields.insert(QStringLiteral("private_to"), privateTo);
    }
    return fields;
}

Status PathwayWrite::commit() {
    if (m_status) {
        m_status = m_transaction->commit();
    }
    return m_status;
}

} // namespace jalon
