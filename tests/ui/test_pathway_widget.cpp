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

#include "pathway/AppointmentStore.h"
#include "pathway/NoteStore.h"

#include <QAction>
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
