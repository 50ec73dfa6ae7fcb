#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace jalon {

// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeds.
// Every change and its change-log rows are written inside one of these.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_started = Status::ok();
    bool m_open = false;
};

} // namespace jalon
