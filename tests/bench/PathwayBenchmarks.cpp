// Core-level benchmarks of the pathway on the generated dataset: the adviser's day (the home
// screen's lists) for an adviser who follows 150 of the 100,000 people, and reading a person's
// timeline. The p50/p95/max counters are in milliseconds.
#include "BenchDataset.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Transaction.h"
#include "pathway/AdviserDay.h"
#include "pathway/Timeline.h"

#include <benchmark/benchmark.h>

#include <QSqlQuery>

namespace jalon::bench {

namespace {

constexpr int kFollowed = 150;
const QString kBenchAdviser = QStringLiteral("Bench adviser (150 people)");

// An adviser of the dataset's structure who is the referent of exactly 150 followed people and
// holds their appointments; made once in the dataset file (the same people every time).
Result<Actor> adviserOf150(BenchSession& session) {
    Database& database = session.database();
    QSqlQuery existing(database.sql());
    existing.prepare(QStringLiteral("SELECT id FROM users WHERE display_name = ?"));
    existing.addBindValue(kBenchAdviser);
    if (existing.exec() && existing.next()) {
        return Actor{existing.value(0).toString(), Role::Adviser, session.actor().structureId, kBenchAdviser};
    }
    const Actor adviser{newId(), Role::Adviser, session.actor().structureId, kBenchAdviser};
    Transaction transaction(database.sql());
    ChangeWriter writer(database, session.actor().userId);
    Status status = writer.insert(QStringLiteral("users"), adviser.userId,
                                  {{QStringLiteral("display_name"), kBenchAdviser},
                                   {QStringLiteral("role"), QStringLiteral("adviser")},
                                   {QStringLiteral("structure_id"), adviser.structureId}});
    for (const char* sql :
         {"UPDATE persons SET referent_id = :a WHERE id IN (SELECT id FROM persons WHERE follow_status = "
          "'followed' AND archived = 0 ORDER BY seq LIMIT 150)",
          "UPDATE appointments SET adviser_id = :a WHERE person_id IN (SELECT id FROM persons WHERE "
          "referent_id = :a)",
          "UPDATE orientations SET referent_id = :a WHERE person_id IN (SELECT id FROM persons WHERE "
          "referent_id = :a)"}) {
        QSqlQuery update(database.sql());
        update.prepare(QString::fromLatin1(sql));
        update.bindValue(QStringLiteral(":a"), adviser.userId);
        if (status && !update.exec()) {
            status = Status::fail(QStringLiteral("could not assign the bench adviser's people"));
        }
    }
    if (status) {
        status = transaction.commit();
    }
    if (!status) {
        return status;
    }
    return adviser;
}

// The day the dataset was generated: its pathways end there.
class DatasetDay {
public:
    DatasetDay() { Clock::setInstance(&m_clock); }
    ~DatasetDay() { Clock::setInstance(nullptr); }
    DatasetDay(const DatasetDay&) = delete;
    DatasetDay& operator=(const DatasetDay&) = delete;

private:
    FixedClock m_clock{QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)};
};

// All the home screen's lists for the adviser of 150 people.
void BM_AdviserDayLists(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const DatasetDay day;
    const Result<Actor> adviser = adviserOf150(*session);
    if (!adviser) {
        failBenchmark(state, adviser.error());
        return;
    }
    AdviserDay lists(session->database());
    LatencyRecorder latency;
    qsizetype lines = 0;
    for (auto _ : state) {
        latency.start();
        const Result<AdviserDay::Lists> result = lists.lists(adviser.value());
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!result) {
            failBenchmark(state, result.error());
            break;
        }
        lines = result->thisWeek.size() + result->toUpdate.size() + result->noFirstAppointment.size() +
                result->contractsEnding.size() + result->awaitingOver30.size() +
                result->awaitingOver45.size();
    }
    state.counters["lines"] = static_cast<double>(lines);
    latency.report(state);
}
BENCHMARK(BM_AdviserDayLists)->UseManualTime()->Unit(benchmark::kMillisecond);

// A person's timeline read from the database, for the person with the most events.
void BM_TimelineRead(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    QSqlQuery busiest(session->database().sql());
    busiest.exec(QStringLiteral(
        "SELECT person_id, COUNT(*) n FROM pathway_events GROUP BY person_id ORDER BY n DESC LIMIT 1"));
    if (!busiest.next()) {
        failBenchmark(state, QStringLiteral("the dataset has no pathway events"));
        return;
    }
    const QString person = busiest.value(0).toString();
    Timeline timeline(session->database());
    LatencyRecorder latency;
    qsizetype events = 0;
    for (auto _ : state) {
        latency.start();
        const auto result = timeline.events(session->actor(), person);
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!result) {
            failBenchmark(state, result.error());
            break;
        }
        events = result->size();
    }
    state.counters["events"] = static_cast<double>(events);
    latency.report(state);
}
BENCHMARK(BM_TimelineRead)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
