#pragma once

#include "common/Result.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// The local accounts Jalon uses until accounts exist: one structure, its adviser and its
// administrator, created on first use, whose ids are kept in the meta table.
class LocalAccount {
public:
    // The default local adviser, creating it and its structure if needed.
    static Result<Actor> ensureDefault(Database& database);
    // The local administrator (grids, referentials, settings; never people's files), created
    // in the same structure on first use. jalon-cli's administrative commands act as it.
    static Result<Actor> ensureAdministrator(Database& database);
    // A user known to the database, by id.
    static Result<Actor> load(Database& database, const QString& userId);
};

} // namespace jalon
