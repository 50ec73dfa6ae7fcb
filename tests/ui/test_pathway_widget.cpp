// The person's "Pathway" tab: the Add menu's dialogs write through core, a refused rule shows
// core's message in the dialog and writes nothing, the new event appears; editors open on Enter.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "timeline/AppointmentDialog.h"
#include "timeline/PathwayFormDialog.h"
#include "timeline/PathwayWidget.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineOverview.h"

#include "pathway/ActionPlanStore.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/NoteStore.h"
#include "pathway/Referential.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace jalon;
using namespace jalon::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 15), QTime(10, 0));

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void clickOk(QDialog& dialog) {
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

QStringList kindsShown(const PathwayWidget& widget) {
    QStringList kinds;
    const QAbstractItemModel* model = widget.filterModel();
    for (int m = 0; m < model->rowCount(); ++m) {
        for (int row = 0; row < model->rowCount(model->index(m, 0)); ++row) {
            kinds << model->index(row, 0, model->index(m, 0)).data(TimelineModel::KindRole).toString();
        }
    }
    return kinds;
}

struct PathwayFixture {
    TestDatabase t;
    ScopedClock clock{kNow};
    QString person = followedPerson(t, QDate(2026, 9, 1));
    PathwayWidget widget;
    std::function<void(QDialog&)> drive;
    int dialogsRun = 0;

    PathwayFixture() {
        widget.initialize(t.db(), t.actor());
        widget.setDialogRunner([this](QDialog& dialog) {
            ++dialogsRun;
            drive(dialog);
            return dialog.result();
        });
        widget.setPerson(person);
        widget.resize(900, 600);
        widget.show();
    }
    QList<Appointment> appointments() { return AppointmentStore(t.db()).ofPerson(t.actor(), person).value(); }
    void triggerAdd(const char* kind) {
        QMenu* menu = child<QToolButton>(widget, "addButton")->menu();
        REQUIRE(menu);
        QAction* action = menu->findChild<QAction*>(QLatin1String(kind) + QStringLiteral("Action"));
        REQUIRE(action);
        action->trigger();
    }
};

} // namespace

TEST_CASE("Adding an appointment: a refused rule keeps the dialog open and writes nothing", "[ui][pathway]") {
    PathwayFixture f;
    REQUIRE(kindsShown(f.widget) == QStringList{QStringLiteral("entry")});

    QString refusal;
    bool refusedWroteNothing = false;
    f.drive = [&](QDialog& dialog) {
        auto* appointment = qobject_cast<AppointmentDialog*>(&dialog);
        REQUIRE(appointment);
        // Invited after the appointment: core refuses.
        child<QDateTimeEdit>(dialog, "scheduledEdit")
            ->setDateTime(QDateTime(QDate(2026, 11, 10), QTime(9, 0)));
        child<QDateEdit>(dialog, "invitedEdit")->setDate(QDate(2026, 11, 12));
        clickOk(dialog);
        refusal = appointment->message();
        refusedWroteNothing = f.appointments().isEmpty() && dialog.result() != QDialog::Accepted;
        // Corrected: accepted.
        child<QDateTimeEdit>(dialog, "scheduledEdit")
            ->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(14, 30)));
        QLineEdit* place = child<QLineEdit>(dialog, "placeEdit");
        place->setFocus();
        QTest::keyClicks(place, QStringLiteral("Mairie de Lannion"));
        clickOk(dialog);
    };
    f.triggerAdd("appointment");

    REQUIRE(f.dialogsRun == 1);
    CHECK(refusal == QCoreApplication::translate("AppointmentStore",
                                                 "The invitation cannot be sent after the appointment."));
    CHECK(refusedWroteNothing);
    const QList<Appointment> stored = f.appointments();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scheduledAt == QDateTime(QDate(2026, 11, 20), QTime(14, 30)));
    CHECK(stored.first().place == QStringLiteral("Mairie de Lannion"));
    CHECK(kindsShown(f.widget) == QStringList({QStringLiteral("appointment"), QStringLiteral("entry")}));
    // The new event is current in the view, and the band shows the appointment.
    QTreeView* view = child<QTreeView>(f.widget, "timelineView");
    CHECK(view->currentIndex().data(TimelineModel::KindRole).toString() == QStringLiteral("appointment"));
    auto* overview = child<TimelineOverview>(f.widget, "overview");
    CHECK(overview->accessibleDescription().contains(QStringLiteral("1")));
}

