// jalon-cli directory, run as a real process: import (report lines, dry run, refused file),
// search (tab-separated results, filters, eligibility), export.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QString data(const QString& name) {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/directory/") + name;
}

int serviceRows(const CliSandbox& sandbox) {
    auto db = jalon::Database::open(sandbox.dbPath());
    REQUIRE(db.isOk());
    QSqlQuery q(db.value()->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM directory_services")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

CliRun importFile(const CliSandbox& sandbox, const QString& name, const QStringList& options = {}) {
    return sandbox.run(QStringList{QStringLiteral("directory"), QStringLiteral("import"), data(name)} +
                       options);
}

} // namespace

TEST_CASE("directory import prints one line per problem and a summary; --dry-run writes nothing",
          "[cli][directory]") {
    CliSandbox sandbox;
    REQUIRE(importFile(sandbox, QStringLiteral("valid.json")).exitCode == 0);
    const int before = serviceRows(sandbox);
    CHECK(before == 3);
    const CliRun dry = importFile(sandbox, QStringLiteral("errors.json"), {QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("cd22--date-impossible\tdate_maj\terror\t")));
    CHECK(dry.out.contains(QStringLiteral("#2\tid\terror\tThe value has the wrong type.")));
    CHECK(dry.outLines().last().startsWith(QStringLiteral("Structures: 0 new")));
    CHECK(dry.outLines().last().contains(
        QStringLiteral("Services: 1 new, 0 updated, 0 unchanged, 3 withdrawn, 6 skipped")));
    CHECK(dry.outLines().last().contains(QStringLiteral("Dry run")));
    CHECK(serviceRows(sandbox) == before);

    const CliRun warned = importFile(sandbox, QStringLiteral("warnings.json"),
                                     {QStringLiteral("--source"), QStringLiteral("autre")});
    REQUIRE(warned.exitCode == 0);
    CHECK(warned.out.contains(QStringLiteral("cd22--atelier-cv\ttelephone\twarning\t")));
    CHECK(serviceRows(sandbox) == before + 1);
}

TEST_CASE("directory import refuses a file that is not the format, with exit code 1", "[cli][directory]") {
    CliSandbox sandbox;
    for (const QString& name : {QStringLiteral("not-the-format.csv"), QStringLiteral("wrong-shape.json")}) {
        const CliRun run = importFile(sandbox, name);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a data·inclusion directory file")));
        CHECK(run.out.isEmpty());
    }
    CHECK(sandbox.run({QStringLiteral("directory"), QStringLiteral("import")}).exitCode == 2);
}

TEST_CASE("directory search prints tab-separated services, filtered", "[cli][directory]") {
    CliSandbox sandbox;
    REQUIRE(importFile(sandbox, QStringLiteral("valid.json")).exitCode == 0);
    const CliRun all =
        sandbox.run({QStringLiteral("directory"), QStringLiteral("search"), QStringLiteral("")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    REQUIRE(all.outLines().size() == 3);
    for (const QString& line : all.outLines()) {
        CHECK(line.split(QLatin1Char('\t')).size() == 7);
    }
    const CliRun found =
        sandbox.run({QStringLiteral("directory"), QStringLiteral("search"), QStringLiteral("ecole"),
                     QStringLiteral("--theme"), QStringLiteral("mobilite"), QStringLiteral("--commune"),
                     QStringLiteral("22168")});
    REQUIRE(found.outLines().size() == 1);
    const QStringList cells = found.outLines().at(0).split(QLatin1Char('\t'));
    CHECK(cells.at(0) == QStringLiteral("cd22:cd22--auto-ecole-sociale"));
    CHECK(cells.at(1) == QStringLiteral("Auto-école sociale"));
    CHECK(cells.at(2) == QStringLiteral("Mission locale Trégor-Goëlo"));
    CHECK(cells.at(3) == QStringLiteral("Lannion"));
    CHECK(cells.at(4) == QStringLiteral("mobilite--preparer-un-permis"));
    CHECK(cells.at(5).toInt() > 0);
    CHECK(cells.at(6).toDouble() > 0.0);
    const CliRun free =
        sandbox.run({QStringLiteral("directory"), QStringLiteral("search"), QStringLiteral("--free"),
                     QStringLiteral("--commune"), QStringLiteral("29019")});
    REQUIRE(free.exitCode == 0);
    CHECK(free.out.isEmpty());
    const CliRun hostile =
        sandbox.run({QStringLiteral("directory"), QStringLiteral("search"), QStringLiteral("NEAR(\"*")});
    CHECK(hostile.exitCode == 0);
}

TEST_CASE("directory export writes the local services as data·inclusion JSON", "[cli][directory]") {
    CliSandbox sandbox;
    REQUIRE(importFile(sandbox, QStringLiteral("valid.json"),
                       {QStringLiteral("--source"), QStringLiteral("jalon-local")})
                .exitCode == 0);
    REQUIRE(importFile(sandbox, QStringLiteral("services-bom.csv")).exitCode == 0); // not local: not exported
    const QString out = sandbox.filePath(QStringLiteral("export.json"));
    const CliRun run =
        sandbox.run({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(out)).object();
    CHECK(root.value(QStringLiteral("structures")).toArray().size() == 2);
    CHECK(root.value(QStringLiteral("services")).toArray().size() == 3);
    CHECK(sandbox.run({QStringLiteral("directory"), QStringLiteral("export")}).exitCode == 2);
}
