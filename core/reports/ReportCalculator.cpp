#include "reports/ReportCalculator.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "reports/ReportLabels.h"
#include "reports/ReportTables.h"
#include "reports/SmallCells.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <thread>
#include <vector>

namespace jalon {

namespace {

Status cancelled() {
    return Status::fail(QCoreApplication::translate("ReportCalculator", "The report was cancelled."));
}

// Runs one statement with the parameters it names; its rows, or a message.
Result<QList<QVariantList>> run(const QSqlDatabase& db, const QString& statement,
                                const QMap<QString, QVariant>& parameters) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        return Result<QList<QVariantList>>::fail(
            QCoreApplication::translate("ReportCalculator", "The report could not be prepared (%1).")
                .arg(q.lastError().text()));
    }
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (statement.contains(it.key())) {
            q.bindValue(it.key(), it.value());
        }
    }
    if (!q.exec()) {
        return Result<QList<QVariantList>>::fail(
            QCoreApplication::translate("ReportCalculator", "The report could not be computed (%1).")
                .arg(q.lastError().text()));
    }
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(q.value(i));
        }
        rows.append(row);
    }
    return rows;
}

QList<TrendPoint> trendFrom(const QList<QVariantList>& rows) {
    QList<TrendPoint> trend;
    for (const QVariantList& r : rows) {
        trend.append({QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toLongLong(),
                      r.value(2).toLongLong(), r.value(3).toLongLong()});
    }
    return trend;
}

} // namespace

ReportCalculator::ReportCalculator(Database& database)
    : m_database(database) {}

Result<Report> ReportCalculator::compute(const Actor& actor, const ReportRequest& request,
                                         const Progress& progress, const std::atomic_bool* cancel) const {
    if (!request.period.isValid()) {
        return Result<Report>::fail(QCoreApplication::translate(
            "ReportCalculator", "The period is not valid: its first day must come before its last day."));
    }
    const QSqlDatabase db = m_database.sql();
    const Result<ReportScope> scope = ReportScopes::resolve(db, actor, request.scope);
    if (!scope) {
        return scope.status();
    }
    Report report;
    report.period = request.period;
    report.periods = {request.period, request.period.previous(), request.period.yearBefore()};
    report.scope = scope.value();
    report.generatedAt = Clock::instance().nowUtc();
    report.generatedBy = actor.displayName;
    report.smallCellThreshold = request.smallCellThreshold;

    // The comparison periods run on their own threads and connections (WAL lets readers share
    // the file): on two cores the report takes about half the time. Progress is reported from
    // this thread only, from a count every thread adds to.
    const QList<ReportSql::Query> queries = ReportSql::periodQueries();
    const int steps = static_cast<int>(queries.size()) * kColumnCount + (request.withTrend ? 1 : 0);
    std::atomic_int done{0};
    std::atomic_bool stop{false};
    const auto stopping = [&]() { return stop.load() || (cancel && cancel->load()); };
    const auto runPeriod = [&](const QSqlDatabase& connection, int column, QueryRows* rows) -> Status {
        const QMap<QString, QVariant> parameters =
            ReportSql::parameters(report.periods[column], report.scope);
        for (ReportSql::Query query : queries) {
            if (stopping()) {
                return cancelled();
            }
            Result<QList<QVariantList>> found =
                run(connection, ReportSql::sql(query, report.scope.kind), parameters);
            if (!found) {
                stop = true;
                return found.status();
            }
            rows->insert(query, std::move(found).value());
            ++done;
            if (column == 0 && progress) {
                progress(done * 100 / steps);
            }
        }
        return Status::ok();
    };
    std::array<QueryRows, kColumnCount> results;
    std::array<Status, kColumnCount> outcomes{Status::ok(), Status::ok(), Status::ok()};
    {
        std::vector<std::jthread> comparisons;
        for (int c = 1; c < kColumnCount; ++c) {
            comparisons.emplace_back([&, c]() {
                Result<std::unique_ptr<Database>> connection = m_database.openAnotherConnection();
                outcomes[c] =
                    connection ? runPeriod(connection.value()->sql(), c, &results[c]) : connection.status();
            });
        }
        outcomes[0] = runPeriod(db, 0, &results[0]);
    } // joins the threads
    // A real failure first: the other threads only stopped because of it.
    for (const Status& outcome : outcomes) {
        if (!outcome && outcome.error() != cancelled().error()) {
            return outcome;
        }
    }
    if (stopping()) {
        return cancelled();
    }
    if (request.withTrend) {
        const Result<QList<QVariantList>> rows =
            run(db, ReportSql::sql(ReportSql::Query::Trend, report.scope.kind),
                ReportSql::parameters(report.period, report.scope));
        if (!rows) {
            return rows.status();
        }
        report.trend = trendFrom(rows.value());
    }
    if (progress) {
        progress(100);
    }
    report.tables = ReportTables::build(results, ReportLabels::diagnosticThemes(m_database, actor));
    if (request.suppressSmallCells) {
        SmallCells::apply(report, request.smallCellThreshold);
    }
    return report;
}

} // namespace jalon