TEST_CASE("Enter on an appointment opens its editor; a refused outcome is shown, an allowed one recorded",
          "[ui][pathway]") {
    PathwayFixture f;
    Appointment a;
    a.personId = f.person;
    a.scheduledAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    a.invitedOn = QDate(2026, 11, 14);
    REQUIRE(AppointmentStore(f.t.db()).plan(f.t.actor(), a));
    f.widget.reload();

    QString refusal;
    f.drive = [&](QDialog& dialog) {
        REQUIRE(qobject_cast<AppointmentDialog*>(&dialog));
        QComboBox* status = child<QComboBox>(dialog, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("honoured")));
        clickOk(dialog); // not held yet: refused
        refusal = qobject_cast<AppointmentDialog*>(&dialog)->message();
        status->setCurrentIndex(status->findData(QStringLiteral("excused")));
        clickOk(dialog);
    };
    QTreeView* view = child<QTreeView>(f.widget, "timelineView");
    view->setFocus();
    view->setCurrentIndex(f.widget.filterModel()->index(0, 0, f.widget.filterModel()->index(0, 0)));
    REQUIRE(view->currentIndex().data(TimelineModel::KindRole).toString() == QStringLiteral("appointment"));
    QTest::keyClick(view, Qt::Key_Return);

    REQUIRE(f.dialogsRun == 1);
    CHECK(refusal == QCoreApplication::translate(
                         "AppointmentStore",
                         "This appointment has not happened yet: it cannot be marked attended or missed."));
    CHECK(f.appointments().first().status == QStringLiteral("excused"));
    CHECK(kindsShown(f.widget).count(QStringLiteral("appointment")) == 2);
}

TEST_CASE("Adding a note through the shared form: an empty note is refused, then the note is found by search",
          "[ui][pathway]") {
    PathwayFixture f;
    QString refusal;
    f.drive = [&](QDialog& dialog) {
        auto* form = qobject_cast<PathwayFormDialog*>(&dialog);
        REQUIRE(form);
        clickOk(dialog);
        refusal = form->message();
        QPlainTextEdit* body = child<QPlainTextEdit>(dialog, "bodyEdit");
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Appel de Mme Le Goff : demenagement prevu"));
        clickOk(dialog);
    };
    f.triggerAdd("note");
    CHECK(refusal == QCoreApplication::translate("NoteStore", "The note is empty."));
    REQUIRE(NoteStore(f.t.db()).ofPerson(f.t.actor(), f.person)->size() == 1);
    CHECK(kindsShown(f.widget) == QStringList({QStringLiteral("note"), QStringLiteral("entry")}));

    child<QLineEdit>(f.widget, "searchEdit")->setText(QStringLiteral("DÉMÉNAGEMENT"));
    CHECK(kindsShown(f.widget) == QStringList{QStringLiteral("note")});
    child<QToolButton>(f.widget, "noteKindButton")->click(); // hide notes
    CHECK(kindsShown(f.widget).isEmpty());
}

TEST_CASE("Ctrl+F in the pathway tab searches the pathway, not the window's own Find",
          "[ui][pathway][keyboard]") {
    PathwayFixture f;
    // The main window's "Find a person" (Ctrl+F, a window shortcut) competes with the tab's.
    auto* windowFind = new QAction(&f.widget);
    windowFind->setShortcut(QKeySequence::Find);
    f.widget.addAction(windowFind);
    int windowFinds = 0;
    QObject::connect(windowFind, &QAction::triggered, [&windowFinds] { ++windowFinds; });
    f.widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.widget));

    QTreeView* view = child<QTreeView>(f.widget, "timelineView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    CHECK(child<QLineEdit>(f.widget, "searchEdit")->hasFocus());
    CHECK(windowFinds == 0);
}

