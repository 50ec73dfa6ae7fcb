// People's diagnostics: drafts saved as typed, validation rules, the lock after validation,
// a new draft from a validated one, history, comparison and permissions.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "TestDatabase.h"

#include "diagnostic/DiagnosticStore.h"
#include "persons/PersonStore.h"
#include "security/LocalAccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

namespace {

int count(TestDatabase& t, const QString& sql) {
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A draft keeps what is typed and the level retained per theme", "[diagnostic][store]") {
    TestDatabase t;
    const Questionnaire grid = installedSpieGrid(t);
    const QString person = addPerson(t);
    DiagnosticStore store(t.db());

    auto draft = store.start(t.actor(), person);
    REQUIRE(draft);
    CHECK(draft->questionnaireId == QStringLiteral("spie-diagnostic"));
    CHECK(draft->questionnaireVersion == 2); // the latest installed version
    CHECK(draft->questionnaireHash == grid.hash);
    CHECK(draft->levels.value(QStringLiteral("logement")) == Level::NotDiscussed);

    draft->answers.insert(QStringLiteral("logement.situation"), QStringLiteral("heberge_tiers"));
    draft->assessments[QStringLiteral("mobilite")].override = Level::LightNeed;
    draft->assessments[QStringLiteral("mobilite")].overrideReason = QStringLiteral("Permis à repasser");
    draft->assessments[QStringLiteral("sante")].comment = QStringLiteral("Suivi régulier, à revoir");
    draft->priorities = {{QStringLiteral("logement"), {QStringLiteral("Accéder à un logement")}}};
    draft->nextSteps = QStringLiteral("Rendez-vous au CCAS le 3 décembre");
    REQUIRE(store.save(t.actor(), draft.value()));
    CHECK(draft->levels.value(QStringLiteral("logement")) == Level::MajorBarrier);

    const auto loaded = store.load(t.actor(), draft->id);
    REQUIRE(loaded);
    CHECK(loaded->answers == draft->answers);
    CHECK(loaded->assessments == draft->assessments);
    CHECK(loaded->priorities == draft->priorities);
    CHECK(loaded->nextSteps == draft->nextSteps);
    CHECK(loaded->levels.value(QStringLiteral("logement")) == Level::MajorBarrier);
    CHECK(loaded->levels.value(QStringLiteral("mobilite")) == Level::LightNeed);
    CHECK(loaded->adviserName == t.actor().displayName);
    CHECK_FALSE(loaded->isValidated());

    // Only what changed is written to the change log; saving the same content writes nothing.
    const int logged =
        count(t, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'diagnostics'"));
    Diagnostic same = loaded.value();
    REQUIRE(store.save(t.actor(), same));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'diagnostics'")) ==
          logged);
}

TEST_CASE("A person has one draft at a time; it can be resumed or discarded", "[diagnostic][store]") {
    TestDatabase t;
    installedSpieGrid(t);
    const QString person = addPerson(t);
    DiagnosticStore store(t.db());
    auto first = store.start(t.actor(), person);
    REQUIRE(first);
    const auto second = store.start(t.actor(), person);
    REQUIRE_FALSE(second);
    CHECK(second.error().contains(QStringLiteral("in progress")));
    CHECK(store.draftOf(t.actor(), person).value() == first->id);

    REQUIRE(store.discard(t.actor(), first->id));
    CHECK(store.draftOf(t.actor(), person).value().isEmpty());
    CHECK_FALSE(store.load(t.actor(), first->id));
    CHECK(store.start(t.actor(), person));
}

TEST_CASE("Validation lists every problem in questionnaire order and writes nothing", "[diagnostic][rules]") {
    TestDatabase t;
    const Questionnaire grid = installedSpieGrid(t);
    const QString person = addPerson(t);
    DiagnosticStore store(t.db());
    auto draft = store.start(t.actor(), person);
    REQUIRE(draft);
    draft->assessments[QStringLiteral("finances")].override = Level::MajorBarrier; // no reason

    const Status refused = store.validate(t.actor(), draft.value());
    REQUIRE_FALSE(refused);
    const QStringList lines = refused.error().split(QLatin1Char('\n'));
    CHECK(lines.first().contains(grid.theme(QStringLiteral("logement"))->label.text()));
    CHECK(refused.error().contains(grid.question(QStringLiteral("logement.situation"))->label.text()));
    CHECK(refused.error().contains(grid.theme(QStringLiteral("finances"))->label.text() +
                                   QStringLiteral(": say why")));
    CHECK_FALSE(store.load(t.actor(), draft->id)->isValidated());

    // Setting a theme aside as not discussed (with a reason) waives its required answers.
    draft->answers = requiredAnswers(grid);
    draft->answers.remove(QStringLiteral("sante.couverture"));
    draft->assessments[QStringLiteral("finances")].overrideReason = QStringLiteral("Dettes anciennes");
    draft->assessments[QStringLiteral("sante")].override = Level::NotDiscussed;
    draft->assessments[QStringLiteral("sante")].overrideReason =
        QStringLiteral("La personne préfère en parler plus tard");
    REQUIRE(store.validate(t.actor(), draft.value()));
    CHECK(draft->isValidated());
    CHECK(draft->levels.value(QStringLiteral("sante")) == Level::NotDiscussed);
    CHECK(draft->levels.value(QStringLiteral("finances")) == Level::MajorBarrier);
}

TEST_CASE("Too many or unknown priorities are refused in a draft; a repeated one only at validation",
          "[diagnostic][rules]") {
    TestDatabase t;
    const Questionnaire grid = installedSpieGrid(t);
    DiagnosticStore store(t.db());
    auto draft = store.start(t.actor(), addPerson(t));
    REQUIRE(draft);
    draft->priorities = {{QStringLiteral("logement"), {}},
                         {QStringLiteral("mobilite"), {}},
                         {QStringLiteral("sante"), {}},
                         {QStringLiteral("finances"), {}}};
    CHECK_FALSE(store.save(t.actor(), draft.value()));
    draft->priorities = {{QStringLiteral("inconnu"), {}}};
    CHECK_FALSE(store.save(t.actor(), draft.value()));

    // A theme picked twice while the adviser changes their mind must not stop the draft being
    // saved (everything else typed meanwhile would be lost); it stops validation.
    draft->answers = requiredAnswers(grid);
    draft->priorities = {{QStringLiteral("logement"), {}}, {QStringLiteral("logement"), {}}};
    REQUIRE(store.save(t.actor(), draft.value()));
    const Status refused = store.validate(t.actor(), draft.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(grid.theme(QStringLiteral("logement"))->label.text()));
    draft->priorities = {{QStringLiteral("logement"), {}}, {QStringLiteral("mobilite"), {}}};
    CHECK(store.validate(t.actor(), draft.value()));
}

TEST_CASE("A validated diagnostic never changes; a later change starts a new draft from it",
          "[diagnostic][store]") {
    TestDatabase t;
    const Questionnaire grid = installedSpieGrid(t);
    const QString person = addPerson(t);
    DiagnosticStore store(t.db());
    auto first = store.start(t.actor(), person);
    REQUIRE(first);
    first->answers = requiredAnswers(grid);
    first->answers.insert(QStringLiteral("logement.situation"), QStringLiteral("heberge_tiers"));
    first->assessments[QStringLiteral("logement")].comment = QStringLiteral("Hébergée chez sa sœur");
    REQUIRE(store.validate(t.actor(), first.value()));
    const QString before =
        store.load(t.actor(), first->id)->answers.value(QStringLiteral("logement.situation")).toString();

    // A stale copy held by a screen cannot change it, nor can it be discarded.
    Diagnostic stale = first.value();
    stale.state = Diagnostic::State::Draft;
    stale.answers.insert(QStringLiteral("logement.situation"), QStringLiteral("locataire_social"));
    const Status refused = store.save(t.actor(), stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("can no longer change")));
    CHECK_FALSE(store.discard(t.actor(), first->id));
    CHECK(store.load(t.actor(), first->id)->answers.value(QStringLiteral("logement.situation")).toString() ==
          before);

