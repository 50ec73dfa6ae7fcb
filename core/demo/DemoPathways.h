#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace jalon {

class ChangeWriter;
class Dice;

// Plausible pathways for the demo's fictional people, written row by row through the change log
// with their timeline events, following the same rules as the stores: an entry, an orientation
// a few weeks later, appointments every one to two months with realistic no-shows (some recent
// ones left to update), successive contracts, an action plan with objectives and actions from the
// national referential, referrals, notes (some private), reorientations, exits and re-entries.
// About twenty events a person on average.
class DemoPathways {
public:
    explicit DemoPathways(Dice& dice);

    struct Subject {
        QString personId;
        QString referentId; // empty for people awaiting orientation
        QString structureId;
        QString followStatus; // awaiting_orientation, followed or exited: how the pathway ends
        QDate enteredOn;      // the first entry
    };
    // Writes the subject's pathway up to today; returns how many events.
    Result<int> write(ChangeWriter& writer, const Subject& subject, const QString& fallbackActor,
                      const QDate& today);

private:
    class Writer;
    Dice& m_dice;
};

} // namespace jalon
