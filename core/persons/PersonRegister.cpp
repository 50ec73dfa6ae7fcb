#include "persons/PersonRegister.h"

#include "db/Database.h"
#include "persons/SearchExpression.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace jalon {

namespace {

// The sort columns of each order, most significant first; each has a matching index.
QStringList orderColumns(RegisterFilter::Order order) {
    switch (order) {
    case RegisterFilter::Order::LastName:
        return {QStringLiteral("last_key"), QStringLiteral("first_key"), QStringLiteral("id")};
    case RegisterFilter::Order::FirstName:
        return {QStringLiteral("first_key"), QStringLiteral("last_key"), QStringLiteral("id")};
    case RegisterFilter::Order::BirthDate:
        return {QStringLiteral("birth_date"), QStringLiteral("last_key"), QStringLiteral("first_key"),
                QStringLiteral("id")};
    case RegisterFilter::Order::Commune:
        return {QStringLiteral("commune_key"), QStringLiteral("last_key"), QStringLiteral("first_key"),
                QStringLiteral("id")};
    }
    return {};
}

QString keyValue(const PersonRow& row, const QString& column) {
    if (column == QLatin1String("last_key")) {
        return row.lastKey;
    }
    if (column == QLatin1String("first_key")) {
        return row.firstKey;
    }
    if (column == QLatin1String("birth_date")) {
        return row.birthIso;
    }
    if (column == QLatin1String("commune_key")) {
        return row.communeKey;
    }
    return row.id;
}

QString statusCondition(RegisterFilter::Status status) {
    switch (status) {
    case RegisterFilter::Status::Current:
        return QStringLiteral(" AND archived = 0");
    case RegisterFilter::Status::AwaitingOrientation:
        return QStringLiteral(" AND archived = 0 AND follow_status = 'awaiting_orientation'");
    case RegisterFilter::Status::Followed:
        return QStringLiteral(" AND archived = 0 AND follow_status = 'followed'");
    case RegisterFilter::Status::Exited:
        return QStringLiteral(" AND archived = 0 AND follow_status = 'exited'");
    case RegisterFilter::Status::Archived:
        return QStringLiteral(" AND archived = 1");
    case RegisterFilter::Status::All:
        return {};
    }
    return {};
}

const QString kRowColumns = PersonRow::selectColumns() + QStringLiteral(" FROM persons");

// From this many search matches on, page() walks the index of the sort order and keeps the people
// who match, stopping at the page's last row, instead of reading and sorting every match. Reading
// every match costs about 2 us each (a seek into the wide persons table): 2,000 matches cost some
// 4 ms, but a one-letter search among 100,000 people 20 to 50 ms. The walk checks about 0.15 us
// per index entry, and with 2,000 matches or more the 50th comes after a few thousand entries
// unless the matches bunch up in the sort order (at worst every entry: some 15 ms per 100,000
// people). Measured with the sqlite3 shell and tests/bench (docs/performance.md).
constexpr int kWalkSortIndexFrom = 2000;

// Whether the FTS query matches at least kWalkSortIndexFrom rows; counting stops there.
bool manyMatches(const QSqlDatabase& db, const QString& match) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM person_search WHERE person_search "
                                 "MATCH :match LIMIT :cap)"));
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":cap"), kWalkSortIndexFrom);
    return query.exec() && query.next() && query.value(0).toInt() >= kWalkSortIndexFrom;
}

Status queryFailed(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("PersonRegister", "Could not read the register (%1).")
                            .arg(query.lastError().text()));
}

} // namespace

PersonRegister::PersonRegister(Database& database, Actor actor)
    : m_database(database)
    , m_actor(std::move(actor)) {}

