// The diagnostic wizard on the full SPIE grid: what an adviser waits for between clicking
// "New diagnostic" (or "Resume") and the first page ready to type in, with a demo person's
// validated diagnostic from the generated dataset loaded into it.
#include "BenchDataset.h"

#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/DiagnosticWizard.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace jalon::bench {

namespace {

void BM_WizardOpenFullGrid(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    QSqlQuery query(session->database().sql());
    query.exec(QStringLiteral("SELECT id FROM diagnostics WHERE status = 'validated' AND deleted = 0 "
                              "ORDER BY length(answers) DESC LIMIT 1"));
    if (!query.next()) {
        failBenchmark(state, QStringLiteral("the dataset has no diagnostic"));
        return;
    }
    const QString id = query.value(0).toString();
    DiagnosticStore store(session->database());
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        Result<Diagnostic> diagnostic = store.load(session->actor(), id);
        Result<Questionnaire> grid =
            diagnostic ? store.questionnaireOf(session->actor(), diagnostic.value()) : diagnostic.status();
        if (!grid) {
            failBenchmark(state, grid.error());
            break;
        }
        DiagnosticWizard wizard(session->database(), session->actor(), std::move(diagnostic).value(),
                                std::move(grid).value(), QStringLiteral("Bench"));
        wizard.show();
        QCoreApplication::processEvents();
        state.SetIterationTime(latency.stop() / 1000.0);
    }
    latency.report(state);
}
BENCHMARK(BM_WizardOpenFullGrid)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