    auto next = store.startFrom(t.actor(), first->id);
    REQUIRE(next);
    CHECK(next->id != first->id);
    CHECK_FALSE(next->isValidated());
    CHECK(next->answers == first->answers);
    CHECK(next->assessments == first->assessments);
    next->answers.insert(QStringLiteral("logement.situation"), QStringLiteral("locataire_social"));
    REQUIRE(store.validate(t.actor(), next.value()));

    const auto history = store.history(t.actor(), person);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).id == next->id); // newest first
    const auto changes = DiagnosticComparison::compare(history->at(1).levels, history->at(0).levels);
    CHECK(changes.value(QStringLiteral("logement")) == LevelChange::Improved);
}

TEST_CASE("Comparing levels: better, worse, same, and not comparable", "[diagnostic][rules]") {
    CHECK(DiagnosticComparison::change(Level::BlockingBarrier, Level::LightNeed) == LevelChange::Improved);
    CHECK(DiagnosticComparison::change(Level::Resource, Level::MajorBarrier) == LevelChange::Worsened);
    CHECK(DiagnosticComparison::change(Level::LightNeed, Level::LightNeed) == LevelChange::Unchanged);
    CHECK(DiagnosticComparison::change(Level::NotDiscussed, Level::LightNeed) == LevelChange::NotComparable);
    CHECK(DiagnosticComparison::change(std::nullopt, Level::LightNeed) == LevelChange::NotComparable);
    CHECK(DiagnosticComparison::change(Level::LightNeed, Level::NotDiscussed) == LevelChange::NotComparable);
}

