#include "directory/DirectoryImporter.h"

#include "common/Clock.h"
#include "common/TextFold.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "directory/DirectoryParser.h"
#include "directory/DirectoryRows.h"
#include "directory/DirectoryValidator.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jalon {

namespace {

QString tableOf(DirectoryKind kind) {
    return kind == DirectoryKind::Structure ? QStringLiteral("directory_structures")
                                            : QStringLiteral("directory_services");
}

QStringList columnNames(DirectoryKind kind) {
    return kind == DirectoryKind::Structure ? DirectoryRows::structureColumns({}).keys()
                                            : DirectoryRows::serviceColumns({}, {}).keys();
}

Status readFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("DirectoryImporter", "Could not read the directory (%1).")
                            .arg(query.lastError().text()));
}

StructureBrief briefOf(const QVariantMap& row) {
    return {row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("code_insee")).toString(),
            row.value(QStringLiteral("commune")).toString()};
}

// The sources of the file's records (or the one that replaces them), sorted: records of these
// sources that are no longer in the file are withdrawn.
QStringList sourcesOf(const DirectoryBatch& batch, const QString& override) {
    if (!override.isEmpty()) {
        return {override};
    }
    QSet<QString> sources;
    for (const QList<QJsonObject>* records : {&batch.structures, &batch.services}) {
        for (const QJsonObject& record : *records) {
            const QString source = record.value(QLatin1String("source")).toString().trimmed();
            if (!source.isEmpty()) {
                sources.insert(source);
            }
        }
    }
    QStringList sorted(sources.cbegin(), sources.cend());
    sorted.sort();
    return sorted;
}

} // namespace

DirectoryImporter::DirectoryImporter(Database& database, Actor actor)
    : m_database(database)
    , m_actor(std::move(actor)) {}

Result<ImportReport> DirectoryImporter::runFile(const QString& path, const Options& options,
                                                const Progress& progress) {
    const Result<DirectoryBatch> batch = DirectoryParser::read(path);
    if (!batch) {
        return batch.status();
    }
    return run(batch.value(), options, progress);
}

Result<ImportReport> DirectoryImporter::run(const DirectoryBatch& batch, const Options& options,
                                            const Progress& progress) {
    if (Status allowed = require(m_actor, Permission::ManageDirectory); !allowed) {
        return allowed;
    }
    m_options = options;
    m_progress = progress;
    m_report = ImportReport();
    m_report.format = batch.format;
    m_report.dryRun = options.dryRun;
    m_now = Clock::instance().nowUtc().toString(Qt::ISODate);
    m_total = static_cast<int>(batch.structures.size() + batch.services.size());
    m_done = 0;
    m_cancelled = false;
    m_renamed.clear();
    m_report.sources = sourcesOf(batch, options.source);
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(m_database, m_actor.userId);
    Status done = importKind(DirectoryKind::Structure, batch.structures, batch.hasStructures, writer);
    if (done) {
        done = importKind(DirectoryKind::Service, batch.services, batch.hasServices, writer);
    }
    if (done) {
        done = refreshStructureNames(writer);
    }
    if (m_cancelled) {
        return Result<ImportReport>::fail(
            QCoreApplication::translate("DirectoryImporter", "Import cancelled: nothing was written."));
    }
    if (!done) {
        return done;
    }
    if (!options.dryRun) {
        if (Status committed = transaction.commit(); !committed) {
            return committed;
        }
    }
    return m_report; // a dry run: the transaction rolls back here
}

Status DirectoryImporter::importKind(DirectoryKind kind, const QList<QJsonObject>& records, bool present,
                                     ChangeWriter& writer) {
    const QDate today = Clock::instance().today();
    QList<CheckedRecord> checked;
    QSet<QString> seen;
    ImportCounts& counts = kind == DirectoryKind::Structure ? m_report.structures : m_report.services;
    for (qsizetype i = 0; i < records.size(); ++i) {
        CheckedRecord c =
            DirectoryValidator::check(kind, records.at(i), static_cast<int>(i + 1), today, m_options.source);
        const QString key = directoryKey(c.record.value(QLatin1String("source")).toString(), c.recordId);
        if (c.ok && seen.contains(key)) {
            c.issues.append(
                {kind, c.recordId, QStringLiteral("id"), true,
                 QCoreApplication::translate("DirectoryImporter",
                                             "This id appears twice in the file: the second is skipped.")});
            c.ok = false;
        }
        seen.insert(key);
        m_report.issues.append(c.issues);
        if (c.ok) {
            checked.append(c);
        } else {
            ++counts.skipped;
        }
    }
    if (Status loaded = load(kind, kind == DirectoryKind::Structure ? &m_structures : &m_services); !loaded) {
        return loaded;
    }
    for (const CheckedRecord& c : std::as_const(checked)) {
        QVariantMap columns;
        if (kind == DirectoryKind::Structure) {
            columns = DirectoryRows::structureColumns(c.record);
        } else {
            const QString structureKey =
                directoryKey(c.record.value(QLatin1String("source")).toString(),
                             c.record.value(QLatin1String("structure_id")).toString());
            const auto structure = m_structures.constFind(structureKey);
            if (structure == m_structures.constEnd()) {
                m_report.issues.append(
                    {kind, c.recordId, QStringLiteral("structure_id"), false,
                     QCoreApplication::translate("DirectoryImporter",
                                                 "The structure “%1” is not in the directory.")
                         .arg(c.record.value(QLatin1String("structure_id")).toString().left(80))});
            }
            columns = DirectoryRows::serviceColumns(c.record, structure == m_structures.constEnd()
                                                                  ? StructureBrief()
                                                                  : briefOf(structure.value()));
        }
        if (Status written = write(kind, c.key, columns, writer); !written) {
            return written;
        }
        if (!tick()) {
            return Status::fail(QString());
        }
    }
    return present ? withdrawMissing(kind, seen, writer) : Status::ok();
}

