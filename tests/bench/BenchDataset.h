#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "persons/PersonRegister.h"
#include "security/Actor.h"

#include <benchmark/benchmark.h>

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace jalon::bench {

// The people every benchmark reads: a demo database of $JALON_BENCH_PERSONS people (default
// 100,000, DemoGenerator seed 1, generated as on a fixed day so that it does not change with the
// date). It is generated once into $JALON_BENCH_DIR (default: the build folder) and reused by
// later runs while it holds that many people and its first people are what this build would
// generate. Generation writes a temporary file renamed when complete, so an interrupted run
// never leaves a short dataset behind.
class BenchDataset {
public:
    // The dataset, generated on first use.
    static const BenchDataset& instance();

    bool isReady() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }
    int persons() const { return m_persons; }

private:
    BenchDataset();
    Status generate() const;

    QString m_path;
    int m_persons = 0;
    QString m_error;
};

// One open connection and the default local account: what the register screen holds.
class BenchSession {
public:
    // Database::open + LocalAccount::ensureDefault, as the application does at start.
    static Result<BenchSession> open(const QString& path);

    Database& database() { return *m_database; }
    const Actor& actor() const { return m_actor; }
    PersonRegister people() const { return PersonRegister(*m_database, m_actor); }

private:
    BenchSession(std::unique_ptr<Database> database, Actor actor);

    std::unique_ptr<Database> m_database;
    Actor m_actor;
};

// Skips the benchmark with the message and makes jalon-bench exit with a failure.
void failBenchmark(benchmark::State& state, const QString& message);
bool anyBenchmarkFailed();

// The dataset if it is ready; otherwise fails the benchmark and returns null.
const BenchDataset* datasetOrFail(benchmark::State& state);
// A session on the dataset (BenchSession::open); otherwise fails the benchmark and returns nothing.
std::optional<BenchSession> openDatasetOrFail(benchmark::State& state);

// What a person types in the search field. Each text is typed one keystroke at a time:
// every prefix of it is searched, "h", "he", "hel"...
struct TypedText {
    const char* name;
    const char* text;
};
const std::vector<TypedText>& typedTexts();
QStringList keystrokesOf(const QString& text);
// Every keystroke of every typed text, in order.
QStringList allKeystrokes();

// Times operations one by one, in wall-clock time (what a person waits) and in this thread's CPU
// time (what the operation costs, whatever else the machine is running), and reports their
// nearest-rank percentiles as counters: p50_ms, p95_ms, max_ms and p50_cpu_ms, p95_cpu_ms.
class LatencyRecorder {
public:
    void start();
    // Records the operation started last and returns its wall-clock duration in ms.
    double stop();
    void report(benchmark::State& state) const;

private:
    std::chrono::steady_clock::time_point m_wallStart;
    double m_cpuStartMs = 0;
    std::vector<double> m_wallMs;
    std::vector<double> m_cpuMs;
};

} // namespace jalon::bench
