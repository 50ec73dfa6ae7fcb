#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// Reads a person's timeline: every pathway event the actor may see (private notes of others
// left out), oldest first, with the name of who recorded it; and describes an event in one line
// in the current language.
class Timeline {
public:
    explicit Timeline(Database& database);

    Result<QList<PathwayEvent>> events(const Actor& actor, const QString& personId) const;

    // "Appointment planned for 12/03/2026 10:00 (Letter)", "Exit: Training"...
    static QString describe(const PathwayEvent& event);
    // The label of the event's kind ("Appointment").
    static QString kindLabel(const QString& kind);

private:
    Database& m_database;
};

} // namespace jalon
