// The diagnostics tab of a person's file: history with date and adviser, comparison with the
// previous diagnostic, starting, resuming, updating and discarding, and the printed summary.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticFixture.h"
#include "TestDatabase.h"

#include "diagnostic/DiagnosticHistoryWidget.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/DiagnosticWizard.h"
#include "diagnostic/QuestionField.h"
#include "diagnostic/QuestionnaireStore.h"
#include "diagnostic/RadarChartWidget.h"
#include "diagnostic/ThemePage.h"
#include "security/LocalAccount.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace jalon;
using namespace jalon::test;

namespace {

struct HistoryFixture {
    TestDatabase t;
    Questionnaire grid = installedSpieGrid(t);
    QString person = addPerson(t);
    DiagnosticStore store{t.db()};
    DiagnosticHistoryWidget widget;
    QStringList warnings;
    int wizardsRun = 0;

    HistoryFixture() {
        widget.initialize(t.db(), t.actor());
        widget.setWarningPrompt([this](const QString& message) { warnings << message; });
        widget.setQuestionPrompt([](const QString&) { return true; });
        widget.show();
    }
    // A validated diagnostic with this housing situation and a comment on health.
    QString validated(const QString& housing, const QDateTime& when) {
        ScopedClock clock(when);
        auto draft = store.start(t.actor(), person);
        REQUIRE(draft);
        draft->answers = requiredAnswers(grid);
        draft->answers.insert(QStringLiteral("logement.situation"), housing);
        draft->assessments[QStringLiteral("sante")].comment = QStringLiteral("Suivi psychiatrique régulier");
        draft->assessments[QStringLiteral("logement")].comment = QStringLiteral("Hébergée chez sa sœur");
        REQUIRE(store.validate(t.actor(), draft.value()));
        return draft->id;
    }
    template <typename T> T* child(const char* name) {
        T* found = widget.findChild<T*>(QLatin1String(name));
        REQUIRE(found != nullptr);
        return found;
    }
    QTreeWidgetItem* comparisonRow(const QString& themeId) {
        auto* table = child<QTreeWidget>("comparisonTable");
        const QString label = grid.theme(themeId)->label.text();
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->text(0) == label) {
                return table->topLevelItem(i);
            }
        }
        FAIL("no comparison row for " << themeId.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("The history lists diagnostics newest first and compares with the previous one",
          "[ui][diagnostic]") {
    HistoryFixture f;
    f.validated(QStringLiteral("heberge_tiers"), QDateTime(QDate(2025, 3, 10), QTime(10, 0), Qt::UTC));
    const QString latest =
        f.validated(QStringLiteral("locataire_social"), QDateTime(QDate(2025, 10, 2), QTime(10, 0), Qt::UTC));
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));

    auto* list = f.child<QTreeWidget>("historyList");
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(f.widget.selectedId() == latest);
    CHECK(list->topLevelItem(0)->text(0) == QLocale().toString(QDate(2025, 10, 2), QLocale::ShortFormat));
    CHECK(list->topLevelItem(0)->text(2) == f.t.actor().displayName);

    QTreeWidgetItem* housing = f.comparisonRow(QStringLiteral("logement"));
    CHECK(housing->text(2) == Levels::label(Level::MajorBarrier));
    CHECK(housing->text(3) == QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "▲ improved"));
    CHECK(f.comparisonRow(QStringLiteral("mobilite"))->text(3) ==
          QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "= unchanged"));
    CHECK(f.child<RadarChartWidget>("radar")->accessibleDescription().contains(
        f.grid.theme(QStringLiteral("logement"))->label.text()));

    // The older one has nothing before it to compare with.
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(f.comparisonRow(QStringLiteral("logement"))->text(3).isEmpty());
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("New diagnostic starts a draft; the button then resumes that same draft", "[ui][diagnostic]") {
    HistoryFixture f;
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));
    auto* newButton = f.child<QPushButton>("newButton");
    QString firstId;
    f.widget.setWizardRunner([&](DiagnosticWizard& wizard) {
        ++f.wizardsRun;
        firstId = wizard.diagnostic().id;
        auto* situation =
            wizard.themePage(0)->field(QStringLiteral("logement.situation"))->findChild<QComboBox*>();
        situation->setCurrentIndex(2);
        wizard.close();
    });
    newButton->click();
    REQUIRE(f.wizardsRun == 1);
    auto* list = f.child<QTreeWidget>("historyList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) ==
          QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "in progress"));
    CHECK(newButton->text() ==
          QCoreApplication::translate("jalon::DiagnosticHistoryWidget", "Resu&me the draft"));
    CHECK(f.store.load(f.t.actor(), firstId)->answers.contains(QStringLiteral("logement.situation")));

    QString resumedId;
    f.widget.setWizardRunner([&](DiagnosticWizard& wizard) { resumedId = wizard.diagnostic().id; });
    newButton->click();
    CHECK(resumedId == firstId);
    CHECK(list->topLevelItemCount() == 1);

    f.child<QPushButton>("discardButton")->click();
    CHECK(list->topLevelItemCount() == 0);
    CHECK(f.store.draftOf(f.t.actor(), f.person).value().isEmpty());
}

