// The intake import: what it writes for new people, updates and re-entries (mirroring
// FollowUpStore::open), the officer's decisions, and that nothing at all is written when the
// register changed since the review, a write fails midway, or the actor may not import.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "IntakeFixture.h"

#include "intake/IntakeFile.h"
#include "intake/IntakeImporter.h"
#include "intake/IntakeReview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

const QString kHeader = QStringLiteral(
    "N° allocataire;Nom;Prénom;Date de naissance;Adresse;Code postal;Commune;Date d'ouverture des droits\n");

QList<IntakeRow> reviewed(TestDatabase& t, const QString& lines) {
    const Result<IntakeTable> table = IntakeFile::parse((kHeader + lines).toUtf8());
    REQUIRE(table.isOk());
    QList<IntakeRow> rows = IntakeReview::rowsOf(table.value(), IntakeColumns::recognise(table->header));
    REQUIRE(IntakeReview(t.db(), t.actor()).classify(&rows).isOk());
    return rows;
}

QString idOfCaf(TestDatabase& t, const QString& caf) {
    QSqlQuery q(t.db().sql());
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE caf_number = ? AND deleted = 0"));
    q.addBindValue(caf);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

struct Entry {
    QString openedOn, rightsOpenedOn, source, kind, action, details, actor;
};

QList<Entry> entriesOf(TestDatabase& t, const QString& personId) {
    QSqlQuery q(t.db().sql());
    q.prepare(QStringLiteral("SELECT p.opened_on, p.rights_opened_on, p.source, e.kind, e.action, e.details, "
                             "e.actor_id FROM follow_periods p JOIN pathway_events e ON e.entity_id = p.id "
                             "WHERE p.person_id = ? AND p.source = 'intake' ORDER BY p.opened_on"));
    q.addBindValue(personId);
    REQUIRE(q.exec());
    QList<Entry> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    }
    return entries;
}

} // namespace

TEST_CASE("intake: a new person is created with an entry into follow-up", "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    QList<IntakeRow> rows =
        reviewed(t, QStringLiteral("9876543;N'DIAYE;Aminata;3/4/1995;5 rue de Brest;29200;Brest;"
                                   "2026-01-20\n"
                                   "1112223;Morvan;Loïc;1988-09-09;;;;\n"));
    REQUIRE(rows.at(0).status == IntakeStatus::New);
    const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
    REQUIRE(done.isOk());
    CHECK(done->created == 2);
    CHECK(done->entries == 2);

    const QString aminata = idOfCaf(t, QStringLiteral("9876543"));
    const Person person = PersonStore(t.db()).get(t.actor(), aminata).value();
    CHECK(person.lastName == QStringLiteral("N'Diaye"));
    CHECK(person.birthDate == QDate(1995, 4, 3));
    CHECK(person.communeInsee == QStringLiteral("29019"));
    CHECK(person.followStatus == QStringLiteral("awaiting_orientation"));
    CHECK(person.structureId == t.actor().structureId);
    const QList<Entry> entries = entriesOf(t, aminata);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).openedOn == QStringLiteral("2026-01-20"));
    CHECK(entries.at(0).rightsOpenedOn == QStringLiteral("2026-01-20"));
    CHECK(entries.at(0).kind == QStringLiteral("entry"));
    CHECK(entries.at(0).action == QStringLiteral("created"));
    CHECK(QJsonDocument::fromJson(entries.at(0).details.toUtf8()).object().value(QStringLiteral("source")) ==
          QStringLiteral("intake"));
    CHECK(entries.at(0).actor == t.actor().userId);
    // Without a rights date the follow-up opens today, with no rights date.
    const QList<Entry> loic = entriesOf(t, idOfCaf(t, QStringLiteral("1112223")));
    REQUIRE(loic.size() == 1);
    CHECK(loic.at(0).openedOn == QStringLiteral("2026-03-02"));
    CHECK(loic.at(0).rightsOpenedOn.isEmpty());
    // Everything went through the change log.
    QSqlQuery logged(t.db().sql());
    REQUIRE(logged.exec(QStringLiteral("SELECT table_name, COUNT(*) FROM change_log GROUP BY table_name "
                                       "ORDER BY table_name")));
    QStringList tables;
    while (logged.next()) {
        tables << logged.value(0).toString() + QLatin1Char('=') + logged.value(1).toString();
    }
    CHECK(tables.contains(QStringLiteral("follow_periods=2")));
    CHECK(tables.contains(QStringLiteral("pathway_events=2")));
}

