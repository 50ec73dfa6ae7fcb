// The adviser's home screen on a fixture with known answers: the exact people of each list,
// the quick outcome buttons, the week agenda, and lines that open the person's file.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "home/HomeWidget.h"
#include "home/WeekAgenda.h"

#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace jalon;
using namespace jalon::test;

namespace {

// Wednesday 18 November 2026, 10:00: the week runs from Monday 16 to Sunday 22.
const QDate kToday(2026, 11, 18);
const QDateTime kNow(kToday, QTime(10, 0));

struct HomeFixture {
    TestDatabase t;
    ScopedClock clock{kNow};
    Actor colleague = addColleague(t, QStringLiteral("Yann Le Bihan"));
    QHash<QString, QString> ids;

    // A person whose follow-up opened then, assigned to this adviser (who sees them while they await
    // orientation).
    QString followed(int daysAgo, const QString& last, const QString& first) {
        const QString id = followedPerson(t, kToday.addDays(-daysAgo), last, first);
        QSqlQuery assign(t.db().sql());
        REQUIRE(assign.exec(QStringLiteral("UPDATE persons SET referent_id = '%1' WHERE id = '%2'")
                                .arg(t.actor().userId, id)));
        ids.insert(last, id);
        return id;
    }
    void orient(const QString& person, int daysAgo, const Actor& referent) {
        Orientation o;
        o.personId = person;
        o.kind = QStringLiteral("socio_professionnelle");
        o.structureId = t.actor().structureId;
        o.referentId = referent.userId;
        o.startDate = kToday.addDays(-daysAgo);
        REQUIRE(FollowUpStore(t.db()).orient(t.actor(), o));
    }
    QString appointment(const Actor& adviser, const QString& person, const QDateTime& when,
                        const QString& outcome = {}) {
        Appointment a;
        a.personId = person;
        a.scheduledAt = when;
        a.invitedOn = std::min(when.date(), kToday).addDays(-7);
        a.adviserId = adviser.userId;
        AppointmentStore store(t.db());
        auto id = store.plan(adviser, a);
        REQUIRE(id);
        if (!outcome.isEmpty()) {
            REQUIRE(store.setStatus(adviser, id.value(), outcome));
        }
        return id.value();
    }
    void contract(const QString& person, int startedDaysAgo, int endsInDays) {
        Contract c;
        c.personId = person;
        c.startDate = kToday.addDays(-startedDaysAgo);
        c.plannedEnd = kToday.addDays(endsInDays);
        c.signedOn = c.startDate;
        REQUIRE(ContractStore(t.db()).record(t.actor(), c));
    }

