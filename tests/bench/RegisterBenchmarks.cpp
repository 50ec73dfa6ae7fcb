// Core-level benchmarks of the register (PersonRegister) on the generated dataset: first rows
// after opening (and its parts), search as you type, scrolling and sorted first pages. Each
// operation is timed on its own; the p50/p95/max counters are in milliseconds.
#include "BenchDataset.h"

#include "db/FileCheck.h"
#include "db/Migrations.h"
#include "security/LocalAccount.h"

#include <benchmark/benchmark.h>

#include <QStringList>

#include <string>

namespace jalon::bench {

namespace {

constexpr int kFirstRows = 50;
constexpr int kScrollPages = 20;
constexpr int kScrollPageSize = 200;

// Opens the file as the application does at start (new connection, file check, migrations,
// local account) and reads the first 50 rows of the default register; closing is not timed.
void BM_OpenAndFirstRows(benchmark::State& state) {
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
        const Result<QList<PersonRow>> rows = session->people().page(RegisterFilter(), nullptr, kFirstRows);
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!rows || rows->isEmpty()) {
            failBenchmark(state, rows ? QStringLiteral("no rows") : rows.error());
            break;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_OpenAndFirstRows)->UseManualTime()->Unit(benchmark::kMillisecond);

// SQLite's full check of the file (quick_check): what the window runs on a worker after the
// first rows show, and what the CLI runs before each command.
void BM_OpenFileCheck(benchmark::State& state) {
    const BenchDataset* dataset = datasetOrFail(state);
    if (!dataset) {
        return;
    }
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        const FileCheck check =
            checkDatabaseFile(dataset->path(), Migrations::latestVersion(), Thoroughness::Full);
        latency.stop();
        if (!check.status) {
            failBenchmark(state, check.status.error());
            break;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_OpenFileCheck)->Unit(benchmark::kMillisecond);

// The above without the file check: a new connection by Database::openAnotherConnection (no
// check, no migration), the local account and the first 50 rows. What opening would cost if
// the check ran elsewhere.
void BM_OpenWithoutFileCheck(benchmark::State& state) {
    std::optional<BenchSession> first = openDatasetOrFail(state);
    if (!first) {
        return;
    }
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        Result<std::unique_ptr<Database>> connection = first->database().openAnotherConnection();
        const Result<Actor> actor = connection ? LocalAccount::ensureDefault(*connection.value())
                                               : Result<Actor>(connection.status());
        const Result<QList<PersonRow>> rows = actor ? PersonRegister(*connection.value(), actor.value())
                                                          .page(RegisterFilter(), nullptr, kFirstRows)
                                                    : Result<QList<PersonRow>>(actor.status());
        latency.stop();
        if (!rows || rows->isEmpty()) {
            failBenchmark(state, rows ? QStringLiteral("no rows") : rows.error());
            break;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_OpenWithoutFileCheck)->Unit(benchmark::kMillisecond);

// Part of the above: the first 50 rows on a connection that is already open.
void BM_FirstRows(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const PersonRegister people = session->people();
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        const Result<QList<PersonRow>> rows = people.page(RegisterFilter(), nullptr, kFirstRows);
        latency.stop();
        if (!rows || rows->isEmpty()) {
            failBenchmark(state, rows ? QStringLiteral("no rows") : rows.error());
            break;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_FirstRows)->Unit(benchmark::kMillisecond);

// One search per keystroke on one open connection, as the register's search field does:
// the first `rows` matching rows of the default register. Iteration time is the whole typing.
void searchAsYouType(benchmark::State& state, const QStringList& keystrokes, int rows) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const PersonRegister people = session->people();
    LatencyRecorder latency;
    QString failure;
    for (auto _ : state) {
        double typingMs = 0;
        for (const QString& typed : keystrokes) {
            RegisterFilter filter;
            filter.searchText = typed;
            latency.start();
            const Result<QList<PersonRow>> found = people.page(filter, nullptr, rows);
            typingMs += latency.stop();
            if (!found) {
                failure = found.error();
                break;
            }
        }
        if (!failure.isEmpty()) {
            failBenchmark(state, failure);
            break;
        }
        state.SetIterationTime(typingMs / 1000.0);
    }
    latency.report(state);
    state.counters["keystrokes"] = static_cast<double>(keystrokes.size());
}

[[maybe_unused]] const bool kSearchRegistered = [] {
    benchmark::RegisterBenchmark("BM_SearchKeystroke/all", searchAsYouType, allKeystrokes(), kFirstRows)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    for (const TypedText& typed : typedTexts()) {
        const std::string name = std::string("BM_SearchKeystroke/") + typed.name;
        benchmark::RegisterBenchmark(name.c_str(), searchAsYouType,
                                     keystrokesOf(QString::fromUtf8(typed.text)), kFirstRows)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    // The same typing with the list model's first page of 200 rows (PersonListModel::kPageSize).
    benchmark::RegisterBenchmark("BM_SearchKeystroke/all/rows:200", searchAsYouType, allKeystrokes(), 200)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    return true;
}();

// Scrolls to row 4,000: 20 consecutive pages of 200 rows by keyset pagination, as the list
// model's fetchMore does. The latency counters are per page.
void BM_ScrollPages(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const PersonRegister people = session->people();
    LatencyRecorder latency;
    QString failure;
    int rowsRead = 0;
    for (auto _ : state) {
        QList<PersonRow> last;
        rowsRead = 0;
        for (int page = 0; page < kScrollPages; ++page) {
            latency.start();
            Result<QList<PersonRow>> rows =
                people.page(RegisterFilter(), last.isEmpty() ? nullptr : &last.constLast(), kScrollPageSize);
            latency.stop();
            if (!rows) {
                failure = rows.error();
                break;
            }
            if (rows->isEmpty()) {
                break; // a small dataset ends before row 4,000
            }
            rowsRead += static_cast<int>(rows->size());
            last = std::move(rows).value();
        }
        if (!failure.isEmpty()) {
            failBenchmark(state, failure);
            break;
        }
    }
    latency.report(state);
    state.counters["rows"] = rowsRead;
}
BENCHMARK(BM_ScrollPages)->Unit(benchmark::kMillisecond);

// The first 50 rows in another order, as after a click on a column header.
void firstPageInOrder(benchmark::State& state, RegisterFilter::Order order, bool descending) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const PersonRegister people = session->people();
    RegisterFilter filter;
    filter.order = order;
    filter.descending = descending;
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        const Result<QList<PersonRow>> rows = people.page(filter, nullptr, kFirstRows);
        latency.stop();
        if (!rows || rows->isEmpty()) {
            failBenchmark(state, rows ? QStringLiteral("no rows") : rows.error());
            break;
        }
    }
    latency.report(state);
}

void BM_SortByBirthDate(benchmark::State& state) {
    firstPageInOrder(state, RegisterFilter::Order::BirthDate, true);
}
BENCHMARK(BM_SortByBirthDate)->Unit(benchmark::kMillisecond);

void BM_SortByCommune(benchmark::State& state) {
    firstPageInOrder(state, RegisterFilter::Order::Commune, true);
}
BENCHMARK(BM_SortByCommune)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
