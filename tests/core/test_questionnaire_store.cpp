// Installed questionnaires: validation on install, immutable versions, administrator only,
// and the SPIE grid shipped with Jalon.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "TestDatabase.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/QuestionnaireStore.h"
#include "security/LocalAccount.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

QByteArray smallGrid() {
    QFile file(qEnvironmentVariable("JALON_TEST_SOURCE_DIR") +
               QStringLiteral("/tests/data/questionnaires/valid-small.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int rowCount(TestDatabase& t, const QString& table) {
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Installing a definition keeps it whole and logs the change; reinstalling is harmless",
          "[diagnostic][store]") {
    TestDatabase t;
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    QuestionnaireStore store(t.db());
    const auto first = store.install(admin, smallGrid());
    REQUIRE(first);
    CHECK(first->outcome == QuestionnaireStore::Outcome::Installed);
    CHECK(rowCount(t, QStringLiteral("change_log WHERE table_name = 'questionnaires'")) == 1);

    const auto again = store.install(admin, smallGrid());
    REQUIRE(again);
    CHECK(again->outcome == QuestionnaireStore::Outcome::AlreadyInstalled);
    CHECK(rowCount(t, QStringLiteral("questionnaires")) == 1);

    const auto loaded = store.load(t.actor(), QStringLiteral("test-grid"), 2);
    REQUIRE(loaded);
    CHECK(loaded->hash == first->questionnaire.hash);
    CHECK(loaded->questionCount() == 7);
    const auto listed = store.list(t.actor());
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().version == 2);
}

TEST_CASE("An installed version never changes: other content under its number is refused",
          "[diagnostic][store]") {
    TestDatabase t;
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    QuestionnaireStore store(t.db());
    REQUIRE(store.install(admin, smallGrid()));
    QByteArray changed = smallGrid();
    changed.replace("Grille d'essai", "Grille d'essai corrigée");
    const auto refused = store.install(admin, changed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("new version")));
    CHECK(store.load(admin, QStringLiteral("test-grid"), 2)->title.fr == QStringLiteral("Grille d'essai"));

    changed.replace("\"version\": 2", "\"version\": 3");
    REQUIRE(store.install(admin, changed));
    CHECK(store.list(admin)->size() == 2);
}

TEST_CASE("A malformed definition is refused with its JSON path and nothing changes", "[diagnostic][store]") {
    TestDatabase t;
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    const int changesBefore = rowCount(t, QStringLiteral("change_log"));
    QByteArray broken = smallGrid();
    broken.replace("\"logement.inconnue\"", "x");
    broken.replace("\"equals\": \"sans\"", "\"equals\": \"chateau\"");
    const auto refused = QuestionnaireStore(t.db()).install(admin, broken);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("$.themes[0].scoring[0].when.equals")));
    CHECK(rowCount(t, QStringLiteral("questionnaires")) == 0);
    CHECK(rowCount(t, QStringLiteral("change_log")) == changesBefore);
}

TEST_CASE("Only an administrator installs a questionnaire", "[diagnostic][store][permissions]") {
    TestDatabase t;
    const auto refused = QuestionnaireStore(t.db()).install(t.actor(), smallGrid()); // the adviser
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(roleLabel(Role::Adviser)));
    CHECK(rowCount(t, QStringLiteral("questionnaires")) == 0);
}

TEST_CASE("A stored definition whose content no longer matches its hash is reported as damaged",
          "[diagnostic][store]") {
    TestDatabase t;
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    QuestionnaireStore store(t.db());
    REQUIRE(store.install(admin, smallGrid()));
    QSqlQuery tamper(t.db().sql());
    REQUIRE(tamper.exec(
        QStringLiteral("UPDATE questionnaires SET content = replace(content, 'Logement', 'Habitat')")));
    const auto loaded = store.load(admin, QStringLiteral("test-grid"), 2);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().contains(QStringLiteral("damaged")));
}

TEST_CASE("The SPIE grid shipped with Jalon is valid and covers the common themes", "[diagnostic][grid]") {
    REQUIRE(QuestionnaireStore::builtInFiles().contains(
        QStringLiteral(":/jalon/questionnaires/spie-diagnostic-v2.json")));
    const Questionnaire grid = shippedSpieGrid();
    CHECK(grid.id == QStringLiteral("spie-diagnostic"));
    CHECK(grid.version == 2);
    CHECK(grid.questionCount() >= 60);
    CHECK(grid.questionCount() <= 90);
    QStringList themes;
    QSet<Question::Type> types;
    for (const Theme& theme : grid.themes) {
        themes << theme.id;
        CHECK_FALSE(theme.scoring.isEmpty());
        for (const Question& question : theme.questions) {
            types.insert(question.type);
        }
    }
    for (const char* expected :
         {"logement", "mobilite", "sante", "contraintes_familiales", "administratif", "finances", "langue",
          "numerique", "experience", "formation", "projet", "recherche_emploi"}) {
        CHECK(themes.contains(QLatin1String(expected)));
    }
    CHECK(types.size() == 7);
    CHECK(grid.theme(QStringLiteral("sante"))->sensitive);
    CHECK(grid.theme(QStringLiteral("contraintes_familiales"))->sensitive);
    CHECK_FALSE(grid.theme(QStringLiteral("logement"))->sensitive);
    // An empty interview: every theme not discussed, and the required questions listed.
    const AnswerEvaluator empty(grid, {});
    for (const Theme& theme : grid.themes) {
        CHECK(empty.derivedLevel(theme) == Level::NotDiscussed);
    }
    CHECK(empty.missingRequired().size() >= 12);
}

TEST_CASE("The built-in grids install once, as an administrator", "[diagnostic][grid]") {
    TestDatabase t;
    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    QuestionnaireStore store(t.db());
    REQUIRE(store.installBuiltIn(admin));
    REQUIRE(store.installBuiltIn(admin));
    CHECK(store.list(t.actor())->size() == QuestionnaireStore::builtInFiles().size());
    CHECK(store.load(t.actor(), QStringLiteral("spie-diagnostic"), 1));
    CHECK(store.loadLatest(t.actor(), QStringLiteral("spie-diagnostic"))->version == 2);
}

// A shipped version is immutable: databases made by an earlier Jalon hold it, and diagnostics
// refer to its hash. Changing a shipped file's content makes this fail; ship a new version instead.
TEST_CASE("The grids shipped with Jalon keep the content they were first shipped with",
          "[diagnostic][grid]") {
    const QMap<QString, QString> pinned{
        {QStringLiteral(":/jalon/questionnaires/spie-diagnostic-v1.json"),
         QStringLiteral("sha256:c3916e2f9f961d9fd8aa48ea8f0e06d5ab2e9502eaeb4ed3484eac9eb3abcdb6")},
        {QStringLiteral(":/jalon/questionnaires/spie-diagnostic-v2.json"),
         QStringLiteral("sha256:93f5432174cab8b381e0e93b1d3cfceecc9ee5c5ba13e094bbbcf67ec015d421")},
    };
    CHECK(QuestionnaireStore::builtInFiles().size() == pinned.size());
    for (const QString& path : QuestionnaireStore::builtInFiles()) {
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const ParsedQuestionnaire parsed = QuestionnaireParser::parse(file.readAll());
        REQUIRE(parsed.questionnaire.has_value());
        CHECK(parsed.questionnaire->hash == pinned.value(path));
    }
}
