#include "security/LocalAccount.h"

#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jalon {

namespace {

// Keeps a local account's id in the meta table, inside the caller's transaction.
Status remember(Database& database, const QString& key, const QString& userId) {
    QSqlQuery meta(database.sql());
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    meta.addBindValue(key);
    meta.addBindValue(userId);
    return meta.exec() ? Status::ok()
                       : Status::fail(QCoreApplication::translate("LocalAccount",
                                                                  "Could not create the local account."));
}

} // namespace

Result<Actor> LocalAccount::load(Database& database, const QString& userId) {
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT display_name, role, coalesce(structure_id, '') FROM users "
                                 "WHERE id = ? AND deleted = 0"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return Result<Actor>::fail(QCoreApplication::translate("LocalAccount", "Unknown user account."));
    }
    Actor actor;
    actor.userId = userId;
    actor.displayName = query.value(0).toString();
    roleFromCode(query.value(1).toString(), &actor.role);
    actor.structureId = query.value(2).toString();
    return actor;
}

Result<Actor> LocalAccount::ensureDefault(Database& database) {
    QSqlQuery query(database.sql());
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'local_user_id'"));
    if (query.next()) {
        return load(database, query.value(0).toString());
    }

    Transaction transaction(database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    // Another process may have created it between the look-up above and the lock.
    QSqlQuery again(database.sql());
    again.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'local_user_id'"));
    if (again.next()) {
        return load(database, again.value(0).toString());
    }
    const QString structureId = newId();
    const QString userId = newId();
    ChangeWriter writer(database, userId);
    Status status = writer.insert(
        QStringLiteral("structures"), structureId,
        {{QStringLiteral("name"), QCoreApplication::translate("LocalAccount", "My structure")}});
    if (status) {
        status = writer.insert(
            QStringLiteral("users"), userId,
            {{QStringLiteral("display_name"), QCoreApplication::translate("LocalAccount", "Local adviser")},
             {QStringLiteral("role"), roleCode(Role::Adviser)},
             {QStringLiteral("structure_id"), structureId}});
    }
    if (status) {
        status = remember(database, QStringLiteral("local_user_id"), userId);
    }
    if (status) {
        status = transaction.commit();
    }
    if (!status) {
        return status;
    }
    return load(database, userId);
}

Result<Actor> LocalAccount::ensureAdministrator(Database& database) {
    QSqlQuery query(database.sql());
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'local_admin_id'"));
    if (query.next()) {
        return load(database, query.value(0).toString());
    }
    const Result<Actor> adviser = ensureDefault(database);
    if (!adviser) {
        return adviser;
    }
    Transaction transaction(database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    const QString userId = newId();
    ChangeWriter writer(database, userId);
    Status status = writer.insert(
        QStringLiteral("users"), userId,
        {{QStringLiteral("display_name"), QCoreApplication::translate("LocalAccount", "Local administrator")},
         {QStringLiteral("role"), roleCode(Role::Administrator)},
         {QStringLiteral("structure_id"), adviser->structureId}});
    if (status) {
        status = remember(database, QStringLiteral("local_admin_id"), userId);
    }
    if (status) {
        status = transaction.commit();
    }
    if (!status) {
        return status;
    }
    return load(database, userId);
}

} // namespace jalon
