#pragma once

#include "common/Result.h"
#include "directory/DirectoryImporter.h"
#include "directory/DirectoryRecord.h"
#include "security/Actor.h"

#include <QDate>
#include <QString>

namespace jalon {

class Database;

// A fictional local offer directory for the demo territory, in the national data·inclusion v1
// format, as an adviser would expect to find it: CCAS, France services, missions locales,
// garages solidaires, chantiers d'insertion, points conseil budget, permanences CAF... (the
// catalogue of DemoDirectoryCatalog.cpp) spread over the département's communes weighted by
// population, about five services a structure, French descriptions of 200 to 600 characters,
// fictional phones (02 96 …) and e-mails on the reserved .example domain, eligibility zones
// mixing communes, EPCI, the département and "france", and date_maj spread over the three
// years before today (about a third more than a year old: the validator warns about those).
// Every record is valid. The same seed and day always give the same records, ids included.
class DemoDirectory {
public:
    struct Options {
        int services = 3000;
        quint32 seed = 1;
        QString departement = QStringLiteral("22");
        QDate today; // date_maj are reckoned back from it (invalid: Clock's today)
    };

    // The source of the demo's records.
    static QString source() { return QStringLiteral("demo-dora"); }

    // The records, structures first; empty lists for a département without communes.
    static DirectoryBatch generate(const Options& options);
    // generate(), then DirectoryImporter::run with source() as the source: the real import path.
    static Result<ImportReport> import(Database& database, const Actor& actor, const Options& options,
                                       const DirectoryImporter::Progress& progress = {});
};

} // namespace jalon
