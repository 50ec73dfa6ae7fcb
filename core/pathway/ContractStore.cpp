#include "pathway/ContractStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "pathway/PathwayChoices.h"
#include "pathway/PathwayWrite.h"
#include "pathway/RecordReader.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jalon {

namespace {

const QString kTable = QStringLiteral("contracts");
const QString kSelect =
    QStringLiteral("SELECT id, person_id, kind, signed_on, start_date, planned_end, ended_on, "
                   "commitments FROM contracts ");

Contract fromRow(const QSqlQuery& q) {
    Contract c;
    c.id = q.value(0).toString();
    c.personId = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.signedOn = dayFrom(q.value(3));
    c.startDate = dayFrom(q.value(4));
    c.plannedEnd = dayFrom(q.value(5));
    c.endedOn = dayFrom(q.value(6));
    c.commitments = q.value(7).toString();
    return c;
}

// The contract as it is inside the write transaction (it may have changed since it was read).
void refresh(PathwayWrite& write, const QString& id, Contract* contract) {
    QSqlQuery fresh = write.query(kSelect + QStringLiteral("WHERE id = ? AND deleted = 0"), {id});
    if (write.status() && fresh.next()) {
        *contract = fromRow(fresh);
    } else {
        write.refuse(
            QCoreApplication::translate("PathwayStore", "This record does not exist or was removed."));
    }
}

RecordReader<Contract> reader(Database& database) {
    return RecordReader<Contract>(database, kTable, kSelect, &fromRow);
}

} // namespace

ContractStore::ContractStore(Database& database)
    : m_database(database) {}

Result<QString> ContractStore::record(const Actor& actor, Contract contract) {
    PathwayWrite write(m_database, actor, contract.personId, Permission::RecordPathway);
    if (!PathwayChoices::contains(PathwayChoices::contractKinds(), contract.kind)) {
        write.refuse(QCoreApplication::translate("ContractStore",
                                                 "Choose the kind of contract: CER, PPAE, CEJ or PACEA."));
    }
    if (!contract.startDate.isValid() || !contract.plannedEnd.isValid()) {
        write.refuse(QCoreApplication::translate("ContractStore",
                                                 "The contract needs a start date and a planned end date."));
    } else if (contract.plannedEnd <= contract.startDate) {
        write.refuse(QCoreApplication::translate("ContractStore", "The contract must end after it starts."));
    } else if (contract.plannedEnd > contract.startDate.addYears(2)) {
        write.refuse(QCoreApplication::translate(
            "ContractStore", "A contract lasts two years at most: record a new one when it is renewed."));
    }
    if (contract.signedOn.isValid() &&
        (contract.signedOn > Clock::instance().today() || contract.signedOn > contract.plannedEnd)) {
        write.refuse(QCoreApplication::translate(
            "ContractStore", "The signature date cannot be in the future or after the contract's end."));
    }
    QSqlQuery previous = write.query(kSelect + QStringLiteral("WHERE person_id = ? AND deleted = 0 "
                                                              "ORDER BY start_date DESC LIMIT 1"),
                                     {contract.personId});
    if (write.status() && previous.next()) {
        const Contract last = fromRow(previous);
        const QDate lastEnd = last.endedOn.isValid() ? last.endedOn : last.plannedEnd;
        if (contract.startDate.isValid() && contract.startDate <= last.startDate) {
            write.refuse(
                QCoreApplication::translate("ContractStore",
                                            "A new contract must start after the previous one (started %1).")
                    .arg(shownDay(last.startDate)));
        } else if (contract.startDate.isValid() && contract.startDate <= lastEnd) {
            // The new contract replaces the running one, which ends the day before.
            const QString dayBefore = isoDay(contract.startDate.addDays(-1));
            write.update(kTable, last.id, {{QStringLiteral("ended_on"), dayBefore}});
            write.event(QStringLiteral("contract"), QStringLiteral("ended"), last.id, dayBefore,
                        {{QStringLiteral("kind"), last.kind}, {QStringLiteral("replaced"), true}});
        }
    }
    const QString id = newId();
    write.insert(kTable, id,
                 {{QStringLiteral("person_id"), contract.personId},
                  {QStringLiteral("kind"), contract.kind},
                  {QStringLiteral("signed_on"), dayOrNull(contract.signedOn)},
                  {QStringLiteral("start_date"), isoDay(contract.startDate)},
                  {QStringLiteral("planned_end"), isoDay(contract.plannedEnd)},
                  {QStringLiteral("commitments"), contract.commitments.trimmed()}});
    write.event(QStringLiteral("contract"), QStringLiteral("created"), id, isoDay(contract.startDate),
                {{QStringLiteral("kind"), contract.kind},
                 {QStringLiteral("start"), isoDay(contract.startDate)},
                 {QStringLiteral("end"), isoDay(contract.plannedEnd)}});
    if (contract.signedOn.isValid()) {
        write.event(QStringLiteral("contract"), QStringLiteral("signed"), id, isoDay(contract.signedOn),
                    {{QStringLiteral("kind"), contract.kind}});
    }
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status ContractStore::sign(const Actor& actor, const QString& contractId, const QDate& signedOn) {
    Result<Contract> stored = get(actor, contractId);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    refresh(write, contractId, &stored.value());
    if (stored->signedOn.isValid()) {
        write.refuse(QCoreApplication::translate("ContractStore", "This contract was already signed on %1.")
                         .arg(shownDay(stored->signedOn)));
    }
    if (!signedOn.isValid() || signedOn > Clock::instance().today() || signedOn > stored->plannedEnd) {
        write.refuse(QCoreApplication::translate(
            "ContractStore", "The signature date cannot be in the future or after the contract's end."));
    }
    write.update(kTable, contractId, {{QStringLiteral("signed_on"), isoDay(signedOn)}});
    write.event(QStringLiteral("contract"), QStringLiteral("signed"), contractId, isoDay(signedOn),
                {{QStringLiteral("kind"), stored->kind}});
    return write.commit();
}

Status ContractStore::end(const Actor& actor, const QString& contractId, const QDate& endedOn) {
    Result<Contract> stored = get(actor, contractId);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    refresh(write, contractId, &stored.value());
    if (stored->endedOn.isValid()) {
        write.refuse(QCoreApplication::translate("ContractStore", "This contract already ended on %1.")
                         .arg(shownDay(stored->endedOn)));
    }
    if (!endedOn.isValid() || endedOn < stored->startDate || endedOn > stored->plannedEnd) {
        write.refuse(QCoreApplication::translate(
                         "ContractStore", "A contract ends between its start (%1) and its planned end (%2).")
                         .arg(shownDay(stored->startDate), shownDay(stored->plannedEnd)));
    }
    write.update(kTable, contractId, {{QStringLiteral("ended_on"), isoDay(endedOn)}});
    write.event(QStringLiteral("contract"), QStringLiteral("ended"), contractId, isoDay(endedOn),
                {{QStringLiteral("kind"), stored->kind}});
    return write.commit();
}

Result<Contract> ContractStore::get(const Actor& actor, const QString& contractId) const {
    return reader(m_database).one(actor, contractId);
}

Result<QList<Contract>> ContractStore::ofPerson(const Actor& actor, const QString& personId) const {
    return reader(m_database).ofPerson(actor, personId, QStringLiteral("start_date"));
}

} // namespace jalon
