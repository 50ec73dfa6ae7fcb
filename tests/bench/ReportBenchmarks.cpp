// The monthly activity report on the generated dataset (100,000 people, 2.2 million pathway
// events): the whole report through ReportCalculator (three periods and the twelve-month trend),
// for the whole database and for the dataset's structure, then the very same SQL statements run by
// the sqlite3 shell on the same file, for the comparison docs/performance.md records. Counters in
// milliseconds.
#include "BenchDataset.h"

#include "reports/ReportCalculator.h"
#include "reports/ReportSql.h"
#include "security/LocalAccount.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

namespace jalon::bench {

namespace {

// The dataset's pathways end on 5 January 2026: December 2025 is the last whole month.
const ReportPeriod kMonth = ReportPeriod::month(2025, 12);

ReportRequest request(const ReportScope& scope) {
    ReportRequest r;
    r.period = kMonth;
    r.scope = scope;
    return r;
}

void runReport(benchmark::State& state, bool wholeDatabase) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const Result<Actor> administrator = LocalAccount::ensureAdministrator(session->database());
    if (!administrator) {
        failBenchmark(state, administrator.error());
        return;
    }
    const ReportScope scope =
        wholeDatabase ? ReportScope::all() : ReportScope::structure(session->actor().structureId, {});
    ReportCalculator calculator(session->database());
    LatencyRecorder latency;
    qint64 followed = 0;
    for (auto _ : state) {
        latency.start();
        const Result<Report> report = calculator.compute(administrator.value(), request(scope));
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!report) {
            failBenchmark(state, report.error());
            return;
        }
        followed = report->trend.isEmpty() ? 0 : report->trend.last().followed;
    }
    state.counters["followed"] = static_cast<double>(followed);
    latency.report(state);
}

void BM_MonthlyReportWholeDatabase(benchmark::State& state) {
    runReport(state, true);
}
BENCHMARK(BM_MonthlyReportWholeDatabase)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_MonthlyReportStructure(benchmark::State& state) {
    runReport(state, false);
}
BENCHMARK(BM_MonthlyReportStructure)->UseManualTime()->Unit(benchmark::kMillisecond);

// Every statement of the whole-database report, with its values written in, as one script.
QByteArray shellScript() {
    QString script;
    const ReportScope scope = ReportScope::all();
    const std::array<ReportPeriod, 3> periods{kMonth, kMonth.previous(), kMonth.yearBefore()};
    for (const ReportPeriod& period : periods) {
        for (ReportSql::Query query : ReportSql::periodQueries()) {
            script +=
                ReportSql::inlined(ReportSql::sql(query, scope.kind), ReportSql::parameters(period, scope)) +
                QStringLiteral(";\n");
        }
    }
    script += ReportSql::inlined(ReportSql::sql(ReportSql::Query::Trend, scope.kind),
                                 ReportSql::parameters(kMonth, scope)) +
              QStringLiteral(";\n");
    return script.toUtf8();
}

// The same statements through the sqlite3 shell (process start included, a few milliseconds).
void BM_MonthlyReportSqliteShell(benchmark::State& state) {
    if (!BenchDataset::instance().isReady()) {
        failBenchmark(state, BenchDataset::instance().error());
        return;
    }
    QTemporaryFile script;
    if (!script.open() || script.write(shellScript()) < 0 || !script.flush()) {
        failBenchmark(state, QStringLiteral("could not write the SQL script"));
        return;
    }
    LatencyRecorder latency;
    for (auto _ : state) {
        QProcess shell;
        shell.setStandardInputFile(script.fileName());
        shell.setStandardOutputFile(QProcess::nullDevice());
        latency.start();
        shell.start(QStringLiteral("sqlite3"),
                    {QStringLiteral("-bail"), QStringLiteral("-readonly"), BenchDataset::instance().path()});
        const bool finished = shell.waitForFinished(120000);
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!finished || shell.exitCode() != 0) {
            failBenchmark(
                state,
                QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));
            return;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_MonthlyReportSqliteShell)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
