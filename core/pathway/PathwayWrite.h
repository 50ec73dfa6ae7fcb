#pragma once

#include "common/Result.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "security/Actor.h"
#include "security/Permissions.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantMap>

#include <optional>

namespace jalon {

class Database;

// One change to a person's pathway, all or nothing: it opens the write transaction, then checks
// that the actor holds the permission and may see the person (and, unless told otherwise, that
// the file is not archived), then writes rows and their timeline events through the change log.
// Nothing is written unless commit() is reached.
class PathwayWrite {
public:
    PathwayWrite(Database& database, const Actor& actor, const QString& personId, Permission permission);

    // Why the change cannot go ahead, or ok.
    const Status& status() const { return m_status; }
    // Records a refusal found by the caller's own rules; every later step is then skipped.
    Status refuse(const QString& message);

    Status insert(const QString& table, const QString& id, const QVariantMap& fields);
    Status update(const QString& table, const QString& id, const QVariantMap& fields);
    // Adds the timeline event of the change. occurredOn: yyyy-MM-dd or yyyy-MM-ddTHH:mm.
    Status event(const QString& kind, const QString& action, const QString& entityId,
                 const QString& occurredOn, const QJsonObject& details = {}, const QString& privateTo = {});
    Status commit();

    // A prepared read in the same transaction.
    QSqlQuery query(const QString& sql, const QVariantList& values = {});
    const Actor& actor() const { return m_actor; }
    const QString& personId() const { return m_personId; }

private:
    Database& m_database;
    Actor m_actor;
    QString m_personId;
    Status m_status = Status::ok();
    std::optional<Transaction> m_transaction;
    ChangeWriter m_writer;
};

// The columns of one pathway_events row (PathwayWrite::event, and the demo that writes in bulk).
QVariantMap pathwayEventFields(const QString& personId, const QString& kind, const QString& action,
                               const QString& entityId, const QString& occurredOn, const QJsonObject& details,
                               const QString& actorId, const QDateTime& recordedAt,
                               const QString& privateTo = {});

// Checks a read of a person's pathway: the permission and that the person is visible.
Status checkPathwayRead(Database& database, const Actor& actor, const QString& personId);

// The person a pathway record belongs to (table names come from code), or a "does not exist" refusal.
Result<QString> ownerOf(Database& database, const QString& table, const QString& id);

// Dates as stored and back.
QString isoDay(const QDate& date);
QDate dayFrom(const QVariant& value);
QVariant dayOrNull(const QDate& date); // SQL NULL for a null date
// "dd/MM/yyyy" in the user's language, for messages.
QString shownDay(const QDate& date);

} // namespace jalon
