#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

ReportScope ReportScope::all() {
    return {Kind::All, {}, QCoreApplication::translate("ReportScope", "Whole database")};
}

ReportScope ReportScope::structure(const QString& id, const QString& name) {
    return {Kind::Structure, id, name};
}

ReportScope ReportScope::adviser(const QString& id, const QString& name) {
    return {Kind::Adviser, id, name};
}

QString ReportScope::kindCode() const {
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Structure:
        return QStringLiteral("structure");
    case Kind::Adviser:
        return QStringLiteral("adviser");
    }
    return {};
}

QString ReportScope::label() const {
    switch (kind) {
    case Kind::All:
        return QCoreApplication::translate("ReportScope", "Whole database");
    case Kind::Structure:
        return QCoreApplication::translate("ReportScope", "Structure: %1").arg(name);
    case Kind::Adviser:
        return QCoreApplication::translate("ReportScope", "Caseload of %1").arg(name);
    }
    return {};
}

namespace ReportScopes {

namespace {

Status readFailed(const QSqlQuery& q) {
    return Status::fail(
        QCoreApplication::translate("ReportScope", "The structures and advisers could not be read (%1).")
            .arg(q.lastError().text()));
}

// Structures (all, or one) and their advisers, by name.
Result<QList<ReportScope>> structuresAndAdvisers(const QSqlDatabase& db, const QString& onlyStructure,
                                                 bool withAdvisers) {
    QList<ReportScope> scopes;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name FROM structures WHERE deleted = 0 AND (:only = '' OR id = :only) "
                       "ORDER BY name"));
    q.bindValue(QStringLiteral(":only"), onlyStructure.isNull() ? QStringLiteral("") : onlyStructure);
    if (!q.exec()) {
        return readFailed(q);
    }
    while (q.next()) {
        scopes.append(ReportScope::structure(q.value(0).toString(), q.value(1).toString()));
    }
    if (!withAdvisers) {
        return scopes;
    }
    q.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE deleted = 0 AND role = 'adviser' "
                             "AND (:only = '' OR structure_id = :only) ORDER BY display_name"));
    q.bindValue(QStringLiteral(":only"), onlyStructure.isNull() ? QStringLiteral("") : onlyStructure);
    if (!q.exec()) {
        return readFailed(q);
    }
    while (q.next()) {
        scopes.append(ReportScope::adviser(q.value(0).toString(), q.value(1).toString()));
    }
    return scopes;
}

} // namespace

Result<QList<ReportScope>> allowedFor(const QSqlDatabase& db, const Actor& actor) {
    switch (actor.role) {
    case Role::Administrator: {
        Result<QList<ReportScope>> scopes = structuresAndAdvisers(db, {}, true);
        if (scopes) {
            scopes->prepend(ReportScope::all());
        }
        return scopes;
    }
    case Role::StructureManager:
        return structuresAndAdvisers(db, actor.structureId, true);
    case Role::OrientationOfficer:
        return structuresAndAdvisers(db, actor.structureId, false);
    case Role::Adviser: {
        // Their caseload first; their structure too, whose people they already see one by one.
        Result<QList<ReportScope>> scopes = structuresAndAdvisers(db, actor.structureId, false);
        if (scopes) {
            scopes->prepend(ReportScope::adviser(actor.userId, actor.displayName));
        }
        return scopes;
    }
    }
    return QList<ReportScope>{};
}

Status check(const QSqlDatabase& db, const Actor& actor, const ReportScope& scope) {
    return resolve(db, actor, scope).status();
}

Result<ReportScope> resolve(const QSqlDatabase& db, const Actor& actor, const ReportScope& scope) {
    const Result<QList<ReportScope>> allowed = allowedFor(db, actor);
    if (!allowed) {
        return allowed.status();
    }
    for (const ReportScope& s : allowed.value()) {
        if (s.kind == scope.kind && s.id == scope.id) {
            return s;
        }
    }
    return Result<ReportScope>::fail(
        QCoreApplication::translate("ReportScope",
                                    "Your role (%1) does not allow a report on this scope (%2). "
                                    "Choose one of the scopes offered.")
            .arg(roleLabel(actor.role), scope.label()));
}

ReportScope defaultFor(const QSqlDatabase& db, const Actor& actor) {
    const Result<QList<ReportScope>> allowed = allowedFor(db, actor);
    if (!allowed || allowed->isEmpty()) {
        return ReportScope::adviser(actor.userId, actor.displayName);
    }
    if (actor.role == Role::Adviser) {
        return allowed->first(); // their caseload
    }
    for (const ReportScope& s : allowed.value()) {
        if (s.kind == ReportScope::Kind::Structure && s.id == actor.structureId) {
            return s;
        }
    }
    return allowed->first();
}

} // namespace ReportScopes

} // namespace jalon
