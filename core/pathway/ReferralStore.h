#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// Referrals of a person to a service (from the directory, or named freely), and their workflow:
// sent -> under review -> accepted / refused (with a reason) / expired -> started -> finished.
class ReferralStore {
public:
    explicit ReferralStore(Database& database);

    Result<QString> refer(const Actor& actor, Referral referral);
    Status setStatus(const Actor& actor, const QString& referralId, const QString& status, const QDate& on,
                     const QString& refusalReason = {});

    Result<Referral> get(const Actor& actor, const QString& referralId) const;
    Result<QList<Referral>> ofPerson(const Actor& actor, const QString& personId) const;

private:
    Database& m_database;
};

} // namespace jalon
