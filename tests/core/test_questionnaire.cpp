// Questionnaire definitions: golden files for validation (each bad-*.json names the JSON paths
// its problems must point at), conditions, visibility, scoring and the content hash.
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/QuestionnaireParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace jalon;

namespace {

QString dataDir() {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/questionnaires");
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Questionnaire validSmall() {
    ParsedQuestionnaire parsed =
        QuestionnaireParser::parse(readFile(dataDir() + QStringLiteral("/valid-small.json")));
    REQUIRE(parsed.problems.isEmpty());
    return *parsed.questionnaire;
}

} // namespace

TEST_CASE("A valid definition is read with its themes, questions, conditions and rules",
          "[diagnostic][definition]") {
    const Questionnaire q = validSmall();
    CHECK(q.id == QStringLiteral("test-grid"));
    CHECK(q.version == 2);
    REQUIRE(q.themes.size() == 2);
    CHECK(q.questionCount() == 7);
    CHECK(q.themes.at(0).scoring.size() == 3);
    CHECK(q.question(QStringLiteral("logement.depuis"))->visibleIf.has_value());
    CHECK(q.question(QStringLiteral("logement.situation"))->required);
    CHECK(q.themes.at(0).label.fr == QStringLiteral("Logement"));
    CHECK(q.themes.at(0).label.en == QStringLiteral("Housing"));
    CHECK(q.hash.startsWith(QStringLiteral("sha256:")));
    CHECK(q.hash.size() == 7 + 64);
}

TEST_CASE("Every malformed definition is refused with the JSON path of its problem",
          "[diagnostic][definition]") {
    const QDir folder(dataDir());
    const QStringList cases = folder.entryList({QStringLiteral("bad-*.json")}, QDir::Files, QDir::Name);
    REQUIRE(cases.size() >= 20);
    for (const QString& name : cases) {
        INFO(name.toStdString());
        const ParsedQuestionnaire parsed = QuestionnaireParser::parse(readFile(folder.filePath(name)));
        CHECK_FALSE(parsed.questionnaire.has_value());
        REQUIRE_FALSE(parsed.problems.isEmpty());
        QStringList paths;
        for (const DefinitionProblem& problem : parsed.problems) {
            CHECK_FALSE(problem.message.isEmpty());
            paths << problem.path;
        }
        const QString expectedFile =
            folder.filePath(QString(name).replace(QStringLiteral(".json"), QStringLiteral(".expected")));
        const QStringList expected =
            QString::fromUtf8(readFile(expectedFile)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& path : expected) {
            INFO("expected a problem at " << path.toStdString() << ", got "
                                          << paths.join(QStringLiteral(" | ")).toStdString());
            CHECK(paths.contains(path));
        }
    }
}

TEST_CASE("The hash covers the content and ignores the hash key itself", "[diagnostic][definition]") {
    const QByteArray bytes = readFile(dataDir() + QStringLiteral("/valid-small.json"));
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QString hash = QuestionnaireParser::canonicalHash(root);
    root.insert(QStringLiteral("hash"), hash);
    const ParsedQuestionnaire withHash = QuestionnaireParser::parse(QJsonDocument(root).toJson());
    REQUIRE(withHash.problems.isEmpty());
    CHECK(withHash.questionnaire->hash == hash);

    // Reformatting does not change it; changing one label does.
    CHECK(QuestionnaireParser::canonicalHash(
              QJsonDocument::fromJson(QJsonDocument(root).toJson(QJsonDocument::Indented)).object()) == hash);
    QJsonObject title = root.value(QStringLiteral("title")).toObject();
    title.insert(QStringLiteral("fr"), QStringLiteral("Grille d'essai modifiée"));
    root.insert(QStringLiteral("title"), title);
    const ParsedQuestionnaire edited = QuestionnaireParser::parse(QJsonDocument(root).toJson());
    REQUIRE(edited.problems.size() == 1);
    CHECK(edited.problems.first().path == QStringLiteral("$.hash"));
}

TEST_CASE("Visibility follows the declarative conditions, through chains of questions",
          "[diagnostic][conditions]") {
    const Questionnaire q = validSmall();
    const auto visible = [&q](const QJsonObject& answers, const char* id) {
        return AnswerEvaluator(q, answers).isVisible(QLatin1String(id));
    };
    CHECK_FALSE(visible({}, "logement.depuis"));
    CHECK(visible({{QStringLiteral("logement.situation"), QStringLiteral("sans")}}, "logement.depuis"));
    CHECK_FALSE(
        visible({{QStringLiteral("logement.situation"), QStringLiteral("locataire")}}, "logement.depuis"));
    CHECK(visible({{QStringLiteral("logement.situation"), QStringLiteral("locataire")}}, "logement.impayes"));

    // logement.montant needs impayes = true, and impayes is only visible for tenants.
    const QJsonObject tenantInArrears{{QStringLiteral("logement.situation"), QStringLiteral("locataire")},
                                      {QStringLiteral("logement.impayes"), true}};
    CHECK(visible(tenantInArrears, "logement.montant"));
    QJsonObject movedOut = tenantInArrears;
    movedOut.insert(QStringLiteral("logement.situation"), QStringLiteral("heberge")); // impayes now hidden
    CHECK_FALSE(visible(movedOut, "logement.impayes"));
    CHECK_FALSE(visible(movedOut, "logement.montant"));

    CHECK_FALSE(visible({}, "numerique.courriel"));
    CHECK(visible({{QStringLiteral("numerique.equipement"), QJsonArray{QStringLiteral("smartphone")}}},
                  "numerique.courriel"));
    CHECK_FALSE(visible({{QStringLiteral("numerique.equipement"), QJsonArray{}}}, "numerique.courriel"));
}

TEST_CASE("Each theme's level is derived by the first rule that holds", "[diagnostic][scoring]") {
    const Questionnaire q = validSmall();
    const Theme& housing = q.themes.at(0);
    const Theme& digital = q.themes.at(1);
    const auto level = [&q](const Theme& theme, const QJsonObject& answers) {
        return AnswerEvaluator(q, answers).derivedLevel(theme);
    };
    CHECK(level(housing, {}) == Level::NotDiscussed);
    CHECK(level(housing, {{QStringLiteral("logement.situation"), QStringLiteral("sans")}}) ==
          Level::BlockingBarrier);
    CHECK(level(housing, {{QStringLiteral("logement.situation"), QStringLiteral("heberge")}}) ==
          Level::MajorBarrier);
    CHECK(level(housing, {{QStringLiteral("logement.situation"), QStringLiteral("locataire")},
                          {QStringLiteral("logement.impayes"), true}}) == Level::LightNeed);
    CHECK(level(housing, {{QStringLiteral("logement.situation"), QStringLiteral("locataire")},
                          {QStringLiteral("logement.impayes"), false}}) == Level::Resource);
    // An answer to a hidden question does not count: arrears typed, then the person is homeless.
    CHECK(level(housing, {{QStringLiteral("logement.situation"), QStringLiteral("heberge")},
                          {QStringLiteral("logement.impayes"), true}}) == Level::MajorBarrier);
    CHECK(level(digital, {{QStringLiteral("numerique.equipement"),
                           QJsonArray{QStringLiteral("smartphone"), QStringLiteral("aucun")}}}) ==
          Level::MajorBarrier);
    CHECK(level(digital, {{QStringLiteral("numerique.commentaire"), QStringLiteral("  ")}}) ==
          Level::NotDiscussed);
}

TEST_CASE("Required questions are missing only while visible and unanswered", "[diagnostic][conditions]") {
    const Questionnaire q = validSmall();
    CHECK(AnswerEvaluator(q, {}).missingRequired() == QStringList{QStringLiteral("logement.situation")});
    CHECK(AnswerEvaluator(q, {{QStringLiteral("logement.situation"), QStringLiteral("sans")}})
              .missingRequired()
              .isEmpty());
}

TEST_CASE("Levels have codes, French labels and descriptions, ordered by severity", "[diagnostic][levels]") {
    const QList<Level> levels = Levels::all();
    REQUIRE(levels.size() == 5);
    for (int i = 0; i < levels.size(); ++i) {
        Level back = Level::NotDiscussed;
        REQUIRE(Levels::fromCode(Levels::code(levels.at(i)), &back));
        CHECK(back == levels.at(i));
        CHECK(Levels::severity(levels.at(i)) == i);
        CHECK_FALSE(Levels::description(levels.at(i)).isEmpty());
    }
    Level unknown = Level::Resource;
    CHECK_FALSE(Levels::fromCode(QStringLiteral("star_5"), &unknown));
}
