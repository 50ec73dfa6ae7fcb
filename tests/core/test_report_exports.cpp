// The activity report's exports: CSV for French spreadsheets, versioned JSON checked against
// docs/report-schema-v1.json (python3-jsonschema), and XLSX read back with unzip.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "ReportSample.h"

#include "reports/Indicators.h"
#include "reports/ReportCsv.h"
#include "reports/ReportJson.h"
#include "reports/ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace jalon;
using namespace jalon::test;

namespace {

// A value no sample figure has: found in an export only if a suppressed count leaked.
constexpr qint64 kSecret = 424242;

ReportRow& keyRow(Report& report, const char* code) {
    for (ReportRow& row : report.tables[0].rows) {
        if (row.code == QLatin1String(code)) {
            return row;
        }
    }
    FAIL("no key figure " << code);
    return report.tables[0].rows[0];
}

// The sample with small cells suppressed: this period's entries (a count whose value is
// kSecret) and this period's share oriented within 45 days.
Report suppressedReport() {
    Report report = sampleReport();
    report.smallCellsSuppressed = true;
    Figure& entries = keyRow(report, Indicators::kEntries).figures[0];
    entries.value = kSecret;
    entries.suppressed = true;
    keyRow(report, Indicators::kOriented45).figures[0].suppressed = true;
    return report;
}

QString csvText(const Report& report) {
    const QByteArray bytes = ReportCsv::write(report);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}

QJsonObject jsonOf(const Report& report) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(ReportJson::write(report), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject jsonRow(const QJsonObject& root, int table, int row) {
    return root[QStringLiteral("tables")][table][QStringLiteral("rows")][row].toObject();
}

QString sourceFile(const QString& relative) {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QLatin1Char('/') + relative;
}

// Validates a JSON file against the v1 schema with python3-jsonschema (draft 2020-12): exit code
// 0 when valid, 3 when invalid (the errors on output), anything else when the check itself failed.
std::pair<int, QString> validate(const QString& jsonPath) {
    static const QString script =
        QStringLiteral("import json, sys\n"
                       "from jsonschema import Draft202012Validator\n"
                       "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                       "Draft202012Validator.check_schema(schema)\n"
                       "document = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                       "errors = list(Draft202012Validator(schema).iter_errors(document))\n"
                       "for e in errors: print(list(e.absolute_path), e.message)\n"
                       "sys.exit(3 if errors else 0)\n");
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), script, sourceFile(QStringLiteral("docs/report-schema-v1.json")), jsonPath});
    REQUIRE(python.waitForFinished(30000));
    return {python.exitCode(), QString::fromUtf8(python.readAll())};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// One member of a zip file (an XLSX), through unzip.
QString unzipped(const QString& zip, const QString& member) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    REQUIRE(unzip.waitForFinished(30000));
    INFO(member.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QString savedXlsx(const QTemporaryDir& dir, const Report& report) {
    const QString path = dir.filePath(QStringLiteral("rapport.xlsx"));
    const Status saved = ReportXlsx::save(report, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved);
    return path;
}

} // namespace

