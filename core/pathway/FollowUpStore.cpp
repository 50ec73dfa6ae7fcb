#include "pathway/FollowUpStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "pathway/PathwayChoices.h"
#include "pathway/PathwayWrite.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jalon {

namespace {

Status readFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("FollowUpStore", "The database could not be read (%1).")
                            .arg(query.lastError().text()));
}

const QString kPeriods = QStringLiteral("follow_periods");
const QString kOrientations = QStringLiteral("orientations");
const QString kRequests = QStringLiteral("reorientation_requests");

void setFollowStatus(PathwayWrite& write, const QString& status) {
    write.update(QStringLiteral("persons"), write.personId(), {{QStringLiteral("follow_status"), status}});
}

// The open follow-up period: id and opening day, or an empty id.
std::pair<QString, QDate> openPeriod(PathwayWrite& write) {
    QSqlQuery q = write.query(QStringLiteral("SELECT id, opened_on FROM follow_periods WHERE person_id = ? "
                                             "AND deleted = 0 AND closed_on IS NULL"),
                              {write.personId()});
    if (write.status() && q.next()) {
        return {q.value(0).toString(), dayFrom(q.value(1))};
    }
    return {};
}

// The open orientation: id, kind, structure and start, or an empty id.
Orientation openOrientation(PathwayWrite& write) {
    Orientation o;
    QSqlQuery q =
        write.query(QStringLiteral("SELECT id, kind, structure_id, start_date, COALESCE(referent_id, '') "
                                   "FROM orientations WHERE person_id = ? AND deleted = 0 "
                                   "AND end_date IS NULL"),
                    {write.personId()});
    if (write.status() && q.next()) {
        o.id = q.value(0).toString();
        o.kind = q.value(1).toString();
        o.structureId = q.value(2).toString();
        o.startDate = dayFrom(q.value(3));
        o.referentId = q.value(4).toString();
    }
    return o;
}

bool inFuture(const QDate& date) {
    return date > Clock::instance().today();
}

Status writeOrientation(PathwayWrite& write, const Orientation& o, const QString& id) {
    write.insert(
        kOrientations, id,
        {{QStringLiteral("person_id"), o.personId},
         {QStringLiteral("kind"), o.kind},
         {QStringLiteral("structure_id"), o.structureId},
         {QStringLiteral("referent_id"), o.referentId.isEmpty() ? QVariant() : QVariant(o.referentId)},
         {QStringLiteral("start_date"), isoDay(o.startDate)}});
    setFollowStatus(write, QStringLiteral("followed"));
    if (!o.referentId.isEmpty()) {
        write.update(QStringLiteral("persons"), o.personId, {{QStringLiteral("referent_id"), o.referentId}});
    }
    return write.event(QStringLiteral("orientation"), QStringLiteral("created"), id, isoDay(o.startDate),
                       {{QStringLiteral("kind"), o.kind}, {QStringLiteral("referent"), o.referentId}});
}

} // namespace

FollowUpStore::FollowUpStore(Database& database)
    : m_database(database) {}

