#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// The two kinds of data·inclusion records.
enum class DirectoryKind { Structure, Service };

// The source given to services and structures added in Jalon by advisers (docs/directory.md).
inline QString localDirectorySource() {
    return QStringLiteral("jalon-local");
}

// The key of a record in Jalon: "source:id" (the id may itself contain ':'; the source does not).
inline QString directoryKey(const QString& source, const QString& id) {
    return source + QLatin1Char(':') + id;
}

// The records of one import file, not yet checked: each is a data·inclusion JSON object (CSV cells
// already turned into JSON values). hasStructures / hasServices say which lists the file holds,
// even empty: only those lists are compared with the database (withdrawn records).
struct DirectoryBatch {
    QString format; // "json" or "csv"
    bool hasStructures = false;
    bool hasServices = false;
    QList<QJsonObject> structures;
    QList<QJsonObject> services;
};

// One problem found in a record: an error skips the record, a warning keeps it.
struct ImportIssue {
    DirectoryKind kind = DirectoryKind::Service;
    QString recordId; // the record's id as given (or "#N", its position, when it has none)
    QString field;    // the data·inclusion field name, or empty for the whole record
    bool error = false;
    QString message; // translated
};

// What an import did (or, for a dry run, would do) to one kind of record.
struct ImportCounts {
    int added = 0;     // new records
    int updated = 0;   // records whose content changed (or that came back after being withdrawn)
    int unchanged = 0; // records identical to the stored ones
    int withdrawn = 0; // records of the file's sources no longer in the file
    int skipped = 0;   // records with an error, not written
};

// The outcome of DirectoryImporter::run: every error and warning, in file order, and the counts.
struct ImportReport {
    QString format;
    QStringList sources; // the sources the file's records belong to
    QList<ImportIssue> issues;
    ImportCounts structures;
    ImportCounts services;
    bool dryRun = false;

    int errorCount() const;
    int warningCount() const;
    // "12 services: 3 new, …; 2 structures: …; 4 errors, 1 warning." (translated)
    QString summary() const;
};

} // namespace jalon
