#pragma once

#include "common/Result.h"
#include "intake/IntakeRow.h"
#include "security/Actor.h"

#include <functional>

namespace jalon {

class Database;

// What an import wrote.
struct IntakeOutcome {
    int created = 0;
    int updated = 0; // records whose fields changed
    int entries = 0; // follow-ups opened (new people and re-entries)
    int unchanged = 0;
    int skipped = 0; // rows not written: errors, unresolved duplicates, skipped by the officer
};

// Writes the reviewed rows of an intake file in one transaction: new people with their entry
// into follow-up (source "intake"), updates, re-entries. Inside the transaction every row is
// classified again; if the register changed since the review, or any write fails, nothing at all
// is written. Rows in error are never written.
class IntakeImporter {
public:
    // Called after each row with (rows done, rows in all); returning false cancels the import.
    using Progress = std::function<bool(int done, int total)>;

    IntakeImporter(Database& database, Actor actor);
    Result<IntakeOutcome> apply(const QList<IntakeRow>& reviewed, const Progress& progress = {});

private:
    Status create(const IntakeRow& row, class ChangeWriter& writer, IntakeOutcome* outcome);
    Status update(const IntakeRow& row, ChangeWriter& writer, IntakeOutcome* outcome);
    Status openFollowUp(const QString& personId, const QDate& rightsOpenedOn, bool newPerson,
                        ChangeWriter& writer);

    Database& m_database;
    Actor m_actor;
};

} // namespace jalon
