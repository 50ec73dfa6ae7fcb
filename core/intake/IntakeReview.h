#pragma once

#include "common/Result.h"
#include "intake/IntakeFile.h"
#include "intake/IntakeRow.h"
#include "security/Actor.h"

#include <QList>

namespace jalon {

class Database;

// How many rows of each kind a review found, and how many will be written.
struct IntakeCounts {
    int rows = 0;
    int fresh = 0;
    int updates = 0;
    int upToDate = 0;
    int duplicates = 0;
    int errors = 0;
    int toCreate = 0;
    int toUpdate = 0;
    int skipped = 0; // rows that will write nothing: errors, unresolved duplicates, skipped by the officer
};

// Compares the rows of an intake file with the register, without writing anything: each row
// becomes new, update, up to date, possible duplicate or error, with its reason. An existing
// person is the one with the same CAF/MSA number (and the same birth date or names), or the same
// names and birth date (and no other CAF number); anyone else DuplicateFinder finds is a possible
// duplicate. Two rows of one file for the same person: the later one is an error.
class IntakeReview {
public:
    IntakeReview(Database& database, Actor actor);

    // The rows of a file under a mapping, values trimmed, not yet classified.
    static QList<IntakeRow> rowsOf(const IntakeTable& table, const IntakeMapping& mapping);
    // Classifies every row again (decisions are kept); fails only if the database cannot be read.
    Status classify(QList<IntakeRow>* rows) const;

    static IntakeCounts count(const QList<IntakeRow>& rows);
    static QString statusCode(IntakeStatus status);  // "new", "update", "up-to-date", "duplicate", "error"
    static QString statusLabel(IntakeStatus status); // translated
    // "line<TAB>status<TAB>name<TAB>reason", tabs and line breaks inside values replaced by spaces.
    static QString describe(const IntakeRow& row);

private:
    Status classifyAgainstRegister(IntakeRow* row, const QDate& today) const;
    Status compareWithStored(IntakeRow* row, const Person& stored, const QDate& today) const;

    Database& m_database;
    Actor m_actor;
};

} // namespace jalon