Result<QString> FollowUpStore::open(const Actor& actor, const QString& personId, const QDate& openedOn,
                                    const QDate& rightsOpenedOn, const QString& source) {
    PathwayWrite write(m_database, actor, personId, Permission::OrientPeople);
    if (!openedOn.isValid() || inFuture(openedOn)) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "The follow-up opening date must be a real day, today or earlier."));
    }
    if (rightsOpenedOn.isValid() && rightsOpenedOn > openedOn) {
        write.refuse(QCoreApplication::translate("FollowUpStore",
                                                 "The rights cannot open after the follow-up they led to."));
    }
    if (const auto [openId, openedSince] = openPeriod(write); !openId.isEmpty()) {
        write.refuse(QCoreApplication::translate(
                         "FollowUpStore",
                         "This person is already followed since %1: record their exit before a new entry.")
                         .arg(shownDay(openedSince)));
    }
    QSqlQuery last = write.query(QStringLiteral("SELECT MAX(closed_on), COUNT(*) FROM follow_periods "
                                                "WHERE person_id = ? AND deleted = 0"),
                                 {personId});
    bool reentry = false;
    if (write.status() && last.next()) {
        reentry = last.value(1).toInt() > 0;
        if (const QDate closed = dayFrom(last.value(0)); closed.isValid() && openedOn < closed) {
            write.refuse(QCoreApplication::translate(
                             "FollowUpStore", "A new entry cannot start before the previous exit (%1).")
                             .arg(shownDay(closed)));
        }
    }
    const QString id = newId();
    write.insert(
        kPeriods, id,
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("opened_on"), isoDay(openedOn)},
         {QStringLiteral("rights_opened_on"), rightsOpenedOn.isValid() ? isoDay(rightsOpenedOn) : QString()},
         {QStringLiteral("source"), source}});
    setFollowStatus(write, QStringLiteral("awaiting_orientation"));
    write.event(QStringLiteral("entry"), reentry ? QStringLiteral("reentry") : QStringLiteral("created"), id,
                isoDay(openedOn), {{QStringLiteral("source"), source}});
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Result<QString> FollowUpStore::orient(const Actor& actor, Orientation orientation) {
    PathwayWrite write(m_database, actor, orientation.personId, Permission::OrientPeople);
    if (orientation.structureId.isEmpty()) {
        orientation.structureId = actor.structureId;
    }
    if (!PathwayChoices::contains(PathwayChoices::orientationKinds(), orientation.kind)) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "Choose the kind of orientation: social, socio-professional or professional."));
    }
    if (!orientation.startDate.isValid() || inFuture(orientation.startDate)) {
        write.refuse(QCoreApplication::translate("FollowUpStore",
                                                 "The orientation needs a start date, today or earlier."));
    }
    const auto [periodId, openedOn] = openPeriod(write);
    if (periodId.isEmpty()) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "This person has no open follow-up: record their entry before orienting them."));
    } else if (orientation.startDate < openedOn) {
        write.refuse(QCoreApplication::translate(
                         "FollowUpStore", "The orientation cannot start before the follow-up opened (%1).")
                         .arg(shownDay(openedOn)));
    }
    if (const Orientation current = openOrientation(write); !current.id.isEmpty()) {
        write.refuse(QCoreApplication::translate(
                         "FollowUpStore",
                         "This person is already oriented (%1, since %2): ask for a reorientation instead.")
                         .arg(PathwayChoices::label(PathwayChoices::orientationKinds(), current.kind),
                              shownDay(current.startDate)));
    }
    if (!orientation.referentId.isEmpty()) {
        QSqlQuery referent =
            write.query(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND structure_id = ? "
                                       "AND deleted = 0"),
                        {orientation.referentId, orientation.structureId});
        if (write.status() && !referent.next()) {
            write.refuse(QCoreApplication::translate("FollowUpStore",
                                                     "The referent must be a member of the structure."));
        }
    }
    const QString id = newId();
    writeOrientation(write, orientation, id);
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Result<QString> FollowUpStore::requestReorientation(const Actor& actor, ReorientationRequest request) {
    PathwayWrite write(m_database, actor, request.personId, Permission::OrientPeople);
    const Orientation current = openOrientation(write);
    if (current.id.isEmpty()) {
        write.refuse(QCoreApplication::translate("FollowUpStore",
                                                 "Only a person who is oriented can be re-oriented."));
    }
    if (!PathwayChoices::contains(PathwayChoices::orientationKinds(), request.requestedKind)) {
        write.refuse(QCoreApplication::translate("FollowUpStore", "Choose the orientation requested."));
    }
    if (request.reason.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("FollowUpStore", "Say why a reorientation is requested."));
    }
    if (!request.requestedOn.isValid() || inFuture(request.requestedOn) ||
        request.requestedOn < current.startDate) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "The request date must fall between the start of the orientation and today."));
    }
    QSqlQuery pending = write.query(QStringLiteral("SELECT 1 FROM reorientation_requests WHERE person_id = ? "
                                                   "AND deleted = 0 AND status = 'pending'"),
                                    {request.personId});
    if (write.status() && pending.next()) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "A reorientation request is already pending for this person."));
    }
    const QString id = newId();
    write.insert(kRequests, id,
                 {{QStringLiteral("person_id"), request.personId},
                  {QStringLiteral("orientation_id"), current.id},
                  {QStringLiteral("requested_kind"), request.requestedKind},
                  {QStringLiteral("reason"), request.reason.trimmed()},
                  {QStringLiteral("requested_on"), isoDay(request.requestedOn)}});
    write.event(QStringLiteral("reorientation"), QStringLiteral("created"), id, isoDay(request.requestedOn),
                {{QStringLiteral("kind"), request.requestedKind},
                 {QStringLiteral("reason"), request.reason.trimmed()}});
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status FollowUpStore::decideReorientation(const Actor& actor, const QString& requestId, bool accepted,
                                          const QString& decisionReason, const QDate& decidedOn) {
    QSqlQuery owner(m_database.sql());
    owner.prepare(
        QStringLiteral("SELECT person_id FROM reorientation_requests WHERE id = ? AND deleted = 0"));
    owner.addBindValue(requestId);
    if (!owner.exec()) {
        return readFailed(owner);
    }
    if (!owner.next()) {
        return Status::fail(
            QCoreApplication::translate("FollowUpStore", "This reorientation request does not exist."));
    }
    PathwayWrite write(m_database, actor, owner.value(0).toString(), Permission::OrientPeople);
    QSqlQuery q =
        write.query(QStringLiteral("SELECT status, requested_kind, requested_on, orientation_id FROM "
                                   "reorientation_requests WHERE id = ? AND deleted = 0"),
                    {requestId});
    QString requestedKind;
    const Orientation current = openOrientation(write);
    if (write.status() && q.next()) {
        requestedKind = q.value(1).toString();
        if (q.value(0).toString() != QLatin1String("pending")) {
            write.refuse(QCoreApplication::translate("FollowUpStore", "This request was already decided."));
        } else if (!decidedOn.isValid() || inFuture(decidedOn) || decidedOn < dayFrom(q.value(2))) {
            write.refuse(QCoreApplication::translate(
                "FollowUpStore", "The decision date must fall between the request and today."));
        } else if (accepted && current.id != q.value(3).toString()) {
            // The orientation it was asked for has ended (an exit, another decision): nothing to change.
            write.refuse(QCoreApplication::translate(
                "FollowUpStore",
                "The orientation this request was about has ended: deny it, or make a new request."));
        }
    } else {
        write.refuse(
            QCoreApplication::translate("FollowUpStore", "This reorientation request does not exist."));
    }
    if (!accepted && decisionReason.trimmed().isEmpty()) {
        write.refuse(
            QCoreApplication::translate("FollowUpStore", "Give the reason for denying the request."));
    }
    write.update(
        kRequests, requestId,
        {{QStringLiteral("status"), accepted ? QStringLiteral("accepted") : QStringLiteral("denied")},
         {QStringLiteral("decision_reason"), decisionReason.trimmed()},
         {QStringLiteral("decided_on"), isoDay(decidedOn)}});
    write.event(QStringLiteral("reorientation"), QStringLiteral("decided"), requestId, isoDay(decidedOn),
                {{QStringLiteral("status"), accepted ? QStringLiteral("accepted") : QStringLiteral("denied")},
                 {QStringLiteral("kind"), requestedKind},
                 {QStringLiteral("reason"), decisionReason.trimmed()}});
    if (accepted) {
        if (decidedOn < current.startDate) {
            write.refuse(
                QCoreApplication::translate(
                    "FollowUpStore", "The decision cannot come before the current orientation started (%1).")
                    .arg(shownDay(current.startDate)));
        }
        write.update(kOrientations, current.id, {{QStringLiteral("end_date"), isoDay(decidedOn)}});
        Orientation next = current;
        next.personId = write.personId();
        next.kind = requestedKind;
        next.startDate = decidedOn;
        if (next.structureId.isEmpty()) {
            next.structureId = actor.structureId;
        }
        writeOrientation(write, next, newId());
    }
    return write.commit();
}