TEST_CASE("intake: an existing person is updated, re-enters when not followed, is left alone when followed",
          "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    const IntakeSeed seed = seedIntakeRegister(t.db(), t.actor());
    // Le Goff was followed once and left: the intake is a re-entry.
    REQUIRE(FollowUpStore(t.db()).open(t.actor(), seed.legoff, QDate(2025, 1, 10)).isOk());
    REQUIRE(FollowUpStore(t.db())
                .exit(t.actor(), seed.legoff, QDate(2025, 6, 30), QStringLiteral("demenagement"), QString())
                .isOk());
    QList<IntakeRow> rows = reviewed(
        t, QStringLiteral("2345678;LE GOFF;Yann;01/07/1990;3 place du Martray;22300;Lannion;10/02/2026\n"
                          "1234567;DURAND;Hélène;15/03/1985;12 rue des Lilas;22000;Saint-Brieuc;\n"
                          "1234567;Durand;Hélène;15/03/1985;;;;\n"));
    REQUIRE(rows.at(0).status == IntakeStatus::Update);
    CHECK(rows.at(0).reentry);
    CHECK(rows.at(0).changes ==
          QStringList{QStringLiteral("Address"), QStringLiteral("Postcode"), QStringLiteral("Commune")});
    CHECK(rows.at(1).status == IntakeStatus::UpToDate);
    CHECK(rows.at(2).status == IntakeStatus::Error); // the same person twice in one file

    const QList<int> before = intakeTableCounts(t.db());
    const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
    REQUIRE(done.isOk());
    CHECK(done->created == 0);
    CHECK(done->updated == 1);
    CHECK(done->entries == 1);
    CHECK(done->unchanged == 1);
    CHECK(done->skipped == 1);
    const Person legoff = PersonStore(t.db()).get(t.actor(), seed.legoff).value();
    CHECK(legoff.addressLine == QStringLiteral("3 place du Martray"));
    CHECK(legoff.communeName == QStringLiteral("Lannion"));
    CHECK(legoff.lastName == QStringLiteral("Le Goff")); // "LE GOFF" is the same name: kept as stored
    CHECK(legoff.followStatus == QStringLiteral("awaiting_orientation"));
    const QList<Entry> entries = entriesOf(t, seed.legoff);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).action == QStringLiteral("reentry"));
    CHECK(entries.at(0).openedOn == QStringLiteral("2026-02-10"));
    const QList<int> after = intakeTableCounts(t.db());
    CHECK(after.at(0) == before.at(0));
    CHECK(after.at(1) == before.at(1) + 1);
    CHECK(after.at(2) == before.at(2) + 1);

    // The same file again: everyone is up to date now, and nothing more is written.
    QList<IntakeRow> again = reviewed(
        t, QStringLiteral("2345678;LE GOFF;Yann;01/07/1990;3 place du Martray;22300;Lannion;10/02/2026\n"));
    CHECK(again.at(0).status == IntakeStatus::UpToDate);
    REQUIRE(IntakeImporter(t.db(), t.actor()).apply(again).isOk());
    CHECK(intakeTableCounts(t.db()) == after);
}

TEST_CASE("intake: possible duplicates are written only as the officer decides", "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    const IntakeSeed seed = seedIntakeRegister(t.db(), t.actor());
    const QString lines = QStringLiteral("5555000;Bernard;Paul;05/05/1982;;;;\n"
                                         ";Le Bihan;Sophie;20/11/1979;14 rue Neuve;22000;Saint-Brieuc;\n"
                                         "1234567;Durand;Marc;02/02/1984;;;;\n");
    QList<IntakeRow> rows = reviewed(t, lines);
    for (const IntakeRow& row : rows) {
        CHECK(row.status == IntakeStatus::PossibleDuplicate);
        CHECK(row.action() == IntakeRow::Action::Nothing);
    }
    REQUIRE(rows.at(1).candidates.size() == 1);
    CHECK(rows.at(1).candidates.at(0).person.id == seed.martin);

    rows[0].decision = IntakeDecision::CreateAnyway;
    rows[1].decision = IntakeDecision::SameAs;
    rows[1].sameAsId = seed.martin;
    rows[2].decision = IntakeDecision::Skip;
    REQUIRE(IntakeReview(t.db(), t.actor()).classify(&rows).isOk());
    CHECK(rows.at(0).action() == IntakeRow::Action::Create);
    CHECK(rows.at(1).action() == IntakeRow::Action::Update);
    CHECK(rows.at(1).changes == QStringList{QStringLiteral("Address")});
    CHECK(rows.at(2).action() == IntakeRow::Action::Nothing);
    const int persons = countRows(t.db(), QStringLiteral("persons"));
    const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
    REQUIRE(done.isOk());
    CHECK(done->created == 1);
    CHECK(done->updated == 1);
    CHECK(done->skipped == 1);
    CHECK(countRows(t.db(), QStringLiteral("persons")) == persons + 1);
    const Person martin = PersonStore(t.db()).get(t.actor(), seed.martin).value();
    CHECK(martin.addressLine == QStringLiteral("14 rue Neuve"));
    CHECK(martin.lastName == QStringLiteral("Martin")); // the file's "Le Bihan" is her birth name
    CHECK(entriesOf(t, seed.martin).isEmpty());         // already followed
}

