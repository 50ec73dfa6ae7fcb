#pragma once

#include "common/Result.h"
#include "diagnostic/QuestionnaireParser.h"
#include "security/Actor.h"

#include <optional>

namespace jalon {

class Database;

// One installed version of a questionnaire.
struct InstalledQuestionnaire {
    QString definitionId;
    int version = 0;
    QString hash;
    QString title;
    int themes = 0;
    int questions = 0;
    QDateTime installedAt;
};

// The questionnaire definitions installed in a database. Installing validates the file
// completely (QuestionnaireParser) and keeps it whole; an installed version is immutable:
// the same file again is accepted as already installed, other content under the same
// version number is refused. Only administrators install.
class QuestionnaireStore {
public:
    enum class Outcome { Installed, AlreadyInstalled };
    struct Installation {
        Outcome outcome = Outcome::Installed;
        InstalledQuestionnaire questionnaire;
    };

    explicit QuestionnaireStore(Database& database);

    // Refused with every problem, one per line ("JSON-PATH: message"), if the file is not valid.
    Result<Installation> install(const Actor& actor, const QByteArray& definition);
    Result<QList<InstalledQuestionnaire>> list(const Actor& actor) const;
    Result<Questionnaire> load(const Actor& actor, const QString& definitionId, int version) const;
    // The highest installed version of the definition: what a new diagnostic uses.
    Result<Questionnaire> loadLatest(const Actor& actor, const QString& definitionId) const;
    // Installs the grids shipped with Jalon (resources/questionnaires) that are not installed yet.
    Status installBuiltIn(const Actor& actor);
    // The same, acting as the local administrator: run when a database is opened for use, so
    // that a new database, or one made by an older Jalon, has the grids this version ships.
    static Status ensureBuiltIn(Database& database);
    static QStringList builtInFiles();

private:
    // The outcome for a definition whose (id, version) is installed: already installed with the
    // same hash, or refused as other content; nothing when that version is not installed.
    std::optional<Result<Installation>> existingInstallation(const Questionnaire& q) const;

    Database& m_database;
};

} // namespace jalon