TEST_CASE("Updating a validated diagnostic starts a new draft prefilled from it", "[ui][diagnostic]") {
    HistoryFixture f;
    const QString first =
        f.validated(QStringLiteral("heberge_tiers"), QDateTime::currentDateTimeUtc().addDays(-90));
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));
    QString startedId;
    QString shownSituation;
    f.widget.setWizardRunner([&](DiagnosticWizard& wizard) {
        startedId = wizard.diagnostic().id;
        shownSituation = wizard.themePage(0)
                             ->field(QStringLiteral("logement.situation"))
                             ->findChild<QComboBox*>()
                             ->currentData()
                             .toString();
    });
    f.child<QPushButton>("startFromButton")->click();
    CHECK_FALSE(startedId.isEmpty());
    CHECK(startedId != first);
    CHECK(shownSituation == QStringLiteral("heberge_tiers"));
    CHECK(f.store.load(f.t.actor(), first)->isValidated());
    CHECK_FALSE(f.child<QPushButton>("startFromButton")->isEnabled()); // a draft is now open
}

TEST_CASE("The summary preview holds the diagnostic; sensitive themes leave it with one box",
          "[ui][diagnostic]") {
    HistoryFixture f;
    f.validated(QStringLiteral("heberge_tiers"), QDateTime::currentDateTimeUtc().addDays(-3));
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));
    QString text;
    QString title;
    f.widget.setPreviewRunner([&](QTextDocument& document, const QString& documentTitle) {
        text = document.toPlainText();
        title = documentTitle;
    });
    f.child<QPushButton>("printButton")->click();
    CHECK(title.contains(QStringLiteral("Maëlle")));
    CHECK(text.contains(QStringLiteral("Hébergée chez sa sœur")));
    CHECK(text.contains(QStringLiteral("Suivi psychiatrique régulier")));
    CHECK(text.contains(f.grid.theme(QStringLiteral("sante"))->label.text()));

    f.child<QCheckBox>("sensitiveCheck")->setChecked(true);
    f.child<QPushButton>("printButton")->click();
    CHECK(text.contains(QStringLiteral("Hébergée chez sa sœur")));
    CHECK_FALSE(text.contains(QStringLiteral("Suivi psychiatrique régulier")));
    CHECK_FALSE(text.contains(f.grid.theme(QStringLiteral("sante"))->label.text()));
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("Without a person the tab offers nothing to do", "[ui][diagnostic]") {
    HistoryFixture f;
    f.widget.setPerson({}, {});
    CHECK_FALSE(f.child<QPushButton>("newButton")->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("printButton")->isEnabled());
    CHECK(f.child<QTreeWidget>("historyList")->topLevelItemCount() == 0);
}

TEST_CASE("With several grids installed, a new diagnostic asks which one", "[ui][diagnostic]") {
    HistoryFixture f;
    QFile file(qEnvironmentVariable("JALON_TEST_SOURCE_DIR") +
               QStringLiteral("/tests/data/questionnaires/valid-small.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Actor admin = LocalAccount::ensureAdministrator(f.t.db()).value();
    REQUIRE(QuestionnaireStore(f.t.db()).install(admin, file.readAll()));
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));

    QStringList offered;
    int answer = -1;
    f.widget.setGridPrompt([&](const QStringList& titles) {
        offered = titles;
        return answer;
    });
    QString startedOn;
    f.widget.setWizardRunner(
        [&](DiagnosticWizard& wizard) { startedOn = wizard.diagnostic().questionnaireId; });
    f.child<QPushButton>("newButton")->click(); // cancelled: nothing started
    REQUIRE(offered.size() == 2);
    CHECK(offered.first() == f.grid.title.text()); // the common grid first
    CHECK(startedOn.isEmpty());
    CHECK(f.store.draftOf(f.t.actor(), f.person).value().isEmpty());

    answer = 1;
    f.child<QPushButton>("newButton")->click();
    CHECK(startedOn == QStringLiteral("test-grid"));
}

TEST_CASE("Print opens Qt's print preview on the summary", "[ui][diagnostic]") {
    HistoryFixture f;
    f.validated(QStringLiteral("heberge_tiers"), QDateTime::currentDateTimeUtc().addDays(-1));
    f.widget.setPerson(f.person, QStringLiteral("Maëlle Le Goff"));
    // The default preview: close it as soon as it shows, noting what it was.
    QString shown;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            shown = QString::fromLatin1(dialog->metaObject()->className());
            dialog->reject();
        }
    });
    poll.start();
    f.child<QPushButton>("printButton")->click(); // returns when the preview is closed
    CHECK(shown == QStringLiteral("QPrintPreviewDialog"));
    CHECK(f.warnings.isEmpty());
}
