#include "BenchDataset.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "security/LocalAccount.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <utility>

namespace jalon::bench {

namespace {

constexpr int kDefaultPersons = 100000;
constexpr quint32 kSeed = 1;

std::atomic<bool> g_failed{false};

int wantedPersons() {
    bool ok = false;
    const int persons = qEnvironmentVariableIntValue("JALON_BENCH_PERSONS", &ok);
    return ok && persons > 0 && persons <= 1000000 ? persons : kDefaultPersons;
}

QString datasetFolder() {
    const QString fromEnvironment = qEnvironmentVariable("JALON_BENCH_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(JALON_BENCH_DEFAULT_DIR) : fromEnvironment;
}

void removeDatabaseFiles(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

// Demo data depends on the day it is made (ages): generation sees this fixed day instead.
class GenerationClock {
public:
    GenerationClock() { Clock::setInstance(&m_clock); }
    ~GenerationClock() { Clock::setInstance(nullptr); }
    GenerationClock(const GenerationClock&) = delete;
    GenerationClock& operator=(const GenerationClock&) = delete;

private:
    FixedClock m_clock{QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)};
};

// Creates the database at path (which must not exist) with `persons` demo people.
Status generateInto(const QString& path, int persons) {
    const GenerationClock clock;
    const Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        return opened.status();
    }
    Database& database = *opened.value();
    const Result<Actor> actor = LocalAccount::ensureDefault(database);
    if (!actor) {
        return actor.status();
    }
    DemoGenerator::Options options;
    options.persons = persons;
    options.diagnostics = qEnvironmentVariableIsEmpty("JALON_BENCH_NO_DIAGNOSTICS");
    options.seed = kSeed;
    const Result<int> created = DemoGenerator::generate(database, actor.value(), options);
    if (!created) {
        return created.status();
    }
    // Everything into the main file, so that the file alone holds the whole database.
    QSqlQuery(database.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Status::ok();
}

// The number of people in the file and what its first people look like, or {-1, {}} if it
// cannot be opened as a Jalon database.
std::pair<int, QStringList> contentsOf(const QString& path) {
    if (!QFile::exists(path)) {
        return {-1, {}};
    }
    const Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        return {-1, {}};
    }
    QSqlQuery query(opened.value()->sql());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM persons WHERE deleted = 0")) || !query.next()) {
        return {-1, {}};
    }
    const int persons = query.value(0).toInt();
    QStringList sample;
    query.exec(QStringLiteral("SELECT id, last_name, first_name, birth_date, commune_name, caf_number, "
                              "follow_status, archived, search_text FROM persons ORDER BY seq LIMIT 20"));
    while (query.next()) {
        for (int column = 0; column < 9; ++column) {
            sample << query.value(column).toString();
        }
    }
    // The first people's diagnostics too: a dataset made before diagnostics existed is stale.
    query.exec(QStringLiteral("SELECT d.id, d.levels, d.created_at FROM diagnostics d WHERE d.person_id IN "
                              "(SELECT id FROM persons ORDER BY seq LIMIT 20) ORDER BY d.id"));
    while (query.next()) {
        sample << query.value(0).toString() << query.value(1).toString() << query.value(2).toString();
    }
    // And their pathways: a dataset made before pathways existed is stale.
    query.exec(QStringLiteral("SELECT e.id, e.occurred_on, e.kind FROM pathway_events e WHERE e.person_id IN "
                              "(SELECT id FROM persons ORDER BY seq LIMIT 20) ORDER BY e.id"));
    while (query.next()) {
        sample << query.value(0).toString() << query.value(1).toString() << query.value(2).toString();
    }
    return {persons, sample};
}

// Whether the file holds `persons` people and its first ones are what this build generates:
// a change to the generator or to the stored search text makes the dataset stale.
bool isUpToDate(const QString& path, int persons) {
    const auto [stored, sample] = contentsOf(path);
    if (stored != persons) {
        return false;
    }
    const QTemporaryDir folder;
    const QString fresh = folder.filePath(QStringLiteral("sample.sqlite"));
    return folder.isValid() && generateInto(fresh, std::min(persons, 20)) &&
           contentsOf(fresh).second == sample;
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> samples, double fraction) {
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

} // namespace

BenchDataset::BenchDataset()
    : m_persons(wantedPersons()) {
    const QString folder = datasetFolder();
    if (!QDir().mkpath(folder)) {
        m_error = QStringLiteral("cannot create the dataset folder %1").arg(folder);
        return;
    }
    m_path = QDir(folder).filePath(QStringLiteral("people-%1-seed%2.sqlite").arg(m_persons).arg(kSeed));
    if (isUpToDate(m_path, m_persons)) {
        return;
    }
    std::fprintf(stderr, "jalon-bench: generating %d people into %s (once; later runs reuse it)...\n",
                 m_persons, qPrintable(QDir::toNativeSeparators(m_path)));
    QElapsedTimer timer;
    timer.start();
    if (const Status generated = generate(); !generated) {
        m_error = generated.error();
        return;
    }
    std::fprintf(stderr, "jalon-bench: generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
}

const BenchDataset& BenchDataset::instance() {
    static const BenchDataset dataset;
    return dataset;
}

Status BenchDataset::generate() const {
    const QString partial = m_path + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    if (const Status generated = generateInto(partial, m_persons); !generated) {
        return generated;
    }
    removeDatabaseFiles(m_path);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, m_path)) {
        return Status::fail(QStringLiteral("cannot rename %1 to %2").arg(partial, m_path));
    }
    return Status::ok();
}