Status FollowUpStore::exit(const Actor& actor, const QString& personId, const QDate& exitDate,
                           const QString& reason, const QString& comment) {
    PathwayWrite write(m_database, actor, personId, Permission::RecordPathway);
    const auto [periodId, openedOn] = openPeriod(write);
    if (periodId.isEmpty()) {
        write.refuse(QCoreApplication::translate("FollowUpStore",
                                                 "This person is not followed: there is nothing to close."));
    }
    if (!PathwayChoices::contains(PathwayChoices::exitReasons(), reason)) {
        write.refuse(QCoreApplication::translate("FollowUpStore", "Choose the reason for the exit."));
    } else if (reason == QLatin1String("autre") && comment.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate(
            "FollowUpStore", "Describe the exit in the comment when the reason is \"other\"."));
    }
    if (!exitDate.isValid() || inFuture(exitDate) || exitDate < openedOn) {
        write.refuse(
            QCoreApplication::translate(
                "FollowUpStore", "The exit date must fall between the follow-up opening (%1) and today.")
                .arg(shownDay(openedOn)));
    }
    write.update(kPeriods, periodId,
                 {{QStringLiteral("closed_on"), isoDay(exitDate)},
                  {QStringLiteral("exit_reason"), reason},
                  {QStringLiteral("exit_comment"), comment.trimmed()}});
    if (const Orientation current = openOrientation(write); !current.id.isEmpty()) {
        if (exitDate < current.startDate) {
            write.refuse(
                QCoreApplication::translate(
                    "FollowUpStore", "The exit cannot come before the current orientation started (%1).")
                    .arg(shownDay(current.startDate)));
        }
        write.update(kOrientations, current.id, {{QStringLiteral("end_date"), isoDay(exitDate)}});
    }
    // A request still pending has nothing left to change.
    QSqlQuery pending =
        write.query(QStringLiteral("SELECT id FROM reorientation_requests WHERE person_id = ? "
                                   "AND deleted = 0 AND status = 'pending'"),
                    {personId});
    QStringList pendingIds;
    while (write.status() && pending.next()) {
        pendingIds.append(pending.value(0).toString());
    }
    for (const QString& requestId : pendingIds) {
        const QString why = QCoreApplication::translate("FollowUpStore", "The person left the follow-up.");
        write.update(kRequests, requestId,
                     {{QStringLiteral("status"), QStringLiteral("denied")},
                      {QStringLiteral("decision_reason"), why},
                      {QStringLiteral("decided_on"), isoDay(exitDate)}});
    }
    QSqlQuery running =
        write.query(QStringLiteral("SELECT id, start_date FROM contracts WHERE person_id = ? "
                                   "AND deleted = 0 AND ended_on IS NULL AND planned_end > ?"),
                    {personId, isoDay(exitDate)});
    QList<std::pair<QString, QDate>> contracts;
    while (write.status() && running.next()) {
        contracts.append({running.value(0).toString(), dayFrom(running.value(1))});
    }
    for (const auto& [contractId, start] : contracts) {
        write.update(QStringLiteral("contracts"), contractId,
                     {{QStringLiteral("ended_on"), isoDay(std::max(exitDate, start))}});
    }
    setFollowStatus(write, QStringLiteral("exited"));
    write.event(QStringLiteral("exit"), QStringLiteral("created"), periodId, isoDay(exitDate),
                {{QStringLiteral("reason"), reason}, {QStringLiteral("comment"), comment.trimmed()}});
    return write.commit();
}

