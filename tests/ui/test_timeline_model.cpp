// The person's timeline as a model: months newest first with their events, filters by kind,
// period and folded text, checked with QAbstractItemModelTester; private notes of others absent.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"

#include "pathway/NoteStore.h"
#include "pathway/Timeline.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLocale>

using namespace jalon;
using namespace jalon::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 15), QTime(10, 0), Qt::UTC);

PathwayEvent noteOn(const QString& day, const QString& text, const QString& id) {
    PathwayEvent e;
    e.id = id;
    e.occurredOn = day;
    e.kind = QStringLiteral("note");
    e.action = QStringLiteral("created");
    e.entityId = QStringLiteral("entity-") + id;
    e.details = {{QStringLiteral("text"), text}};
    e.actorName = QStringLiteral("Local adviser");
    e.recordedAt = kNow;
    return e;
}

PathwayEvent entryOn(const QString& day, const QString& id) {
    PathwayEvent e = noteOn(day, {}, id);
    e.kind = QStringLiteral("entry");
    e.details = {};
    return e;
}

// Oldest first, as Timeline::events gives them.
QList<PathwayEvent> sample() {
    return {noteOn(QStringLiteral("2025-01-05"), QStringLiteral("Premier contact"), QStringLiteral("a")),
            entryOn(QStringLiteral("2026-02-01"), QStringLiteral("b")),
            noteOn(QStringLiteral("2026-07-01"), QStringLiteral("Atelier CV"), QStringLiteral("c")),
            noteOn(QStringLiteral("2026-11-03"), QStringLiteral("Rendez-vous avec Hélène à l'Éclat"),
                   QStringLiteral("d")),
            entryOn(QStringLiteral("2026-11-12"), QStringLiteral("e"))};
}

QString monthTitle(const QAbstractItemModel& model, int row) {
    return model.index(row, TimelineModel::DateColumn).data().toString();
}

// The ids of the events shown, top to bottom.
QStringList shownIds(const QAbstractItemModel& model) {
    QStringList ids;
    for (int m = 0; m < model.rowCount(); ++m) {
        const QModelIndex month = model.index(m, 0);
        for (int row = 0; row < model.rowCount(month); ++row) {
            const auto* e =
                model.index(row, 0, month).data(TimelineModel::EventRole).value<const PathwayEvent*>();
            ids << (e ? e->id : QStringLiteral("?"));
        }
    }
    return ids;
}

QStringList ids(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* id : list) {
        out << QString::fromLatin1(id);
    }
    return out;
}

QString monthName(int year, int month) {
    return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy"));
}

} // namespace

