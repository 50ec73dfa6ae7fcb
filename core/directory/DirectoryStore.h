#pragma once

#include "common/Result.h"
#include "directory/DirectoryRecord.h"
#include "security/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace jalon {

class Database;
struct DirectorySheet;

// One stored service with its structure and the local columns Jalon adds to the format.
struct DirectoryEntry {
    QString key;           // "source:id"
    QString structureKey;  // "source:structure_id"
    QJsonObject service;   // the data·inclusion record
    QJsonObject structure; // empty when the structure is not in the directory
    bool withdrawn = false;
    bool local = false;
    QDate fullUntil; // invalid: not marked full
    QString localNote;
    QDateTime importedAt;
};

// Reads and writes the directory outside imports:
//  - local structures and services, added by advisers: their source is "jalon-local" and their id
//    "jalon-local--<uuid>" (kept when given, to update); a local service belongs to a local
//    structure (its structure_id is a local structure's id); date_maj is set to today on each save;
//  - "temporarily full until" and the advisers' note, on any service (kept across re-imports);
//  - the export of local structures and services as one data·inclusion JSON object
//    {"structures": [...], "services": [...]} that validates against the v1 schemas;
//  - recording a person's referral to a service on their pathway (ReferralStore).
// Reading needs Permission::ViewDirectory, writing Permission::ManageDirectory.
class DirectoryStore {
public:
    explicit DirectoryStore(Database& database);

    // Adds or updates a local structure / service (data·inclusion fields); returns its key.
    Result<QString> saveLocalStructure(const Actor& actor, QJsonObject structure);
    Result<QString> saveLocalService(const Actor& actor, QJsonObject service);

    // Marks the service full until the given day (included); an invalid date clears the mark.
    Status setFullUntil(const Actor& actor, const QString& key, const QDate& until);
    Status setLocalNote(const Actor& actor, const QString& key, const QString& note);

    Result<DirectoryEntry> entry(const Actor& actor, const QString& key) const;
    // What the service sheet shows (DirectorySheet.h).
    Result<DirectorySheet> sheet(const Actor& actor, const QString& key) const;

    Result<QJsonObject> exportLocal(const Actor& actor) const;
    // exportLocal() written atomically to path (indented UTF-8 JSON).
    Status exportLocalTo(const Actor& actor, const QString& path) const;

    // Records that the person was referred to the service on sentOn, through ReferralStore::refer:
    // service id = the key, service name, thématique = the service's first thématique.
    Result<QString> referPerson(const Actor& actor, const QString& personId, const QString& serviceKey,
                                const QDate& sentOn);

private:
    Result<QString> saveLocal(const Actor& actor, DirectoryKind kind, QJsonObject record);
    Status updateLocalColumn(const Actor& actor, const QString& key, const QString& column,
                             const QVariant& value);

    Database& m_database;
};

} // namespace jalon
