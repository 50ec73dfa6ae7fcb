// jalon-cli report monthly and report sql, run as a real process on a pathway recorded through the
// core stores (the child process has the real clock: the report is last month's). Each format is
// read back: CSV bytes, JSON values, the XLSX archive, the PDF's text.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "pathway/FollowUpStore.h"
#include "persons/PersonStore.h"
#include "reports/ReportPeriod.h"
#include "security/LocalAccount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jalon;
using namespace jalon::test;

namespace {

const ReportPeriod kLastMonth = ReportPeriod::monthBefore(QDate::currentDate());

// Two people who entered follow-up last month, on its first and its last day.
QString prepare(const CliSandbox& sandbox) {
    auto opened = Database::open(sandbox.dbPath());
    REQUIRE(opened);
    Database& database = *opened.value();
    const Actor me = LocalAccount::ensureDefault(database).value();
    for (const QDate& day : {kLastMonth.from, kLastMonth.to}) {
        const QString person = PersonStore(database).create(me, samplePerson()).value();
        REQUIRE(FollowUpStore(database).open(me, person, day));
    }
    return me.structureId;
}

QStringList monthly(const QString& format, const QString& out, const QStringList& more = {}) {
    return QStringList{QStringLiteral("--lang"),   QStringLiteral("en"),
                       QStringLiteral("report"),   QStringLiteral("monthly"),
                       QStringLiteral("--month"),  kLastMonth.code(),
                       QStringLiteral("--format"), format,
                       QStringLiteral("--out"),    out} +
           more;
}

QJsonObject entriesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue table : report.value(QStringLiteral("tables")).toArray()) {
        for (const QJsonValue row : table.toObject().value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("entries")) {
                return row.toObject()
                    .value(QStringLiteral("values"))
                    .toObject()
                    .value(QStringLiteral("period"))
                    .toObject();
            }
        }
    }
    FAIL("no entries row");
    return {};
}

} // namespace

TEST_CASE("report monthly writes last month's report in the four formats", "[cli][report]") {
    CliSandbox sandbox;
    const QString structure = prepare(sandbox);

    const QString json = sandbox.filePath(QStringLiteral("r.json"));
    const CliRun wrote = sandbox.run(monthly(QStringLiteral("json"), json));
    REQUIRE(wrote.exitCode == 0);
    CHECK(wrote.out.contains(QStringLiteral("Whole database")));
    CHECK(entriesOf(json).value(QStringLiteral("value")).toInt() == 2);

    const QString csv = sandbox.filePath(QStringLiteral("r.csv"));
    REQUIRE(sandbox.run(monthly(QStringLiteral("csv"), csv, {QStringLiteral("--structure"), structure}))
                .exitCode == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Entries;2;"));

    const QString xlsx = sandbox.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(sandbox.run(monthly(QStringLiteral("xlsx"), xlsx)).exitCode == 0);
    QFile xlsxFile(xlsx);
    REQUIRE(xlsxFile.open(QIODevice::ReadOnly));
    CHECK(xlsxFile.read(2) == "PK"); // a zip archive, read in detail by the export tests

    const QString pdf = sandbox.filePath(QStringLiteral("r.pdf"));
    REQUIRE(sandbox.run(monthly(QStringLiteral("pdf"), pdf)).exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Entries")));
    CHECK(text.contains(kLastMonth.from.toString(QStringLiteral("yyyy"))));
}

TEST_CASE("report monthly suppresses small cells when asked", "[cli][report]") {
    CliSandbox sandbox;
    prepare(sandbox);
    const QString json = sandbox.filePath(QStringLiteral("r.json"));
    REQUIRE(sandbox.run(monthly(QStringLiteral("json"), json, {QStringLiteral("--suppress-small-cells")}))
                .exitCode == 0);
    const QJsonObject entries = entriesOf(json);
    CHECK(entries.value(QStringLiteral("suppressed")).toBool());
    CHECK((entries.value(QStringLiteral("value")).isNull() ||
           entries.value(QStringLiteral("value")).isUndefined()));
    CHECK(entries.value(QStringLiteral("at_most")).toInt() == 4);
}

TEST_CASE("report refuses wrong arguments with a message", "[cli][report]") {
    CliSandbox sandbox;
    prepare(sandbox);
    const QString out = sandbox.filePath(QStringLiteral("r.csv"));
    const auto run = [&](const QStringList& args) {
        return sandbox.run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    };

    const CliRun badMonth =
        run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
             QStringLiteral("2026-13"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), out});
    CHECK(badMonth.exitCode == 2);
    CHECK(badMonth.err.contains(QStringLiteral("YYYY-MM")));
    CHECK(run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
               kLastMonth.code(), QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"),
               out})
              .exitCode == 2);
    const CliRun unknownStructure = sandbox.run(
        monthly(QStringLiteral("csv"), out, {QStringLiteral("--structure"), QStringLiteral("nope")}));
    CHECK(unknownStructure.exitCode == 1);
    CHECK(unknownStructure.err.contains(QStringLiteral("scope")));
    const CliRun unwritable =
        sandbox.run(monthly(QStringLiteral("csv"), sandbox.filePath(QStringLiteral("no/such/folder/r.csv"))));
    CHECK(unwritable.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("report sql prints the statements the report runs", "[cli][report]") {
    CliSandbox sandbox;
    prepare(sandbox);
    const CliRun run = sandbox.run(
        {QStringLiteral("report"), QStringLiteral("sql"), QStringLiteral("--month"), kLastMonth.code()});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.outLines();
    CHECK(lines.size() == 3 * 14 + 1);
    CHECK(lines.first().contains(QStringLiteral("FROM follow_periods")));
    CHECK(lines.first().contains(kLastMonth.to.toString(Qt::ISODate)));
}