QString PersonRegister::whereClause(const RegisterFilter& filter, bool withCursor, bool walkSortIndex,
                                    bool forCount) const {
    // A count reads the narrow index by structure and status. A page must not: "+structure_id"
    // keeps SQLite walking the index of the sort order and stopping after one page, instead of
    // taking every person of the structure and sorting them all (75 ms at 100,000 people).
    QString where = (forCount ? QStringLiteral(" WHERE deleted = 0 AND structure_id = :structure")
                              : QStringLiteral(" WHERE deleted = 0 AND +structure_id = :structure")) +
                    statusCondition(filter.status);
    if (!ftsPrefixQuery(filter.searchText).isEmpty()) {
        // "+seq" keeps SQLite from reading the matches by rowid, so it walks the sort index instead,
        // checking each entry's rowid against the matches before reading its row.
        where += walkSortIndex ? QStringLiteral(" AND +seq IN ") : QStringLiteral(" AND seq IN ");
        where += QStringLiteral("(SELECT rowid FROM person_search WHERE person_search MATCH :match)");
    } else if (!filter.searchText.trimmed().isEmpty()) {
        where += QStringLiteral(" AND 0"); // typed something, but nothing searchable: no match
    }
    if (withCursor) {
        const QStringList columns = orderColumns(filter.order);
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i) {
            marks << QStringLiteral(":k%1").arg(i);
        }
        where += QStringLiteral(" AND (%1) %2 (%3)")
                     .arg(columns.join(QLatin1Char(',')),
                          filter.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          marks.join(QLatin1Char(',')));
    }
    return where;
}

Result<QList<PersonRow>> PersonRegister::page(const RegisterFilter& filter, const PersonRow* after,
                                              int limit) const {
    if (Status allowed = require(m_actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    const QStringList columns = orderColumns(filter.order);
    const QString match = ftsPrefixQuery(filter.searchText);
    const bool walkSortIndex = !match.isEmpty() && manyMatches(m_database.sql(), match);
    const QString sql = pageSql(filter, after != nullptr, walkSortIndex);

    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":structure"), m_actor.structureId);
    if (!match.isEmpty()) {
        query.bindValue(QStringLiteral(":match"), match);
    }
    if (after) {
        for (int i = 0; i < columns.size(); ++i) {
            query.bindValue(QStringLiteral(":k%1").arg(i), keyValue(*after, columns.at(i)));
        }
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return queryFailed(query);
    }
    QList<PersonRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        rows.append(PersonRow::read(query));
    }
    return rows;
}

QString PersonRegister::pageSql(const RegisterFilter& filter, bool withCursor, bool walkSortIndex) const {
    const QStringList columns = orderColumns(filter.order);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    return kRowColumns + whereClause(filter, withCursor, walkSortIndex) + QStringLiteral(" ORDER BY ") +
           columns.join(direction + QStringLiteral(", ")) + direction + QStringLiteral(" LIMIT :limit");
}

QStringList PersonRegister::pagePlan(const RegisterFilter& filter, bool withCursor) const {
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(filter, withCursor, false));
    QStringList steps;
    if (query.exec()) {
        while (query.next()) {
            steps << query.value(3).toString();
        }
    }
    return steps;
}

Result<int> PersonRegister::count(const RegisterFilter& filter) const {
    if (Status allowed = require(m_actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT count(*) FROM persons") + whereClause(filter, false, false, true));
    query.bindValue(QStringLiteral(":structure"), m_actor.structureId);
    const QString match = ftsPrefixQuery(filter.searchText);
    if (!match.isEmpty()) {
        query.bindValue(QStringLiteral(":match"), match);
    }
    if (!query.exec() || !query.next()) {
        return queryFailed(query);
    }
    return query.value(0).toInt();
}

Result<std::optional<PersonRow>> PersonRegister::row(const QString& id) const {
    if (Status allowed = require(m_actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(kRowColumns +
                  QStringLiteral(" WHERE id = :id AND deleted = 0 AND structure_id = :structure"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":structure"), m_actor.structureId);
    if (!query.exec()) {
        return queryFailed(query);
    }
    return query.next() ? std::optional<PersonRow>(PersonRow::read(query)) : std::nullopt;
}

QString PersonRow::selectColumns() {
    return QStringLiteral(
        "SELECT id, last_name, first_name, birth_date, commune_name, caf_number, follow_status, "
        "archived, last_key, first_key, commune_key");
}

PersonRow PersonRow::read(const QSqlQuery& query) {
    PersonRow row;
    row.id = query.value(0).toString();
    row.lastName = query.value(1).toString();
    row.firstName = query.value(2).toString();
    row.birthIso = query.value(3).toString();
    row.birthDate = QDate::fromString(row.birthIso, Qt::ISODate);
    row.communeName = query.value(4).toString();
    row.cafNumber = query.value(5).toString();
    row.followStatus = query.value(6).toString();
    row.archived = query.value(7).toInt() != 0;
    row.lastKey = query.value(8).toString();
    row.firstKey = query.value(9).toString();
    row.communeKey = query.value(10).toString();
    return row;
}

} // namespace jalon
