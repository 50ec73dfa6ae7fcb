// The register screen driven offscreen: fill the editor by widget names, save, duplicates,
// undo/redo, archive, unsaved edits on close, drafts after a crash.
#include <catch2/catch.hpp>

#include "RegisterFixture.h"

#include "drafts/DraftStore.h"
#include "persons/PersonListModel.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"

#include <QAction>
#include <QLabel>
#include <QUndoStack>

using namespace jalon;
using namespace jalon::test;

namespace {

QList<PersonRow> everyone(TestDatabase& t) {
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    return PersonRegister(t.db(), t.actor()).page(filter, nullptr, 100).value();
}

void fillHelene(RegisterFixture& f) {
    f.type("lastNameEdit", QStringLiteral("Le Goff"));
    f.type("firstNameEdit", QStringLiteral("Hélène"));
    f.type("birthDateEdit", QStringLiteral("15/03/1985"));
    f.type("phoneEdit", QStringLiteral("06 12 34 56 78"));
    f.type("postcodeEdit", QStringLiteral("22000")); // a single commune: completed at once
    f.type("cafNumberEdit", QStringLiteral("1234567"));
    f.choose("rsaStatusCombo", QStringLiteral("open_payable"));
}

QAction* actionNamed(MainWindow* window, const QString& text) {
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(text)) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Filling the editor by widget names and saving creates the record", "[ui][editor]") {
    RegisterFixture f;
    fillHelene(f);
    CHECK(f.child<QLineEdit>("communeEdit")->text() == QStringLiteral("Saint-Brieuc"));
    REQUIRE(f.child<QPushButton>("saveButton")->isEnabled());
    f.clickSave();

    const QList<PersonRow> rows = everyone(f.database());
    REQUIRE(rows.size() == 1);
    const Person saved = PersonStore(f.database().db()).get(f.database().actor(), rows.first().id).value();
    CHECK(saved.lastName == QStringLiteral("Le Goff"));
    CHECK(saved.firstName == QStringLiteral("Hélène"));
    CHECK(saved.birthDate == QDate(1985, 3, 15));
    CHECK(saved.phone == QStringLiteral("0612345678"));
    CHECK(saved.communeInsee == QStringLiteral("22278"));
    CHECK(saved.rsaStatus == QStringLiteral("open_payable"));
    CHECK_FALSE(f.reg()->hasUnsavedChanges());
    CHECK(f.reg()->model()->rowCount() == 1);
}

TEST_CASE("Invalid fields are flagged beside the field and nothing is saved", "[ui][editor]") {
    RegisterFixture f;
    f.type("lastNameEdit", QStringLiteral("Durand"));
    f.type("firstNameEdit", QStringLiteral("Paul"));
    f.type("birthDateEdit", QStringLiteral("31/02/1990")); // impossible date
    f.type("emailEdit", QStringLiteral("paul@"));
    f.clickSave();

    CHECK(everyone(f.database()).isEmpty());
    QLabel* errors = f.child<QLabel>("errorLabel");
    CHECK(errors->isVisibleTo(f.window()));
    CHECK(errors->text().contains(QStringLiteral("date")));
    CHECK(f.child<QLineEdit>("birthDateEdit")->property("invalid").toBool());
    CHECK(f.child<QLineEdit>("emailEdit")->property("invalid").toBool());
    CHECK_FALSE(f.child<QLineEdit>("lastNameEdit")->property("invalid").toBool());
    CHECK(f.reg()->hasUnsavedChanges());
}

TEST_CASE("A possible duplicate is shown before creating, and cancelling creates nothing",
          "[ui][duplicates]") {
    RegisterFixture f;
    PersonStore store(f.database().db());
    REQUIRE(store.create(f.database().actor(),
                         samplePerson(QStringLiteral("LE GOFF"), QStringLiteral("Helene"))));
    fillHelene(f);
    f.duplicateAnswer.clear(); // cancel
    f.clickSave();
    CHECK(f.duplicatesShown == 1);
    CHECK(everyone(f.database()).size() == 1);

    f.duplicateAnswer = QStringLiteral("create");
    f.clickSave();
    CHECK(everyone(f.database()).size() == 2);
}

TEST_CASE("Undo and redo replay creation, edit and archive through core", "[ui][undo]") {
    RegisterFixture f;
    fillHelene(f);
    f.clickSave();
    const QString id = everyone(f.database()).first().id;
    QUndoStack* stack = f.window()->undoStack();
    REQUIRE(stack->count() == 1);

    f.type("lastNameEdit", QStringLiteral("Le Goff-Martin"));
    f.clickSave();
    PersonStore store(f.database().db());
    CHECK(store.get(f.database().actor(), id)->lastName == QStringLiteral("Le Goff-Martin"));

    f.reg()->toggleArchive();
    CHECK(store.get(f.database().actor(), id)->archived);
    REQUIRE(stack->count() == 3);

    QAction* undo = actionNamed(f.window(), QStringLiteral("Ctrl+Z"));
    REQUIRE(undo != nullptr);
    undo->trigger(); // archive undone
    CHECK_FALSE(store.get(f.database().actor(), id)->archived);
    undo->trigger(); // edit undone
    CHECK(store.get(f.database().actor(), id)->lastName == QStringLiteral("Le Goff"));
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Le Goff"));
    undo->trigger(); // creation undone: the record is a tombstone
    CHECK_FALSE(store.get(f.database().actor(), id).isOk());
    CHECK(everyone(f.database()).isEmpty());

    QAction* redo = actionNamed(f.window(), QStringLiteral("Ctrl+Shift+Z"));
    REQUIRE(redo != nullptr);
    redo->trigger();
    redo->trigger();
    CHECK(store.get(f.database().actor(), id)->lastName == QStringLiteral("Le Goff-Martin"));
}

