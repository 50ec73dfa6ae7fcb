// The diagnostic wizard driven offscreen with the keyboard: a whole grid filled in and
// validated, conditional questions, drafts saved as typed and resumed, refusals, read-only.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "TestDatabase.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/DiagnosticWizard.h"
#include "diagnostic/PrioritiesPage.h"
#include "diagnostic/QuestionField.h"
#include "diagnostic/ThemePage.h"
#include "persons/PersonStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QWheelEvent>

using namespace jalon;
using namespace jalon::test;

namespace {

struct WizardFixture {
    TestDatabase t;
    Questionnaire grid = installedSpieGrid(t);
    QString person = addPerson(t);
    DiagnosticStore store{t.db()};
    int confirmations = 0;

    std::unique_ptr<DiagnosticWizard> open(Diagnostic diagnostic) {
        auto wizard = std::make_unique<DiagnosticWizard>(t.db(), t.actor(), std::move(diagnostic), grid,
                                                         QStringLiteral("Maëlle Le Goff"));
        wizard->setConfirmPrompt([this](QWidget*) {
            ++confirmations;
            return true;
        });
        wizard->show();
        QCoreApplication::processEvents();
        return wizard;
    }
    std::unique_ptr<DiagnosticWizard> openNew() {
        auto draft = store.start(t.actor(), person);
        REQUIRE(draft);
        return open(draft.value());
    }
};

template <typename T> T* inside(QWidget* parent, const QString& name = {}) {
    T* widget = name.isEmpty() ? parent->findChild<T*>() : parent->findChild<T*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// Answers a question as an adviser would with the keyboard: the first choice, the first box,
// "yes", a number, a date or a few words.
void answerWithKeyboard(QuestionField* field) {
    QWidget* input = field->focusTarget();
    input->setFocus();
    switch (field->question().type) {
    case Question::Type::SingleChoice:
    case Question::Type::YesNo:
        QTest::keyClick(input, Qt::Key_Down);
        break;
    case Question::Type::MultipleChoice:
        QTest::keyClick(input, Qt::Key_Space);
        break;
    case Question::Type::Number:
        QTest::keyClicks(input, QStringLiteral("2"));
        break;
    case Question::Type::Date:
        QTest::keyClicks(input, QStringLiteral("15/09/2025"));
        break;
    case Question::Type::ShortText:
    case Question::Type::LongText:
        QTest::keyClicks(input, QStringLiteral("Aide a domicile"));
        break;
    }
}

} // namespace

TEST_CASE("A whole grid is filled in with the keyboard, page by page, and validated", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    CHECK(wizard->pageCount() == f.grid.themes.size() + 1);
    auto* validate = inside<QPushButton>(wizard.get(), QStringLiteral("validateButton"));

    for (int page = 0; page < f.grid.themes.size(); ++page) {
        REQUIRE(wizard->currentPage() == page);
        ThemePage* themePage = wizard->themePage(page);
        // Required questions, including those that appear once an earlier answer is given.
        for (int round = 0; round < 3; ++round) {
            const AnswerEvaluator evaluator(f.grid, wizard->diagnostic().answers);
            for (const QString& id : evaluator.missingRequired()) {
                if (QuestionField* field = themePage->field(id)) {
                    answerWithKeyboard(field);
                }
            }
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    }
    REQUIRE(wizard->currentPage() == f.grid.themes.size());
    PrioritiesPage* priorities = wizard->prioritiesPage();
    QComboBox* first = priorities->priorityCombo(0);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Down); // the first theme: logement
    QListWidget* objectives = priorities->objectivesList(0);
    REQUIRE(objectives->count() == f.grid.theme(QStringLiteral("logement"))->objectives.size());
    objectives->setFocus();
    objectives->setCurrentRow(0);
    QTest::keyClick(objectives, Qt::Key_Space);

    validate->click();
    CHECK(f.confirmations == 1);
    const auto stored = f.store.load(f.t.actor(), wizard->diagnostic().id);
    REQUIRE(stored);
    CHECK(stored->isValidated());
    for (const Theme& theme : f.grid.themes) {
        CHECK(stored->levels.value(theme.id) != Level::NotDiscussed);
    }
    REQUIRE(stored->priorities.size() == 1);
    CHECK(stored->priorities.first().themeId == QStringLiteral("logement"));
    CHECK(stored->priorities.first().objectives ==
          QStringList{f.grid.theme(QStringLiteral("logement"))->objectives.first()});
    CHECK(DiagnosticRules::validationProblems(f.grid, stored.value()).isEmpty());
}

TEST_CASE("Conditional questions appear and disappear as the answers change", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    ThemePage* housing = wizard->themePage(0);
    QuestionField* since = housing->field(QStringLiteral("logement.sans_hebergement_depuis"));
    QComboBox* situation = inside<QComboBox>(housing->field(QStringLiteral("logement.situation")));
    CHECK_FALSE(since->isVisible());

    situation->setCurrentIndex(situation->findData(QStringLiteral("sans_hebergement")));
    CHECK(since->isVisible());
    QTest::keyClicks(since->focusTarget(), QStringLiteral("01/03/2025"));
    CHECK(wizard->diagnostic().answers.value(QStringLiteral("logement.sans_hebergement_depuis")).toString() ==
          QStringLiteral("2025-03-01"));
    CHECK(inside<QLabel>(housing, QStringLiteral("derivedLevel"))
              ->text()
              .contains(Levels::label(Level::BlockingBarrier)));

    situation->setCurrentIndex(situation->findData(QStringLiteral("locataire_prive")));
    CHECK_FALSE(since->isVisible());
    // A hidden question's answer is not kept in the diagnostic.
    CHECK_FALSE(wizard->diagnostic().answers.contains(QStringLiteral("logement.sans_hebergement_depuis")));
    CHECK(housing->field(QStringLiteral("logement.aide_logement"))->isVisible());
}

TEST_CASE("An impossible date is pointed out beside the field and not stored", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    ThemePage* housing = wizard->themePage(0);
    QComboBox* situation = inside<QComboBox>(housing->field(QStringLiteral("logement.situation")));
    situation->setCurrentIndex(situation->findData(QStringLiteral("sans_hebergement")));
    QuestionField* since = housing->field(QStringLiteral("logement.sans_hebergement_depuis"));
    QTest::keyClicks(since->focusTarget(), QStringLiteral("31/02/2025"));
    QLabel* problem = inside<QLabel>(housing, QStringLiteral("problem:logement.sans_hebergement_depuis"));
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    CHECK_FALSE(wizard->diagnostic().answers.contains(QStringLiteral("logement.sans_hebergement_depuis")));
}

TEST_CASE("What is typed is saved as a draft and the wizard resumes with it", "[ui][diagnostic]") {
    WizardFixture f;
    QString id;
    {
        auto wizard = f.openNew();
        id = wizard->diagnostic().id;
        QComboBox* situation =
            inside<QComboBox>(wizard->themePage(0)->field(QStringLiteral("logement.situation")));
        situation->setCurrentIndex(situation->findData(QStringLiteral("heberge_tiers")));
        auto* comment = inside<QPlainTextEdit>(wizard->themePage(0), QStringLiteral("themeComment"));
        comment->setFocus();
        // QTest types ASCII only: the accented part goes in as a paste would.
        QTest::keyClicks(comment, QStringLiteral("Chez sa "));
        comment->insertPlainText(QStringLiteral("sœur, hébergée"));
        // Saved shortly after the last keystroke, without closing anything.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->saveState().contains(QStringLiteral(":")), 3000);
        const auto saved = f.store.load(f.t.actor(), id);
        REQUIRE(saved);
        CHECK(saved->answers.value(QStringLiteral("logement.situation")).toString() ==
              QStringLiteral("heberge_tiers"));
        CHECK(saved->assessments.value(QStringLiteral("logement")).comment ==
              QStringLiteral("Chez sa sœur, hébergée"));

        // Typed just before closing: written when the window closes.
        auto* override = inside<QComboBox>(wizard->themePage(1), QStringLiteral("levelOverride"));
        override->setCurrentIndex(override->findData(Levels::code(Level::MajorBarrier)));
        auto* reason = inside<QLineEdit>(wizard->themePage(1), QStringLiteral("overrideReason"));
        QTest::keyClicks(reason, QStringLiteral("Voiture en panne"));
        wizard->close();
    }
    REQUIRE(f.store.draftOf(f.t.actor(), f.person).value() == id);
    auto resumed = f.store.load(f.t.actor(), id);
    REQUIRE(resumed);
    CHECK(resumed->assessments.value(QStringLiteral("mobilite")).override == Level::MajorBarrier);
    CHECK(resumed->assessments.value(QStringLiteral("mobilite")).overrideReason ==
          QStringLiteral("Voiture en panne"));
    auto wizard = f.open(resumed.value());
    QComboBox* situation =
        inside<QComboBox>(wizard->themePage(0)->field(QStringLiteral("logement.situation")));
    CHECK(situation->currentData().toString() == QStringLiteral("heberge_tiers"));
    CHECK(inside<QLineEdit>(wizard->themePage(1), QStringLiteral("overrideReason"))->text() ==
          QStringLiteral("Voiture en panne"));
}

TEST_CASE("Validation with missing answers lists them and leaves the draft open", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    CHECK_FALSE(wizard->validateDiagnostic());
    CHECK(f.confirmations == 0);
    CHECK(wizard->currentPage() == wizard->pageCount() - 1);
    auto* problems = inside<QLabel>(wizard->prioritiesPage(), QStringLiteral("problemsLabel"));
    CHECK(problems->text().contains(f.grid.question(QStringLiteral("logement.situation"))->label.text()));
    CHECK_FALSE(f.store.load(f.t.actor(), wizard->diagnostic().id)->isValidated());
    // The theme list flags the missing answers before any validation attempt.
    auto* themes = inside<QListWidget>(wizard.get(), QStringLiteral("themeList"));
    CHECK(themes->item(0)->text().contains(
        QCoreApplication::translate("jalon::DiagnosticWizard", "%n answer(s) missing", nullptr, 1)));
    // Also for a theme whose page has not been shown yet (pages are built on first visit).
    REQUIRE(f.grid.themes.at(5).id == QStringLiteral("finances"));
    CHECK(themes->item(5)->text().contains(
        QCoreApplication::translate("jalon::DiagnosticWizard", "%n answer(s) missing", nullptr, 2)));
}

TEST_CASE("A validated diagnostic opens read-only", "[ui][diagnostic]") {
    WizardFixture f;
    auto draft = f.store.start(f.t.actor(), f.person);
    REQUIRE(draft);
    draft->answers = requiredAnswers(f.grid);
    REQUIRE(f.store.validate(f.t.actor(), draft.value()));
    auto wizard = f.open(draft.value());
    CHECK_FALSE(inside<QPushButton>(wizard.get(), QStringLiteral("validateButton"))->isVisible());
    QComboBox* situation =
        inside<QComboBox>(wizard->themePage(0)->field(QStringLiteral("logement.situation")));
    CHECK_FALSE(situation->isEnabled());
    CHECK(inside<QPlainTextEdit>(wizard->themePage(0), QStringLiteral("themeComment"))->isReadOnly());
    wizard->close();
    CHECK(f.store.load(f.t.actor(), draft->id)->updatedAt == draft->updatedAt);
}

TEST_CASE("Closing when the last changes cannot be saved asks before losing them", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    QStringList errors;
    bool closeAnyway = false;
    wizard->setCloseAnywayPrompt([&](QWidget*, const QString& error) {
        errors << error;
        return closeAnyway;
    });
    // The person's file is archived meanwhile (another window, another adviser): saving is refused.
    REQUIRE(PersonStore(f.t.db()).setArchived(f.t.actor(), f.person, true));
    auto* comment = inside<QPlainTextEdit>(wizard->themePage(0), QStringLiteral("themeComment"));
    comment->insertPlainText(QStringLiteral("Rendez-vous au CCAS"));
    wizard->close();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("archiv"))); // the store's reason, in either language
    CHECK(wizard->isVisible());                               // the adviser stays, with what was typed

    closeAnyway = true;
    wizard->close();
    CHECK(errors.size() == 2);
    CHECK_FALSE(wizard->isVisible());
}

