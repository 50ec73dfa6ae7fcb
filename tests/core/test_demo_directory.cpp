// The demo's offer directory (core/demo/DemoDirectory): about 3,000 services in data·inclusion form,
// imported through DirectoryImporter with no error, covering every thématique category, open to
// real zones of the demo territory, reproducible, and found by the directory's search.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "TestDatabase.h"

#include "demo/DemoDirectory.h"
#include "demo/DemoGenerator.h"
#include "directory/DirectoryEnums.h"
#include "directory/DirectorySearch.h"
#include "directory/DirectoryValidator.h"
#include "persons/PersonValidator.h"
#include "territory/Territory.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace jalon;
using jalon::test::ScopedClock;
using jalon::test::TestDatabase;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);
const QString kLannion = QStringLiteral("22113");

int scalar(TestDatabase& t, const QString& sql) {
    QSqlQuery query(t.db().sql());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList column(TestDatabase& t, const QString& sql) {
    QSqlQuery query(t.db().sql());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

// A small demo (50 people, no diagnostics) with its directory.
void generateDemo(TestDatabase& t) {
    DemoGenerator::Options options;
    options.persons = 50;
    options.diagnostics = false;
    const Result<int> created = DemoGenerator::generate(t.db(), t.actor(), options);
    INFO(created.error().toStdString());
    REQUIRE(created.isOk());
}

bool isRealZone(const QString& zone) {
    const Territory& territory = Territory::instance();
    if (zone == QLatin1String("france")) {
        return true;
    }
    if (zone.size() == 5) {
        return territory.commune(zone) != nullptr;
    }
    if (zone.size() == 9) {
        return !territory.epciName(zone).isEmpty();
    }
    return !territory.departementName(zone).isEmpty();
}

} // namespace

TEST_CASE("The demo creates about 3,000 directory services over every thématique category",
          "[directory][demo]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    generateDemo(t);

    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM directory_services WHERE source = 'demo-dora' AND "
                                   "withdrawn = 0")) == 3000);
    const int structures = scalar(t, QStringLiteral("SELECT COUNT(*) FROM directory_structures"));
    CHECK(structures >= 450);
    CHECK(structures <= 800);
    // Every service's structure is in the directory.
    CHECK(
        scalar(t, QStringLiteral("SELECT COUNT(*) FROM directory_services s WHERE NOT EXISTS (SELECT 1 FROM "
                                 "directory_structures st WHERE st.id = s.structure_key)")) == 0);

    QSet<QString> categories;
    for (const QString& codes : column(t, QStringLiteral("SELECT thematiques FROM directory_services"))) {
        for (const QString& code : codes.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            categories.insert(DirectoryEnums::categoryOf(code));
        }
    }
    const QList<ThematiqueCategory> tree = DirectoryEnums::instance().thematiqueTree();
    REQUIRE(tree.size() == 16);
    for (const ThematiqueCategory& category : tree) {
        INFO(category.code.toStdString());
        CHECK(categories.contains(category.code));
    }

    // Every eligibility zone is a real commune, EPCI or département (or France), and all kinds appear.
    const QStringList zones = column(t, QStringLiteral("SELECT DISTINCT zone FROM directory_service_zones"));
    QSet<int> lengths;
    for (const QString& zone : zones) {
        INFO(zone.toStdString());
        CHECK(isRealZone(zone));
        lengths.insert(zone == QLatin1String("france") ? 0 : static_cast<int>(zone.size()));
    }
    CHECK(lengths == QSet<int>{0, 2, 5, 9});
    CHECK(zones.contains(QStringLiteral("22")));
    // Some services have not been updated for more than a year, most have.
    const int stale =
        scalar(t, QStringLiteral("SELECT COUNT(*) FROM directory_services WHERE date_maj < '2025-03-10'"));
    CHECK(stale > 3000 / 5);
    CHECK(stale < 3000 / 2);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT COUNT(*) FROM directory_services WHERE date_maj < '2023-03-10'")) == 0);
}