Status DirectoryImporter::write(DirectoryKind kind, const QString& key, const QVariantMap& columns,
                                ChangeWriter& writer) {
    const bool structure = kind == DirectoryKind::Structure;
    Rows& rows = structure ? m_structures : m_services;
    ImportCounts& counts = structure ? m_report.structures : m_report.services;
    auto stored = rows.find(key);
    if (stored == rows.end()) {
        QVariantMap fields = columns;
        fields.insert(QStringLiteral("local"),
                      columns.value(QStringLiteral("source")) == localDirectorySource() ? 1 : 0);
        fields.insert(QStringLiteral("imported_at"), m_now);
        ++counts.added;
        rows.insert(key, columns);
        return writer.insert(tableOf(kind), key, fields);
    }
    QVariantMap changed;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (stored->value(it.key()).toString() != it.value().toString()) {
            changed.insert(it.key(), it.value());
        }
    }
    if (structure && changed.contains(QStringLiteral("name"))) {
        m_renamed.insert(key);
    }
    for (const char* flag : {"withdrawn", "deleted"}) {
        if (stored->value(QLatin1String(flag)).toInt() != 0) {
            changed.insert(QLatin1String(flag), 0);
        }
    }
    if (changed.isEmpty()) {
        ++counts.unchanged;
        return Status::ok();
    }
    changed.insert(QStringLiteral("imported_at"), m_now);
    ++counts.updated;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        stored->insert(it.key(), it.value());
    }
    return writer.update(tableOf(kind), key, changed);
}

Status DirectoryImporter::withdrawMissing(DirectoryKind kind, const QSet<QString>& seen,
                                          ChangeWriter& writer) {
    const bool structure = kind == DirectoryKind::Structure;
    Rows& rows = structure ? m_structures : m_services;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (seen.contains(it.key()) ||
            !m_report.sources.contains(it->value(QStringLiteral("source")).toString()) ||
            it->value(QStringLiteral("withdrawn")).toInt() != 0 ||
            it->value(QStringLiteral("local")).toInt() != 0 ||
            it->value(QStringLiteral("deleted")).toInt() != 0) {
            continue;
        }
        if (Status done = writer.update(tableOf(kind), it.key(), {{QStringLiteral("withdrawn"), 1}}); !done) {
            return done;
        }
        it->insert(QStringLiteral("withdrawn"), 1);
        ++(structure ? m_report.structures : m_report.services).withdrawn;
    }
    return Status::ok();
}

// Services keep a folded copy of their structure's name for search: follow renamed structures.
Status DirectoryImporter::refreshStructureNames(ChangeWriter& writer) {
    for (const QString& key : std::as_const(m_renamed)) {
        const QString folded = foldText(m_structures.value(key).value(QStringLiteral("name")).toString());
        QSqlQuery query(m_database.sql());
        query.prepare(QStringLiteral(
            "SELECT id FROM directory_services WHERE structure_key = ? AND search_structure <> ?"));
        query.addBindValue(key);
        query.addBindValue(folded);
        if (!query.exec()) {
            return readFailed(query);
        }
        QStringList ids;
        while (query.next()) {
            ids << query.value(0).toString();
        }
        for (const QString& id : std::as_const(ids)) {
            if (Status done = writer.update(QStringLiteral("directory_services"), id,
                                            {{QStringLiteral("search_structure"), folded}});
                !done) {
                return done;
            }
        }
    }
    return Status::ok();
}

Status DirectoryImporter::load(DirectoryKind kind, Rows* rows) const {
    rows->clear();
    const QStringList names =
        columnNames(kind) +
        QStringList{QStringLiteral("withdrawn"), QStringLiteral("local"), QStringLiteral("deleted")};
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, %1 FROM %2").arg(names.join(QStringLiteral(", ")), tableOf(kind)))) {
        return readFailed(query);
    }
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i) {
            row.insert(names.at(i), query.value(i + 1));
        }
        rows->insert(query.value(0).toString(), row);
    }
    return Status::ok();
}

bool DirectoryImporter::tick() {
    ++m_done;
    if (m_progress && !m_progress(m_done, m_total)) {
        m_cancelled = true;
    }
    return !m_cancelled;
}

} // namespace jalon
