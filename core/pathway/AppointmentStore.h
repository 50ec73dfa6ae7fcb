#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// A person's appointments: planned with their invitation, then given their outcome (attended,
// absent, excused, cancelled by the service). An outcome other than a cancellation or an
// excuse cannot be set before the appointment's time; the invitation cannot come after it.
class AppointmentStore {
public:
    explicit AppointmentStore(Database& database);

    // Plans an appointment; the adviser defaults to the actor. Returns its id.
    Result<QString> plan(const Actor& actor, Appointment appointment);
    // Changes the time, place or kind of a planned appointment.
    Status reschedule(const Actor& actor, const Appointment& appointment);
    Status setStatus(const Actor& actor, const QString& appointmentId, const QString& status);

    Result<Appointment> get(const Actor& actor, const QString& appointmentId) const;
    // The person's appointments, oldest first.
    Result<QList<Appointment>> ofPerson(const Actor& actor, const QString& personId) const;

private:
    Database& m_database;
};

} // namespace jalon
