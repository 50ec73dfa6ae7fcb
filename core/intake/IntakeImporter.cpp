#include "intake/IntakeImporter.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "intake/IntakeReview.h"
#include "persons/PersonStore.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

const QString kPersons = QStringLiteral("persons");

// The rows whose review no longer holds: another status, another record, another action.
QStringList changedSinceReview(const QList<IntakeRow>& reviewed, const QList<IntakeRow>& now) {
    QStringList lines;
    for (qsizetype i = 0; i < reviewed.size(); ++i) {
        const IntakeRow& before = reviewed.at(i);
        const IntakeRow& after = now.at(i);
        if (before.status != after.status || before.matchId != after.matchId ||
            before.action() != after.action() || before.reentry != after.reentry ||
            before.changes != after.changes) {
            lines << QString::number(before.line);
        }
    }
    return lines;
}

} // namespace

IntakeImporter::IntakeImporter(Database& database, Actor actor)
    : m_database(database)
    , m_actor(std::move(actor)) {}

Result<IntakeOutcome> IntakeImporter::apply(const QList<IntakeRow>& reviewed, const Progress& progress) {
    if (Status allowed = require(m_actor, Permission::OrientPeople); !allowed) {
        return allowed;
    }
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    // The register may have changed since the review (another window, another adviser): check again
    // under the write lock, and refuse rather than write what the officer did not see.
    QList<IntakeRow> rows = reviewed;
    if (Status checked = IntakeReview(m_database, m_actor).classify(&rows); !checked) {
        return checked;
    }
    if (const QStringList lines = changedSinceReview(reviewed, rows); !lines.isEmpty()) {
        return Result<IntakeOutcome>::fail(
            QCoreApplication::translate("IntakeImporter",
                                        "The register changed since the review (lines %1): review the "
                                        "file again. Nothing was imported.")
                .arg(lines.join(QStringLiteral(", "))));
    }
    ChangeWriter writer(m_database, m_actor.userId);
    IntakeOutcome outcome;
    int done = 0;
    for (const IntakeRow& row : std::as_const(rows)) {
        Status written = Status::ok();
        switch (row.action()) {
        case IntakeRow::Action::Create:
            written = create(row, writer, &outcome);
            break;
        case IntakeRow::Action::Update:
            written = update(row, writer, &outcome);
            break;
        case IntakeRow::Action::Nothing:
            ++(row.status == IntakeStatus::UpToDate && row.decision != IntakeDecision::Skip
                   ? outcome.unchanged
                   : outcome.skipped);
            break;
        }
        if (!written) {
            return Result<IntakeOutcome>::fail(
                QCoreApplication::translate("IntakeImporter",
                                            "Line %1 could not be written (%2). Nothing was imported.")
                    .arg(row.line)
                    .arg(written.error()));
        }
        if (progress && !progress(++done, static_cast<int>(rows.size()))) {
            return Result<IntakeOutcome>::fail(
                QCoreApplication::translate("IntakeImporter", "Import cancelled. Nothing was imported."));
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed;
    }
    return outcome;
}

Status IntakeImporter::create(const IntakeRow& row, ChangeWriter& writer, IntakeOutcome* outcome) {
    Person person = row.person;
    person.id = newId();
    person.structureId = m_actor.structureId;
    person.createdAt = Clock::instance().nowUtc();
    person.followStatus = QStringLiteral("awaiting_orientation");
    person.archived = false;
    if (Status written = writer.insert(kPersons, person.id, PersonStore::columnsOf(person)); !written) {
        return written;
    }
    ++outcome->created;
    ++outcome->entries;
    return openFollowUp(person.id, row.rightsOpenedOn, true, writer);
}

Status IntakeImporter::update(const IntakeRow& row, ChangeWriter& writer, IntakeOutcome* outcome) {
    const Result<Person> stored = PersonStore(m_database).get(m_actor, row.matchId);
    if (!stored) {
        return stored.status();
    }
    const QVariantMap before = PersonStore::columnsOf(stored.value());
    const QVariantMap after = PersonStore::columnsOf(row.person);
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
        }
    }
    if (!changed.isEmpty()) {
        if (Status written = writer.update(kPersons, row.matchId, changed); !written) {
            return written;
        }
        ++outcome->updated;
    }
    if (!row.reentry) {
        return Status::ok();
    }
    if (stored->followStatus != QLatin1String("awaiting_orientation")) {
        const QVariantMap status{{QStringLiteral("follow_status"), QStringLiteral("awaiting_orientation")}};
        if (Status written = writer.update(kPersons, row.matchId, status); !written) {
            return written;
        }
    }
    ++outcome->entries;
    return openFollowUp(row.matchId, row.rightsOpenedOn, false, writer);
}

// Mirrors FollowUpStore::open: a follow_periods row and its "entry" event, source "intake".
Status IntakeImporter::openFollowUp(const QString& personId, const QDate& rightsOpenedOn, bool newPerson,
                                    ChangeWriter& writer) {
    const QDate today = Clock::instance().today();
    QDate openedOn = rightsOpenedOn.isValid() ? rightsOpenedOn : today;
    bool reentry = false;
    if (!newPerson) {
        QSqlQuery last(m_database.sql());
        last.prepare(QStringLiteral(
            "SELECT MAX(closed_on), COUNT(*) FROM follow_periods WHERE person_id = ? AND deleted = 0"));
        last.addBindValue(personId);
        if (!last.exec() || !last.next()) {
            return Status::fail(
                QCoreApplication::translate("IntakeImporter", "The database could not be read (%1).")
                    .arg(last.lastError().text()));
        }
        reentry = last.value(1).toInt() > 0;
        // Rights opened before the last exit: the new follow-up starts today, not in the past period.
        const QDate closed = QDate::fromString(last.value(0).toString(), Qt::ISODate);
        if (closed.isValid() && openedOn < closed) {
            openedOn = today;
        }
    }
    const QString periodId = newId();
    const QString opened = openedOn.toString(Qt::ISODate);
    const QString source = QStringLiteral("intake");
    if (Status written =
            writer.insert(QStringLiteral("follow_periods"), periodId,
                          {{QStringLiteral("person_id"), personId},
                           {QStringLiteral("opened_on"), opened},
                           {QStringLiteral("rights_opened_on"),
                            rightsOpenedOn.isValid() ? rightsOpenedOn.toString(Qt::ISODate) : QString()},
                           {QStringLiteral("source"), source}});
        !written) {
        return written;
    }
    const QJsonObject details{{QStringLiteral("source"), source}};
    return writer.insert(
        QStringLiteral("pathway_events"), newId(),
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("occurred_on"), opened},
         {QStringLiteral("kind"), QStringLiteral("entry")},
         {QStringLiteral("action"), reentry ? QStringLiteral("reentry") : QStringLiteral("created")},
         {QStringLiteral("entity_id"), periodId},
         {QStringLiteral("details"),
          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
         {QStringLiteral("actor_id"), m_actor.userId},
         {QStringLiteral("recorded_at"), Clock::instance().nowUtc().toString(Qt::ISODateWithMs)}});
}

} // namespace jalon
