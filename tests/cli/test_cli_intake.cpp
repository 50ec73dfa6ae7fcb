// jalon-cli intake import, run as a real process: the review lines, --dry-run, broken rows never
// written, header mapping, possible duplicates, and a file that cannot be read.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"

#include "db/Database.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString day(int daysFromToday) {
    return QDate::currentDate().addDays(daysFromToday).toString(QStringLiteral("dd/MM/yyyy"));
}

// A list of people to orient with good and broken rows, dated from today.
QByteArray intakeList() {
    return QStringLiteral(
               "N° allocataire;Nom;Prénom;Date de naissance;Code postal;Commune;Date d'ouverture des droits\n"
               "9000001;Abgrall;Léa;01/01/1990;29200;Brest;%1\n"
               "9000002;;Tristan;01/01/1980;29200;Brest;\n"
               "9000003;Bothorel;Katell;31/02/1981;22000;Saint-Brieuc;\n"
               "9000004;Cadiou;Goulven;01/01/1982;29200;Saint-Brieuc;\n"
               "9000005;Even;Annaïg;01/01/1984;29200;Brest;%2\n"
               "9000006;Jaouen;Soizic;02/02/1988;\"22000\";\"Saint-Brieuc\";\n"
               "5555000;Bernard;Paul;05/05/1982;;;\n"
               "9000006;JAOUEN;Soizic;02/02/1988;22000;Saint-Brieuc;\n")
        .arg(day(-30), day(10))
        .toUtf8();
}

// Rows of persons, follow_periods, pathway_events, read after jalon-cli has exited.
QList<int> counts(const CliSandbox& sandbox) {
    auto db = jalon::Database::open(sandbox.dbPath());
    REQUIRE(db.isOk());
    QList<int> found;
    for (const char* table : {"persons", "follow_periods", "pathway_events"}) {
        QSqlQuery q(db.value()->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        found << q.value(0).toInt();
    }
    return found;
}

void addBernard(const CliSandbox& sandbox) {
    const CliRun added =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("add"), QStringLiteral("--last-name"),
                     QStringLiteral("Bernard"), QStringLiteral("--first-name"), QStringLiteral("Paul"),
                     QStringLiteral("--birth-date"), QStringLiteral("1982-05-05"), QStringLiteral("--caf"),
                     QStringLiteral("5555555")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
}

QStringList statuses(const CliRun& run) {
    QStringList found;
    for (const QString& line : run.outLines()) {
        if (line.count(QLatin1Char('\t')) == 3) {
            found << line.section(QLatin1Char('\t'), 0, 1);
        }
    }
    return found;
}

const QStringList kStatuses{QStringLiteral("2\tnew"),       QStringLiteral("3\terror"),
                            QStringLiteral("4\terror"),     QStringLiteral("5\terror"),
                            QStringLiteral("6\terror"),     QStringLiteral("7\tnew"),
                            QStringLiteral("8\tduplicate"), QStringLiteral("9\terror")};

} // namespace

