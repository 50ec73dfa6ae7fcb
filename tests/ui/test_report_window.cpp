// The activity report window driven offscreen: the default month and scope, computing on the
// worker, the key figures and their rules, the three charts, exports, printing, cancelling, the
// adviser's scopes and the Reports menu.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PathwayFixture.h"
#include "RegisterFixture.h"
#include "TestDatabase.h"

#include "reports/Indicators.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportWindow.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTextDocument>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace jalon;
using namespace jalon::test;

namespace {

// Tuesday 3 November 2026: the default report is October's.
const QDateTime kNow(QDate(2026, 11, 3), QTime(10, 0));

template <typename T> T* child(QWidget* parent, const char* name) {
    T* widget = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

struct ReportFixture {
    ScopedClock clock{kNow};
    TestDatabase t;

    ReportFixture() {
        // Two entries into this adviser's caseload in October, one in September, and one October
        // entry of a colleague's, outside the caseload.
        assign(followedPerson(t, QDate(2026, 10, 5)), t.actor().userId);
        assign(followedPerson(t, QDate(2026, 10, 20), QStringLiteral("Abgrall"), QStringLiteral("Léa")),
               t.actor().userId);
        assign(followedPerson(t, QDate(2026, 9, 10), QStringLiteral("Bothorel"), QStringLiteral("Katell")),
               t.actor().userId);
        const Actor colleague = addColleague(t, QStringLiteral("Yann Le Bihan"));
        assign(followedPerson(t, QDate(2026, 10, 12), QStringLiteral("Caradec"), QStringLiteral("Erwan")),
               colleague.userId);
    }
    void assign(const QString& person, const QString& referent) {
        QSqlQuery query(t.db().sql());
        REQUIRE(query.exec(
            QStringLiteral("UPDATE persons SET referent_id = '%1' WHERE id = '%2'").arg(referent, person)));
    }
};

bool computeAndWait(ReportWindow& window) {
    QSignalSpy done(&window, &ReportWindow::computed);
    QTest::mouseClick(child<QPushButton>(&window, "computeButton"), Qt::LeftButton);
    REQUIRE((done.count() == 1 || done.wait(30000)));
    return done.at(0).at(0).toBool();
}

QString keyFigure(ReportWindow& window, const char* code, Column column = Column::Period) {
    auto* model = qobject_cast<ReportTableModel*>(child<QTableView>(&window, "tableView")->model());
    REQUIRE(model != nullptr);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReportTableModel::kCodeRole).toString() == QLatin1String(code)) {
            return model->index(row, model->figureColumn(column)).data().toString();
        }
    }
    FAIL("no key figure " << code);
    return {};
}

} // namespace