Result<QList<FollowPeriod>> FollowUpStore::periods(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(
        QStringLiteral("SELECT id, opened_on, rights_opened_on, source, closed_on, exit_reason, exit_comment "
                       "FROM follow_periods WHERE person_id = ? AND deleted = 0 ORDER BY opened_on"));
    q.addBindValue(personId);
    if (!q.exec()) {
        return readFailed(q);
    }
    QList<FollowPeriod> list;
    while (q.next()) {
        FollowPeriod p;
        p.id = q.value(0).toString();
        p.personId = personId;
        p.openedOn = dayFrom(q.value(1));
        p.rightsOpenedOn = dayFrom(q.value(2));
        p.source = q.value(3).toString();
        p.closedOn = dayFrom(q.value(4));
        p.exitReason = q.value(5).toString();
        p.exitComment = q.value(6).toString();
        list.append(p);
    }
    return list;
}

Result<QList<Orientation>> FollowUpStore::orientations(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT o.id, o.kind, o.structure_id, COALESCE(o.referent_id, ''), "
                             "COALESCE(u.display_name, ''), o.start_date, o.end_date FROM orientations o "
                             "LEFT JOIN users u ON u.id = o.referent_id "
                             "WHERE o.person_id = ? AND o.deleted = 0 ORDER BY o.start_date"));
    q.addBindValue(personId);
    if (!q.exec()) {
        return readFailed(q);
    }
    QList<Orientation> list;
    while (q.next()) {
        Orientation o;
        o.id = q.value(0).toString();
        o.personId = personId;
        o.kind = q.value(1).toString();
        o.structureId = q.value(2).toString();
        o.referentId = q.value(3).toString();
        o.referentName = q.value(4).toString();
        o.startDate = dayFrom(q.value(5));
        o.endDate = dayFrom(q.value(6));
        list.append(o);
    }
    return list;
}

Result<QList<ReorientationRequest>> FollowUpStore::reorientationRequests(const Actor& actor,
                                                                         const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT id, orientation_id, requested_kind, reason, status, decision_reason, "
                             "requested_on, decided_on FROM reorientation_requests WHERE person_id = ? "
                             "AND deleted = 0 ORDER BY requested_on"));
    q.addBindValue(personId);
    if (!q.exec()) {
        return readFailed(q);
    }
    QList<ReorientationRequest> list;
    while (q.next()) {
        ReorientationRequest r;
        r.id = q.value(0).toString();
        r.personId = personId;
        r.orientationId = q.value(1).toString();
        r.requestedKind = q.value(2).toString();
        r.reason = q.value(3).toString();
        r.status = q.value(4).toString();
        r.decisionReason = q.value(5).toString();
        r.requestedOn = dayFrom(q.value(6));
        r.decidedOn = dayFrom(q.value(7));
        list.append(r);
    }
    return list;
}

} // namespace jalon