TEST_CASE("intake: skipping a row lets its twin in the file be imported instead", "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    QList<IntakeRow> rows = reviewed(t, QStringLiteral("7800001;Quéré;Gaëlle;11/11/1991;;29200;Brest;\n"
                                                       "7800001;QUERE;Gaelle;11/11/1991;;29200;Brest;\n"));
    CHECK(rows.at(0).status == IntakeStatus::New);
    CHECK(rows.at(1).status == IntakeStatus::Error);
    rows[0].decision = IntakeDecision::Skip;
    REQUIRE(IntakeReview(t.db(), t.actor()).classify(&rows).isOk());
    CHECK(rows.at(1).status == IntakeStatus::New);
    CHECK(rows.at(1).person.lastName == QStringLiteral("Quere"));
}

TEST_CASE("intake: nothing is written when a write fails midway through the import", "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    const IntakeSeed seed = seedIntakeRegister(t.db(), t.actor());
    QList<IntakeRow> rows =
        reviewed(t, QStringLiteral("9000001;Abgrall;Léa;01/01/1990;;29200;Brest;\n"
                                   "9000002;Bothorel;Katell;01/01/1981;;29200;Brest;\n"
                                   "2345678;LE GOFF;Yann;01/07/1990;3 place du Martray;22300;"
                                   "Lannion;\n"
                                   "9000003;Cadiou;Goulven;01/01/1982;;29200;Brest;\n"));
    REQUIRE(IntakeReview::count(rows).toCreate == 3);
    // The third person's insert fails, after two people, their entries and an update were written.
    QSqlQuery trigger(t.db().sql());
    REQUIRE(trigger.exec(
        QStringLiteral("CREATE TEMP TRIGGER fail_cadiou BEFORE INSERT ON persons "
                       "WHEN NEW.last_name = 'Cadiou' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const QList<int> before = intakeTableCounts(t.db());
    const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
    REQUIRE_FALSE(done.isOk());
    CHECK(done.error().contains(QStringLiteral("Line 5")));
    CHECK(done.error().contains(QStringLiteral("Nothing was imported")));
    CHECK(intakeTableCounts(t.db()) == before);
    CHECK(PersonStore(t.db()).get(t.actor(), seed.legoff)->addressLine == QStringLiteral("8 rue de Paris"));
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    REQUIRE(trigger.exec(QStringLiteral("DROP TRIGGER fail_cadiou")));
    REQUIRE(IntakeImporter(t.db(), t.actor()).apply(rows).isOk());
    CHECK(countRows(t.db(), QStringLiteral("persons")) == before.at(0) + 3);
}

TEST_CASE("intake: nothing is written when the register changed since the review", "[intake]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    QList<IntakeRow> rows = reviewed(t, QStringLiteral("9000001;Abgrall;Léa;01/01/1990;;29200;Brest;\n"
                                                       "9000002;Bothorel;Katell;01/01/1981;;29200;Brest;\n"));
    // Meanwhile someone records Katell Bothorel by hand.
    Person katell = samplePerson(QStringLiteral("Bothorel"), QStringLiteral("Katell"), QDate(1981, 1, 1));
    katell.cafNumber = QStringLiteral("9000002");
    REQUIRE(PersonStore(t.db()).create(t.actor(), katell).isOk());
    const QList<int> before = intakeTableCounts(t.db());
    const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
    REQUIRE_FALSE(done.isOk());
    CHECK(done.error().contains(QStringLiteral("lines 3")));
    CHECK(intakeTableCounts(t.db()) == before);
}

TEST_CASE("intake: only roles that orient people may import a list", "[intake][permissions]") {
    ScopedClock clock(intakeNow());
    TestDatabase t;
    QList<IntakeRow> rows = reviewed(t, QStringLiteral("9000001;Abgrall;Léa;01/01/1990;;29200;Brest;\n"));
    Actor administrator = t.actor();
    administrator.role = Role::Administrator;
    CHECK_FALSE(IntakeImporter(t.db(), administrator).apply(rows).isOk());
    CHECK_FALSE(IntakeReview(t.db(), administrator).classify(&rows).isOk());
    Actor officer = t.actor();
    officer.role = Role::OrientationOfficer;
    CHECK(IntakeImporter(t.db(), officer).apply(rows).isOk());
}