TEST_CASE("Closing with unsaved edits asks, and Cancel keeps the window and the edits", "[ui][close]") {
    RegisterFixture f;
    f.type("lastNameEdit", QStringLiteral("Martin"));
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Cancel;
    CHECK_FALSE(f.window()->close());
    CHECK(f.unsavedPrompts == 1);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Martin"));

    f.type("firstNameEdit", QStringLiteral("Zoé"));
    f.type("birthDateEdit", QStringLiteral("01/01/2000"));
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Save;
    CHECK(f.window()->close());
    REQUIRE(everyone(f.database()).size() == 1);
    CHECK(everyone(f.database()).first().firstName == QStringLiteral("Zoé"));
}

TEST_CASE("Closing with edits that cannot be saved keeps the window open", "[ui][close]") {
    RegisterFixture f;
    f.type("lastNameEdit", QStringLiteral("Martin")); // no first name, no birth date
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Save;
    CHECK_FALSE(f.window()->close());
    CHECK(everyone(f.database()).isEmpty());
    CHECK(f.reg()->hasUnsavedChanges());
}

TEST_CASE("What was typed survives a crash as a draft and is offered again", "[ui][drafts]") {
    RegisterFixture f;
    f.type("lastNameEdit", QStringLiteral("Prigent"));
    f.type("firstNameEdit", QStringLiteral("Soizic"));
    // The draft is written shortly after typing stops.
    DraftStore drafts(f.database().db(), f.database().actor().userId);
    QTRY_VERIFY(!drafts.load(QStringLiteral("person:new")).isEmpty());

    // A crash: the window goes away without any question asked.
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Discard;
    f.reg()->setUnsavedPrompt([](const QString&) { return PersonRegisterWidget::UnsavedChoice::Cancel; });
    f.closeWindow();

    f.questionAnswer = true;
    f.openWindow();
    QTRY_COMPARE(f.questions, 1);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Prigent"));
    CHECK(f.child<QLineEdit>("firstNameEdit")->text() == QStringLiteral("Soizic"));
    CHECK(f.reg()->hasUnsavedChanges());
}

TEST_CASE("Switching person with unsaved edits asks first", "[ui][close]") {
    RegisterFixture f;
    PersonStore store(f.database().db());
    const auto first =
        store.create(f.database().actor(), samplePerson(QStringLiteral("Abel"), QStringLiteral("Anne")));
    const auto second =
        store.create(f.database().actor(), samplePerson(QStringLiteral("Bruno"), QStringLiteral("Yves")));
    REQUIRE((first && second));
    f.reg()->model()->reload();
    QTableView* table = f.child<QTableView>("personTable");
    table->selectRow(0);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Abel"));
    f.type("phoneEdit", QStringLiteral("0600000000"));
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Cancel;
    table->selectRow(1);
    CHECK(f.unsavedPrompts == 1);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Abel"));
    f.unsavedAnswer = PersonRegisterWidget::UnsavedChoice::Discard;
    table->selectRow(1);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Bruno"));
    CHECK(store.get(f.database().actor(), first.value())->phone.isEmpty());
}

TEST_CASE("Ctrl+Z typed in a field undoes the last save once the field has nothing of its own to undo",
          "[ui][undo][keyboard]") {
    RegisterFixture f;
    fillHelene(f);
    f.clickSave();
    f.type("lastNameEdit", QStringLiteral("Le Goff-Martin"));
    f.clickSave();
    QUndoStack* stack = f.window()->undoStack();
    REQUIRE(stack->index() == 2);
    f.window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window()));

    QLineEdit* firstName = f.child<QLineEdit>("firstNameEdit");
    firstName->setFocus();
    QTest::keyClick(firstName, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stack->index() == 1);
    CHECK(f.child<QLineEdit>("lastNameEdit")->text() == QStringLiteral("Le Goff"));
    QTest::keyClick(f.child<QLineEdit>("firstNameEdit"), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(stack->index() == 2);

    // While the field has typing of its own, Ctrl+Z undoes that typing, not the saved change.
    QLineEdit* phone = f.child<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("07"));
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stack->index() == 2);
}

TEST_CASE("Tab leaves the people table for the buttons instead of walking its cells", "[ui][keyboard]") {
    RegisterFixture f;
    QTableView* table = f.child<QTableView>("personTable");
    CHECK_FALSE(table->tabKeyNavigation());
    CHECK(f.child<QLineEdit>("searchEdit")->accessibleName().size() > 0);
    CHECK(table->accessibleName().size() > 0);
}
