// jalon-cli questionnaire validate, run as a real process on the golden definition files.
#include <catch2/catch.hpp>

#include "CliProcess.h"

#include <QFile>
#include <QFileInfo>

namespace {
QString definition(const char* name) {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/questionnaires/") +
           QLatin1String(name);
}
} // namespace

TEST_CASE("questionnaire validate accepts a valid definition and says what it holds",
          "[cli][questionnaire]") {
    CliSandbox sandbox;
    const CliRun run = sandbox.run(
        {QStringLiteral("questionnaire"), QStringLiteral("validate"), definition("valid-small.json")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("test-grid")));
    CHECK(run.out.contains(QStringLiteral("7 questions")));
    CHECK(run.out.contains(QStringLiteral("sha256:")));
    CHECK_FALSE(QFileInfo::exists(sandbox.dbPath())); // validation touches no database
}

TEST_CASE("questionnaire validate prints every problem with its JSON path and exits 1",
          "[cli][questionnaire]") {
    CliSandbox sandbox;
    const QString file = sandbox.filePath(QStringLiteral("two-problems.json"));
    QFile source(definition("bad-duplicate-question-id.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace("\"version\": 2", "\"version\": 0");
    QFile target(file);
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    const CliRun run = sandbox.run({QStringLiteral("questionnaire"), QStringLiteral("validate"), file});
    CHECK(run.exitCode == 1);
    const QStringList lines = run.outLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("$.version\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("$.themes[1].questions[1].id\t")));
    CHECK(run.errLines().size() == 1);
}

TEST_CASE("questionnaire validate refuses unreadable files and wrong usage", "[cli][questionnaire]") {
    CliSandbox sandbox;
    CHECK(sandbox
              .run({QStringLiteral("questionnaire"), QStringLiteral("validate"),
                    sandbox.filePath(QStringLiteral("missing.json"))})
              .exitCode == 1);
    CHECK(sandbox.run({QStringLiteral("questionnaire"), QStringLiteral("validate")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("questionnaire")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("questionnaire"), QStringLiteral("publish")}).exitCode == 2);
    const CliRun notJson = sandbox.run(
        {QStringLiteral("questionnaire"), QStringLiteral("validate"), definition("bad-not-json.json")});
    CHECK(notJson.exitCode == 1);
    CHECK(notJson.out.startsWith(QStringLiteral("$\t")));
}
