// The offer directory (core/directory) on a demo directory of 20,000 services and their structures
// (DemoDirectory, seed 1, dated as on a fixed day), in files of their own in a temporary folder
// kept for the run, not in the people's dataset: the import of the whole directory into an empty
// file, and the search as an adviser types with two filters and a commune's eligibility.
// The ctest smoke run sets JALON_BENCH_PERSONS=2000: below 100,000 people the benchmarks use 2,000
// services, so that they stay quick there. Counters in milliseconds.
#include "BenchDataset.h"

#include "common/Clock.h"
#include "demo/DemoDirectory.h"
#include "directory/DirectoryImporter.h"
#include "directory/DirectorySearch.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

namespace jalon::bench {

namespace {

const QDateTime kDay(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
const QString kLannion = QStringLiteral("22113");

// 20,000 services for the full benchmark, 2,000 for the smoke run (JALON_BENCH_PERSONS < 100,000).
int serviceCount() {
    bool set = false;
    const int persons = qEnvironmentVariableIntValue("JALON_BENCH_PERSONS", &set);
    return !set || persons >= 100000 ? 20000 : 2000;
}

// The benchmarks' day: the demo's dates and the import's "stale" checks are reckoned from it.
class DirectoryDay {
public:
    DirectoryDay() { Clock::setInstance(&m_clock); }
    ~DirectoryDay() { Clock::setInstance(nullptr); }
    DirectoryDay(const DirectoryDay&) = delete;
    DirectoryDay& operator=(const DirectoryDay&) = delete;

private:
    FixedClock m_clock{kDay};
};

// The generated directory and the folder of its database files, made once for the run.
class DirectoryData {
public:
    static DirectoryData& instance() {
        static DirectoryData data;
        return data;
    }
    const DirectoryBatch& batch() const { return m_batch; }
    QString newFile() { return m_dir.filePath(QStringLiteral("directory-%1.sqlite").arg(++m_files)); }
    // A file holding the whole directory, for searches: the first one imported.
    QString searchFile;

private:
    DirectoryData() {
        DemoDirectory::Options options;
        options.services = serviceCount();
        options.today = kDay.date();
        m_batch = DemoDirectory::generate(options);
    }
    QTemporaryDir m_dir;
    DirectoryBatch m_batch;
    int m_files = 0;
};

Result<ImportReport> importInto(BenchSession& session, const DirectoryBatch& batch) {
    DirectoryImporter::Options options;
    options.source = DemoDirectory::source();
    return DirectoryImporter(session.database(), session.actor()).run(batch, options);
}

// The whole directory imported into an empty file (opening and migrating it is not timed).
void BM_DirectoryImport20000(benchmark::State& state) {
    const DirectoryDay day;
    DirectoryData& data = DirectoryData::instance();
    LatencyRecorder latency;
    ImportReport last;
    for (auto _ : state) {
        const QString path = data.newFile();
        {
            Result<BenchSession> session = BenchSession::open(path);
            if (!session) {
                failBenchmark(state, session.error());
                return;
            }
            latency.start();
            const Result<ImportReport> report = importInto(session.value(), data.batch());
            state.SetIterationTime(latency.stop() / 1000.0);
            if (!report || report->errorCount() > 0) {
                failBenchmark(state, report ? report->summary() : report.error());
                return;
            }
            last = report.value();
        }
        if (data.searchFile.isEmpty()) {
            data.searchFile = path;
        } else {
            QFile::remove(path);
        }
    }
    state.counters["services"] = last.services.added;
    state.counters["structures"] = last.structures.added;
    state.counters["warnings"] = last.warningCount();
    latency.report(state);
}
BENCHMARK(BM_DirectoryImport20000)->UseManualTime()->Unit(benchmark::kMillisecond);

// What the adviser types, with the filters set beside the search field.
struct FilteredText {
    const char* text;
    const char* category;
    const char* type;  // or ""
    const char* frais; // or ""
};

// Search as you type (every prefix of each text) with a thématique category, a type or fees, and
// the services open to people living in Lannion; the latency counters are per search.
void BM_DirectorySearchFilters(benchmark::State& state) {
    const DirectoryDay day;
    DirectoryData& data = DirectoryData::instance();
    if (data.searchFile.isEmpty()) {
        const QString path = data.newFile();
        Result<BenchSession> session = BenchSession::open(path);
        const Result<ImportReport> report =
            session ? importInto(session.value(), data.batch()) : Result<ImportReport>(session.status());
        if (!report) {
            failBenchmark(state, report.error());
            return;
        }
        data.searchFile = path;
    }
    Result<BenchSession> session = BenchSession::open(data.searchFile);
    if (!session) {
        failBenchmark(state, session.error());
        return;
    }
    static const FilteredText texts[] = {
        {"numer", "numerique", "atelier", ""},
        {"mobil", "mobilite", "", "gratuit"},
        {"logement", "logement-hebergement", "", "gratuit"},
        {"atelier cv", "preparer-sa-candidature", "atelier", ""},
    };
    const DirectorySearch search(session->database());
    LatencyRecorder latency;
    qsizetype keystrokes = 0;
    qsizetype hits = 0;
    for (auto _ : state) {
        double typingMs = 0;
        keystrokes = 0;
        hits = 0;
        for (const FilteredText& typed : texts) {
            for (const QString& prefix : keystrokesOf(QString::fromUtf8(typed.text))) {
                DirectoryQuery query;
                query.text = prefix;
                query.thematiques = {QString::fromUtf8(typed.category)};
                if (*typed.type != '\0') {
                    query.types = {QString::fromUtf8(typed.type)};
                }
                if (*typed.frais != '\0') {
                    query.frais = {QString::fromUtf8(typed.frais)};
                }
                query.communeInsee = kLannion;
                latency.start();
                const Result<QList<DirectoryHit>> found = search.search(session->actor(), query);
                typingMs += latency.stop();
                if (!found) {
                    failBenchmark(state, found.error());
                    return;
                }
                ++keystrokes;
                hits += found->size();
            }
        }
        state.SetIterationTime(typingMs / 1000.0);
    }
    state.counters["services"] = static_cast<double>(data.batch().services.size());
    state.counters["keystrokes"] = static_cast<double>(keystrokes);
    state.counters["hits"] = static_cast<double>(hits);
    latency.report(state);
}
BENCHMARK(BM_DirectorySearchFilters)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
