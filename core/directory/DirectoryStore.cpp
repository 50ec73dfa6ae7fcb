#include "directory/DirectoryStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "directory/DirectoryRows.h"
#include "directory/DirectorySheet.h"
#include "directory/DirectoryValidator.h"
#include "pathway/ReferralStore.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

const QString kServices = QStringLiteral("directory_services");
const QString kStructures = QStringLiteral("directory_structures");

Status notFound() {
    return Status::fail(QCoreApplication::translate(
        "DirectoryStore", "This service is not in the directory (or was removed)."));
}

Status readFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("DirectoryStore", "Could not read the directory (%1).")
                            .arg(query.lastError().text()));
}

// Why a local record cannot be saved, or an empty list. Stricter than an import: every warning
// blocks, and the lengths the format requires are checked, so that the export stays valid.
QStringList localProblems(DirectoryKind kind, const CheckedRecord& checked) {
    QStringList problems;
    for (const ImportIssue& issue : checked.issues) {
        problems << QStringLiteral("%1: %2").arg(issue.field, issue.message);
    }
    const qsizetype name = checked.record.value(QLatin1String("nom")).toString().size();
    if (name > 0 && (name < 3 || name > 150)) {
        problems << QCoreApplication::translate("DirectoryStore",
                                                "nom: the name must have 3 to 150 characters.");
    }
    if (kind == DirectoryKind::Service &&
        checked.record.value(QLatin1String("description")).toString().size() < 5) {
        problems << QCoreApplication::translate("DirectoryStore",
                                                "description: describe the service (5 characters at least).");
    }
    return problems;
}

QString scalar(Database& database, const QString& sql, const QString& key, bool* found) {
    QSqlQuery query(database.sql());
    query.prepare(sql);
    query.addBindValue(key);
    *found = query.exec() && query.next();
    return *found ? query.value(0).toString() : QString();
}

} // namespace

DirectoryStore::DirectoryStore(Database& database)
    : m_database(database) {}

Result<QString> DirectoryStore::saveLocalStructure(const Actor& actor, QJsonObject structure) {
    return saveLocal(actor, DirectoryKind::Structure, std::move(structure));
}

Result<QString> DirectoryStore::saveLocalService(const Actor& actor, QJsonObject service) {
    return saveLocal(actor, DirectoryKind::Service, std::move(service));
}

Result<QString> DirectoryStore::saveLocal(const Actor& actor, DirectoryKind kind, QJsonObject record) {
    if (Status allowed = require(actor, Permission::ManageDirectory); !allowed) {
        return allowed;
    }
    const QDate today = Clock::instance().today();
    record.insert(QStringLiteral("source"), localDirectorySource());
    if (record.value(QLatin1String("id")).toString().trimmed().isEmpty()) {
        record.insert(QStringLiteral("id"), localDirectorySource() + QStringLiteral("--") + newId());
    }
    record.insert(QStringLiteral("date_maj"), today.toString(Qt::ISODate));
    const CheckedRecord checked = DirectoryValidator::check(kind, record, 1, today);
    if (const QStringList problems = localProblems(kind, checked); !problems.isEmpty()) {
        return Result<QString>::fail(problems.join(QLatin1Char(' ')));
    }
    const bool service = kind == DirectoryKind::Service;
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    QVariantMap columns;
    if (service) {
        const QString structureKey = directoryKey(
            localDirectorySource(), checked.record.value(QLatin1String("structure_id")).toString());
        QSqlQuery q(m_database.sql());
        q.prepare(QStringLiteral(
            "SELECT name, code_insee, commune FROM directory_structures WHERE id = ? AND deleted = 0"));
        q.addBindValue(structureKey);
        if (!q.exec() || !q.next()) {
            return Result<QString>::fail(QCoreApplication::translate(
                "DirectoryStore",
                "structure_id: a local service belongs to a structure added in Jalon; save it first."));
        }
        columns = DirectoryRows::serviceColumns(
            checked.record, {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    } else {
        columns = DirectoryRows::structureColumns(checked.record);
    }
    columns.insert(QStringLiteral("imported_at"), Clock::instance().nowUtc().toString(Qt::ISODate));
    const QString table = service ? kServices : kStructures;
    bool exists = false;
    scalar(m_database, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table), checked.key, &exists);
    ChangeWriter writer(m_database, actor.userId);
    columns.insert(QStringLiteral("local"), 1);
    columns.insert(QStringLiteral("withdrawn"), 0);
    Status written =
        exists ? writer.update(table, checked.key, columns) : writer.insert(table, checked.key, columns);
    if (written) {
        written = transaction.commit();
    }
    if (!written) {
        return written;
    }
    return checked.key;
}

Status DirectoryStore::setFullUntil(const Actor& actor, const QString& key, const QDate& until) {
    return updateLocalColumn(actor, key, QStringLiteral("full_until"),
                             until.isValid() ? QVariant(until.toString(Qt::ISODate))
                                             : QVariant(QMetaType(QMetaType::QString)));
}

Status DirectoryStore::setLocalNote(const Actor& actor, const QString& key, const QString& note) {
    return updateLocalColumn(actor, key, QStringLiteral("local_note"), note.trimmed());
}

Status DirectoryStore::updateLocalColumn(const Actor& actor, const QString& key, const QString& column,
                                         const QVariant& value) {
    if (Status allowed = require(actor, Permission::ManageDirectory); !allowed) {
        return allowed;
    }
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    bool exists = false;
    scalar(m_database, QStringLiteral("SELECT id FROM directory_services WHERE id = ? AND deleted = 0"), key,
           &exists);
    if (!exists) {
        return notFound();
    }
    ChangeWriter writer(m_database, actor.userId);
    if (Status done = writer.update(kServices, key, {{column, value}}); !done) {
        return done;
    }
    return transaction.commit();
}

Result<DirectoryEntry> DirectoryStore::entry(const Actor& actor, const QString& key) const {
    if (Status allowed = require(actor, Permission::ViewDirectory); !allowed) {
        return allowed;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.structure_key, s.record, st.record, s.withdrawn, s.local, s.full_until, "
        "s.local_note, s.imported_at FROM directory_services s LEFT JOIN directory_structures st "
        "ON st.id = s.structure_key AND st.deleted = 0 WHERE s.id = ? AND s.deleted = 0"));
    q.addBindValue(key);
    if (!q.exec()) {
        return readFailed(q);
    }
    if (!q.next()) {
        return notFound();
    }
    DirectoryEntry e;
    e.key = q.value(0).toString();
    e.structureKey = q.value(1).toString();
    e.service = DirectoryRows::objectOf(q.value(2).toString());
    e.structure = DirectoryRows::objectOf(q.value(3).toString());
    e.withdrawn = q.value(4).toInt() != 0;
    e.local = q.value(5).toInt() != 0;
    e.fullUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.localNote = q.value(7).toString();
    e.importedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return e;
}

