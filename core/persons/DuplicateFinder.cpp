#include "persons/DuplicateFinder.h"

#include "common/TextFold.h"
#include "db/Database.h"
#include "persons/PersonValidator.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace jalon {

namespace {

// "id IS NOT :self", not "id <> :self": a new candidate has a null id, bound as SQL NULL, and
// "id <> NULL" is never true, which made every search for duplicates of a new record find nothing.
// "+structure_id": look people up by CAF number or birth date (their indexes), then keep the
// structure's, rather than reading the whole structure through its index. The CAF query repeats
// "caf_number <> ''" so that SQLite may use the partial index on non-empty numbers.
const QString kColumns =
    PersonRow::selectColumns() +
    QStringLiteral(
        ", birth_name FROM persons WHERE deleted = 0 AND +structure_id = :structure AND id IS NOT :self");
constexpr int kBirthNameColumn = 11;

} // namespace

DuplicateFinder::DuplicateFinder(Database& database)
    : m_database(database) {}

bool DuplicateFinder::sameName(const QString& a, const QString& b) {
    const QString left = foldedCompact(a);
    return !left.isEmpty() && left == foldedCompact(b);
}

Result<QList<PossibleDuplicate>> DuplicateFinder::find(const Actor& actor, const Person& raw) const {
    if (Status allowed = require(actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    const Person candidate = PersonValidator::normalized(raw);
    QList<PossibleDuplicate> found;
    QSet<QString> seen;

    if (!candidate.cafNumber.isEmpty()) {
        QSqlQuery query(m_database.sql());
        query.prepare(kColumns + QStringLiteral(" AND caf_number = :caf AND caf_number <> ''"));
        query.bindValue(QStringLiteral(":structure"), actor.structureId);
        query.bindValue(QStringLiteral(":self"), candidate.id);
        query.bindValue(QStringLiteral(":caf"), candidate.cafNumber);
        query.exec();
        while (query.next()) {
            PossibleDuplicate duplicate{
                PersonRow::read(query),
                QCoreApplication::translate("DuplicateFinder", "same CAF/MSA number")};
            seen.insert(duplicate.person.id);
            found.append(std::move(duplicate));
        }
    }

    if (candidate.birthDate.isValid()) {
        QSqlQuery query(m_database.sql());
        query.prepare(kColumns + QStringLiteral(" AND birth_date = :birth"));
        query.bindValue(QStringLiteral(":structure"), actor.structureId);
        query.bindValue(QStringLiteral(":self"), candidate.id);
        query.bindValue(QStringLiteral(":birth"), candidate.birthDate.toString(Qt::ISODate));
        query.exec();
        while (query.next()) {
            const QString lastName = query.value(1).toString();
            const QString birthName = query.value(kBirthNameColumn).toString();
            const bool lastMatches = sameName(candidate.lastName, lastName) ||
                                     sameName(candidate.lastName, birthName) ||
                                     sameName(candidate.birthName, lastName);
            if (lastMatches && sameName(candidate.firstName, query.value(2).toString()) &&
                !seen.contains(query.value(0).toString())) {
                found.append({PersonRow::read(query),
                              QCoreApplication::translate("DuplicateFinder", "same name and birth date")});
            }
        }
    }
    return found;
}

} // namespace jalon
