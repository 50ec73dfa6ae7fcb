// jalon-cli persons add / show / search / list and demo, run as a real process.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"

#include "common/Ids.h"
#include "common/TextFold.h"

#include <QFileInfo>
#include <QSet>

static QStringList addArgs(const QString& last, const QString& first, const QString& birth,
                           const QStringList& more = {}) {
    return QStringList{QStringLiteral("persons"),      QStringLiteral("add"),
                       QStringLiteral("--last-name"),  last,
                       QStringLiteral("--first-name"), first,
                       QStringLiteral("--birth-date"), birth} +
           more;
}

static QString addPerson(const CliSandbox& sandbox, const QString& last, const QString& first,
                         const QStringList& more = {}) {
    const CliRun run = sandbox.run(addArgs(last, first, QStringLiteral("1985-03-15"), more));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.trimmed();
}

// The value of one "label<TAB>value" line of persons show.
static QString shown(const CliRun& run, const QString& label) {
    for (const QString& line : run.outLines()) {
        if (line.section(QLatin1Char('\t'), 0, 0) == label) {
            return line.section(QLatin1Char('\t'), 1);
        }
    }
    FAIL("no line " << label.toStdString() << " in: " << run.out.toStdString());
    return {};
}

static bool foldMatches(const QString& text, const QString& prefix) {
    for (const QString& word : jalon::foldedWords(text)) {
        if (word.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

TEST_CASE("persons add prints the new id, and persons show reads the record back", "[cli][persons]") {
    CliSandbox sandbox;
    const QString id =
        addPerson(sandbox, QStringLiteral("N'Diaye"), QStringLiteral("Marie-Hélène"),
                  {QStringLiteral("--commune"), QStringLiteral("22278"), QStringLiteral("--caf"),
                   QStringLiteral("123 4567"), QStringLiteral("--phone"), QStringLiteral("06 12 34 56 78"),
                   QStringLiteral("--email"), QStringLiteral("awa@example.fr")});
    CHECK(jalon::isId(id));

    const CliRun show = sandbox.run({QStringLiteral("persons"), QStringLiteral("show"), id});
    REQUIRE(show.exitCode == 0);
    CHECK(show.err.isEmpty());
    CHECK(shown(show, QStringLiteral("id")) == id);
    CHECK(shown(show, QStringLiteral("last name")) == QStringLiteral("N'Diaye"));
    CHECK(shown(show, QStringLiteral("first name")) == QStringLiteral("Marie-Hélène"));
    CHECK(shown(show, QStringLiteral("birth date")) == QStringLiteral("1985-03-15"));
    CHECK(shown(show, QStringLiteral("commune")) == QStringLiteral("Saint-Brieuc (22278)"));
    CHECK(shown(show, QStringLiteral("postcode")) == QStringLiteral("22000")); // the commune's only one
    CHECK(shown(show, QStringLiteral("CAF/MSA number")) == QStringLiteral("1234567"));
    CHECK(shown(show, QStringLiteral("phone")) == QStringLiteral("0612345678"));
    CHECK(shown(show, QStringLiteral("e-mail")) == QStringLiteral("awa@example.fr"));
    CHECK(shown(show, QStringLiteral("archived")) == QStringLiteral("no"));

    const CliRun unknown = sandbox.run({QStringLiteral("persons"), QStringLiteral("show"),
                                        QStringLiteral("00000000-0000-4000-8000-000000000000")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines().size() == 1);
}

TEST_CASE("persons add without a required option is a usage error", "[cli][persons]") {
    CliSandbox sandbox;
    const CliRun noBirth =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("add"), QStringLiteral("--last-name"),
                     QStringLiteral("Durand"), QStringLiteral("--first-name"), QStringLiteral("Anne")});
    CHECK(noBirth.exitCode == 2);
    CHECK(noBirth.err.contains(QStringLiteral("--birth-date")));
    CHECK(noBirth.out.isEmpty());
    CHECK(sandbox
              .run({QStringLiteral("persons"), QStringLiteral("add"), QStringLiteral("--first-name"),
                    QStringLiteral("Anne"), QStringLiteral("--birth-date"), QStringLiteral("1985-03-15")})
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("persons add refuses impossible or future birth dates before touching the file", "[cli][persons]") {
    CliSandbox sandbox;
    for (const char* date : {"1985-02-30", "31/02/1985", "tomorrow", "", "2999-01-01", "1850-01-01"}) {
        INFO(date);
        const CliRun run =
            sandbox.run(addArgs(QStringLiteral("Durand"), QStringLiteral("Anne"), QString::fromLatin1(date)));
        CHECK(run.exitCode == 1);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("birth date")));
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("persons add accepts a birth date written dd/mm/yyyy", "[cli][persons]") {
    CliSandbox sandbox;
    const CliRun run =
        sandbox.run(addArgs(QStringLiteral("Durand"), QStringLiteral("Anne"), QStringLiteral("15/03/1985")));
    REQUIRE(run.exitCode == 0);
    const CliRun show = sandbox.run({QStringLiteral("persons"), QStringLiteral("show"), run.out.trimmed()});
    CHECK(show.out.contains(QStringLiteral("1985-03-15")));
}

TEST_CASE("persons add refuses an invalid record with one line on stderr", "[cli][persons]") {
    CliSandbox sandbox;
    const CliRun badPostcode =
        sandbox.run(addArgs(QStringLiteral("Durand"), QStringLiteral("Anne"), QStringLiteral("1985-03-15"),
                            {QStringLiteral("--postcode"), QStringLiteral("2200")}));
    CHECK(badPostcode.exitCode == 1);
    CHECK(badPostcode.out.isEmpty());
    REQUIRE(badPostcode.errLines().size() == 1);
    CHECK(badPostcode.err.contains(QStringLiteral("postcode")));

    const CliRun wrongCommune =
        sandbox.run(addArgs(QStringLiteral("Durand"), QStringLiteral("Anne"), QStringLiteral("1985-03-15"),
                            {QStringLiteral("--commune"), QStringLiteral("22278"),
                             QStringLiteral("--postcode"), QStringLiteral("22300")}));
    CHECK(wrongCommune.exitCode == 1);
    REQUIRE(wrongCommune.errLines().size() == 1);
    CHECK(wrongCommune.err.contains(QStringLiteral("Saint-Brieuc")));

    const CliRun badCommune =
        sandbox.run(addArgs(QStringLiteral("Durand"), QStringLiteral("Anne"), QStringLiteral("1985-03-15"),
                            {QStringLiteral("--commune"), QStringLiteral("99999")}));
    CHECK(badCommune.exitCode == 1);
    CHECK(badCommune.errLines().size() == 1);

    const CliRun several =
        sandbox.run(addArgs(QStringLiteral("Dur4nd"), QStringLiteral("Anne"), QStringLiteral("2999-01-01"),
                            {QStringLiteral("--phone"), QStringLiteral("12345")}));
    CHECK(several.exitCode == 1);
    CHECK(several.errLines().size() == 1);
    CHECK(several.err.contains(QStringLiteral("phone")));
    CHECK(several.err.contains(QStringLiteral("future")));

    const CliRun list = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}

TEST_CASE("persons add refuses a possible duplicate unless --force", "[cli][persons][duplicates]") {
    CliSandbox sandbox;
    const QString first = addPerson(sandbox, QStringLiteral("N'Diaye"), QStringLiteral("Awa"));

    const CliRun again =
        sandbox.run(addArgs(QStringLiteral("NDIAYE"), QStringLiteral("awa"), QStringLiteral("1985-03-15")));
    CHECK(again.exitCode == 1);
    CHECK(again.out.isEmpty());
    REQUIRE(again.errLines().size() == 1);
    CHECK(again.err.contains(QStringLiteral("duplicate")));
    CHECK(again.err.contains(first));
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("list")}).outLines().size() == 1);

    const CliRun forced = sandbox.run(addArgs(QStringLiteral("NDIAYE"), QStringLiteral("awa"),
                                              QStringLiteral("1985-03-15"), {QStringLiteral("--force")}));
    CHECK(forced.exitCode == 0);
    CHECK(jalon::isId(forced.out.trimmed()));
    CHECK(forced.out.trimmed() != first);
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("list")}).outLines().size() == 2);

    // A CAF number already on file is a duplicate whatever the name.
    addPerson(sandbox, QStringLiteral("Martin"), QStringLiteral("Paul"),
              {QStringLiteral("--caf"), QStringLiteral("555")});
    const CliRun caf =
        sandbox.run(addArgs(QStringLiteral("Autre"), QStringLiteral("Nom"), QStringLiteral("1970-01-01"),
                            {QStringLiteral("--caf"), QStringLiteral("555")}));
    CHECK(caf.exitCode == 1);
    CHECK(caf.err.contains(QStringLiteral("CAF")));
}

