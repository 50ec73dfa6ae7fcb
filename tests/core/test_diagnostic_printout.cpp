// DiagnosticPrintout::gather: what the printed summary shows, resolved through the stores, with
// sensitive themes left out on request and the stores' permission checks.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticSample.h"
#include "TestDatabase.h"

#include "diagnostic/DiagnosticPrintout.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/QuestionnaireStore.h"
#include "persons/PersonStore.h"
#include "security/LocalAccount.h"

#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

const QDateTime kNow(QDate(2025, 3, 4), QTime(10, 0), Qt::UTC);

QString addPerson(TestDatabase& t) {
    const Result<QString> id = PersonStore(t.db()).create(t.actor(), samplePerson());
    REQUIRE(id);
    return id.value();
}

Diagnostic validated(TestDatabase& t, const QString& personId,
                     const DiagnosticContent& content = sampleContent()) {
    Result<Diagnostic> made = makeDiagnostic(t.db(), t.actor(), personId, content);
    INFO(made.error().toStdString());
    REQUIRE(made);
    return made.value();
}

DiagnosticPrintout gathered(TestDatabase& t, const QString& id, bool includeSensitive) {
    Result<DiagnosticPrintout> printout = DiagnosticPrintout::gather(t.db(), t.actor(), id, includeSensitive);
    INFO(printout.error().toStdString());
    REQUIRE(printout);
    return printout.value();
}

QStringList themeIds(const DiagnosticPrintout& printout) {
    QStringList ids;
    for (const DiagnosticPrintout::ThemeLine& theme : printout.themes) {
        ids << theme.id;
    }
    return ids;
}

const DiagnosticPrintout::ThemeLine& themeOf(const DiagnosticPrintout& printout, const QString& id) {
    for (const DiagnosticPrintout::ThemeLine& theme : printout.themes) {
        if (theme.id == id) {
            return theme;
        }
    }
    FAIL("no theme " << id.toStdString());
    return printout.themes.constFirst();
}

} // namespace

TEST_CASE("A diagnostic printout holds every theme in grid order with its level, comment and override",
          "[diagnostic][printout]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const QString person = addPerson(t);
    const Diagnostic diagnostic = validated(t, person);
    const DiagnosticPrintout p = gathered(t, diagnostic.id, true);

    const Questionnaire grid =
        QuestionnaireStore(t.db()).loadLatest(t.actor(), DiagnosticStore::defaultDefinitionId()).value();
    QStringList gridOrder;
    for (const Theme& theme : grid.themes) {
        gridOrder << theme.id;
    }
    CHECK(themeIds(p) == gridOrder);
    CHECK(p.personName == QStringLiteral("Hélène DURAND"));
    CHECK(p.birthDate == QDate(1985, 3, 15));
    CHECK(p.adviserName == t.actor().displayName);
    QSqlQuery structure(t.db().sql());
    REQUIRE(structure.exec(QStringLiteral("SELECT name FROM structures")));
    REQUIRE(structure.next());
    CHECK(p.structureName == structure.value(0).toString());
    CHECK(p.date == diagnostic.date());
    CHECK(p.questionnaireTitle == grid.title.text());
    CHECK(p.questionnaireVersion == grid.version);
    CHECK(p.validated);
    CHECK_FALSE(p.sensitiveLeftOut);
    CHECK_FALSE(p.previousDate.has_value());

    const DiagnosticContent content = sampleContent();
    for (const DiagnosticPrintout::ThemeLine& theme : p.themes) {
        INFO(theme.id.toStdString());
        CHECK(theme.level == content.levels.value(theme.id));
        CHECK(theme.levelLabel == Levels::label(theme.level));
        CHECK(theme.label == grid.theme(theme.id)->label.text());
        CHECK(theme.comment == content.comments.value(theme.id));
        CHECK(theme.sensitive == grid.theme(theme.id)->sensitive);
        CHECK_FALSE(theme.previousLevel.has_value());
    }
    // "Not discussed" is the adviser's choice here, with the reason kept.
    const DiagnosticPrintout::ThemeLine& search = themeOf(p, QStringLiteral("recherche_emploi"));
    CHECK(search.overridden);
    CHECK(search.overrideReason == content.overrideReason);
    CHECK_FALSE(themeOf(p, QStringLiteral("logement")).overridden);

    REQUIRE(p.priorities.size() == 3);
    CHECK(p.priorities.at(0).themeId == QStringLiteral("logement"));
    CHECK(p.priorities.at(0).themeLabel == grid.theme(QStringLiteral("logement"))->label.text());
    CHECK(p.priorities.at(0).objectives == content.priorities.at(0).objectives);
    CHECK(p.nextSteps == content.nextSteps);
}

