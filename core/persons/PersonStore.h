#pragma once

#include "common/Result.h"
#include "persons/Person.h"
#include "persons/PersonValidator.h"
#include "security/Actor.h"

#include <QVariantMap>

namespace jalon {

class Database;

// Reads and writes people's records. Every operation takes the acting user and checks
// permission; every write validates the record, stamps it and logs the change in the same
// transaction (ChangeWriter). Nothing is ever deleted: removal is a tombstone.
class PersonStore {
public:
    explicit PersonStore(Database& database);

    // Validates and saves a new person; returns the new id. The record's structure defaults
    // to the actor's. A record that fails validation is refused with every problem listed.
    Result<QString> create(const Actor& actor, Person person);
    // Saves the fields that differ from the stored record. The follow status and the referent are
    // the pathway's (FollowUpStore) and are kept as stored.
    Status update(const Actor& actor, Person person);
    Status setArchived(const Actor& actor, const QString& id, bool archived);
    // Tombstones a record (used to undo a creation) and brings it back.
    Status remove(const Actor& actor, const QString& id);
    Status restore(const Actor& actor, const QString& id);

    Result<Person> get(const Actor& actor, const QString& id) const;

    // The problems validation finds, with the same rules create() and update() apply.
    static QList<FieldError> check(const Person& person);
    static QString describe(const QList<FieldError>& errors);
    // The database columns of a record, derived sort and search keys included.
    static QVariantMap columnsOf(const Person& person);

private:
    Result<Person> load(const QString& id, bool includeDeleted) const;
    Status setFlag(const Actor& actor, const QString& id, const QString& column, bool value);

    Database& m_database;
};

} // namespace jalon
