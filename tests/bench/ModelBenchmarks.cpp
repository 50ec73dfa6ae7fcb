// Model-level benchmarks: the register's PersonListModel (ui) over the generated dataset, which
// adds to PersonRegister what the screen pays for: model resets and the background count.
#include "BenchDataset.h"

#include "persons/PersonListModel.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

namespace jalon::bench {

namespace {

constexpr int kFirstRows = 50;
constexpr int kWaitMs = 30000;

// Runs the event loop until done() or the deadline; returns done().
bool waitFor(const std::function<bool()>& done) {
    const QDeadlineTimer deadline(kWaitMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done()) {
            QThread::msleep(1);
        }
    }
    return done();
}

// Opens the file and builds the register's model, until it holds 50 rows. The model's
// background count is left to finish, untimed, before the next iteration.
void BM_ModelFirstRows(benchmark::State& state) {
    const BenchDataset* dataset = datasetOrFail(state);
    if (!dataset) {
        return;
    }
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        Result<BenchSession> session = BenchSession::open(dataset->path());
        if (!session) {
            failBenchmark(state, session.error());
            break;
        }
        auto model = std::make_unique<PersonListModel>(session->database(), session->actor());
        const bool filled = waitFor(
            [&model, dataset] { return model->rowCount() >= std::min(kFirstRows, dataset->persons() / 2); });
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!filled) {
            failBenchmark(state, QStringLiteral("the model did not fill: %1").arg(model->lastError()));
            break;
        }
        waitFor([&model] { return model->total().has_value(); });
    }
    latency.report(state);
}
BENCHMARK(BM_ModelFirstRows)->UseManualTime()->Unit(benchmark::kMillisecond);

// Search as you type through the model: setSearchText per keystroke, timed until it returns
// with its rows. A patient typist waits (untimed) for each background count to finish before
// the next keystroke; a fast one types while the previous counts still run.
void modelSearchAsYouType(benchmark::State& state, bool patient) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    PersonListModel model(session->database(), session->actor());
    waitFor([&model] { return model.total().has_value(); });
    const QStringList keystrokes = allKeystrokes();
    LatencyRecorder latency;
    for (auto _ : state) {
        double typingMs = 0;
        for (const QString& typed : keystrokes) {
            latency.start();
            model.setSearchText(typed);
            benchmark::DoNotOptimize(model.rowCount());
            typingMs += latency.stop();
            if (patient) {
                waitFor([&model] { return model.total().has_value(); });
            } else {
                QCoreApplication::processEvents();
            }
        }
        state.SetIterationTime(typingMs / 1000.0);
    }
    if (!model.lastError().isEmpty()) {
        failBenchmark(state, model.lastError());
    }
    waitFor([&model] { return model.total().has_value(); });
    latency.report(state);
    state.counters["keystrokes"] = static_cast<double>(keystrokes.size());
}

void BM_ModelSearchKeystroke_Patient(benchmark::State& state) {
    modelSearchAsYouType(state, true);
}
BENCHMARK(BM_ModelSearchKeystroke_Patient)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_ModelSearchKeystroke_Fast(benchmark::State& state) {
    modelSearchAsYouType(state, false);
}
BENCHMARK(BM_ModelSearchKeystroke_Fast)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
