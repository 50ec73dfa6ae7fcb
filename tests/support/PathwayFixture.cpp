#include "PathwayFixture.h"

#include "DiagnosticFixture.h"
#include "TestDatabase.h"

#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "pathway/FollowUpStore.h"

#include <stdexcept>

namespace jalon::test {

Actor addColleague(TestDatabase& t, const QString& name, Role role) {
    Actor colleague{newId(), role, t.actor().structureId, name};
    Transaction transaction(t.db().sql());
    ChangeWriter writer(t.db(), t.actor().userId);
    Status written = writer.insert(QStringLiteral("users"), colleague.userId,
                                   {{QStringLiteral("display_name"), name},
                                    {QStringLiteral("role"), roleCode(role)},
                                    {QStringLiteral("structure_id"), colleague.structureId}});
    if (written) {
        written = transaction.commit();
    }
    if (!written) {
        throw std::runtime_error(written.error().toStdString());
    }
    return colleague;
}

QString followedPerson(TestDatabase& t, const QDate& openedOn, const QString& lastName,
                       const QString& firstName) {
    const QString person = addPerson(t, lastName, firstName);
    auto period = FollowUpStore(t.db()).open(t.actor(), person, openedOn);
    if (!period) {
        throw std::runtime_error(period.error().toStdString());
    }
    return person;
}

} // namespace jalon::test
