// The directory import (core/directory/DirectoryImporter): golden files of every kind (valid,
// warnings, errors, another format, encodings), re-imports (update, local columns kept, withdrawn),
// dry run, --source, cancel.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DirectoryFixture.h"

#include "directory/DirectoryStore.h"
#include "security/Permissions.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jalon;
using namespace jalon::test;

namespace {

QString kindName(DirectoryKind kind) {
    return kind == DirectoryKind::Structure ? QStringLiteral("structure") : QStringLiteral("service");
}

QString countsLine(const QString& what, const ImportCounts& c) {
    return QStringLiteral("%1: %2 new, %3 updated, %4 unchanged, %5 withdrawn, %6 skipped")
        .arg(what)
        .arg(c.added)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.withdrawn)
        .arg(c.skipped);
}

// The golden form of an import: the format, one line per issue, the counts (messages left out:
// they are translated).
QStringList goldenLines(const Result<DirectoryBatch>& batch, TestDatabase& t) {
    if (!batch) {
        return {QStringLiteral("refused")};
    }
    const Result<ImportReport> done = DirectoryImporter(t.db(), t.actor()).run(batch.value(), {});
    REQUIRE(done.isOk());
    QStringList lines{QStringLiteral("# format: %1").arg(done->format)};
    for (const ImportIssue& issue : done->issues) {
        lines << QStringList{kindName(issue.kind), issue.recordId, issue.field,
                             issue.error ? QStringLiteral("error") : QStringLiteral("warning")}
                     .join(QLatin1Char('\t'));
    }
    lines << countsLine(QStringLiteral("structures"), done->structures)
          << countsLine(QStringLiteral("services"), done->services);
    return lines;
}