TEST_CASE("ReportCsv: BOM, semicolons, CRLF line ends, decimal commas and bare numbers", "[report-export]") {
    const QString csv = csvText(sampleReport());
    CHECK_FALSE(csv.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    CHECK(csv.endsWith(QStringLiteral("\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nPersonnes suivies en fin de mois;1234;1200;987\r\n")));
    // 13/100, 12/90, 1/3 as percentages; the unit is in the label.
    CHECK(csv.contains(QStringLiteral("\r\nTaux d'absence (%);13,0;13,3;33,3\r\n")));
    // A share with no base is an empty cell; an average has one decimal.
    CHECK(csv.contains(QStringLiteral("\r\nOrientés dans les 45 jours (%);75,0;75,0;\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nDélai moyen invitation → rendez-vous (days);12,5;7,5;\r\n")));
    // Two-level tables: the group, then the label.
    const QString heading = QStringLiteral("\r\nThème;Niveau;%1;Previous month;Same month last year\r\n");
    CHECK(csv.contains(heading.arg(sampleReport().period.label())));
    CHECK(csv.contains(QStringLiteral("\r\nMobilité;Frein majeur;12;11;3\r\n")));
}

TEST_CASE("ReportCsv: header block with periods as dd/mm/yyyy, scope and the small-cell flag",
          "[report-export]") {
    const Report report = sampleReport();
    const QString csv = csvText(report);
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    CHECK(lines[0] == QStringLiteral("Activity report"));
    CHECK(lines[1].startsWith(QStringLiteral("Period;")));
    CHECK(lines[1].endsWith(QStringLiteral(";01/10/2026;31/10/2026")));
    CHECK(lines[2].endsWith(QStringLiteral(";01/09/2026;30/09/2026")));
    CHECK(lines[3].endsWith(QStringLiteral(";01/10/2025;31/10/2025")));
    CHECK(lines[4] == QStringLiteral("Scope;Structure: Service insertion du Trégor"));
    CHECK(lines[5] == QStringLiteral("Generated on;") +
                          report.generatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    CHECK(lines[6] == QStringLiteral("Small-cell suppression applied;no"));
    CHECK(lines[7].isEmpty());
    CHECK(lines[8] == QStringLiteral("Chiffres clés"));

    const QString suppressed = csvText(suppressedReport());
    CHECK(suppressed.contains(QStringLiteral("\r\nSmall-cell suppression applied;yes (threshold 4)\r\n")));
}

TEST_CASE("ReportCsv: fields with a semicolon, a quote or a line break are quoted", "[report-export]") {
    Report report = sampleReport();
    report.tables[2].rows[0].label = QStringLiteral("Emploi \"durable\"; CDI");
    report.tables[2].rows[1].label = QStringLiteral("Formation\nqualifiante");
    report.scope.name = QStringLiteral("Trégor; Goëlo");
    const QString csv = csvText(report);
    CHECK(csv.contains(QStringLiteral("\r\n\"Emploi \"\"durable\"\"; CDI\";12;10;1\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\n\"Formation\nqualifiante\";9;8;0\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nScope;\"Structure: Trégor; Goëlo\"\r\n")));
    // Fields without special characters are left bare.
    CHECK(csv.contains(QStringLiteral("\r\nDéménagement;20;20;1\r\n")));
}

TEST_CASE("ReportCsv: accents in UTF-8, suppressed counts as ≤ 4, hidden shares empty", "[report-export]") {
    const QByteArray bytes = ReportCsv::write(suppressedReport());
    CHECK(bytes.contains("Service insertion du Tr\xC3\xA9gor"));
    CHECK(bytes.contains("\r\nEntr\xC3\xA9"
                         "es;\xE2\x89\xA4 4;3;0\r\n"));
    CHECK(bytes.contains(QStringLiteral("\r\nOrientés dans les 45 jours (%);;75,0;\r\n").toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray::number(kSecret)));
}

TEST_CASE("ReportCsv: the trend by mm/yyyy and the indicator definitions end the file", "[report-export]") {
    const QString csv = csvText(sampleReport());
    CHECK(csv.contains(QStringLiteral("\r\n\r\nTwelve-month trend\r\nMonth;People followed;Entries;Exits\r\n"
                                      "11/2025;1100;51;31\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\n10/2026;1232;40;30\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\n\r\nIndicator definitions\r\nId;Indicator;Rule\r\n")));
    const IndicatorDefinition followed = Indicators::find(QString::fromLatin1(Indicators::kFollowed));
    CHECK(csv.contains(QStringLiteral("\r\nfollowed;%1;%2\r\n").arg(followed.name, followed.rule)));
}

TEST_CASE("ReportCsv: save writes the bytes, refuses a missing folder and names it", "[report-export]") {
    QTemporaryDir dir;
    const Report report = sampleReport();
    const QString path = dir.filePath(QStringLiteral("rapport.csv"));
    REQUIRE(ReportCsv::save(report, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == ReportCsv::write(report));

    const QString missing = dir.filePath(QStringLiteral("absent/rapport.csv"));
    const Status failed = ReportCsv::save(report, missing);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(QDir::toNativeSeparators(missing)));
    CHECK(failed.error().contains(QStringLiteral("does not exist")));
}

TEST_CASE("ReportJson: format, version, periods, scope, time and small cells", "[report-export]") {
    const QJsonObject root = jsonOf(sampleReport());
    CHECK(root[QStringLiteral("format")] == QStringLiteral("jalon-activity-report"));
    CHECK(root[QStringLiteral("version")].isDouble());
    CHECK(root[QStringLiteral("version")].toInt() == 1);
    const QJsonObject period = root[QStringLiteral("period")].toObject();
    CHECK(period[QStringLiteral("from")] == QStringLiteral("2026-10-01"));
    CHECK(period[QStringLiteral("to")] == QStringLiteral("2026-10-31"));
    CHECK(period[QStringLiteral("code")] == QStringLiteral("2026-10"));
    const QJsonObject comparison = root[QStringLiteral("comparison_periods")].toObject();
    CHECK(comparison[QStringLiteral("previous")][QStringLiteral("code")] == QStringLiteral("2026-09"));
    CHECK(comparison[QStringLiteral("year_before")][QStringLiteral("from")] == QStringLiteral("2025-10-01"));
    const QJsonObject scope = root[QStringLiteral("scope")].toObject();
    CHECK(scope[QStringLiteral("kind")] == QStringLiteral("structure"));
    CHECK(scope[QStringLiteral("id")] == QStringLiteral("s-1"));
    CHECK(scope[QStringLiteral("name")] == QStringLiteral("Service insertion du Trégor"));
    CHECK(root[QStringLiteral("generated_at")] == QStringLiteral("2026-11-02T08:30:00Z"));
    CHECK(root[QStringLiteral("small_cells")][QStringLiteral("suppressed")] == false);
    CHECK(root[QStringLiteral("small_cells")][QStringLiteral("threshold")] == 4);
    const QJsonArray trend = root[QStringLiteral("trend")].toArray();
    REQUIRE(trend.size() == 12);
    CHECK(trend[0][QStringLiteral("month")] == QStringLiteral("2025-11"));
    CHECK(trend[11][QStringLiteral("month")] == QStringLiteral("2026-10"));
    CHECK(trend[11][QStringLiteral("followed")] == 1232);
}

TEST_CASE("ReportJson: rows with codes, kinds and numbers for each period", "[report-export]") {
    const QJsonObject root = jsonOf(sampleReport());
    CHECK(root[QStringLiteral("tables")].toArray().size() == 4);
    CHECK(root[QStringLiteral("tables")][0][QStringLiteral("id")] == QStringLiteral("key_figures"));
    const QJsonObject followed = jsonRow(root, 0, 0);
    CHECK(followed[QStringLiteral("code")] == QStringLiteral("followed"));
    CHECK(followed[QStringLiteral("kind")] == QStringLiteral("count"));
    CHECK(followed[QStringLiteral("group_code")].isNull());
    CHECK(followed[QStringLiteral("values")][QStringLiteral("period")][QStringLiteral("value")].isDouble());
    CHECK(followed[QStringLiteral("values")][QStringLiteral("period")][QStringLiteral("value")] == 1234);
    CHECK(followed[QStringLiteral("values")][QStringLiteral("year_before")][QStringLiteral("value")] == 987);
    const QJsonObject noShow = jsonRow(root, 0, 5);
    CHECK(noShow[QStringLiteral("kind")] == QStringLiteral("share"));
    const QJsonObject noShowNow = noShow[QStringLiteral("values")][QStringLiteral("period")].toObject();
    CHECK(noShowNow[QStringLiteral("value")] == 13);
    CHECK(noShowNow[QStringLiteral("base")] == 100);
    CHECK(noShowNow[QStringLiteral("ratio")].toDouble() == Approx(0.13));
    CHECK(noShowNow[QStringLiteral("suppressed")] == false);
    const QJsonObject oriented =
        jsonRow(root, 0, 3)[QStringLiteral("values")][QStringLiteral("year_before")].toObject();
    CHECK(oriented[QStringLiteral("base")] == 0);
    CHECK(oriented[QStringLiteral("ratio")].isNull());
    const QJsonObject delay = jsonRow(root, 0, 4);
    CHECK(delay[QStringLiteral("kind")] == QStringLiteral("average"));
    CHECK(delay[QStringLiteral("values")][QStringLiteral("period")][QStringLiteral("ratio")].toDouble() ==
          Approx(12.5));
    const QJsonObject barrier = jsonRow(root, 3, 1);
    CHECK(barrier[QStringLiteral("group_code")] == QStringLiteral("mobilite"));
    CHECK(barrier[QStringLiteral("group_label")] == QStringLiteral("Mobilité"));
    CHECK(barrier[QStringLiteral("code")] == QStringLiteral("major_barrier"));
}

TEST_CASE("ReportJson: a suppressed count gives only its bound, a suppressed share nothing",
          "[report-export]") {
    const Report report = suppressedReport();
    const QByteArray bytes = ReportJson::write(report);
    CHECK_FALSE(bytes.contains(QByteArray::number(kSecret)));
    const QJsonObject root = jsonOf(report);
    CHECK(root[QStringLiteral("small_cells")][QStringLiteral("suppressed")] == true);
    const QJsonObject entries =
        jsonRow(root, 0, 1)[QStringLiteral("values")][QStringLiteral("period")].toObject();
    CHECK(entries[QStringLiteral("value")].isNull());
    CHECK(entries[QStringLiteral("suppressed")] == true);
    CHECK(entries[QStringLiteral("at_most")] == 4);
    const QJsonObject oriented =
        jsonRow(root, 0, 3)[QStringLiteral("values")][QStringLiteral("period")].toObject();
    CHECK(oriented[QStringLiteral("value")].isNull());
    CHECK(oriented[QStringLiteral("base")].isNull());
    CHECK(oriented[QStringLiteral("ratio")].isNull());
    CHECK(oriented[QStringLiteral("suppressed")] == true);
}

TEST_CASE("ReportJson: the export validates against docs/report-schema-v1.json", "[report-export]") {
    QTemporaryDir dir;
    const Report plain = sampleReport();
    for (const Report& report : {plain, suppressedReport()}) {
        const QString path = dir.filePath(QStringLiteral("rapport.json"));
        const Status saved = ReportJson::save(report, path);
        INFO(saved.error().toStdString());
        REQUIRE(saved);
        const auto [code, output] = validate(path);
        INFO(output.toStdString());
        CHECK(code == 0);
    }
}

TEST_CASE("ReportJson: the schema check rejects broken documents", "[report-export]") {
    QTemporaryDir dir;
    QJsonObject root = jsonOf(sampleReport());
    SECTION("version as a string") {
        root[QStringLiteral("version")] = QStringLiteral("1");
    }
    SECTION("a suppressed count that gives its value") {
        QJsonArray tables = root[QStringLiteral("tables")].toArray();
        QJsonObject table = tables[0].toObject();
        QJsonArray rows = table[QStringLiteral("rows")].toArray();
        QJsonObject row = rows[1].toObject();
        QJsonObject values = row[QStringLiteral("values")].toObject();
        values[QStringLiteral("period")] = QJsonObject{{QStringLiteral("value"), 3},
                                                       {QStringLiteral("suppressed"), true},
                                                       {QStringLiteral("at_most"), 4}};
        row[QStringLiteral("values")] = values;
        rows[1] = row;
        table[QStringLiteral("rows")] = rows;
        tables[0] = table;
        root[QStringLiteral("tables")] = tables;
    }
    SECTION("a month that is not yyyy-mm") {
        QJsonArray trend = root[QStringLiteral("trend")].toArray();
        QJsonObject point = trend[0].toObject();
        point[QStringLiteral("month")] = QStringLiteral("11/2025");
        trend[0] = point;
        root[QStringLiteral("trend")] = trend;
    }
    const QString path = writeFile(dir, QStringLiteral("broken.json"), QJsonDocument(root).toJson());
    const auto [code, output] = validate(path);
    INFO(output.toStdString());
    CHECK(code == 3);
}

TEST_CASE("ReportXlsx: sheet names are valid for Excel and unique", "[report-export]") {
    const QString fallback = QStringLiteral("Table 1");
    CHECK(ReportXlsx::sheetName(QStringLiteral("Chiffres clés"), {}, fallback) ==
          QStringLiteral("Chiffres clés"));
    CHECK(ReportXlsx::sheetName(QStringLiteral("Sorties [motif] : a/b\\c * ?"), {}, fallback) ==
          QStringLiteral("Sorties motif a b c"));
    const QString longName =
        ReportXlsx::sheetName(QStringLiteral("Personnes suivies par type d'orientation"), {}, fallback);
    CHECK(longName == QStringLiteral("Personnes suivies par type d'or"));
    CHECK(longName.size() == 31);
    CHECK(ReportXlsx::sheetName(QStringLiteral("'Cité'"), {}, fallback) == QStringLiteral("Cité"));
    CHECK(ReportXlsx::sheetName(QStringLiteral("[]:*?"), {}, fallback) == fallback);
    CHECK(ReportXlsx::sheetName(QStringLiteral("summary"), {QStringLiteral("Summary")}, fallback) ==
          QStringLiteral("summary (2)"));
    CHECK(ReportXlsx::sheetName(QStringLiteral("Summary"),
                                {QStringLiteral("summary"), QStringLiteral("Summary (2)")},
                                fallback) == QStringLiteral("Summary (3)"));
    const QStringList taken{longName, QStringLiteral("Personnes suivies par type (2)")};
    const QString third =
        ReportXlsx::sheetName(QStringLiteral("Personnes suivies par type d'orientation"), taken, fallback);
    CHECK(third == QStringLiteral("Personnes suivies par type (3)"));
    CHECK(third.size() <= 31);
}

TEST_CASE("ReportXlsx: sheets, accented strings, numbers and number formats", "[report-export]") {
    QTemporaryDir dir;
    const QString path = savedXlsx(dir, sampleReport());
    const QString workbook = unzipped(path, QStringLiteral("xl/workbook.xml"));
    const QStringList names{QStringLiteral("Summary"),
                            QStringLiteral("Chiffres clés"),
                            QStringLiteral("Personnes suivies par type d'or"),
                            QStringLiteral("Sorties par motif"),
                            QStringLiteral("Freins par thème (diagnostics v"),
                            QStringLiteral("Trend"),
                            QStringLiteral("Definitions")};
    for (int i = 0; i < names.size(); ++i) {
        INFO(names[i].toStdString());
        CHECK(
            workbook.contains(QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\"").arg(names[i]).arg(i + 1)));
    }
    const QString strings = unzipped(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Structure: Service insertion du Trégor")));
    CHECK(strings.contains(QStringLiteral("Délai moyen invitation → rendez-vous (days)")));
    CHECK(strings.contains(QStringLiteral("Mobilité — Frein majeur")));
    const QString keyFigures = unzipped(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(keyFigures.contains(QStringLiteral("<v>1234</v>")));
    CHECK(keyFigures.contains(QStringLiteral("<v>0.13</v>")));
    CHECK(keyFigures.contains(QStringLiteral("<v>12.5</v>")));
    CHECK(keyFigures.contains(QStringLiteral("<pane ySplit=\"1\"")));
    const QString styles = unzipped(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    const QString trend = unzipped(path, QStringLiteral("xl/worksheets/sheet6.xml"));
    CHECK(trend.contains(QStringLiteral("<v>1232</v>")));
}

TEST_CASE("ReportXlsx: a column chart on each table sheet and a line chart of the trend", "[report-export]") {
    QTemporaryDir dir;
    const QString path = savedXlsx(dir, sampleReport());
    for (int i = 1; i <= 4; ++i) {
        const QString chart = unzipped(path, QStringLiteral("xl/charts/chart%1.xml").arg(i));
        INFO(i);
        CHECK(chart.contains(QStringLiteral("<c:barChart>")));
        CHECK(chart.contains(QStringLiteral("<c:barDir val=\"col\"/>")));
    }
    CHECK(unzipped(path, QStringLiteral("xl/charts/chart3.xml"))
              .contains(QStringLiteral("'Sorties par motif'!$A$2:$A$4")));
    CHECK(unzipped(path, QStringLiteral("xl/charts/chart2.xml"))
              .contains(QStringLiteral("'Personnes suivies par type d''or'!$B$2:$B$5")));
    const QString trend = unzipped(path, QStringLiteral("xl/charts/chart5.xml"));
    CHECK(trend.contains(QStringLiteral("<c:lineChart>")));
    CHECK(trend.contains(QStringLiteral("Trend!$D$2:$D$13")));
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    REQUIRE(list.waitForFinished(30000));
    CHECK_FALSE(QString::fromUtf8(list.readAllStandardOutput()).contains(QStringLiteral("chart6.xml")));
}

TEST_CASE("ReportXlsx: suppressed counts as ≤ 4, their value nowhere", "[report-export]") {
    QTemporaryDir dir;
    const QString path = savedXlsx(dir, suppressedReport());
    CHECK(unzipped(path, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("≤ 4")));
    CHECK(
        unzipped(path, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("yes (threshold 4)")));
    CHECK_FALSE(
        unzipped(path, QStringLiteral("xl/worksheets/sheet2.xml")).contains(QString::number(kSecret)));
}

TEST_CASE("ReportXlsx: a missing folder fails with its path, an existing file is replaced whole",
          "[report-export]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("absent/rapport.xlsx"));
    const Status failed = ReportXlsx::save(sampleReport(), missing);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("absent"))));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    const QString path = writeFile(dir, QStringLiteral("rapport.xlsx"), "old");
    REQUIRE(ReportXlsx::save(sampleReport(), path));
    CHECK(QFileInfo(path).size() > 1000);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("rapport.xlsx")});

    const Status onFolder = ReportXlsx::save(sampleReport(), dir.path());
    REQUIRE_FALSE(onFolder);
    CHECK(onFolder.error().contains(QStringLiteral("folder")));
}

