// The pathway screens: a person's "Pathway" tab with 500 events (timeline model, filter, tree view
// and overview band, in a temporary database), and the adviser's home screen on the generated dataset.
#include "BenchDataset.h"

#include "home/HomeWidget.h"
#include "timeline/PathwayWidget.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"

#include "common/Clock.h"
#include "pathway/AppointmentStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/Timeline.h"
#include "persons/PersonStore.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

namespace jalon::bench {

namespace {

constexpr int kEvents = 500;
const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0));

// Sets the fixed day while it lives.
struct FixedDay {
    FixedClock clock{kNow};
    FixedDay() { Clock::setInstance(&clock); }
    ~FixedDay() { Clock::setInstance(nullptr); }
};

// A temporary database with one person whose pathway has 500 events over two years, written
// through the stores: entry, orientation, then 249 appointments each planned and attended.
class TimelineDataset {
public:
    static TimelineDataset& instance() {
        static TimelineDataset dataset;
        return dataset;
    }
    const QString& error() const { return m_error; }
    BenchSession& session() { return *m_session; }
    const QString& personId() const { return m_personId; }

private:
    TimelineDataset() {
        FixedDay day;
        Result<BenchSession> session = BenchSession::open(m_dir.filePath(QStringLiteral("timeline.sqlite")));
        if (!session) {
            m_error = session.error();
            return;
        }
        m_session = std::make_unique<BenchSession>(std::move(session).value());
        m_error = fill();
    }

    QString fill() {
        Database& db = m_session->database();
        const Actor& actor = m_session->actor();
        Person person;
        person.lastName = QStringLiteral("Le Goff");
        person.firstName = QStringLiteral("Maëlle");
        person.birthDate = QDate(1985, 3, 15);
        person.communeInsee = QStringLiteral("22278"); // Saint-Brieuc
        person.communeName = QStringLiteral("Saint-Brieuc");
        person.postcode = QStringLiteral("22000");
        Result<QString> id = PersonStore(db).create(actor, person);
        if (!id) {
            return id.error();
        }
        m_personId = id.value();
        const QDate opened(2024, 6, 1);
        if (auto open = FollowUpStore(db).open(actor, m_personId, opened); !open) {
            return open.error();
        }
        Orientation o;
        o.personId = m_personId;
        o.kind = QStringLiteral("socio_professionnelle");
        o.structureId = actor.structureId;
        o.referentId = actor.userId;
        o.startDate = opened.addDays(10);
        if (auto oriented = FollowUpStore(db).orient(actor, o); !oriented) {
            return oriented.error();
        }
        AppointmentStore appointments(db);
        for (int i = 0; i < (kEvents - 2) / 2; ++i) {
            Appointment a;
            a.personId = m_personId;
            a.scheduledAt = QDateTime(opened.addDays(20 + 2 * i), QTime(9 + i % 8, 0));
            a.invitedOn = a.scheduledAt.date().addDays(-7);
            Result<QString> planned = appointments.plan(actor, a);
            if (!planned) {
                return planned.error();
            }
            if (Status held = appointments.setStatus(actor, planned.value(), QStringLiteral("honoured"));
                !held) {
                return held.error();
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<BenchSession> m_session;
    QString m_personId;
    QString m_error;
};

TimelineDataset* timelineOrFail(benchmark::State& state) {
    TimelineDataset& dataset = TimelineDataset::instance();
    if (!dataset.error().isEmpty()) {
        failBenchmark(state, dataset.error());
        return nullptr;
    }
    return &dataset;
}

// The model and its view alone, on events already read: TimelineModel + TimelineFilterModel +
// QTreeView, expanded and painted.
void BM_TimelineModelAndView500(benchmark::State& state) {
    FixedDay day;
    TimelineDataset* dataset = timelineOrFail(state);
    if (!dataset) {
        return;
    }
    Result<QList<PathwayEvent>> events =
        Timeline(dataset->session().database()).events(dataset->session().actor(), dataset->personId());
    if (!events || events->size() != kEvents) {
        failBenchmark(state, QStringLiteral("expected %1 events: %2").arg(kEvents).arg(events.error()));
        return;
    }
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        model.setEvents(events.value());
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&filter);
        view.header()->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);
        view.expandAll();
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        state.SetIterationTime(latency.stop() / 1000.0);
    }
    latency.report(state);
}
BENCHMARK(BM_TimelineModelAndView500)->UseManualTime()->Unit(benchmark::kMillisecond);

// The whole "Pathway" tab opening on the person: reads (timeline, orientations, contracts,
// appointments), model, filters, overview band, tree view, painted.
void BM_PathwayTab500(benchmark::State& state) {
    FixedDay day;
    TimelineDataset* dataset = timelineOrFail(state);
    if (!dataset) {
        return;
    }
    PathwayWidget widget;
    widget.initialize(dataset->session().database(), dataset->session().actor());
    widget.resize(1000, 700);
    widget.show();
    QCoreApplication::processEvents();
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        widget.setPerson(dataset->personId());
        QCoreApplication::processEvents();
        state.SetIterationTime(latency.stop() / 1000.0);
        if (widget.model()->eventCount() != kEvents) {
            failBenchmark(state, QStringLiteral("the tab shows %1 events").arg(widget.model()->eventCount()));
            break;
        }
        widget.setPerson({});
    }
    latency.report(state);
}
BENCHMARK(BM_PathwayTab500)->UseManualTime()->Unit(benchmark::kMillisecond);

// The adviser's home screen on the generated dataset: every list and the week agenda read and
// shown (HomeWidget::reload), as when the window opens or F5 is pressed, for the adviser that
// PathwayBenchmarks.cpp makes referent of 150 people (BM_AdviserDayLists, registered and run first),
// on the day the dataset was generated.
void BM_HomeScreen(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    FixedClock datasetDay(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&datasetDay);
    Actor adviser = session->actor();
    QSqlQuery query(session->database().sql());
    query.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE display_name = ?"));
    query.addBindValue(QStringLiteral("Bench adviser (150 people)"));
    if (query.exec() && query.next()) {
        adviser.userId = query.value(0).toString();
        adviser.displayName = query.value(1).toString();
    } else {
        state.SetLabel("the adviser of 150 people is missing: the local adviser's lists instead");
    }
    {
        HomeWidget home;
        home.initialize(session->database(), adviser);
        home.resize(1200, 700);
        home.show();
        QCoreApplication::processEvents();
        LatencyRecorder latency;
        for (auto _ : state) {
            latency.start();
            home.reload();
            QCoreApplication::processEvents();
            state.SetIterationTime(latency.stop() / 1000.0);
        }
        latency.report(state);
    }
    Clock::setInstance(nullptr);
}
BENCHMARK(BM_HomeScreen)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