// The structures of valid.json only, as if imported earlier, so that services find them.
void seedStructures(TestDatabase& t) {
    QJsonObject root = QJsonDocument::fromJson(directoryBytes(QStringLiteral("valid.json"))).object();
    root.remove(QStringLiteral("services"));
    importDirectory(t, QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("directory: golden files are imported as their .expected files say", "[directory][golden]") {
    const QDir folder(directoryData());
    const QStringList files =
        folder.entryList({QStringLiteral("*.json"), QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 9);
    for (const QString& name : files) {
        INFO(name.toStdString());
        ScopedClock clock(directoryNow());
        TestDatabase t;
        seedStructures(t);
        const int before = directoryCount(t, QStringLiteral("SELECT count(*) FROM change_log"));
        const Result<DirectoryBatch> batch = DirectoryParser::read(folder.filePath(name));
        const QStringList actual = goldenLines(batch, t);
        const QString expectedPath =
            folder.filePath(name.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".expected"));
        if (qEnvironmentVariableIsSet("JALON_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((actual.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        }
        QFile expectedFile(expectedPath);
        REQUIRE(expectedFile.open(QIODevice::ReadOnly));
        CHECK(actual ==
              QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        if (!batch) {
            CHECK(batch.error().contains(QStringLiteral("Nothing was imported")));
            CHECK(directoryCount(t, QStringLiteral("SELECT count(*) FROM change_log")) == before);
        }
    }
}

TEST_CASE("directory: CSV in UTF-8 with BOM and in Windows-1252 keep their accents and lists",
          "[directory]") {
    const Result<DirectoryBatch> bom =
        DirectoryParser::parse(directoryBytes(QStringLiteral("services-bom.csv")));
    REQUIRE(bom.isOk());
    REQUIRE(bom->services.size() == 2);
    const QJsonObject permis = bom->services.at(0);
    CHECK(permis.value(QStringLiteral("source")).toString() ==
          QStringLiteral("cd22")); // BOM not in the header
    CHECK(permis.value(QStringLiteral("nom")).toString() == QStringLiteral("Permis à 1 € par jour"));
    CHECK(permis.value(QStringLiteral("thematiques")).toArray().size() == 2);
    CHECK(permis.value(QStringLiteral("publics")).toArray().size() == 2);
    CHECK(permis.value(QStringLiteral("latitude")).toDouble() == Approx(48.73));

    const Result<DirectoryBatch> ansi =
        DirectoryParser::parse(directoryBytes(QStringLiteral("services-1252.csv")));
    REQUIRE(ansi.isOk());
    REQUIRE(ansi->services.size() == 2);
    CHECK(ansi->services.at(0).value(QStringLiteral("nom")).toString() ==
          QStringLiteral("Atelier de français à l'Œuvre"));
    CHECK(ansi->services.at(0).value(QStringLiteral("description")).toString() ==
          QStringLiteral("Lire, écrire, compter : des ateliers pour adultes."));
}

TEST_CASE("directory: files that are not the format are refused whole", "[directory]") {
    for (const QByteArray& bytes : {QByteArray(), QByteArray("   \n"), QByteArray("\x00\x01\x02\xff", 4),
                                    QByteArray("{}"), QByteArray("[]"), QByteArray("{\"structures\": [1]}"),
                                    QByteArray("[{\"a\": 1}]"), QByteArray("id;nom\n1;x\n")}) {
        INFO(bytes.toStdString());
        const Result<DirectoryBatch> batch = DirectoryParser::parse(bytes);
        REQUIRE_FALSE(batch.isOk());
        CHECK(batch.error().contains(QStringLiteral("not a data·inclusion directory file")));
    }
}

TEST_CASE("directory: a re-import updates, keeps the note and the full mark, withdraws what left",
          "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    const ImportReport first = importDirectoryFile(t, QStringLiteral("valid.json"));
    CHECK(first.structures.added == 2);
    CHECK(first.services.added == 3);
    CHECK(first.sources == QStringList{QStringLiteral("cd22")});
    const QString permis = QStringLiteral("cd22:cd22--auto-ecole-sociale");
    DirectoryStore store(t.db());
    REQUIRE(store.setLocalNote(t.actor(), permis, QStringLiteral("Appeler Mme Le Bihan")));
    REQUIRE(store.setFullUntil(t.actor(), permis, QDate(2026, 9, 1)));

    QJsonObject root = QJsonDocument::fromJson(directoryBytes(QStringLiteral("valid.json"))).object();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject renamed = services.at(0).toObject();
    renamed.insert(QStringLiteral("nom"), QStringLiteral("Auto-école solidaire"));
    services.replace(0, renamed);
    services.removeAt(2); // the bikes are gone from the source
    root.insert(QStringLiteral("services"), services);
    const ImportReport second = importDirectory(t, QJsonDocument(root).toJson());
    CHECK(second.structures.unchanged == 2);
    CHECK(second.services.updated == 1);
    CHECK(second.services.unchanged == 1);
    CHECK(second.services.withdrawn == 1);

    const Result<DirectoryEntry> entry = store.entry(t.actor(), permis);
    REQUIRE(entry.isOk());
    CHECK(entry->service.value(QStringLiteral("nom")).toString() == QStringLiteral("Auto-école solidaire"));
    CHECK(entry->localNote == QStringLiteral("Appeler Mme Le Bihan"));
    CHECK(entry->fullUntil == QDate(2026, 9, 1));
    CHECK(entry->service.value(QStringLiteral("x_extension")).isObject()); // nothing of the record is lost
    const Result<DirectoryEntry> bikes = store.entry(t.actor(), QStringLiteral("cd22:cd22--velo-solidaire"));
    REQUIRE(bikes.isOk()); // never deleted
    CHECK(bikes->withdrawn);

    // Back in the source: no longer withdrawn.
    const ImportReport third = importDirectoryFile(t, QStringLiteral("valid.json"));
    CHECK(third.services.updated == 2);
    CHECK(third.services.withdrawn == 0);
    CHECK_FALSE(store.entry(t.actor(), QStringLiteral("cd22:cd22--velo-solidaire"))->withdrawn);
}

TEST_CASE("directory: a dry run reports the same and writes nothing", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    seedStructures(t);
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM change_log) * 1000 + "
                                          "(SELECT count(*) FROM directory_services)");
    const int before = directoryCount(t, counts);
    DirectoryImporter::Options dry;
    dry.dryRun = true;
    const ImportReport simulated = importDirectoryFile(t, QStringLiteral("errors.json"), dry);
    CHECK(directoryCount(t, counts) == before);
    CHECK(simulated.dryRun);
    CHECK(simulated.summary().contains(QStringLiteral("Dry run")));
    const ImportReport real = importDirectoryFile(t, QStringLiteral("errors.json"));
    CHECK(real.services.added == simulated.services.added);
    CHECK(real.services.skipped == simulated.services.skipped);
    CHECK(real.issues.size() == simulated.issues.size());
    CHECK(directoryCount(t, counts) > before);
}

TEST_CASE("directory: --source replaces the records' source", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    DirectoryImporter::Options options;
    options.source = QStringLiteral("dora");
    const ImportReport report = importDirectoryFile(t, QStringLiteral("services-bom.csv"), options);
    CHECK(report.sources == QStringList{QStringLiteral("dora")});
    CHECK(report.services.added == 2);
    CHECK(directoryCount(t, QStringLiteral("SELECT count(*) FROM directory_services WHERE id = "
                                           "'dora:cd22--csv-permis'")) == 1);
}

TEST_CASE("directory: an import reports progress and can be cancelled, writing nothing", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    const Result<DirectoryBatch> batch = DirectoryParser::read(directoryData(QStringLiteral("valid.json")));
    REQUIRE(batch.isOk());
    QList<int> seen;
    const auto cancelAtThree = [&seen](int done, int total) {
        seen << done;
        CHECK(total == 5);
        return done < 3;
    };
    const Result<ImportReport> cancelled =
        DirectoryImporter(t.db(), t.actor()).run(batch.value(), {}, cancelAtThree);
    REQUIRE_FALSE(cancelled.isOk());
    CHECK(cancelled.error().contains(QStringLiteral("cancelled")));
    CHECK(seen == QList<int>{1, 2, 3});
    CHECK(directoryCount(t, QStringLiteral("SELECT count(*) FROM directory_structures")) == 0);
}

TEST_CASE("directory: only advisers and managers may import; everyone may search",
          "[directory][permissions]") {
    TestDatabase t;
    for (const Role role :
         {Role::Adviser, Role::OrientationOfficer, Role::StructureManager, Role::Administrator}) {
        Actor actor = t.actor();
        actor.role = role;
        CHECK(isAllowed(actor, Permission::ViewDirectory));
        CHECK(isAllowed(actor, Permission::ManageDirectory) ==
              (role == Role::Adviser || role == Role::StructureManager));
    }
    Actor officer = t.actor();
    officer.role = Role::OrientationOfficer;
    const Result<DirectoryBatch> batch = DirectoryParser::read(directoryData(QStringLiteral("valid.json")));
    REQUIRE(batch.isOk());
    const Result<ImportReport> refused = DirectoryImporter(t.db(), officer).run(batch.value(), {});
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("update the offer directory")));
}
