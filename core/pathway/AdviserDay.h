#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jalon {

class Database;

// What an adviser has to do, for the home screen ("À faire"). People are those of the actor's
// structure the actor is referent of (all of the structure for a manager or an orientation
// officer, who orient people); the day is Clock's today. docs/pathway.md gives each list's rule.
class AdviserDay {
public:
    struct PersonLine {
        QString personId;
        QString name;   // "DURAND Hélène"
        QDate since;    // the date the line is about (opening, orientation, contract end)
        int days = 0;   // days since (or until, for a contract end)
        QString detail; // orientation kind, contract kind...
    };
    struct AppointmentLine {
        QString appointmentId;
        QString personId;
        QString name;
        QDateTime scheduledAt;
        QString kind;
        QString purpose;
        QString status;
        QString place;
    };
    struct Lists {
        QList<AppointmentLine> today;
        QList<AppointmentLine> thisWeek; // Monday to Sunday of the current week, today included
        QList<AppointmentLine> toUpdate; // past and still "planned"
        // Awaiting orientation (for an adviser: not assigned yet, or assigned to them)
        QList<PersonLine> awaitingOver30;     // awaiting orientation for 31 to 45 days
        QList<PersonLine> awaitingOver45;     // awaiting orientation for more than 45 days
        QList<PersonLine> noFirstAppointment; // oriented over 30 days ago, no appointment attended since
        QList<PersonLine> contractsEnding;    // running contracts whose planned end is within 30 days
    };

    // Each list holds at most kMaxLines + 1 lines, in its order: one more than kMaxLines says that
    // there are more (a home screen of thousands of lines helps nobody; the register's filters
    // show them all).
    static constexpr int kMaxLines = 200;

    explicit AdviserDay(Database& database);

    Result<Lists> lists(const Actor& actor) const;
    // Appointments of the week that starts on monday (the agenda), in time order.
    Result<QList<AppointmentLine>> week(const Actor& actor, const QDate& monday) const;

private:
    Database& m_database;
};

} // namespace jalon