TEST_CASE("persons search after demo lists only matching people, five tab-separated fields each",
          "[cli][search]") {
    CliSandbox sandbox;
    const CliRun demo = sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"),
                                     QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("200")));

    const CliRun list = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.outLines().size() == 200);
    QSet<QString> expected; // everyone whose names or commune have a word starting with "hele"
    for (const QString& line : list.outLines()) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 5);
        if (foldMatches(fields.at(1), QStringLiteral("hele")) ||
            foldMatches(fields.at(2), QStringLiteral("hele")) ||
            foldMatches(fields.at(4), QStringLiteral("hele"))) {
            expected.insert(fields.at(0));
        }
    }
    REQUIRE_FALSE(expected.isEmpty());

    const CliRun search =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("search"), QStringLiteral("hele"),
                     QStringLiteral("--limit"), QStringLiteral("1000")});
    REQUIRE(search.exitCode == 0);
    CHECK(search.err.isEmpty());
    QSet<QString> found;
    for (const QString& line : search.outLines()) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 5);
        CHECK(jalon::isId(fields.at(0)));
        CHECK(QDate::fromString(fields.at(3), Qt::ISODate).isValid());
        found.insert(fields.at(0));
        if (!expected.contains(fields.at(0))) { // only a birth name, not listed, may explain it
            const CliRun show =
                sandbox.run({QStringLiteral("persons"), QStringLiteral("show"), fields.at(0)});
            INFO(line.toStdString());
            CHECK(foldMatches(shown(show, QStringLiteral("birth name")), QStringLiteral("hele")));
        }
    }
    CHECK(found.contains(expected));

    // The same search in capitals and with accents gives the same people.
    const CliRun accented =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("search"), QStringLiteral("HÉLÈ"),
                     QStringLiteral("--limit"), QStringLiteral("1000")});
    CHECK(accented.out == search.out);
}

