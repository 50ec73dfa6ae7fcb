#include "pathway/AppointmentStore.h"

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

const QString kTable = QStringLiteral("appointments");
const QString kSelect =
    QStringLiteral("SELECT a.id, a.person_id, a.kind, a.purpose, a.scheduled_at, a.duration, a.place, "
                   "a.channel, a.invited_on, "
                   "a.adviser_id, COALESCE(u.display_name, ''), a.status FROM appointments a "
                   "LEFT JOIN users u ON u.id = a.adviser_id ");

QString localTime(const QDateTime& time) {
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

Appointment fromRow(const QSqlQuery& q) {
    Appointment a;
    a.id = q.value(0).toString();
    a.personId = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.purpose = q.value(3).toString();
    a.scheduledAt = QDateTime::fromString(q.value(4).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    a.duration = q.value(5).toInt();
    a.place = q.value(6).toString();
    a.channel = q.value(7).toString();
    a.invitedOn = dayFrom(q.value(8));
    a.adviserId = q.value(9).toString();
    a.adviserName = q.value(10).toString();
    a.status = q.value(11).toString();
    return a;
}

// The rules every planned appointment follows, whether new or moved.
void checkPlan(PathwayWrite& write, const Appointment& a) {
    if (!PathwayChoices::contains(PathwayChoices::appointmentKinds(), a.kind)) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore", "Choose whether the appointment is individual or collective."));
    }
    if (!PathwayChoices::contains(PathwayChoices::appointmentPurposes(), a.purpose)) {
        write.refuse(QCoreApplication::translate("AppointmentStore", "Choose what the appointment is for."));
    }
    if (!PathwayChoices::contains(PathwayChoices::invitationChannels(), a.channel)) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore", "Choose how the person is invited: letter, SMS, e-mail or telephone."));
    }
    if (!a.scheduledAt.isValid()) {
        write.refuse(
            QCoreApplication::translate("AppointmentStore", "The appointment needs a real date and time."));
    }
    if (a.duration <= 0 || a.duration > 8 * 60) {
        write.refuse(QCoreApplication::translate("AppointmentStore",
                                                 "An appointment lasts between 1 minute and 8 hours."));
    }
    if (!a.invitedOn.isValid() || a.invitedOn > Clock::instance().today()) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore", "The invitation date must be a real day, today or earlier."));
    } else if (a.scheduledAt.isValid() && a.invitedOn > a.scheduledAt.date()) {
        write.refuse(QCoreApplication::translate("AppointmentStore",
                                                 "The invitation cannot be sent after the appointment."));
    }
}

QJsonObject detailsOf(const Appointment& a) {
    return {{QStringLiteral("at"), localTime(a.scheduledAt)},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("purpose"), a.purpose},
            {QStringLiteral("channel"), a.channel},
            {QStringLiteral("place"), a.place}};
}

// The status as it is inside the write transaction (the record may have changed since it was read).
void refreshStatus(PathwayWrite& write, const QString& id, Appointment* appointment) {
    QSqlQuery fresh =
        write.query(QStringLiteral("SELECT status FROM appointments WHERE id = ? AND deleted = 0"), {id});
    if (write.status() && fresh.next()) {
        appointment->status = fresh.value(0).toString();
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
}

RecordReader<Appointment> reader(Database& database) {
    return RecordReader<Appointment>(database, kTable, kSelect, &fromRow, QStringLiteral("a."));
}

} // namespace

AppointmentStore::AppointmentStore(Database& database)
    : m_database(database) {}

