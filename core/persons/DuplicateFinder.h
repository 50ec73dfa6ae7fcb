#pragma once

#include "common/Result.h"
#include "persons/Person.h"
#include "persons/PersonRegister.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// A record that may be the same person as the one being entered, and why.
struct PossibleDuplicate {
    PersonRow person;
    QString reason;
};

// Looks for records that may describe the same person, before one is created: the same
// CAF/MSA number, or the same birth date with names that match once case, accents,
// spaces, hyphens and apostrophes are ignored (the birth name counts as a last name).
// Only records the actor may see are considered.
class DuplicateFinder {
public:
    explicit DuplicateFinder(Database& database);
    Result<QList<PossibleDuplicate>> find(const Actor& actor, const Person& candidate) const;

    // Whether two names are the same for duplicate detection ("N'Diaye" = "ndiaye").
    static bool sameName(const QString& a, const QString& b);

private:
    Database& m_database;
};

} // namespace jalon
