// Golden files for the SPIE grid's scoring and conditions (tests/data/scoring/*.json): for
// given answers, each file states the level of some themes and which questions are shown or
// hidden, with the reason in "why". A change to the grid that alters them shows here.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"

#include "diagnostic/AnswerEvaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace jalon;

TEST_CASE("The SPIE grid scores and shows questions as its golden files say",
          "[diagnostic][scoring][golden]") {
    const Questionnaire grid = test::shippedSpieGrid();
    const QDir folder(qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/scoring"));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        INFO(name.toStdString() << ": " << golden.value(QStringLiteral("why")).toString().toStdString());
        const QJsonObject answers = golden.value(QStringLiteral("answers")).toObject();
        REQUIRE_FALSE(answers.isEmpty());
        for (const QString& id : answers.keys()) {
            CHECK(grid.question(id) != nullptr); // a golden file names real questions only
        }
        const AnswerEvaluator evaluator(grid, answers);
        const QJsonObject levels = golden.value(QStringLiteral("levels")).toObject();
        REQUIRE_FALSE(levels.isEmpty());
        for (auto it = levels.begin(); it != levels.end(); ++it) {
            const Theme* theme = grid.theme(it.key());
            REQUIRE(theme != nullptr);
            INFO("theme " << it.key().toStdString());
            CHECK(Levels::code(evaluator.derivedLevel(*theme)) == it.value().toString());
        }
        for (const QJsonValue& id : golden.value(QStringLiteral("visible")).toArray()) {
            INFO("visible " << id.toString().toStdString());
            CHECK(evaluator.isVisible(id.toString()));
        }
        for (const QJsonValue& id : golden.value(QStringLiteral("hidden")).toArray()) {
            INFO("hidden " << id.toString().toStdString());
            REQUIRE(grid.question(id.toString()) != nullptr);
            CHECK_FALSE(evaluator.isVisible(id.toString()));
            CHECK_FALSE(AnswerEvaluator::isAnswer(evaluator.answer(id.toString())));
        }
    }
}