BenchSession::BenchSession(std::unique_ptr<Database> database, Actor actor)
    : m_database(std::move(database))
    , m_actor(std::move(actor)) {}

Result<BenchSession> BenchSession::open(const QString& path) {
    // As the window opens it: the full check of a large file runs afterwards, on a worker.
    Result<std::unique_ptr<Database>> opened = Database::open(path, Thoroughness::Deferred);
    if (!opened) {
        return opened.status();
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    Result<Actor> actor = LocalAccount::ensureDefault(*database);
    if (!actor) {
        return actor.status();
    }
    return BenchSession(std::move(database), actor.value());
}

void failBenchmark(benchmark::State& state, const QString& message) {
    g_failed = true;
    state.SkipWithError(qPrintable(message));
}

bool anyBenchmarkFailed() {
    return g_failed;
}

const BenchDataset* datasetOrFail(benchmark::State& state) {
    const BenchDataset& dataset = BenchDataset::instance();
    if (!dataset.isReady()) {
        failBenchmark(state, QStringLiteral("no dataset: ") + dataset.error());
        return nullptr;
    }
    return &dataset;
}

std::optional<BenchSession> openDatasetOrFail(benchmark::State& state) {
    const BenchDataset* dataset = datasetOrFail(state);
    if (!dataset) {
        return std::nullopt;
    }
    Result<BenchSession> session = BenchSession::open(dataset->path());
    if (!session) {
        failBenchmark(state, session.error());
        return std::nullopt;
    }
    return std::move(session).value();
}

const std::vector<TypedText>& typedTexts() {
    // Names and surnames, a compound name, a place-based name, a birth date, a CAF number prefix
    // (postcodes are not searchable) and a commune.
    static const std::vector<TypedText> texts = {
        {"helen", "helen"},   {"durand", "durand"},   {"le_gof", "le gof"},   {"saint_b", "saint b"},
        {"date", "15/03/19"}, {"caf_12345", "12345"}, {"lannion", "lannion"},
    };
    return texts;
}

QStringList keystrokesOf(const QString& text) {
    QStringList keystrokes;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        keystrokes << text.left(length);
    }
    return keystrokes;
}

QStringList allKeystrokes() {
    QStringList all;
    for (const TypedText& typed : typedTexts()) {
        all << keystrokesOf(QString::fromUtf8(typed.text));
    }
    return all;
}

void LatencyRecorder::start() {
    m_cpuStartMs = threadCpuMs();
    m_wallStart = std::chrono::steady_clock::now();
}

double LatencyRecorder::stop() {
    const double wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_wallStart).count();
    m_cpuMs.push_back(threadCpuMs() - m_cpuStartMs);
    m_wallMs.push_back(wallMs);
    return wallMs;
}

void LatencyRecorder::report(benchmark::State& state) const {
    if (m_wallMs.empty()) {
        return;
    }
    state.counters["p50_ms"] = percentile(m_wallMs, 0.50);
    state.counters["p95_ms"] = percentile(m_wallMs, 0.95);
    state.counters["max_ms"] = *std::max_element(m_wallMs.begin(), m_wallMs.end());
    state.counters["p50_cpu_ms"] = percentile(m_cpuMs, 0.50);
    state.counters["p95_cpu_ms"] = percentile(m_cpuMs, 0.95);
}

} // namespace jalon::bench