TEST_CASE("Without sensitive themes, the diagnostic printout has no trace of them",
          "[diagnostic][printout]") {
    TestDatabase t;
    const QString person = addPerson(t);
    const Diagnostic diagnostic = validated(t, person);

    const DiagnosticPrintout p = gathered(t, diagnostic.id, false);
    CHECK(p.sensitiveLeftOut);
    CHECK(p.themes.size() == 10);
    for (const DiagnosticPrintout::ThemeLine& theme : p.themes) {
        CHECK_FALSE(theme.sensitive);
        CHECK_FALSE(theme.comment.contains(QStringLiteral("asthme")));
    }
    CHECK_FALSE(themeIds(p).contains(QStringLiteral("sante")));
    CHECK_FALSE(themeIds(p).contains(QStringLiteral("contraintes_familiales")));
    // The health priority goes with its theme; the others stay in order.
    REQUIRE(p.priorities.size() == 2);
    CHECK(p.priorities.at(0).themeId == QStringLiteral("logement"));
    CHECK(p.priorities.at(1).themeId == QStringLiteral("projet"));

    const DiagnosticPrintout all = gathered(t, diagnostic.id, true);
    CHECK_FALSE(all.sensitiveLeftOut);
    CHECK(all.themes.size() == 12);
    CHECK(themeOf(all, QStringLiteral("sante")).comment.contains(QStringLiteral("asthme")));
}

TEST_CASE("A diagnostic printout carries the previous validated diagnostic's levels for the radar",
          "[diagnostic][printout]") {
    TestDatabase t;
    ScopedClock clock(kNow);
    const QString person = addPerson(t);
    DiagnosticContent before = sampleContent();
    before.levels.insert(QStringLiteral("logement"), Level::BlockingBarrier);
    const Diagnostic first = validated(t, person, before);
    clock.clock().advanceMs(qint64(40) * 24 * 3600 * 1000);
    const Diagnostic second = validated(t, person);
    clock.clock().advanceMs(qint64(10) * 24 * 3600 * 1000);
    Result<Diagnostic> draft = makeDiagnostic(t.db(), t.actor(), person, sampleContent(), false);
    REQUIRE(draft);

    const DiagnosticPrintout p = gathered(t, second.id, true);
    REQUIRE(p.previousDate.has_value());
    CHECK(*p.previousDate == first.date());
    CHECK(themeOf(p, QStringLiteral("logement")).previousLevel == Level::BlockingBarrier);
    CHECK(themeOf(p, QStringLiteral("logement")).level == Level::MajorBarrier);
    CHECK(themeOf(p, QStringLiteral("mobilite")).previousLevel == Level::LightNeed);

    // A draft compares with the latest validated diagnostic; the first one with nothing.
    const DiagnosticPrintout d = gathered(t, draft->id, true);
    CHECK_FALSE(d.validated);
    REQUIRE(d.previousDate.has_value());
    CHECK(*d.previousDate == second.date());
    CHECK_FALSE(gathered(t, first.id, true).previousDate.has_value());
}

TEST_CASE("A diagnostic printout is refused to another structure's adviser and to the administrator",
          "[diagnostic][printout][permissions]") {
    TestDatabase t;
    const QString person = addPerson(t);
    const Diagnostic diagnostic = validated(t, person);

    Actor stranger = t.actor();
    stranger.userId = QStringLiteral("someone-else");
    stranger.structureId = QStringLiteral("another-structure");
    const Result<DiagnosticPrintout> foreign =
        DiagnosticPrintout::gather(t.db(), stranger, diagnostic.id, true);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().contains(QStringLiteral("not visible")));

    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    const Result<DiagnosticPrintout> administrator =
        DiagnosticPrintout::gather(t.db(), admin, diagnostic.id, true);
    REQUIRE_FALSE(administrator);
    CHECK_FALSE(administrator.error().isEmpty());

    CHECK_FALSE(DiagnosticPrintout::gather(t.db(), t.actor(), QStringLiteral("no-such-id"), true));
}
