#include "persons/PersonStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "common/TextFold.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace jalon {

namespace {

const QString kTable = QStringLiteral("persons");

Status notFound() {
    return Status::fail(QCoreApplication::translate(
        "PersonStore", "This person's record does not exist or is not visible to you."));
}

Person fromRecord(const QSqlQuery& q) {
    const QSqlRecord r = q.record();
    const auto text = [&](const char* name) { return q.value(r.indexOf(QLatin1String(name))).toString(); };
    const auto flag = [&](const char* name) { return q.value(r.indexOf(QLatin1String(name))).toInt() != 0; };
    Person p;
    p.id = text("id");
    p.title = text("title");
    p.lastName = text("last_name");
    p.firstName = text("first_name");
    p.birthName = text("birth_name");
    p.birthDate = QDate::fromString(text("birth_date"), Qt::ISODate);
    p.phone = text("phone");
    p.email = text("email");
    p.addressLine = text("address_line");
    p.postcode = text("postcode");
    p.communeInsee = text("commune_insee");
    p.communeName = text("commune_name");
    p.benefitsAgency = text("benefits_agency");
    p.cafNumber = text("caf_number");
    p.franceTravailId = text("france_travail_id");
    p.rsaStatus = text("rsa_status");
    p.rightsAndDuties = flag("rights_and_duties");
    p.educationLevel = text("education_level");
    p.workSituation = text("work_situation");
    p.rqth = flag("rqth");
    p.familySituation = text("family_situation");
    p.children = q.value(r.indexOf(QLatin1String("children"))).toInt();
    p.followStatus = text("follow_status");
    p.archived = flag("archived");
    p.structureId = text("structure_id");
    p.referentId = text("referent_id");
    p.createdAt = QDateTime::fromString(text("created_at"), Qt::ISODateWithMs);
    return p;
}

} // namespace

PersonStore::PersonStore(Database& database)
    : m_database(database) {}

QList<FieldError> PersonStore::check(const Person& person) {
    return PersonValidator::validate(PersonValidator::normalized(person), Clock::instance().today());
}

QString PersonStore::describe(const QList<FieldError>& errors) {
    QStringList messages;
    for (const FieldError& error : errors) {
        messages << error.message;
    }
    return messages.join(QLatin1Char(' '));
}

QVariantMap PersonStore::columnsOf(const Person& p) {
    const QString lastKey = foldText(p.lastName);
    const QString firstKey = foldText(p.firstName);
    const QString communeKey = foldText(p.communeName);
    QStringList search{lastKey, firstKey};
    if (!p.birthName.isEmpty()) {
        search << foldText(p.birthName);
    }
    if (p.birthDate.isValid()) {
        // Day, month and year as words ("1985" alone finds the year), and the whole date as one
        // word, which a typed date is searched as (SearchExpression).
        search << p.birthDate.toString(QStringLiteral("dd MM yyyy"))
               << p.birthDate.toString(QStringLiteral("ddMMyyyy"));
    }
    search << p.cafNumber << communeKey;
    // A name of several words is also indexed as one word, so that "ndiaye" finds "N'Diaye" and
    // "legoff" finds "Le Goff", as DuplicateFinder::sameName already treats them as one name
    // (without it, folding "N'Diaye" to "n diaye" left "ndiaye" matching nobody).
    for (const QString& name : {p.lastName, p.firstName, p.birthName}) {
        const QString compact = foldedCompact(name);
        if (compact != foldText(name)) {
            search << compact;
        }
    }
    search.removeAll(QString());
    return {
        {QStringLiteral("title"), p.title},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("birth_name"), p.birthName},
        {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("address_line"), p.addressLine},
        {QStringLiteral("postcode"), p.postcode},
        {QStringLiteral("commune_insee"), p.communeInsee},
        {QStringLiteral("commune_name"), p.communeName},
        {QStringLiteral("benefits_agency"), p.benefitsAgency},
        {QStringLiteral("caf_number"), p.cafNumber},
        {QStringLiteral("france_travail_id"), p.franceTravailId},
        {QStringLiteral("rsa_status"), p.rsaStatus},
        {QStringLiteral("rights_and_duties"), p.rightsAndDuties ? 1 : 0},
        {QStringLiteral("education_level"), p.educationLevel},
        {QStringLiteral("work_situation"), p.workSituation},
        {QStringLiteral("rqth"), p.rqth ? 1 : 0},
        {QStringLiteral("family_situation"), p.familySituation},
        {QStringLiteral("children"), p.children},
        {QStringLiteral("follow_status"), p.followStatus},
        {QStringLiteral("archived"), p.archived ? 1 : 0},
        {QStringLiteral("structure_id"), p.structureId},
        {QStringLiteral("referent_id"), p.referentId.isEmpty() ? QVariant() : QVariant(p.referentId)},
        {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("last_key"), lastKey},
        {QStringLiteral("first_key"), firstKey},
        {QStringLiteral("commune_key"), communeKey},
        {QStringLiteral("search_text"), search.join(QLatin1Char(' '))},
    };
}