    HomeFixture() {
        const Actor me = t.actor();
        followed(35, QStringLiteral("Aubert"), QStringLiteral("Anne"));   // awaiting for 35 days
        followed(50, QStringLiteral("Bernard"), QStringLiteral("Bruno")); // awaiting for 50 days
        followed(10, QStringLiteral("Carré"), QStringLiteral("Chloé"));   // awaiting for 10 days only
        const QString dupont = followed(80, QStringLiteral("Dupont"), QStringLiteral("Denis"));
        orient(dupont, 40, me);                                               // no appointment attended since
        appointment(me, dupont, QDateTime(QDate(2026, 11, 16), QTime(9, 0))); // Monday, still planned
        const QString evrard = followed(80, QStringLiteral("Évrard"), QStringLiteral("Émile"));
        orient(evrard, 40, me);
        appointment(me, evrard, QDateTime(kToday.addDays(-20), QTime(10, 0)), QStringLiteral("honoured"));
        appointment(me, evrard, QDateTime(kToday, QTime(14, 0))); // today
        const QString faure = followed(100, QStringLiteral("Faure"), QStringLiteral("Fanny"));
        orient(faure, 60, me);
        appointment(me, faure, QDateTime(kToday.addDays(-50), QTime(10, 0)), QStringLiteral("honoured"));
        contract(faure, 55, 10);                                             // ends in 10 days
        appointment(me, faure, QDateTime(QDate(2026, 11, 15), QTime(9, 0))); // last Sunday, planned
        appointment(me, faure, QDateTime(QDate(2026, 11, 20), QTime(9, 0))); // Friday
        const QString garnier = followed(100, QStringLiteral("Garnier"), QStringLiteral("Gaël"));
        orient(garnier, 60, me);
        appointment(me, garnier, QDateTime(kToday.addDays(-50), QTime(10, 0)), QStringLiteral("honoured"));
        contract(garnier, 55, 40); // ends in 40 days
        // A colleague's person and appointment: not on this adviser's lists.
        const QString hamon = followed(80, QStringLiteral("Hamon"), QStringLiteral("Hugo"));
        orient(hamon, 40, colleague);
        appointment(colleague, hamon, QDateTime(kToday, QTime(11, 0)));
    }
};

QStringList namesIn(const HomeWidget& home, HomeWidget::Section section) {
    QTreeWidgetItem* item = home.sectionItem(section);
    REQUIRE(item);
    QStringList names;
    for (int i = 0; i < item->childCount(); ++i) {
        names << item->child(i)->text(0);
    }
    return names;
}

int agendaEntries(const WeekAgenda& agenda) {
    int count = 0;
    for (int row = 0; row < agenda.rowCount(); ++row) {
        for (int column = 0; column < agenda.columnCount(); ++column) {
            count += agenda.item(row, column) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The home screen lists exactly the adviser's appointments and people to see to", "[ui][home]") {
    HomeFixture f;
    HomeWidget home;
    home.initialize(f.t.db(), f.t.actor());
    home.show(); // read when shown
    using S = HomeWidget::Section;

    CHECK(namesIn(home, S::Today) == QStringList{QStringLiteral("ÉVRARD Émile")});
    CHECK(namesIn(home, S::ThisWeek) ==
          QStringList({QStringLiteral("DUPONT Denis"), QStringLiteral("ÉVRARD Émile"),
                       QStringLiteral("FAURE Fanny")}));
    CHECK(namesIn(home, S::ToUpdate) ==
          QStringList({QStringLiteral("FAURE Fanny"), QStringLiteral("DUPONT Denis")}));
    CHECK(namesIn(home, S::AwaitingOver30) == QStringList{QStringLiteral("AUBERT Anne")});
    CHECK(namesIn(home, S::AwaitingOver45) == QStringList{QStringLiteral("BERNARD Bruno")});
    CHECK(namesIn(home, S::NoFirstAppointment) == QStringList{QStringLiteral("DUPONT Denis")});
    CHECK(namesIn(home, S::ContractsEnding) == QStringList{QStringLiteral("FAURE Fanny")});
    CHECK(home.sectionItem(S::AwaitingOver30)->text(0) ==
          QCoreApplication::translate("jalon::HomeWidget", "Awaiting orientation for over 30 days (%n)",
                                      nullptr, 1));

    auto* agenda = home.findChild<WeekAgenda*>(QStringLiteral("agenda"));
    REQUIRE(agenda);
    CHECK(home.weekShown() == QDate(2026, 11, 16));
    CHECK(agendaEntries(*agenda) == 3);
    home.findChild<QToolButton*>(QStringLiteral("nextWeekButton"))->click();
    CHECK(home.weekShown() == QDate(2026, 11, 23));
    CHECK(agendaEntries(*agenda) == 0);
}

TEST_CASE("An appointment to update is given its outcome from the home screen", "[ui][home]") {
    HomeFixture f;
    HomeWidget home;
    home.initialize(f.t.db(), f.t.actor());
    home.show();
    QTreeWidgetItem* faure = home.sectionItem(HomeWidget::Section::ToUpdate)->child(0);
    REQUIRE(faure->text(0) == QStringLiteral("FAURE Fanny"));
    QWidget* buttons = home.findChild<QTreeWidget*>(QStringLiteral("listsTree"))->itemWidget(faure, 3);
    REQUIRE(buttons);
    auto* honoured = buttons->findChild<QToolButton*>(QStringLiteral("honouredButton"));
    REQUIRE(honoured);
    honoured->click();
    QCoreApplication::processEvents(); // the lists are read again after the click

    CHECK(namesIn(home, HomeWidget::Section::ToUpdate) == QStringList{QStringLiteral("DUPONT Denis")});
    const auto faureAppointments =
        AppointmentStore(f.t.db()).ofPerson(f.t.actor(), f.ids.value(QStringLiteral("Faure")));
    REQUIRE(faureAppointments);
    int attended = 0;
    for (const Appointment& a : faureAppointments.value()) {
        attended += a.status == QLatin1String("honoured") ? 1 : 0;
    }
    CHECK(attended == 2);
}

TEST_CASE("Enter on a line of the home screen asks for the person's file", "[ui][home]") {
    HomeFixture f;
    HomeWidget home;
    home.initialize(f.t.db(), f.t.actor());
    home.show();
    QSignalSpy requested(&home, &HomeWidget::personRequested);
    auto* tree = home.findChild<QTreeWidget*>(QStringLiteral("listsTree"));
    tree->setFocus();
    tree->setCurrentItem(home.sectionItem(HomeWidget::Section::AwaitingOver45)->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == f.ids.value(QStringLiteral("Bernard")));
}