TEST_CASE("Hostile search texts exit 0 without leaking SQL errors", "[cli][search][security]") {
    CliSandbox sandbox;
    REQUIRE(
        sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("50")}).exitCode ==
        0);
    const QStringList hostile{QStringLiteral("\""),
                              QStringLiteral("*"),
                              QStringLiteral("NEAR("),
                              QStringLiteral("-"),
                              QStringLiteral(":"),
                              QStringLiteral("a -b"),
                              QStringLiteral("col:x"),
                              QStringLiteral("'; DROP TABLE persons; --"),
                              QString(5000, QLatin1Char('z')),
                              QStringLiteral("😀 مرحبا")};
    for (const QString& text : hostile) {
        INFO("search: " << text.left(30).toStdString());
        const CliRun run = sandbox.run({QStringLiteral("persons"), QStringLiteral("search"), text});
        CHECK(run.exitCode == 0);
        CHECK_FALSE(run.err.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        CHECK_FALSE(run.err.contains(QStringLiteral("syntax"), Qt::CaseInsensitive));
        CHECK_FALSE(run.err.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        CHECK(run.err.isEmpty());
    }
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("list")}).outLines().size() == 50);
}

TEST_CASE("persons list --limit prints the first rows of the register in order", "[cli][persons]") {
    CliSandbox sandbox;
    for (const char* name : {"Fabre", "Écuyer", "Dupont", "Zola", "Abadie"}) {
        addPerson(sandbox, QString::fromUtf8(name), QStringLiteral("Anne"));
    }
    const CliRun all = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    REQUIRE(all.exitCode == 0);
    QStringList names;
    for (const QString& line : all.outLines()) {
        names << line.section(QLatin1Char('\t'), 1, 1);
    }
    CHECK(names == QStringList{QStringLiteral("Abadie"), QStringLiteral("Dupont"), QStringLiteral("Écuyer"),
                               QStringLiteral("Fabre"), QStringLiteral("Zola")});

    const CliRun three = sandbox.run(
        {QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
    REQUIRE(three.exitCode == 0);
    CHECK(three.outLines() == all.outLines().mid(0, 3));
    const CliRun inline3 =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("--limit=3")});
    CHECK(inline3.out == three.out);
    CHECK(sandbox
              .run({QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("--limit"),
                    QStringLiteral("100")})
              .out == all.out);
}

TEST_CASE("demo refuses a database that already holds people", "[cli][demo]") {
    CliSandbox sandbox;
    REQUIRE(
        sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10")}).exitCode ==
        0);
    const CliRun again =
        sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10")});
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().size() == 1);
    CHECK(again.err.contains(QStringLiteral("already")));
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("list")}).outLines().size() == 10);
}

TEST_CASE("The same demo seed gives the same list in two databases", "[cli][demo]") {
    CliSandbox first;
    CliSandbox second;
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("120"),
                           QStringLiteral("--seed"), QStringLiteral("11")};
    REQUIRE(first.run(demo).exitCode == 0);
    REQUIRE(second.run(demo).exitCode == 0);
    const CliRun a = first.run({QStringLiteral("persons"), QStringLiteral("list")});
    const CliRun b = second.run({QStringLiteral("persons"), QStringLiteral("list")});
    CHECK(a.outLines().size() == 120);
    CHECK(a.out == b.out);
}