Result<QString> AppointmentStore::plan(const Actor& actor, Appointment appointment) {
    if (appointment.adviserId.isEmpty()) {
        appointment.adviserId = actor.userId;
    }
    PathwayWrite write(m_database, actor, appointment.personId, Permission::RecordPathway);
    checkPlan(write, appointment);
    QSqlQuery followed = write.query(QStringLiteral("SELECT 1 FROM follow_periods WHERE person_id = ? "
                                                    "AND deleted = 0 AND closed_on IS NULL"),
                                     {appointment.personId});
    if (write.status() && !followed.next()) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore",
            "This person is not followed: record their entry before planning an appointment."));
    }
    const QString id = newId();
    write.insert(kTable, id,
                 {{QStringLiteral("person_id"), appointment.personId},
                  {QStringLiteral("kind"), appointment.kind},
                  {QStringLiteral("purpose"), appointment.purpose},
                  {QStringLiteral("scheduled_at"), localTime(appointment.scheduledAt)},
                  {QStringLiteral("duration"), appointment.duration},
                  {QStringLiteral("place"), appointment.place.trimmed()},
                  {QStringLiteral("channel"), appointment.channel},
                  {QStringLiteral("invited_on"), isoDay(appointment.invitedOn)},
                  {QStringLiteral("adviser_id"), appointment.adviserId}});
    write.event(QStringLiteral("appointment"), QStringLiteral("created"), id, isoDay(appointment.invitedOn),
                detailsOf(appointment));
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status AppointmentStore::reschedule(const Actor& actor, const Appointment& appointment) {
    Result<Appointment> stored = get(actor, appointment.id);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    refreshStatus(write, appointment.id, &stored.value());
    if (stored->status != QLatin1String("planned")) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore", "Only a planned appointment can be moved: plan a new one instead."));
    }
    checkPlan(write, appointment);
    write.update(kTable, appointment.id,
                 {{QStringLiteral("kind"), appointment.kind},
                  {QStringLiteral("purpose"), appointment.purpose},
                  {QStringLiteral("scheduled_at"), localTime(appointment.scheduledAt)},
                  {QStringLiteral("duration"), appointment.duration},
                  {QStringLiteral("place"), appointment.place.trimmed()},
                  {QStringLiteral("channel"), appointment.channel},
                  {QStringLiteral("invited_on"), isoDay(appointment.invitedOn)}});
    QJsonObject details = detailsOf(appointment);
    details.insert(QStringLiteral("from"), localTime(stored->scheduledAt));
    write.event(QStringLiteral("appointment"), QStringLiteral("rescheduled"), appointment.id,
                isoDay(Clock::instance().today()), details);
    return write.commit();
}

Status AppointmentStore::setStatus(const Actor& actor, const QString& appointmentId, const QString& status) {
    Result<Appointment> stored = get(actor, appointmentId);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    refreshStatus(write, appointmentId, &stored.value());
    if (!PathwayChoices::appointmentMayBecome(stored->status, status)) {
        write.refuse(
            QCoreApplication::translate("AppointmentStore", "An appointment cannot go from \"%1\" to \"%2\".")
                .arg(PathwayChoices::label(PathwayChoices::appointmentStatuses(), stored->status),
                     PathwayChoices::label(PathwayChoices::appointmentStatuses(), status)));
    }
    const bool needsPast = status == QLatin1String("honoured") || status == QLatin1String("absent");
    if (needsPast && stored->scheduledAt.date() > Clock::instance().today()) {
        write.refuse(QCoreApplication::translate(
            "AppointmentStore",
            "This appointment has not happened yet: it cannot be marked attended or missed."));
    }
    write.update(kTable, appointmentId, {{QStringLiteral("status"), status}});
    write.event(QStringLiteral("appointment"), QStringLiteral("status"), appointmentId,
                localTime(stored->scheduledAt),
                {{QStringLiteral("status"), status},
                 {QStringLiteral("previous"), stored->status},
                 {QStringLiteral("at"), localTime(stored->scheduledAt)},
                 {QStringLiteral("purpose"), stored->purpose}});
    return write.commit();
}

Result<Appointment> AppointmentStore::get(const Actor& actor, const QString& appointmentId) const {
    return reader(m_database).one(actor, appointmentId);
}

Result<QList<Appointment>> AppointmentStore::ofPerson(const Actor& actor, const QString& personId) const {
    return reader(m_database).ofPerson(actor, personId, QStringLiteral("a.scheduled_at"));
}

} // namespace jalon