TEST_CASE("Diagnostics follow the person's visibility and the roles", "[diagnostic][permissions]") {
    TestDatabase t;
    installedSpieGrid(t);
    const QString person = addPerson(t);
    DiagnosticStore store(t.db());
    auto draft = store.start(t.actor(), person);
    REQUIRE(draft);

    const Actor admin = LocalAccount::ensureAdministrator(t.db()).value();
    CHECK_FALSE(store.load(admin, draft->id));
    CHECK_FALSE(store.history(admin, person));
    CHECK_FALSE(store.start(admin, person));

    Actor elsewhere = t.actor();
    elsewhere.structureId = QStringLiteral("another-structure");
    const auto hidden = store.load(elsewhere, draft->id);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().contains(QStringLiteral("not visible")));
    CHECK_FALSE(store.save(elsewhere, draft.value()));

    // An archived person's diagnostics can be read, not changed.
    REQUIRE(PersonStore(t.db()).setArchived(t.actor(), person, true));
    CHECK(store.load(t.actor(), draft->id));
    const Status locked = store.save(t.actor(), draft.value());
    REQUIRE_FALSE(locked);
    CHECK(locked.error().contains(QStringLiteral("archived")));
}

TEST_CASE("A damaged levels or assessments column still opens with what can be read", "[diagnostic][store]") {
    TestDatabase t;
    installedSpieGrid(t);
    DiagnosticStore store(t.db());
    auto draft = store.start(t.actor(), addPerson(t));
    REQUIRE(draft);
    QSqlQuery damage(t.db().sql());
    REQUIRE(
        damage.exec(QStringLiteral("UPDATE diagnostics SET levels = '{\"logement\":\"bogus\",\"mobilite\":"
                                   "\"light_need\"}', assessments = 'not json', priorities = '[42]'")));
    const auto loaded = store.load(t.actor(), draft->id);
    REQUIRE(loaded);
    CHECK(loaded->levels.size() == 1);
    CHECK(loaded->levels.value(QStringLiteral("mobilite")) == Level::LightNeed);
    CHECK(loaded->assessments.isEmpty());
    CHECK(loaded->priorities.isEmpty());
}

TEST_CASE("Only answers the grid allows are kept: type, option, bounds, date, visibility",
          "[diagnostic][store]") {
    TestDatabase t;
    const Questionnaire grid = installedSpieGrid(t);
    DiagnosticStore store(t.db());
    auto draft = store.start(t.actor(), addPerson(t));
    REQUIRE(draft);
    draft->answers = QJsonObject{
        {QStringLiteral("logement.situation"), QStringLiteral("locataire_prive")},
        {QStringLiteral("logement.sans_hebergement_depuis"), QStringLiteral("2025-01-01")}, // hidden
        {QStringLiteral("logement.difficultes"),
         QJsonArray{QStringLiteral("impayes_loyer"), QStringLiteral("inconnue"), 42,
                    QStringLiteral("impayes_loyer")}},
        {QStringLiteral("logement.fsl"), QStringLiteral("oui")},               // not a yes / no
        {QStringLiteral("mobilite.permis"), QStringLiteral("permis_martien")}, // not an option
        {QStringLiteral("projet.disponibilite"), QStringLiteral("a_date")},
        {QStringLiteral("projet.disponible_le"), QStringLiteral("2026-02-31")}, // no such day
        {QStringLiteral("contraintes_familiales.situation"), QStringLiteral("seule_avec_enfants")},
        {QStringLiteral("contraintes_familiales.nb_enfants"), -3}, // below its minimum
        {QStringLiteral("question.inconnue"), true},
    };
    REQUIRE(store.save(t.actor(), draft.value()));
    const QJsonObject kept = store.load(t.actor(), draft->id)->answers;
    CHECK(kept ==
          QJsonObject{
              {QStringLiteral("logement.situation"), QStringLiteral("locataire_prive")},
              {QStringLiteral("logement.difficultes"), QJsonArray{QStringLiteral("impayes_loyer")}},
              {QStringLiteral("projet.disponibilite"), QStringLiteral("a_date")},
              {QStringLiteral("contraintes_familiales.situation"), QStringLiteral("seule_avec_enfants")}});
    CHECK(draft->answers == kept); // the caller sees what was kept
}
