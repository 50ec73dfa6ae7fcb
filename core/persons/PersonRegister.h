#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace jalon {

class Database;

// One line of the register: what the list shows, plus the sort keys of its position.
struct PersonRow {
    QString id;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString communeName;
    QString cafNumber;
    QString followStatus;
    bool archived = false;
    // The position of the row in the current order, used to fetch the next page.
    QString lastKey;
    QString firstKey;
    QString communeKey;
    QString birthIso;

    // The columns a row is read from ("SELECT id, …"), and reading them from a query's current
    // row; further columns may follow in the query.
    static QString selectColumns();
    static PersonRow read(const QSqlQuery& query);
};

// Which people the register shows, and in what order.
struct RegisterFilter {
    enum class Status { Current, AwaitingOrientation, Followed, Exited, Archived, All };
    enum class Order { LastName, FirstName, BirthDate, Commune };

    QString searchText;
    Status status = Status::Current;
    Order order = Order::LastName;
    bool descending = false;
};

// Reads the register of people visible to the actor, page by page: keyset pagination on
// indexed sort keys, so the first rows come back at once and no COUNT(*) is ever needed
// to show them. Search text goes through FTS5 (ftsPrefixQuery), never into SQL.
class PersonRegister {
public:
    PersonRegister(Database& database, Actor actor);

    // Up to limit rows after `after` (or from the start when null).
    Result<QList<PersonRow>> page(const RegisterFilter& filter, const PersonRow* after, int limit) const;
    Result<int> count(const RegisterFilter& filter) const;
    // One line of the register by id, or nothing if the person is not visible.
    Result<std::optional<PersonRow>> row(const QString& id) const;
    const Actor& actor() const { return m_actor; }
    // SQLite's plan for a page of the unsearched register (EXPLAIN QUERY PLAN, one step a line):
    // tests check that a page walks a sort index and never sorts the whole structure.
    QStringList pagePlan(const RegisterFilter& filter, bool withCursor) const;

private:
    QString pageSql(const RegisterFilter& filter, bool withCursor, bool walkSortIndex) const;
    // walkSortIndex: read the rows in sort order and keep the matches (for searches matching many).
    QString whereClause(const RegisterFilter& filter, bool withCursor, bool walkSortIndex = false,
                        bool forCount = false) const;

    Database& m_database;
    Actor m_actor;
};

} // namespace jalon
