#include "pathway/ReferralStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "pathway/PathwayChoices.h"
#include "pathway/PathwayWrite.h"
#include "pathway/RecordReader.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jalon {

namespace {

const QString kTable = QStringLiteral("referrals");
const QString kSelect = QStringLiteral("SELECT id, person_id, service_id, service_name, thematique, status, "
                                       "refusal_reason, sent_on, updated_on FROM referrals ");

Referral fromRow(const QSqlQuery& q) {
    Referral r;
    r.id = q.value(0).toString();
    r.personId = q.value(1).toString();
    r.serviceId = q.value(2).toString();
    r.serviceName = q.value(3).toString();
    r.thematique = q.value(4).toString();
    r.status = q.value(5).toString();
    r.refusalReason = q.value(6).toString();
    r.sentOn = dayFrom(q.value(7));
    r.updatedOn = dayFrom(q.value(8));
    return r;
}

RecordReader<Referral> reader(Database& database) {
    return RecordReader<Referral>(database, kTable, kSelect, &fromRow);
}

} // namespace

ReferralStore::ReferralStore(Database& database)
    : m_database(database) {}

Result<QString> ReferralStore::refer(const Actor& actor, Referral referral) {
    PathwayWrite write(m_database, actor, referral.personId, Permission::RecordPathway);
    if (referral.serviceName.trimmed().isEmpty()) {
        write.refuse(
            QCoreApplication::translate("ReferralStore", "Name the service the person is referred to."));
    }
    if (!referral.sentOn.isValid() || referral.sentOn > Clock::instance().today()) {
        write.refuse(QCoreApplication::translate("ReferralStore",
                                                 "The referral date must be a real day, today or earlier."));
    }
    const QString id = newId();
    write.insert(kTable, id,
                 {{QStringLiteral("person_id"), referral.personId},
                  {QStringLiteral("service_id"), referral.serviceId},
                  {QStringLiteral("service_name"), referral.serviceName.trimmed()},
                  {QStringLiteral("thematique"), referral.thematique},
                  {QStringLiteral("sent_on"), isoDay(referral.sentOn)},
                  {QStringLiteral("updated_on"), isoDay(referral.sentOn)}});
    write.event(QStringLiteral("referral"), QStringLiteral("created"), id, isoDay(referral.sentOn),
                {{QStringLiteral("service"), referral.serviceName.trimmed()},
                 {QStringLiteral("thematique"), referral.thematique}});
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status ReferralStore::setStatus(const Actor& actor, const QString& referralId, const QString& status,
                                const QDate& on, const QString& refusalReason) {
    Result<Referral> stored = get(actor, referralId);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    // The referral as it is inside the write transaction (it may have changed since it was read).
    QSqlQuery fresh = write.query(kSelect + QStringLiteral("WHERE id = ? AND deleted = 0"), {referralId});
    if (write.status() && fresh.next()) {
        stored = fromRow(fresh);
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
    if (!PathwayChoices::referralMayBecome(stored->status, status)) {
        write.refuse(
            QCoreApplication::translate("ReferralStore", "A referral cannot go from \"%1\" to \"%2\".")
                .arg(PathwayChoices::label(PathwayChoices::referralStatuses(), stored->status),
                     PathwayChoices::label(PathwayChoices::referralStatuses(), status)));
    }
    const bool refused = status == QLatin1String("refused");
    if (refused && !PathwayChoices::contains(PathwayChoices::refusalReasons(), refusalReason)) {
        write.refuse(QCoreApplication::translate("ReferralStore", "Give the reason of the refusal."));
    }
    if (!on.isValid() || on > Clock::instance().today() || on < stored->updatedOn) {
        write.refuse(
            QCoreApplication::translate(
                "ReferralStore", "The date must fall between the last change of the referral (%1) and today.")
                .arg(shownDay(stored->updatedOn)));
    }
    write.update(kTable, referralId,
                 {{QStringLiteral("status"), status},
                  {QStringLiteral("refusal_reason"), refused ? refusalReason : QString()},
                  {QStringLiteral("updated_on"), isoDay(on)}});
    write.event(QStringLiteral("referral"), QStringLiteral("status"), referralId, isoDay(on),
                {{QStringLiteral("status"), status},
                 {QStringLiteral("service"), stored->serviceName},
                 {QStringLiteral("reason"), refused ? refusalReason : QString()}});
    return write.commit();
}

Result<Referral> ReferralStore::get(const Actor& actor, const QString& referralId) const {
    return reader(m_database).one(actor, referralId);
}

Result<QList<Referral>> ReferralStore::ofPerson(const Actor& actor, const QString& personId) const {
    return reader(m_database).ofPerson(actor, personId, QStringLiteral("sent_on"));
}

} // namespace jalon
