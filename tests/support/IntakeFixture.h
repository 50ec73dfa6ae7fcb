// The register the intake golden files are classified against, and helpers shared by the intake
// tests (core, CLI, widgets).
#pragma once

#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include "db/Database.h"
#include "pathway/FollowUpStore.h"
#include "persons/PersonStore.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace jalon::test {

// The day the golden files were written for (rights opening dates are before it).
inline QDateTime intakeNow() {
    return QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
}

inline QString intakeData(const QString& name = {}) {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/intake/") + name;
}

// Ids of the people already in the register.
struct IntakeSeed {
    QString durand;   // followed; utf8-semicolon.csv has her unchanged
    QString legoff;   // not followed; the file moves him to Lannion: update and re-entry
    QString martin;   // née Le Bihan, followed
    QString kervella; // archived
    QString bernard;  // followed, CAF 5555555
};

inline QString addPerson(Database& db, const Actor& actor, Person p, bool followed) {
    const Result<QString> id = PersonStore(db).create(actor, std::move(p));
    REQUIRE(id.isOk());
    if (followed) {
        const QDate opened(2025, 9, 1);
        REQUIRE(FollowUpStore(db).open(actor, id.value(), opened, opened, QStringLiteral("manual")).isOk());
    }
    return id.value();
}

// Needs Clock::instance() at intakeNow() (a ScopedClock).
inline IntakeSeed seedIntakeRegister(Database& db, const Actor& actor) {
    IntakeSeed seed;
    Person durand = samplePerson(QStringLiteral("Durand"), QStringLiteral("Hélène"), QDate(1985, 3, 15));
    durand.cafNumber = QStringLiteral("1234567");
    durand.addressLine = QStringLiteral("12 rue des Lilas");
    seed.durand = addPerson(db, actor, durand, true);

    Person legoff = samplePerson(QStringLiteral("Le Goff"), QStringLiteral("Yann"), QDate(1990, 7, 1));
    legoff.cafNumber = QStringLiteral("2345678");
    legoff.addressLine = QStringLiteral("8 rue de Paris");
    seed.legoff = addPerson(db, actor, legoff, false);

    Person martin = samplePerson(QStringLiteral("Martin"), QStringLiteral("Sophie"), QDate(1979, 11, 20));
    martin.birthName = QStringLiteral("Le Bihan");
    martin.cafNumber = QStringLiteral("3456789");
    seed.martin = addPerson(db, actor, martin, true);

    Person kervella = samplePerson(QStringLiteral("Kervella"), QStringLiteral("Anne"), QDate(1970, 1, 1));
    kervella.cafNumber = QStringLiteral("7777777");
    seed.kervella = addPerson(db, actor, kervella, false);
    REQUIRE(PersonStore(db).setArchived(actor, seed.kervella, true).isOk());

    Person bernard = samplePerson(QStringLiteral("Bernard"), QStringLiteral("Paul"), QDate(1982, 5, 5));
    bernard.cafNumber = QStringLiteral("5555555");
    seed.bernard = addPerson(db, actor, bernard, true);
    return seed;
}

inline int countRows(Database& db, const QString& table) {
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// persons, follow_periods, pathway_events and change_log, in that order.
inline QList<int> intakeTableCounts(Database& db) {
    return {countRows(db, QStringLiteral("persons")), countRows(db, QStringLiteral("follow_periods")),
            countRows(db, QStringLiteral("pathway_events")), countRows(db, QStringLiteral("change_log"))};
}

} // namespace jalon::test
