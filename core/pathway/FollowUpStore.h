#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// Follow-up periods, orientations, reorientation requests and exits: the frame of a pathway.
// Rules enforced here: one open follow-up and one open orientation at a time, dates in order and
// not in the future, a reason for an exit, a denial or a request. The person's follow status
// (awaiting orientation, followed, exited) follows from them.
class FollowUpStore {
public:
    explicit FollowUpStore(Database& database);

    // Opens a follow-up (intake or re-entry): the person then awaits orientation.
    Result<QString> open(const Actor& actor, const QString& personId, const QDate& openedOn,
                         const QDate& rightsOpenedOn = {}, const QString& source = QStringLiteral("manual"));
    // Orients a person whose follow-up is open and who has no open orientation.
    Result<QString> orient(const Actor& actor, Orientation orientation);
    Result<QString> requestReorientation(const Actor& actor, ReorientationRequest request);
    // Accepting ends the current orientation on the decision day and opens the requested one.
    Status decideReorientation(const Actor& actor, const QString& requestId, bool accepted,
                               const QString& decisionReason, const QDate& decidedOn);
    // Closes the open follow-up, its orientation and its running contract on the exit day.
    Status exit(const Actor& actor, const QString& personId, const QDate& exitDate, const QString& reason,
                const QString& comment);

    Result<QList<FollowPeriod>> periods(const Actor& actor, const QString& personId) const;
    Result<QList<Orientation>> orientations(const Actor& actor, const QString& personId) const;
    Result<QList<ReorientationRequest>> reorientationRequests(const Actor& actor,
                                                              const QString& personId) const;

private:
    Database& m_database;
};

} // namespace jalon