Result<QString> PersonStore::create(const Actor& actor, Person person) {
    if (Status allowed = require(actor, Permission::CreatePerson); !allowed) {
        return allowed;
    }
    person = PersonValidator::normalized(std::move(person));
    if (const auto errors = PersonValidator::validate(person, Clock::instance().today()); !errors.isEmpty()) {
        return Result<QString>::fail(describe(errors));
    }
    if (person.structureId.isEmpty()) {
        person.structureId = actor.structureId;
    }
    if (!canSeeStructure(actor, person.structureId)) {
        return Result<QString>::fail(
            QCoreApplication::translate("PersonStore", "You can only add people to your own structure."));
    }
    person.id = newId();
    person.archived = false;
    person.createdAt = Clock::instance().nowUtc();

    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(m_database, actor.userId);
    if (Status written = writer.insert(kTable, person.id, columnsOf(person)); !written) {
        return written;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed;
    }
    return person.id;
}

Status PersonStore::update(const Actor& actor, Person person) {
    if (Status allowed = require(actor, Permission::EditPerson); !allowed) {
        return allowed;
    }
    person = PersonValidator::normalized(std::move(person));
    if (const auto errors = PersonValidator::validate(person, Clock::instance().today()); !errors.isEmpty()) {
        return Status::fail(describe(errors));
    }
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    const Result<Person> stored = load(person.id, false);
    if (!stored || !canSeeStructure(actor, stored->structureId)) {
        return notFound();
    }
    // What the editor does not own stays as stored: the follow status and the referent follow from
    // the pathway (FollowUpStore), which may have changed them since the editor read the record.
    person.structureId = stored->structureId;
    person.createdAt = stored->createdAt;
    person.archived = stored->archived;
    person.followStatus = stored->followStatus;
    person.referentId = stored->referentId;

    const QVariantMap before = columnsOf(stored.value());
    const QVariantMap after = columnsOf(person);
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
        }
    }
    ChangeWriter writer(m_database, actor.userId);
    if (Status written = writer.update(kTable, person.id, changed); !written) {
        return written;
    }
    return transaction.commit();
}

Status PersonStore::setArchived(const Actor& actor, const QString& id, bool archived) {
    if (Status allowed = require(actor, Permission::ArchivePerson); !allowed) {
        return allowed;
    }
    return setFlag(actor, id, QStringLiteral("archived"), archived);
}

Status PersonStore::remove(const Actor& actor, const QString& id) {
    if (Status allowed = require(actor, Permission::CreatePerson); !allowed) {
        return allowed;
    }
    return setFlag(actor, id, QStringLiteral("deleted"), true);
}

Status PersonStore::restore(const Actor& actor, const QString& id) {
    if (Status allowed = require(actor, Permission::CreatePerson); !allowed) {
        return allowed;
    }
    return setFlag(actor, id, QStringLiteral("deleted"), false);
}

Status PersonStore::setFlag(const Actor& actor, const QString& id, const QString& column, bool value) {
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    const Result<Person> stored = load(id, true);
    if (!stored || !canSeeStructure(actor, stored->structureId)) {
        return notFound();
    }
    ChangeWriter writer(m_database, actor.userId);
    if (Status written = writer.update(kTable, id, {{column, value ? 1 : 0}}); !written) {
        return written;
    }
    return transaction.commit();
}

Result<Person> PersonStore::get(const Actor& actor, const QString& id) const {
    if (Status allowed = require(actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    Result<Person> person = load(id, false);
    if (!person || !canSeeStructure(actor, person->structureId)) {
        return notFound();
    }
    return person;
}

Result<Person> PersonStore::load(const QString& id, bool includeDeleted) const {
    QSqlQuery query(m_database.sql());
    query.prepare(includeDeleted ? QStringLiteral("SELECT * FROM persons WHERE id = ?")
                                 : QStringLiteral("SELECT * FROM persons WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return notFound();
    }
    return fromRecord(query);
}

} // namespace jalon
