// jalon-cli as a script sees it: options, usage errors, exit codes and the database it opens.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"

#include "db/Migrations.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

static void setUserVersion(const QString& path, int version) {
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("jalon-cli --version prints the version and succeeds", "[cli]") {
    CliSandbox sandbox;
    const CliRun run = sandbox.run({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("^jalon-cli \\d+\\.\\d+\\.\\d+\\n$")).match(run.out).hasMatch());
    CHECK(run.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("jalon-cli --help describes the commands on stdout and succeeds", "[cli]") {
    CliSandbox sandbox;
    const CliRun run = sandbox.run({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("persons search")));
    CHECK(run.out.contains(QStringLiteral("persons add")));
    CHECK(run.out.contains(QStringLiteral("demo --persons")));
    CHECK(run.out.contains(QStringLiteral("--db FILE")));
    CHECK(run.err.isEmpty());
    // -h is the same, wherever it stands.
    const CliRun shortForm = sandbox.run({QStringLiteral("persons"), QStringLiteral("-h")});
    CHECK(shortForm.exitCode == 0);
    CHECK(shortForm.out == run.out);
}

TEST_CASE("No command is a usage error with the help on stderr", "[cli]") {
    CliSandbox sandbox;
    const CliRun run = sandbox.run({});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("persons search")));
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("An unknown command is a usage error that touches no database", "[cli]") {
    CliSandbox sandbox;
    const CliRun run = sandbox.run({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains(QStringLiteral("Unknown command: frobnicate")));
    CHECK(run.err.contains(QStringLiteral("--help")));
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));

    const CliRun action = sandbox.run({QStringLiteral("persons"), QStringLiteral("delete")});
    CHECK(action.exitCode == 2);
    CHECK(action.err.contains(QStringLiteral("delete")));
    CHECK(sandbox.run({QStringLiteral("persons")}).exitCode == 2);
}

TEST_CASE("Unknown or incomplete options are usage errors", "[cli]") {
    CliSandbox sandbox;
    const CliRun unknown =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("--bogus")});
    CHECK(unknown.exitCode == 2);
    REQUIRE(unknown.errLines().size() == 1);
    CHECK(unknown.err.contains(QStringLiteral("--bogus")));
    CHECK(unknown.out.isEmpty());

    const CliRun missing =
        sandbox.run({QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("--limit")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--limit")));

    for (const char* bad : {"0", "abc", "-3", "1.5"}) {
        INFO(bad);
        const CliRun run = sandbox.run({QStringLiteral("persons"), QStringLiteral("list"),
                                        QStringLiteral("--limit"), QString::fromLatin1(bad)});
        CHECK(run.exitCode == 2);
    }
    CHECK(
        sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("many")}).exitCode ==
        2);
    CHECK(sandbox.run({QStringLiteral("demo"), QStringLiteral("extra")}).exitCode == 2);
    CHECK(
        sandbox.run({QStringLiteral("persons"), QStringLiteral("list"), QStringLiteral("extra")}).exitCode ==
        2);
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("search")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("persons"), QStringLiteral("show")}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("An unknown language is a usage error", "[cli]") {
    CliSandbox sandbox;
    const CliRun run =
        sandbox.runRaw({QStringLiteral("--db"), sandbox.dbPath(), QStringLiteral("--lang"),
                        QStringLiteral("xx"), QStringLiteral("persons"), QStringLiteral("list")},
                       sandbox.environment());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("xx")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));

    const CliRun noValue =
        sandbox.runRaw({QStringLiteral("--version"), QStringLiteral("--lang")}, sandbox.environment());
    CHECK(noValue.exitCode == 2);
}