TEST_CASE("ReportCsv: a name that Excel would run as a formula is written as text", "[report-export]") {
    Report report = sampleReport();
    report.tables[0].rows[1].label = QStringLiteral("=HYPERLINK(\"http://x\")");
    report.tables[0].rows[0].label = QStringLiteral("@SUM(A1)");
    const QString csv = QString::fromUtf8(ReportCsv::write(report));
    CHECK(csv.contains(QStringLiteral("'=HYPERLINK(")));
    CHECK(csv.contains(QStringLiteral("'@SUM(A1)")));
    CHECK_FALSE(csv.contains(QStringLiteral("\r\n=HYPERLINK")));
    CHECK_FALSE(csv.contains(QStringLiteral("\r\n\"=HYPERLINK")));
    CHECK(csv.contains(QStringLiteral(";1234;"))); // numbers stay numbers
}

TEST_CASE("Suppressed trend counts are written as a bound, never as their value", "[report-export]") {
    Report report = sampleReport();
    report.smallCellsSuppressed = true;
    report.trend.last().exits = TrendPoint::kSuppressed;
    const QString csv = QString::fromUtf8(ReportCsv::write(report));
    CHECK(csv.contains(QStringLiteral("10/2026;1232;40;≤ 4")));
    const QJsonObject json = QJsonDocument::fromJson(ReportJson::write(report)).object();
    const QJsonObject last = json.value(QStringLiteral("trend")).toArray().last().toObject();
    CHECK(last.value(QStringLiteral("exits")).isNull());
    CHECK(last.value(QStringLiteral("entries")).toInt() == 40);
}
