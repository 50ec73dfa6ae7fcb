// Fuzz target: whatever a person types in a search field must become either nothing or an
// FTS5 query that SQLite accepts. Any SQLite error on the generated query aborts.
#include "persons/SearchExpression.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

QSqlDatabase& database() {
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        if (!d.open()) {
            std::abort();
        }
        QSqlQuery(d).exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(s, tokenize = 'unicode61 "
                                         "remove_diacritics 2', prefix = '1 2 3')"));
        QSqlQuery(d).exec(
            QStringLiteral("INSERT INTO t (s) VALUES ('helene durand 15 03 1985 1234567 lannion')"));
        return d;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString match = jalon::ftsPrefixQuery(text);
    if (match.isEmpty()) {
        return 0;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
    query.addBindValue(match);
    if (!query.exec()) {
        std::fprintf(stderr, "FTS5 refused %s: %s\n", qPrintable(match),
                     qPrintable(query.lastError().text()));
        std::abort();
    }
    return 0;
}