TEST_CASE("The demo directory imports with no error; its only warnings are stale dates",
          "[directory][demo]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    DemoDirectory::Options options;
    const DirectoryBatch batch = DemoDirectory::generate(options);
    REQUIRE(batch.services.size() == 3000);

    const Result<ImportReport> report = DemoDirectory::import(t.db(), t.actor(), options);
    INFO(report.error().toStdString());
    REQUIRE(report.isOk());
    CHECK(report->errorCount() == 0);
    CHECK(report->services.added == 3000);
    CHECK(report->services.skipped == 0);
    CHECK(report->structures.added == batch.structures.size());
    // The validator warns about every record last updated more than a year ago (by design: the demo
    // has some); nothing else.
    int stale = 0;
    for (const QJsonObject& record : batch.structures + batch.services) {
        const QDate day = QDate::fromString(record.value(QLatin1String("date_maj")).toString(), Qt::ISODate);
        stale += DirectoryValidator::isStale(day, kNow.date()) ? 1 : 0;
    }
    for (const ImportIssue& issue : report->issues) {
        INFO(issue.recordId.toStdString()
             << " " << issue.field.toStdString() << ": " << issue.message.toStdString());
        CHECK(issue.field == QLatin1String("date_maj"));
    }
    CHECK(report->warningCount() == stale);

    // Texts and contacts look like the real thing.
    for (const QJsonObject& service : batch.services) {
        const QString description = service.value(QLatin1String("description")).toString();
        INFO(description.toStdString());
        CHECK(description.size() >= 200);
        CHECK(description.size() <= 600);
        const QString phone = service.value(QLatin1String("telephone")).toString();
        CHECK((phone.isEmpty() ||
               QRegularExpression(QStringLiteral("^02 96( \\d\\d){3}$")).match(phone).hasMatch()));
        const QString email = service.value(QLatin1String("courriel")).toString();
        CHECK((email.isEmpty() ||
               (PersonValidator::isValidEmail(email) && email.endsWith(QLatin1String(".example")))));
    }

    // Importing the same directory again changes nothing.
    const Result<ImportReport> again = DemoDirectory::import(t.db(), t.actor(), options);
    REQUIRE(again.isOk());
    CHECK(again->services.unchanged == 3000);
    CHECK(again->structures.unchanged == batch.structures.size());
}

TEST_CASE("The same seed gives the same demo directory", "[directory][demo]") {
    ScopedClock clock(kNow);
    DemoDirectory::Options options;
    options.services = 200;
    const DirectoryBatch first = DemoDirectory::generate(options);
    const DirectoryBatch second = DemoDirectory::generate(options);
    REQUIRE(first.services.size() == 200);
    CHECK(first.services == second.services);
    CHECK(first.structures == second.structures);
    options.seed = 2;
    const DirectoryBatch other = DemoDirectory::generate(options);
    CHECK(other.services.first() != first.services.first());
    // More services, the same first structures and services.
    options.seed = 1;
    options.services = 400;
    const DirectoryBatch larger = DemoDirectory::generate(options);
    CHECK(larger.services.mid(0, 200) == first.services);
}

TEST_CASE("Searching the demo directory for 'numérique' in Lannion finds services open there",
          "[directory][demo]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    generateDemo(t);
    DirectoryQuery query;
    query.text = QStringLiteral("numérique");
    query.communeInsee = kLannion;
    const Result<QList<DirectoryHit>> found = DirectorySearch(t.db()).search(t.actor(), query);
    INFO(found.error().toStdString());
    REQUIRE(found.isOk());
    const QList<DirectoryHit> hits = found.value();
    CHECK(hits.size() >= 10);
    const QStringList open = DirectorySearch::zonesOpenTo(kLannion);
    bool digitalName = false;
    for (const DirectoryHit& hit : hits) {
        QSqlQuery zones(t.db().sql());
        zones.prepare(QStringLiteral("SELECT zone FROM directory_service_zones WHERE service_id = ?"));
        zones.addBindValue(hit.key);
        REQUIRE(zones.exec());
        bool opened = false;
        while (zones.next()) {
            opened = opened || open.contains(zones.value(0).toString());
        }
        INFO(hit.key.toStdString() << " " << hit.name.toStdString());
        CHECK(opened);
        digitalName = digitalName || hit.name.contains(QStringLiteral("numérique"));
    }
    CHECK(digitalName);

    // With a category and a type, still something in Lannion.
    query.text = QStringLiteral("atelier");
    query.thematiques = {QStringLiteral("numerique")};
    query.types = {QStringLiteral("atelier")};
    const Result<QList<DirectoryHit>> workshops = DirectorySearch(t.db()).search(t.actor(), query);
    REQUIRE(workshops.isOk());
    CHECK_FALSE(workshops->isEmpty());
}

TEST_CASE("The administrator's demo has its directory too; a directory size out of range is refused",
          "[directory][demo]") {
    ScopedClock clock(kNow);
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 5;
    options.diagnostics = false;
    options.pathways = false;
    options.directoryServices = 100001;
    CHECK_FALSE(DemoGenerator::generate(t.db(), t.actor(), options).isOk());
    options.directoryServices = 120;
    Actor administrator = t.actor();
    administrator.role = Role::Administrator;
    const Result<int> created = DemoGenerator::generate(t.db(), administrator, options);
    INFO(created.error().toStdString());
    REQUIRE(created.isOk());
    CHECK(scalar(t, QStringLiteral("SELECT COUNT(*) FROM directory_services")) == 120);
}
