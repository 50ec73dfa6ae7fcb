#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// A person's successive contracts (CER, PPAE, CEJ, PACEA). A contract ends after it starts; a
// new one may only start once the previous one has ended, and recording it ends a running one
// the day before. Signed contracts keep their history; nothing is deleted.
class ContractStore {
public:
    explicit ContractStore(Database& database);

    Result<QString> record(const Actor& actor, Contract contract);
    Status sign(const Actor& actor, const QString& contractId, const QDate& signedOn);
    // Ends a contract before its planned end.
    Status end(const Actor& actor, const QString& contractId, const QDate& endedOn);

    Result<Contract> get(const Actor& actor, const QString& contractId) const;
    // Oldest first.
    Result<QList<Contract>> ofPerson(const Actor& actor, const QString& personId) const;

private:
    Database& m_database;
};

} // namespace jalon
