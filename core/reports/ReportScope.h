#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace jalon {

// Whose activity a report counts: the whole database, one structure's people or one adviser's
// caseload. A person belongs, on a given day, to the structure and referent of the orientation
// most recently started on or before that day, else to those of their record.
struct ReportScope {
    enum class Kind { All, Structure, Adviser };
    Kind kind = Kind::All;
    QString id;   // structure or user id; empty for All
    QString name; // shown on screens and documents

    static ReportScope all();
    static ReportScope structure(const QString& id, const QString& name);
    static ReportScope adviser(const QString& id, const QString& name);

    QString kindCode() const; // "all", "structure", "adviser"
    QString label() const;    // "Toute la base", "Structure : …", "Conseiller : …"

    bool operator==(const ReportScope&) const = default;
};

namespace ReportScopes {

// The scopes the actor may report on: the administrator any scope (whole database first), a
// structure manager their structure and its advisers, an orientation officer their structure, an
// adviser their own caseload and their structure (whose people they see one by one already).
Result<QList<ReportScope>> allowedFor(const QSqlDatabase& db, const Actor& actor);
// Status::ok() when the actor may report on the scope, else a refusal a person can act on.
Status check(const QSqlDatabase& db, const Actor& actor, const ReportScope& scope);
// The allowed scope of that kind and id, with its name from the database; a refusal otherwise.
Result<ReportScope> resolve(const QSqlDatabase& db, const Actor& actor, const ReportScope& scope);
// The default scope for the actor: their structure, or their caseload for an adviser.
ReportScope defaultFor(const QSqlDatabase& db, const Actor& actor);

} // namespace ReportScopes

} // namespace jalon