TEST_CASE("An objective is picked from the national referential and tied to the contract with consent",
          "[ui][pathway][plan]") {
    PathwayFixture f;
    Contract cer;
    cer.personId = f.person;
    cer.startDate = QDate(2026, 10, 1);
    cer.plannedEnd = QDate(2027, 3, 31);
    const QString contract = ContractStore(f.t.db()).record(f.t.actor(), cer).value();
    REQUIRE(ActionPlanStore(f.t.db()).open(f.t.actor(), f.person, QDate(2026, 10, 1)));
    f.widget.reload();

    QString refusal;
    QStringList offered;
    f.drive = [&](QDialog& dialog) {
        auto* form = qobject_cast<PathwayFormDialog*>(&dialog);
        REQUIRE(form);
        QComboBox* theme = child<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(QStringLiteral("mobilite")));
        QComboBox* objective = child<QComboBox>(dialog, "objectiveCombo");
        for (int i = 0; i < objective->count(); ++i) {
            offered << objective->itemText(i);
        }
        objective->setCurrentIndex(0);
        QComboBox* contracts = child<QComboBox>(dialog, "contractCombo");
        contracts->setCurrentIndex(contracts->findData(contract));
        clickOk(dialog); // tied without the consent date: refused
        refusal = form->message();
        child<QCheckBox>(dialog, "consentEditCheck")->setChecked(true);
        clickOk(dialog);
    };
    f.triggerAdd("objective");

    CHECK(offered == Referential::theme(QStringLiteral("mobilite"))->objectives);
    CHECK(refusal.contains(QCoreApplication::translate(
        "ActionPlanStore",
        "Record the day the person gave their consent to tie this objective to the contract.")));
    const ActionPlan plan = ActionPlanStore(f.t.db()).ofPerson(f.t.actor(), f.person)->first();
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives.first().theme == QStringLiteral("mobilite"));
    CHECK(plan.objectives.first().label == offered.first());
    CHECK(plan.objectives.first().contractId == contract);
    CHECK(plan.objectives.first().consentOn == kNow.date());
}

TEST_CASE("Print previews the action plan, the contract and the selected appointment's convocation",
          "[ui][pathway][print]") {
    PathwayFixture f;
    QStringList previewed;
    QString lastText;
    f.widget.setPreviewRunner([&](QTextDocument& document, const QString& title) {
        previewed << title;
        lastText = document.toPlainText();
    });
    QString status;
    QObject::connect(&f.widget, &PathwayWidget::statusMessage,
                     [&](const QString& message) { status = message; });
    QMenu* menu = child<QToolButton>(f.widget, "printButton")->menu();
    REQUIRE(menu);
    const auto print = [&](const char* name) {
        QAction* action = menu->findChild<QAction*>(QLatin1String(name));
        REQUIRE(action);
        action->trigger();
    };

    print("printContractAction"); // nothing to print yet: said, not previewed
    CHECK(previewed.isEmpty());
    CHECK(status == QCoreApplication::translate("PathwayPrintout", "This person has no contract to print."));

    Contract cer;
    cer.personId = f.person;
    cer.startDate = QDate(2026, 10, 1);
    cer.plannedEnd = QDate(2027, 3, 31);
    cer.commitments = QStringLiteral("Participer aux ateliers");
    REQUIRE(ContractStore(f.t.db()).record(f.t.actor(), cer));
    REQUIRE(ActionPlanStore(f.t.db()).open(f.t.actor(), f.person, QDate(2026, 10, 1)));
    Appointment first;
    first.personId = f.person;
    first.scheduledAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    first.invitedOn = QDate(2026, 11, 14);
    first.place = QStringLiteral("Mairie de Perros-Guirec");
    REQUIRE(AppointmentStore(f.t.db()).plan(f.t.actor(), first));
    Appointment second = first;
    second.scheduledAt = QDateTime(QDate(2026, 12, 3), QTime(16, 0));
    second.place = QStringLiteral("CCAS de Lannion");
    REQUIRE(AppointmentStore(f.t.db()).plan(f.t.actor(), second));
    f.widget.reload();

    print("printPlanAction");
    print("printContractAction");
    REQUIRE(previewed.size() == 2);
    CHECK(lastText.contains(QStringLiteral("Participer aux ateliers")));

    print("printConvocationAction"); // nothing selected: the next appointment
    REQUIRE(previewed.size() == 3);
    CHECK(lastText.contains(QStringLiteral("Perros-Guirec")));

    // With the December appointment selected, its convocation.
    QTreeView* view = child<QTreeView>(f.widget, "timelineView");
    const QAbstractItemModel* model = view->model();
    for (int m = 0; m < model->rowCount(); ++m) {
        for (int row = 0; row < model->rowCount(model->index(m, 0)); ++row) {
            const QModelIndex index = model->index(row, 0, model->index(m, 0));
            if (index.data(TimelineModel::KindRole).toString() == QLatin1String("appointment") &&
                index.sibling(row, TimelineModel::DescriptionColumn)
                    .data(Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("03/12"))) {
                view->setCurrentIndex(index);
            }
        }
    }
    print("printConvocationAction");
    REQUIRE(previewed.size() == 4);
    CHECK(lastText.contains(QStringLiteral("CCAS de Lannion")));
}
