#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "pathway/PathwayWrite.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

// Reads the pathway records of one table, once the actor may see the person they belong to: one
// record by id, or a person's records in a given order. select is "SELECT ... FROM table alias "
// (alias: how the select names the table, e.g. "a." when it joins others) and fromRow turns one
// row of it into a record. Table and column names come from code.
template <typename T> class RecordReader {
public:
    using FromRow = T (*)(const QSqlQuery&);

    RecordReader(Database& database, QString table, QString select, FromRow fromRow, QString alias = {})
        : m_database(database)
        , m_table(std::move(table))
        , m_select(std::move(select))
        , m_fromRow(fromRow)
        , m_alias(std::move(alias)) {}

    Result<T> one(const Actor& actor, const QString& id) const {
        Result<QString> owner = ownerOf(m_database, m_table, id);
        if (!owner) {
            return owner.status();
        }
        if (Status visible = checkPathwayRead(m_database, actor, owner.value()); !visible) {
            return visible;
        }
        QSqlQuery q = run(QStringLiteral("WHERE %1id = ?").arg(m_alias), id);
        if (!q.isActive() || !q.next()) {
            return readFailed(q);
        }
        return m_fromRow(q);
    }

    Result<QList<T>> ofPerson(const Actor& actor, const QString& personId, const QString& orderBy) const {
        if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
            return visible;
        }
        QSqlQuery q =
            run(QStringLiteral("WHERE %1person_id = ? AND %1deleted = 0 ORDER BY %2").arg(m_alias, orderBy),
                personId);
        if (!q.isActive()) {
            return readFailed(q);
        }
        QList<T> list;
        while (q.next()) {
            list.append(m_fromRow(q));
        }
        return list;
    }

private:
    QSqlQuery run(const QString& where, const QString& value) const {
        QSqlQuery q(m_database.sql());
        q.setForwardOnly(true);
        q.prepare(m_select + where);
        q.addBindValue(value);
        q.exec();
        return q;
    }

    static Status readFailed(const QSqlQuery& q) {
        return Status::fail(
            QCoreApplication::translate("PathwayStore", "The database could not be read (%1).")
                .arg(q.lastError().text()));
    }

    Database& m_database;
    QString m_table;
    QString m_select;
    FromRow m_fromRow;
    QString m_alias;
};

} // namespace jalon
