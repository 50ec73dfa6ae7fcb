#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QDate>

#include <functional>

namespace jalon {

class Database;

// Fills an empty database with a fictional territory for demonstrations and benchmarks:
// a structure in the Côtes-d'Armor with a team of advisers, and people with French names
// (compound names, apostrophes, accents), real communes weighted by population, plausible
// ages, RSA statuses, contacts and CAF numbers, diagnostics (DemoDiagnostics), pathways (DemoPathways)
// and a local offer directory imported through DirectoryImporter (DemoDirectory).
// The same seed always gives the same people, ids included. Written in one transaction through the change log
// like any other change (the directory in a second one, DirectoryImporter's).
class DemoGenerator {
public:
    struct Options {
        int persons = 1000;
        quint32 seed = 1;
        QString departement = QStringLiteral("22");
        bool diagnostics = true;      // one to three diagnostics for most people
        bool pathways = true;         // a pathway for everyone (DemoPathways), about twenty events each
        int directoryServices = 3000; // services of the demo offer directory (DemoDirectory), 0 for none
    };
    // Called every 1,000 people with the count done; return false to cancel (nothing is written).
    // The offer directory is imported last, in its own transaction once the people are written
    // (DirectoryImporter cannot run inside another transaction): it is not cancelled.
    using Progress = std::function<bool(int done)>;
    // Ages and dates of the fictional people are reckoned from this day, not from today, so
    // that a seed gives the same people whatever the day the demo is made. Their diagnostics
    // cover the two years before today (Clock), the same for a seed on a given day.
    static QDate referenceDate() { return QDate(2026, 1, 1); }

    static Result<int> generate(Database& database, const Actor& actor, const Options& options,
                                const Progress& progress = {});
};

} // namespace jalon
