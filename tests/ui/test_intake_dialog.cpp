// The intake import dialog driven offscreen: mapping an unrecognised header, reviewing the rows,
// fixing a broken row in its dialog, resolving a possible duplicate, importing on the worker.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "IntakeFixture.h"
#include "RegisterFixture.h"

#include "intake/IntakeImportDialog.h"
#include "intake/IntakeReviewModel.h"
#include "intake/IntakeRowDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace jalon;
using namespace jalon::test;

namespace {

template <typename T> T* child(QWidget* parent, const char* name) {
    T* widget = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void selectLine(IntakeImportDialog& dialog, int line) {
    auto* table = child<QTableView>(&dialog, "reviewTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, IntakeReviewModel::LineColumn).data().toInt() == line) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return;
        }
    }
    FAIL("line " << line << " is not shown");
}

IntakeStatus statusOf(const IntakeImportDialog& dialog, int line) {
    for (const IntakeRow& row : dialog.rows()) {
        if (row.line == line) {
            return row.status;
        }
    }
    FAIL("no line " << line);
    return IntakeStatus::Error;
}

} // namespace

TEST_CASE("intake dialog: map a header, review, fix a row, resolve a duplicate, import", "[ui][intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    seedIntakeRegister(t.db(), t.actor());
    const QString path = t.folder() + QStringLiteral("/liste.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Numéro allocataire;Patronyme;Prénom;Date de naissance;CP;Commune\n"
                                  "9000001;Abgrall;Léa;31/02/1990;29200;Brest\n"
                                  "9000002;Bothorel;Katell;01/01/1981;29200;Brest\n"
                                  "5555000;Bernard;Paul;05/05/1982;;\n"
                                  "9000003;;Tristan;01/01/1980;29200;Brest\n")
                       .toUtf8());
    }
    IntakeImportDialog dialog(t.db(), t.actor());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();

    // Step 2: "Patronyme" is not recognised, so the last name is missing and Next is disabled.
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.page() == IntakeImportDialog::MappingPage);
    auto* next = child<QPushButton>(&dialog, "nextButton");
    CHECK_FALSE(next->isEnabled());
    auto* patronyme = child<QComboBox>(&dialog, "mappingCombo1");
    CHECK(patronyme->currentData().toInt() == static_cast<int>(IntakeField::Ignore));
    patronyme->setCurrentIndex(patronyme->findData(static_cast<int>(IntakeField::LastName)));
    CHECK(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // Step 3: the review.
    REQUIRE(dialog.page() == IntakeImportDialog::ReviewPage);
    REQUIRE(dialog.rows().size() == 4);
    CHECK(statusOf(dialog, 2) == IntakeStatus::Error);
    CHECK(statusOf(dialog, 3) == IntakeStatus::New);
    CHECK(statusOf(dialog, 4) == IntakeStatus::PossibleDuplicate);
    CHECK(statusOf(dialog, 5) == IntakeStatus::Error);
    auto* filter = child<QComboBox>(&dialog, "statusFilterCombo");
    filter->setCurrentIndex(filter->findData(static_cast<int>(IntakeStatus::Error)));
    CHECK(child<QTableView>(&dialog, "reviewTable")->model()->rowCount() == 2);
    filter->setCurrentIndex(0);
    CHECK(child<QTableView>(&dialog, "reviewTable")->model()->rowCount() == 4);
    auto* importButton = child<QPushButton>(&dialog, "importButton");
    CHECK(importButton->text().contains(QLatin1Char('1')));

    // Fix line 2's impossible birth date in the row dialog; the row is checked again.
    selectLine(dialog, 2);
    CHECK(child<QLabel>(&dialog, "reasonLabel")->text().contains(QStringLiteral("31/02/1990")));
    bool edited = false;
    QTimer::singleShot(0, [&edited] {
        auto* rowDialog = qobject_cast<IntakeRowDialog*>(QApplication::activeModalWidget());
        REQUIRE(rowDialog != nullptr);
        CHECK(rowDialog->editOf(IntakeField::LastName)->text() == QStringLiteral("Abgrall"));
        rowDialog->editOf(IntakeField::BirthDate)->setText(QStringLiteral("28/02/1990"));
        edited = true;
        rowDialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "fixButton"), Qt::LeftButton);
    REQUIRE(edited);
    CHECK(statusOf(dialog, 2) == IntakeStatus::New);

    // Line 4 resembles Paul Bernard of another CAF number: the officer says it is another person.
    selectLine(dialog, 4);
    auto* candidates = child<QComboBox>(&dialog, "candidateCombo");
    CHECK(candidates->count() == 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "createAnywayButton"), Qt::LeftButton);
    // Line 5 has no last name: skipped, never written.
    selectLine(dialog, 5);
    QTest::mouseClick(child<QPushButton>(&dialog, "skipButton"), Qt::LeftButton);
    CHECK(importButton->text().contains(QLatin1Char('3')));
    CHECK(importButton->isEnabled());

    const QList<int> before = intakeTableCounts(t.db());
    QSignalSpy finished(&dialog, &IntakeImportDialog::importFinished);
    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(dialog.page() == IntakeImportDialog::ResultPage);
    CHECK(child<QLabel>(&dialog, "resultLabel")->text().contains(QLatin1Char('3')));
    const QList<int> after = intakeTableCounts(t.db());
    CHECK(after.at(0) == before.at(0) + 3);
    CHECK(after.at(1) == before.at(1) + 3);
    CHECK(after.at(2) == before.at(2) + 3);
    QSqlQuery tristan(t.db().sql());
    REQUIRE(tristan.exec(QStringLiteral("SELECT COUNT(*) FROM persons WHERE first_name = 'Tristan'")));
    REQUIRE(tristan.next());
    CHECK(tristan.value(0).toInt() == 0);
}

TEST_CASE("intake dialog: a file that cannot be read stays on the first step", "[ui][intake]") {
    TestDatabase t;
    IntakeImportDialog dialog(t.db(), t.actor());
    dialog.show();
    CHECK_FALSE(dialog.loadFile(t.folder() + QStringLiteral("/absent.csv")));
    CHECK(dialog.page() == IntakeImportDialog::FilePage);
    CHECK_FALSE(child<QLabel>(&dialog, "fileErrorLabel")->text().isEmpty());
    for (const char* name : {"reviewTable", "mappingTable", "statusFilterCombo", "filePathEdit"}) {
        CHECK_FALSE(child<QWidget>(&dialog, name)->accessibleName().isEmpty());
    }
}

TEST_CASE("intake dialog: the File menu opens it with Ctrl+Shift+I", "[ui][intake]") {
    RegisterFixture fixture;
    QAction* action = fixture.window()->findChild<QAction*>(QStringLiteral("actionImportIntake"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(action->isEnabled());
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        auto* dialog = qobject_cast<IntakeImportDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog) {
            dialog->reject();
        }
    });
    action->trigger();
    CHECK(opened);
}