TEST_CASE("Arrow keys walk the theme list without touching answers; the wheel never changes one",
          "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    auto* themes = inside<QListWidget>(wizard.get(), QStringLiteral("themeList"));
    themes->setFocus();
    QTest::keyClick(themes, Qt::Key_Down);
    QTest::keyClick(themes, Qt::Key_Down);
    CHECK(wizard->currentPage() == 2);
    CHECK(themes->hasFocus());
    CHECK(wizard->diagnostic().answers.isEmpty());

    // A wheel turned over a drop-down list the adviser is not in leaves the answer alone.
    QComboBox* situation =
        inside<QComboBox>(wizard->themePage(0)->field(QStringLiteral("logement.situation")));
    const int before = situation->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), situation->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(situation, &wheel);
    CHECK(situation->currentIndex() == before);
    situation->setFocus();
    QCoreApplication::sendEvent(situation, &wheel);
    CHECK(situation->currentIndex() != before); // in it, the wheel chooses as usual
}

TEST_CASE("A \"none of these\" box stands alone among the boxes of its question", "[ui][diagnostic]") {
    WizardFixture f;
    auto wizard = f.openNew();
    ThemePage* housing = wizard->themePage(0);
    QComboBox* situation = inside<QComboBox>(housing->field(QStringLiteral("logement.situation")));
    situation->setCurrentIndex(situation->findData(QStringLiteral("locataire_prive")));
    auto* arrears = inside<QCheckBox>(housing, QStringLiteral("logement.difficultes:impayes_loyer"));
    auto* isolated = inside<QCheckBox>(housing, QStringLiteral("logement.difficultes:isole"));
    auto* none = inside<QCheckBox>(housing, QStringLiteral("logement.difficultes:aucune"));
    arrears->click();
    isolated->click();
    CHECK(wizard->diagnostic().answers.value(QStringLiteral("logement.difficultes")).toArray().size() == 2);

    none->click();
    CHECK_FALSE(arrears->isChecked());
    CHECK_FALSE(isolated->isChecked());
    CHECK(wizard->diagnostic().answers.value(QStringLiteral("logement.difficultes")).toArray() ==
          QJsonArray{QStringLiteral("aucune")});

    arrears->click();
    CHECK_FALSE(none->isChecked());
    CHECK(wizard->diagnostic().answers.value(QStringLiteral("logement.difficultes")).toArray() ==
          QJsonArray{QStringLiteral("impayes_loyer")});
}
