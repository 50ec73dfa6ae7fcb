#pragma once

#include "intake/IntakeColumns.h"
#include "persons/DuplicateFinder.h"
#include "persons/Person.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jalon {

// How a row of an intake file compares with the register.
enum class IntakeStatus {
    New,               // nobody like this person: created, with an entry into follow-up
    Update,            // this person exists: some fields change, or a re-entry opens
    UpToDate,          // this person exists, is followed, and the file changes nothing
    PossibleDuplicate, // resembles someone without being surely them: written only once resolved
    Error,             // cannot be written as it is: the reason says why
};

// What the officer decided for a row; Default follows the status.
enum class IntakeDecision {
    Default,
    Skip,         // write nothing for this row
    CreateAnyway, // a possible duplicate is someone else: create them
    SameAs,       // a possible duplicate is sameAsId: update that record
};

// One row of an intake file: its values (as read, or as corrected by the officer), the officer's
// decision, and what the review found (IntakeReview::classify fills the second part).
struct IntakeRow {
    enum class Action { Nothing, Create, Update };

    int line = 0;
    QMap<IntakeField, QString> values;
    QString syntaxProblem; // from the file itself: an unclosed quote, too many fields
    IntakeDecision decision = IntakeDecision::Default;
    QString sameAsId;

    IntakeStatus status = IntakeStatus::Error;
    QString reason;
    Person person;        // the record to write: a new one, or the stored one with the file's values
    QDate rightsOpenedOn; // from the file, or null
    QString matchId;      // the existing record (update, up to date, or chosen "same as")
    QStringList changes;  // translated labels of the fields an update changes
    bool reentry = false; // an existing person without an open follow-up: one opens
    QList<PossibleDuplicate> candidates;

    Action action() const;
    // "Last First" as the file (or the officer) wrote it.
    QString displayName() const;
    QString value(IntakeField field) const { return values.value(field); }
};

} // namespace jalon
