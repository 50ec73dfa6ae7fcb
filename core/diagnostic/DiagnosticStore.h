#pragma once

#include "common/Result.h"
#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"
#include "security/Actor.h"

#include <map>

namespace jalon {

class Database;

// People's diagnostics in the database. A diagnostic starts as a draft on the latest installed
// version of a grid and is saved as the adviser types; validating it checks the answers
// (DiagnosticRules), records the retained levels and locks it for good. A change after that
// starts a new draft, prefilled from the validated one. Everything is checked here: the
// actor's role, that the person is visible to them, that a validated diagnostic never changes.
class DiagnosticStore {
public:
    explicit DiagnosticStore(Database& database);

    // A new draft for the person on the latest installed version of the grid (the default
    // grid when definitionId is empty). Refused while the person has a draft: resume it.
    Result<Diagnostic> start(const Actor& actor, const QString& personId, const QString& definitionId = {});
    // A new draft whose answers, assessments and priorities are copied from an earlier
    // diagnostic of the same person, on the latest version of its grid.
    Result<Diagnostic> startFrom(const Actor& actor, const QString& earlierId);
    // Writes a draft's content (answers, assessments, priorities, next steps). Refused for a
    // validated diagnostic, whatever the caller holds in memory.
    Status save(const Actor& actor, Diagnostic& diagnostic);
    // Saves, then validates if nothing stands in the way; the problems otherwise, one per line.
    Status validate(const Actor& actor, Diagnostic& diagnostic);
    // Removes a draft (a validated diagnostic cannot be removed).
    Status discard(const Actor& actor, const QString& id);

    Result<Diagnostic> load(const Actor& actor, const QString& id) const;
    // The person's diagnostics, newest first.
    Result<QList<DiagnosticSummary>> history(const Actor& actor, const QString& personId) const;
    // The person's draft, if any (empty id otherwise).
    Result<QString> draftOf(const Actor& actor, const QString& personId) const;
    // The questionnaire version a diagnostic was made with.
    Result<Questionnaire> questionnaireOf(const Actor& actor, const Diagnostic& diagnostic) const;
    // An installed grid version, for showing a history; null if it is not installed. The pointer
    // stays valid as long as the store.
    const Questionnaire* grid(const Actor& actor, const QString& definitionId, int version) const;

    static QString defaultDefinitionId() { return QStringLiteral("spie-diagnostic"); }

private:
    Status checkPerson(const Actor& actor, const QString& personId, bool writing) const;
    Result<Diagnostic> insertDraft(const Actor& actor, Diagnostic draft);

    Database& m_database;
    Result<const Questionnaire*> cachedGrid(const Actor& actor, const QString& definitionId,
                                            int version) const;

    // "id:version" -> installed grid, parsed once; a map, so that pointers to its values stay valid.
    mutable std::map<QString, Questionnaire> m_grids;
};

} // namespace jalon