TEST_CASE("intake import --dry-run reviews every row and writes nothing", "[cli][intake]") {
    CliSandbox sandbox;
    addBernard(sandbox);
    writeFile(sandbox.filePath(QStringLiteral("liste.csv")), intakeList());
    const QList<int> before = counts(sandbox);
    const CliRun run =
        sandbox.run({QStringLiteral("intake"), QStringLiteral("import"),
                     sandbox.filePath(QStringLiteral("liste.csv")), QStringLiteral("--dry-run")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(statuses(run) == kStatuses);
    CHECK(run.out.contains(QStringLiteral("3\terror\tTristan\tEnter the last name.")));
    CHECK(run.out.contains(
        QStringLiteral("8 rows: 2 new, 0 to update, 0 up to date, 1 possible duplicates, 5 errors.")));
    CHECK(run.out.contains(QStringLiteral("Dry run: nothing written (2 would be created")));
    CHECK(counts(sandbox) == before);
}

TEST_CASE("intake import writes the good rows and not one broken row", "[cli][intake]") {
    CliSandbox sandbox;
    addBernard(sandbox);
    writeFile(sandbox.filePath(QStringLiteral("liste.csv")), intakeList());
    const QList<int> before = counts(sandbox);
    const CliRun run = sandbox.run(
        {QStringLiteral("intake"), QStringLiteral("import"), sandbox.filePath(QStringLiteral("liste.csv"))});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(statuses(run) == kStatuses);
    CHECK(run.out.contains(
        QStringLiteral("Written: 2 created, 0 updated, 2 entries into follow-up; 6 rows not written.")));
    CHECK(counts(sandbox) == QList<int>{before.at(0) + 2, before.at(1) + 2, before.at(2) + 2});
    const CliRun list = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    CHECK(list.outLines().size() == 3);
    CHECK(list.out.contains(QStringLiteral("Abgrall\tLéa")));
    CHECK(list.out.contains(QStringLiteral("Jaouen\tSoizic")));
    CHECK_FALSE(list.out.contains(QStringLiteral("Cadiou")));

    // The same file again: the two people are up to date, nothing more is written.
    const CliRun again = sandbox.run(
        {QStringLiteral("intake"), QStringLiteral("import"), sandbox.filePath(QStringLiteral("liste.csv"))});
    CHECK(again.out.contains(QStringLiteral("2\tup-to-date")));
    CHECK(counts(sandbox) == QList<int>{before.at(0) + 2, before.at(1) + 2, before.at(2) + 2});

    // --create-duplicates: Paul Bernard of another CAF number is another person.
    const CliRun duplicates =
        sandbox.run({QStringLiteral("intake"), QStringLiteral("import"),
                     sandbox.filePath(QStringLiteral("liste.csv")), QStringLiteral("--create-duplicates")});
    CHECK(duplicates.exitCode == 0);
    CHECK(duplicates.out.contains(QStringLiteral("Written: 1 created")));
}

TEST_CASE("intake import reads Windows-1252 and comma-separated files", "[cli][intake]") {
    CliSandbox sandbox;
    const QString path =
        qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/intake/cp1252-comma.csv");
    const CliRun run = sandbox.run({QStringLiteral("intake"), QStringLiteral("import"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2\tnew\tHélias Hélène\t")));
    CHECK(run.out.contains(QStringLiteral("3\tnew\tCœur François\t")));
    CHECK(run.out.contains(QStringLiteral("Written: 3 created")));
}

TEST_CASE("intake import maps unrecognised headers with --mapping", "[cli][intake]") {
    CliSandbox sandbox;
    writeFile(sandbox.filePath(QStringLiteral("liste.csv")),
              QByteArray("Identifiant;Patronyme;Prenom;Naissance;Observations\n"
                         "7700001;Caradec;Nolwenn;05/06/1992;RAS\n"));
    const QStringList import{QStringLiteral("intake"), QStringLiteral("import"),
                             sandbox.filePath(QStringLiteral("liste.csv"))};
    const CliRun unmapped = sandbox.run(import);
    CHECK(unmapped.exitCode == 1);
    CHECK(unmapped.err.contains(QStringLiteral("the column “Patronyme” is not recognised")));
    CHECK(unmapped.err.contains(QStringLiteral("No column is mapped to “Last name”.")));
    CHECK_FALSE(QFile::exists(sandbox.dbPath()));

    const CliRun badField =
        sandbox.run(import + QStringList{QStringLiteral("--mapping"), QStringLiteral("Patronyme=surname")});
    CHECK(badField.exitCode == 2);

    const CliRun mapped =
        sandbox.run(import + QStringList{QStringLiteral("--mapping"),
                                         QStringLiteral("Identifiant=caf_number,Patronyme=last_name")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out.startsWith(QStringLiteral("2\tnew\tCaradec Nolwenn\t")));
    CHECK(mapped.err.contains(QStringLiteral("“Observations” is not recognised")));
}

TEST_CASE("intake import fails on a file it cannot read, creating nothing", "[cli][intake]") {
    CliSandbox sandbox;
    const CliRun missing = sandbox.run(
        {QStringLiteral("intake"), QStringLiteral("import"), sandbox.filePath(QStringLiteral("absent.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Cannot read")));
    writeFile(sandbox.filePath(QStringLiteral("empty.csv")), QByteArray("\n\n"));
    const CliRun empty = sandbox.run(
        {QStringLiteral("intake"), QStringLiteral("import"), sandbox.filePath(QStringLiteral("empty.csv"))});
    CHECK(empty.exitCode == 1);
    writeFile(sandbox.filePath(QStringLiteral("image.csv")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const CliRun binary = sandbox.run(
        {QStringLiteral("intake"), QStringLiteral("import"), sandbox.filePath(QStringLiteral("image.csv"))});
    CHECK(binary.exitCode == 1);
    CHECK(binary.err.contains(QStringLiteral("not a text (CSV) file")));
    CHECK_FALSE(QFile::exists(sandbox.dbPath()));
    CHECK(sandbox.run({QStringLiteral("intake"), QStringLiteral("import")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("intake"), QStringLiteral("export")}).exitCode == 2);
}