TEST_CASE("The database comes from JALON_DB when --db is not given", "[cli]") {
    CliSandbox sandbox;
    const QString fromEnvironment = sandbox.filePath(QStringLiteral("from-env.sqlite"));
    QProcessEnvironment env = sandbox.environment();
    env.insert(QStringLiteral("JALON_DB"), fromEnvironment);
    const QStringList add{QStringLiteral("--lang"),       QStringLiteral("en"),
                          QStringLiteral("persons"),      QStringLiteral("add"),
                          QStringLiteral("--last-name"),  QStringLiteral("Durand"),
                          QStringLiteral("--first-name"), QStringLiteral("Hélène"),
                          QStringLiteral("--birth-date"), QStringLiteral("1985-03-15")};
    const CliRun added = sandbox.runRaw(add, env);
    REQUIRE(added.exitCode == 0);
    CHECK(QFileInfo::exists(fromEnvironment));
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath()));

    const CliRun listed = sandbox.runRaw(
        {QStringLiteral("--db"), fromEnvironment, QStringLiteral("persons"), QStringLiteral("list")},
        sandbox.environment());
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.outLines().size() == 1);
    CHECK(listed.out.startsWith(added.out.trimmed() + QLatin1Char('\t')));

    // --db wins over JALON_DB, in both spellings.
    for (const QString& db : {QStringLiteral("--db=") + sandbox.dbPath(), QStringLiteral("--db")}) {
        QStringList args{db};
        if (db == QLatin1String("--db")) {
            args << sandbox.dbPath();
        }
        const CliRun run =
            sandbox.runRaw(args + QStringList{QStringLiteral("persons"), QStringLiteral("list")}, env);
        CHECK(run.exitCode == 0);
        CHECK(run.out.isEmpty());
    }
    CHECK(QFileInfo::exists(sandbox.dbPath()));
}

TEST_CASE("A database from a newer Jalon is refused with a clear message and left unchanged", "[cli][db]") {
    CliSandbox sandbox;
    REQUIRE(
        sandbox.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20")}).exitCode ==
        0);
    setUserVersion(sandbox.dbPath(), jalon::Migrations::latestVersion() + 1);
    const QByteArray before = fileBytes(sandbox.dbPath());

    for (const QStringList& args :
         {QStringList{QStringLiteral("persons"), QStringLiteral("list")},
          QStringList{QStringLiteral("persons"), QStringLiteral("search"), QStringLiteral("a")},
          QStringList{QStringLiteral("persons"), QStringLiteral("add"), QStringLiteral("--last-name"),
                      QStringLiteral("X"), QStringLiteral("--first-name"), QStringLiteral("Y"),
                      QStringLiteral("--birth-date"), QStringLiteral("1990-01-01")}}) {
        const CliRun run = sandbox.run(args);
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("newer version")));
        CHECK(run.err.contains(QStringLiteral("has not changed it")));
    }
    CHECK(fileBytes(sandbox.dbPath()) == before);
}

TEST_CASE("A damaged database file is refused and left unchanged", "[cli][db]") {
    CliSandbox sandbox;
    QByteArray garbage(8192, '\0');
    QRandomGenerator random(7);
    for (char& byte : garbage) {
        byte = static_cast<char>(random.bounded(256));
    }
    {
        QFile file(sandbox.dbPath());
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(garbage) == garbage.size());
    }
    const CliRun run = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK(fileBytes(sandbox.dbPath()) == garbage);
}

TEST_CASE("A database path that cannot be created is an error, not a crash", "[cli][db]") {
    CliSandbox sandbox;
    {
        QFile blocker(sandbox.filePath(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    const CliRun run = sandbox.runRaw(
        {QStringLiteral("--db"), sandbox.filePath(QStringLiteral("not-a-folder/jalon.sqlite")),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("persons"), QStringLiteral("list")},
        sandbox.environment());
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.out.isEmpty());
}

TEST_CASE("Several jalon-cli processes adding people to a new file at once all succeed",
          "[cli][concurrency]") {
    CliSandbox sandbox;
    QList<QProcess*> processes;
    for (int i = 0; i < 6; ++i) {
        auto* process = new QProcess;
        process->setProcessEnvironment(sandbox.environment());
        process->start(QStringLiteral(JALON_CLI_PATH),
                       {QStringLiteral("--db"), sandbox.dbPath(), QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("persons"), QStringLiteral("add"),
                        QStringLiteral("--last-name"), QStringLiteral("Durand"),
                        QStringLiteral("--first-name"), QStringLiteral("Paul"),
                        QStringLiteral("--birth-date"), QStringLiteral("1980-01-%1").arg(10 + i)});
        processes.append(process);
    }
    for (QProcess* process : processes) {
        REQUIRE(process->waitForFinished(60000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        delete process;
    }
    const CliRun list = sandbox.run({QStringLiteral("persons"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.outLines().size() == 6);
}
