#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_open = true;
    } else {
        m_started =
            Status::fail(QCoreApplication::translate(
                             "Database", "The database is busy or read-only (%1). Try again in a moment.")
                             .arg(begin.lastError().text()));
    }
}

Transaction::~Transaction() {
    if (m_open) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit() {
    if (!m_open) {
        return m_started.isOk() ? Status::fail(QStringLiteral("transaction already finished")) : m_started;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return Status::fail(QCoreApplication::translate(
                                "Database", "Could not save to the database (%1). Nothing was changed.")
                                .arg(query.lastError().text()));
    }
    m_open = false;
    return Status::ok();
}

} // namespace jalon
