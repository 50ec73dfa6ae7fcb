// The register's list model: Qt's model tester, lazy loading, sorting, filtering, counting.
#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include "common/TextFold.h"
#include "demo/DemoGenerator.h"
#include "persons/PersonListModel.h"
#include "persons/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace jalon;
using namespace jalon::test;

namespace {

void fill(TestDatabase& t, int persons) {
    DemoGenerator::Options options;
    options.persons = persons;
    options.seed = 11;
    REQUIRE(DemoGenerator::generate(t.db(), t.actor(), options));
}

QStringList column(const PersonListModel& model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.data(model.index(row, column)).toString();
    }
    return values;
}

} // namespace

TEST_CASE("The list model passes QAbstractItemModelTester while loading, sorting and filtering",
          "[ui][model]") {
    TestDatabase t;
    fill(t, 450);
    PersonListModel model(t.db(), t.actor());
    CHECK(model.rowCount() == PersonListModel::kPageSize); // only the first page at first
    REQUIRE(model.canFetchMore({}));

    // Qt 6.4's tester calls fetchMore() from its own modelReset handler, before it clears its
    // "reset in flight" flag, so it cannot watch a reset of a lazily loading model. Each state
    // is therefore checked by a fresh tester, which then watches every page being inserted.
    const auto checkState = [&model](const std::function<void()>& change) {
        change();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    };
    checkState([] {});
    checkState([&model] { model.sort(PersonListModel::BirthDate, Qt::DescendingOrder); });
    checkState([&model] { model.setSearchText(QStringLiteral("hele")); });
    checkState([&model] { model.setStatusFilter(RegisterFilter::Status::Archived); });
    checkState([&model] { model.setStatusFilter(RegisterFilter::Status::All); });
    checkState([&model] { model.setSearchText(QString()); });
    CHECK(model.rowCount() == 450);
}

TEST_CASE("The list model loads every person exactly once, page by page", "[ui][model]") {
    TestDatabase t;
    fill(t, 530);
    PersonListModel model(t.db(), t.actor());
    model.setStatusFilter(RegisterFilter::Status::All);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    REQUIRE(model.rowCount() == 530);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
    }
    CHECK(ids.size() == 530);
}

TEST_CASE("Sorting by a column orders the rows by it, both ways; unsortable columns are ignored",
          "[ui][model]") {
    TestDatabase t;
    fill(t, 120);
    PersonListModel model(t.db(), t.actor());

    model.sort(PersonListModel::BirthDate, Qt::AscendingOrder);
    QStringList dates;
    for (int row = 0; row < model.rowCount(); ++row) {
        dates << QDate::fromString(model.data(model.index(row, PersonListModel::BirthDate)).toString(),
                                   QStringLiteral("dd/MM/yyyy"))
                     .toString(Qt::ISODate);
    }
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end());
    CHECK(dates == sorted);

    model.sort(PersonListModel::LastName, Qt::DescendingOrder);
    const QStringList names = column(model, PersonListModel::LastName);
    CHECK(foldText(names.first()) >= foldText(names.last()));

    const QStringList before = column(model, PersonListModel::LastName);
    model.sort(PersonListModel::CafNumber, Qt::AscendingOrder);
    CHECK(column(model, PersonListModel::LastName) == before);
}

TEST_CASE("Search narrows the list and the total is counted in the background", "[ui][model]") {
    TestDatabase t;
    PersonStore store(t.db());
    REQUIRE(store.create(t.actor(), samplePerson(QStringLiteral("Durand"), QStringLiteral("Hélène"))));
    REQUIRE(store.create(t.actor(), samplePerson(QStringLiteral("Cœurderoy"), QStringLiteral("Marc"))));
    REQUIRE(store.create(t.actor(), samplePerson(QStringLiteral("Martin"), QStringLiteral("Paul"))));
    PersonListModel model(t.db(), t.actor());
    QTRY_VERIFY(model.total().has_value());
    CHECK(*model.total() == 3);

    QSignalSpy counted(&model, &PersonListModel::countChanged);
    model.setSearchText(QStringLiteral("coeur"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, PersonListModel::LastName)).toString() == QStringLiteral("Cœurderoy"));
    QTRY_VERIFY(model.total() == std::optional<int>(1));

    model.setSearchText(QStringLiteral("\"*NEAR( -:"));
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError().isEmpty());
}

TEST_CASE("A person's line is refreshed in place after an edit", "[ui][model]") {
    TestDatabase t;
    PersonStore store(t.db());
    const auto id = store.create(t.actor(), samplePerson());
    REQUIRE(id);
    PersonListModel model(t.db(), t.actor());
    REQUIRE(model.rowOf(id.value()) == 0);
    Person person = store.get(t.actor(), id.value()).value();
    person.lastName = QStringLiteral("Dupont-Durand");
    REQUIRE(store.update(t.actor(), person));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshPerson(id.value());
    CHECK(changed.count() == 1);
    CHECK(model.data(model.index(0, PersonListModel::LastName)).toString() ==
          QStringLiteral("Dupont-Durand"));
}