TEST_CASE("report window: compute October, read the key figures, the charts, save and print",
          "[ui][report-window]") {
    ReportFixture f;
    ReportWindow window(f.t.db(), f.t.actor());
    window.show();
    CHECK(window.period() == ReportPeriod::month(2026, 10));
    auto* csv = child<QPushButton>(&window, "csvButton");
    CHECK_FALSE(csv->isEnabled());
    CHECK_FALSE(window.exportTo(ReportFormat::Csv, f.t.folder() + QStringLiteral("/none.csv")));

    REQUIRE(computeAndWait(window));
    REQUIRE(window.report() != nullptr);
    CHECK(window.report()->period == ReportPeriod::month(2026, 10));
    CHECK(child<QLabel>(&window, "messageLabel")->text().isEmpty());
    CHECK_FALSE(child<QProgressBar>(&window, "progressBar")->isVisible());

    // The key figures first: two entries into the caseload in October, one in September.
    auto* tables = child<QListWidget>(&window, "tableList");
    CHECK(tables->count() == window.report()->tables.size());
    CHECK(tables->currentRow() == 0);
    auto* view = child<QTableView>(&window, "tableView");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("2"));
    CHECK(keyFigure(window, Indicators::kEntries, Column::PreviousPeriod) == QStringLiteral("1"));
    auto* model = qobject_cast<ReportTableModel*>(view->model());
    CHECK(model->headerData(model->figureColumn(Column::Period), Qt::Horizontal).toString() ==
          columnTitle(*window.report(), Column::Period));
    const QModelIndex figure = model->index(0, model->figureColumn(Column::Period));
    CHECK((figure.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
    CHECK_FALSE(figure.data(Qt::ToolTipRole).toString().isEmpty());
    // The rule of the line chosen shows under the table.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReportTableModel::kCodeRole).toString() ==
            QLatin1String(Indicators::kEntries)) {
            view->setCurrentIndex(model->index(row, 0));
        }
    }
    CHECK(child<QLabel>(&window, "ruleLabel")
              ->text()
              .contains(Indicators::find(QStringLiteral("entries")).rule));
    // Another table.
    tables->setCurrentRow(1);
    CHECK(model->table().id == window.report()->tables.at(1).id);

    // Three charts, each with its series.
    const QList<QChartView*> charts = window.findChildren<QChartView*>();
    REQUIRE(charts.size() == 3);
    for (QChartView* chart : charts) {
        CHECK_FALSE(chart->chart()->series().isEmpty());
        CHECK_FALSE(chart->accessibleName().isEmpty());
    }
    CHECK(child<QChartView>(&window, "trendChart")->chart()->series().size() == 2);

    // Saving: the CSV for Excel starts with the UTF-8 byte order mark, and the window says where it went.
    CHECK(csv->isEnabled());
    const QString path = f.t.folder() + QStringLiteral("/rapport.csv");
    const Status saved = window.exportTo(ReportFormat::Csv, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF"));
    CHECK(child<QLabel>(&window, "savedLabel")->text().contains(QStringLiteral("rapport.csv")));
    CHECK(ReportExporter::defaultFileName(*window.report(), ReportFormat::Pdf)
              .startsWith(QStringLiteral("rapport-activite-2026-10-")));

    // Printing previews the report's document.
    QString previewed;
    bool hasText = false;
    window.setPreviewRunner([&](QTextDocument& document, const QString& title) {
        previewed = title;
        hasText = !document.isEmpty();
    });
    QTest::mouseClick(child<QPushButton>(&window, "printButton"), Qt::LeftButton);
    CHECK_FALSE(previewed.isEmpty());
    CHECK(hasText);
}

TEST_CASE("report window: cancelling a computation leaves the window usable", "[ui][report-window]") {
    ReportFixture f;
    ReportWindow window(f.t.db(), f.t.actor());
    window.show();
    QSignalSpy done(&window, &ReportWindow::computed);
    QTest::mouseClick(child<QPushButton>(&window, "computeButton"), Qt::LeftButton);
    auto* cancel = child<QPushButton>(&window, "cancelButton");
    CHECK(cancel->isVisible());
    CHECK_FALSE(child<QWidget>(&window, "choicesBar")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE((done.count() == 1 || done.wait(30000)));
    // Cancelled, or finished before the worker saw it: either way the window is back.
    CHECK_FALSE(window.isComputing());
    CHECK_FALSE(cancel->isVisible());
    CHECK(child<QPushButton>(&window, "computeButton")->isEnabled());
    if (!done.at(0).at(0).toBool()) {
        CHECK(window.report() == nullptr);
        CHECK_FALSE(child<QLabel>(&window, "messageLabel")->text().isEmpty());
    }
    // And computes again.
    CHECK(computeAndWait(window));
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("2"));

    // Closing the window during a computation stops it without a crash.
    QTest::mouseClick(child<QPushButton>(&window, "computeButton"), Qt::LeftButton);
    window.close();
}

TEST_CASE("report window: an adviser reports on their caseload or their structure", "[ui][report-window]") {
    ReportFixture f;
    ReportWindow window(f.t.db(), f.t.actor());
    REQUIRE(window.scopes().size() == 2);
    CHECK(window.scopes().first().kind == ReportScope::Kind::Adviser);
    CHECK(window.scopes().first().id == f.t.actor().userId);
    CHECK(window.scopes().last().kind == ReportScope::Kind::Structure);
    CHECK(window.scopes().last().id == f.t.actor().structureId);
    CHECK(child<QComboBox>(&window, "scopeCombo")->count() == 2);
    CHECK(window.scope() == window.scopes().first()); // the caseload by default

    // The structure counts the colleague's October entry too: three.
    child<QComboBox>(&window, "scopeCombo")->setCurrentIndex(1);
    REQUIRE(computeAndWait(window));
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("3"));
}

