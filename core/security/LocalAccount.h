#pragma once

#include "common/Result.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// The single local account Jalon uses until accounts exist: one structure and one adviser,
// created on first use, whose ids are kept in the meta table.
class LocalAccount {
public:
    // The default local adviser, creating it and its structure if needed.
    static Result<Actor> ensureDefault(Database& database);
    // A user known to the database, by id.
    static Result<Actor> load(Database& database, const QString& userId);
};

} // namespace jalon