TEST_CASE("The timeline groups events by month, newest month and newest event first", "[ui][timeline]") {
    ScopedClock clock(kNow);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(sample());
    model.setEvents(sample()); // a second reset under the tester

    REQUIRE(model.rowCount() == 4);
    CHECK(model.eventCount() == 5);
    CHECK(monthTitle(model, 0) ==
          QCoreApplication::translate("jalon::TimelineModel", "%1 (%n)", "month and its number of events", 2)
              .arg(monthName(2026, 11)));
    CHECK(monthTitle(model, 0).startsWith(QStringLiteral("novembre 2026")));
    CHECK(monthTitle(model, 1).startsWith(QStringLiteral("juillet 2026")));
    CHECK(monthTitle(model, 3).startsWith(QStringLiteral("janvier 2025")));
    CHECK(shownIds(model) == ids({"e", "d", "c", "b", "a"}));

    const QModelIndex month = model.index(0, 0);
    CHECK(month.data(TimelineModel::IsMonthRole).toBool());
    CHECK(month.data(TimelineModel::EventRole).value<const PathwayEvent*>() == nullptr);
    const QModelIndex first = model.index(0, TimelineModel::KindColumn, month);
    CHECK(first.data().toString() == Timeline::kindLabel(QStringLiteral("entry")));
    CHECK(first.data(TimelineModel::KindRole).toString() == QStringLiteral("entry"));
    CHECK(first.data(TimelineModel::EntityIdRole).toString() == QStringLiteral("entity-e"));
    CHECK(first.data(TimelineModel::ColourRole).value<QColor>().isValid());
    CHECK_FALSE(first.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(0, TimelineModel::RecordedByColumn, month).data().toString() ==
          QStringLiteral("Local adviser"));
    CHECK(model.index(1, TimelineModel::DescriptionColumn, month).data().toString() ==
          Timeline::describe(sample().at(3)));
    CHECK(model.indexOfEvent(QStringLiteral("c")).parent().row() == 1);
    CHECK(model.eventAt(model.indexOfEvent(QStringLiteral("c")))->id == QStringLiteral("c"));

    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The timeline filters by kind, by period from today and by folded text", "[ui][timeline]") {
    ScopedClock clock(kNow);
    TimelineModel model;
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(sample());
    CHECK(shownIds(filter) == ids({"e", "d", "c", "b", "a"}));

    SECTION("kinds") {
        filter.setKinds({QStringLiteral("entry")});
        CHECK(shownIds(filter) == ids({"e", "b"}));
        CHECK(filter.rowCount() == 2); // november and february: the months without an entry are gone
        filter.setKinds({});
        CHECK(filter.rowCount() == 0);
        filter.showAllKinds();
        CHECK(shownIds(filter).size() == 5);
    }
    SECTION("periods counted back from today") {
        using Period = TimelineFilterModel::Period;
        filter.setPeriod(Period::Last3Months);
        CHECK(shownIds(filter) == ids({"e", "d"}));
        filter.setPeriod(Period::From3To6Months);
        CHECK(shownIds(filter) == ids({"c"}));
        filter.setPeriod(Period::From6To12Months);
        CHECK(shownIds(filter) == ids({"b"}));
        filter.setPeriod(Period::Older);
        CHECK(shownIds(filter) == ids({"a"}));
        filter.setPeriod(Period::All);
        CHECK(shownIds(filter).size() == 5);
    }
    SECTION("text, without accents or case, every word") {
        filter.setSearchText(QStringLiteral("helene"));
        CHECK(shownIds(filter) == ids({"d"}));
        CHECK(filter.rowCount() == 1);
        CHECK(filter.rowCount(filter.index(0, 0)) == 1); // the month keeps its matching event only
        filter.setSearchText(QStringLiteral("ECLAT  hélène"));
        CHECK(shownIds(filter) == ids({"d"}));
        filter.setSearchText(QStringLiteral("helene cv"));
        CHECK(shownIds(filter).isEmpty());
        filter.setSearchText(QStringLiteral("atelier"));
        CHECK(shownIds(filter) == ids({"c"}));
        filter.setSearchText(QString());
        CHECK(shownIds(filter).size() == 5);
    }
    SECTION("filters combine") {
        filter.setKinds({QStringLiteral("note")});
        filter.setPeriod(TimelineFilterModel::Period::Last3Months);
        CHECK(shownIds(filter) == ids({"d"}));
        CHECK(filter.isFiltering());
    }
}

TEST_CASE("A private note of another adviser is not on the timeline", "[ui][timeline][privacy]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const QString person = followedPerson(t, QDate(2026, 9, 1));
    const Actor colleague = addColleague(t, QStringLiteral("Yann Le Bihan"));
    NoteStore notes(t.db());
    Note secret;
    secret.personId = person;
    secret.writtenOn = QDate(2026, 11, 2);
    secret.body = QStringLiteral("Confidentiel : violences");
    secret.isPrivate = true;
    REQUIRE(notes.add(colleague, secret));
    Note open = secret;
    open.body = QStringLiteral("Appel de la CAF");
    open.isPrivate = false;
    REQUIRE(notes.add(colleague, open));

    const auto seenBy = [&t, &person](const Actor& actor) {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEvents(Timeline(t.db()).events(actor, person).value());
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("violences"));
        return std::pair{model.eventCount(), filter.rowCount()};
    };
    const auto [mine, minePrivateShown] = seenBy(t.actor());
    CHECK(mine == 2); // the entry and the colleague's open note
    CHECK(minePrivateShown == 0);
    const auto [theirs, theirPrivateShown] = seenBy(colleague);
    CHECK(theirs == 3);
    CHECK(theirPrivateShown == 1);
}