TEST_CASE("report window: a custom period, an impossible one refused in the window", "[ui][report-window]") {
    ReportFixture f;
    ReportWindow window(f.t.db(), f.t.actor());
    window.show();
    auto* custom = child<QCheckBox>(&window, "customPeriodCheck");
    CHECK_FALSE(child<QDateEdit>(&window, "fromEdit")->isEnabled());
    custom->setChecked(true);
    CHECK_FALSE(child<QDateEdit>(&window, "monthEdit")->isEnabled());
    child<QDateEdit>(&window, "fromEdit")->setDate(QDate(2026, 10, 15));
    child<QDateEdit>(&window, "toEdit")->setDate(QDate(2026, 10, 1));
    QTest::mouseClick(child<QPushButton>(&window, "computeButton"), Qt::LeftButton);
    CHECK_FALSE(window.isComputing());
    CHECK_FALSE(child<QLabel>(&window, "messageLabel")->text().isEmpty());

    window.setPeriod({QDate(2026, 10, 1), QDate(2026, 10, 15)});
    CHECK(custom->isChecked());
    REQUIRE(computeAndWait(window));
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("1"));
}

TEST_CASE("report window: accessible names and tab order", "[ui][report-window]") {
    ReportFixture f;
    ReportWindow window(f.t.db(), f.t.actor());
    for (const char* name :
         {"monthEdit", "fromEdit", "toEdit", "scopeCombo", "suppressCheck", "thresholdSpin", "tableList",
          "tableView", "trendChart", "exitsChart", "barriersChart", "progressBar"}) {
        INFO(name);
        CHECK_FALSE(child<QWidget>(&window, name)->accessibleName().isEmpty());
    }
    QStringList order;
    QWidget* const start = child<QWidget>(&window, "monthEdit");
    QWidget* w = start;
    for (int i = 0; i < 500 && (i == 0 || w != start); ++i, w = w->nextInFocusChain()) {
        const QString name = w->objectName();
        if ((w->focusPolicy() & Qt::TabFocus) && !name.isEmpty() && !name.startsWith(QLatin1String("qt_"))) {
            order.append(name);
        }
    }
    INFO(order.join(QStringLiteral(", ")).toStdString());
    const auto at = [&order](const char* name) { return order.indexOf(QLatin1String(name)); };
    CHECK(at("monthEdit") == 0);
    CHECK(at("monthEdit") < at("scopeCombo"));
    CHECK(at("scopeCombo") < at("suppressCheck"));
    CHECK(at("suppressCheck") < at("computeButton"));
    CHECK(at("computeButton") < at("tableList"));
    CHECK(at("tableList") < at("tableView"));
}

TEST_CASE("report window: the Reports menu opens it with Ctrl+Shift+R", "[ui][report-window]") {
    RegisterFixture fixture;
    QAction* action = fixture.window()->findChild<QAction*>(QStringLiteral("actionActivityReport"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    auto* window = fixture.window()->findChild<ReportWindow*>();
    REQUIRE(window != nullptr);
    CHECK(window->isVisible());
    CHECK(window->isWindow());
    // Once open, the same window comes forward again.
    window->close();
    action->trigger();
    CHECK(fixture.window()->findChildren<ReportWindow*>().size() == 1);
    CHECK(window->isVisible());
}

TEST_CASE("report window: small-cell suppression is a remembered setting", "[ui][report-window]") {
    ReportFixture f;
    const QString ini = f.t.folder() + QStringLiteral("/settings.ini");
    {
        Settings settings(ini);
        CHECK_FALSE(settings.suppressSmallCells()); // exact figures unless asked
        CHECK(settings.smallCellThreshold() == 4);
        settings.setSmallCellThreshold(99);
        CHECK(settings.smallCellThreshold() == 10); // kept within 2–10
        settings.setSmallCellThreshold(3);
        settings.setSuppressSmallCells(true);
    }
    Settings settings(ini);
    ReportWindow window(f.t.db(), f.t.actor());
    window.useSettings(settings);
    window.show();
    auto* suppress = child<QCheckBox>(&window, "suppressCheck");
    CHECK(suppress->isChecked());
    CHECK(child<QSpinBox>(&window, "thresholdSpin")->value() == 3);

    // Two October entries, hidden as "≤ 3"; the choice is then switched off and remembered.
    REQUIRE(computeAndWait(window));
    CHECK(window.report()->smallCellsSuppressed);
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("≤ 3"));
    suppress->setChecked(false);
    CHECK_FALSE(Settings(ini).suppressSmallCells());
    REQUIRE(computeAndWait(window));
    CHECK(keyFigure(window, Indicators::kEntries) == QStringLiteral("2"));
}