Result<DirectorySheet> DirectoryStore::sheet(const Actor& actor, const QString& key) const {
    const Result<DirectoryEntry> found = entry(actor, key);
    if (!found) {
        return found.status();
    }
    return DirectorySheet::of(found.value(), Clock::instance().today());
}

Result<QJsonObject> DirectoryStore::exportLocal(const Actor& actor) const {
    if (Status allowed = require(actor, Permission::ViewDirectory); !allowed) {
        return allowed;
    }
    QJsonObject root;
    for (const QString& table : {kStructures, kServices}) {
        QSqlQuery q(m_database.sql());
        if (!q.exec(QStringLiteral("SELECT record FROM %1 WHERE local = 1 AND deleted = 0 ORDER BY name, id")
                        .arg(table))) {
            return readFailed(q);
        }
        QJsonArray records;
        while (q.next()) {
            records.append(DirectoryRows::objectOf(q.value(0).toString()));
        }
        root.insert(table == kStructures ? QStringLiteral("structures") : QStringLiteral("services"),
                    records);
    }
    return root;
}

Status DirectoryStore::exportLocalTo(const Actor& actor, const QString& path) const {
    const Result<QJsonObject> exported = exportLocal(actor);
    if (!exported) {
        return exported.status();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(exported.value()).toJson()) < 0 ||
        !file.commit()) {
        return Status::fail(QCoreApplication::translate("DirectoryStore", "Could not write %1 (%2).")
                                .arg(path, file.errorString()));
    }
    return Status::ok();
}

Result<QString> DirectoryStore::referPerson(const Actor& actor, const QString& personId,
                                            const QString& serviceKey, const QDate& sentOn) {
    const Result<DirectoryEntry> found = entry(actor, serviceKey);
    if (!found) {
        return found.status();
    }
    if (found->withdrawn) {
        return Result<QString>::fail(QCoreApplication::translate(
            "DirectoryStore", "This service was withdrawn from its source's directory: choose another one."));
    }
    Referral referral;
    referral.personId = personId;
    referral.serviceId = found->key;
    referral.serviceName = found->service.value(QLatin1String("nom")).toString();
    const QJsonArray thematiques = found->service.value(QLatin1String("thematiques")).toArray();
    referral.thematique = thematiques.isEmpty() ? QString() : thematiques.at(0).toString();
    referral.sentOn = sentOn;
    return ReferralStore(m_database).refer(actor, referral);
}

} // namespace jalon
