#pragma once

#include "common/Result.h"
#include "directory/DirectoryRecord.h"
#include "security/Actor.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <functional>

namespace jalon {

class ChangeWriter;
class Database;

// Imports a data·inclusion file (DirectoryParser) into the directory, in one transaction, all or
// nothing: each record is checked (DirectoryValidator), records in error are skipped and reported,
// the others are added or updated by (source, id). The advisers' note and "full until" are local
// columns and survive re-imports. For each kind the file holds, records of the file's sources that
// are no longer in it are marked withdrawn (never deleted; services added in Jalon never are).
// A dry run does all of it, reports the same, and rolls back. Needs Permission::ManageDirectory.
class DirectoryImporter {
public:
    // Called after each record with (records done, records in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    struct Options {
        QString source; // when set, replaces every record's source (--source)
        bool dryRun = false;
    };

    DirectoryImporter(Database& database, Actor actor);

    Result<ImportReport> run(const DirectoryBatch& batch, const Options& options,
                             const Progress& progress = {});
    // Reads the file (refused whole if it is not the format), then run().
    Result<ImportReport> runFile(const QString& path, const Options& options, const Progress& progress = {});

private:
    // Rows already stored for the file's sources, by key: their columns plus withdrawn, local, deleted.
    using Rows = QHash<QString, QVariantMap>;

    Status importKind(DirectoryKind kind, const QList<QJsonObject>& records, bool present,
                      ChangeWriter& writer);
    Status write(DirectoryKind kind, const QString& key, const QVariantMap& columns, ChangeWriter& writer);
    Status withdrawMissing(DirectoryKind kind, const QSet<QString>& seen, ChangeWriter& writer);
    Status refreshStructureNames(ChangeWriter& writer);
    Status load(DirectoryKind kind, Rows* rows) const;
    bool tick();

    Database& m_database;
    Actor m_actor;
    Options m_options;
    Progress m_progress;
    ImportReport m_report;
    QString m_now;
    Rows m_structures;
    Rows m_services;
    QSet<QString> m_renamed; // structures whose name changed
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace jalon
