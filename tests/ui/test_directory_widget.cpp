// The local offer directory's window driven offscreen: searching as one types (ranked), the
// thématique and commune filters, the sheet, copying it, printing it, referring a person (the
// referral reaches their timeline) and opening it from the person's pathway, prefiltered.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticSample.h"
#include "DirectoryUiFixture.h"
#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "directory/DirectoryFilterPanel.h"
#include "directory/DirectoryResultsModel.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectoryWidget.h"
#include "directory/PriorityThematiques.h"
#include "directory/ServiceSheetView.h"
#include "pathway/Timeline.h"
#include "timeline/PathwayWidget.h"
#include "timeline/TimelineModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace jalon;
using namespace jalon::test;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

QStringList namesShown(const DirectoryWidget& widget) {
    QStringList names;
    for (const DirectoryHit& hit : widget.model()->hits()) {
        names << hit.name;
    }
    return names;
}

// Waits for the debounced search that typing or a filter change started.
void waitForSearch(DirectoryWidget& widget) {
    QSignalSpy searched(&widget, &DirectoryWidget::searched);
    REQUIRE(searched.wait(2000));
}

QTreeWidgetItem* category(DirectoryWidget& widget, const QString& code) {
    auto* tree = child<QTreeWidget>(widget, "thematiqueTree");
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == code) {
            return tree->topLevelItem(i);
        }
    }
    FAIL("no thématique category " << code.toStdString());
    return nullptr;
}

// Shortcuts need the window active.
void activate(QWidget& window) {
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

struct DirectoryUi {
    ScopedClock clock{directoryUiNow()};
    TestDatabase t;
    ImportReport imported = importDirectoryUi(t);
};

} // namespace

TEST_CASE("directory: typing searches as one types, best match first", "[ui][directory]") {
    DirectoryUi f;
    DirectoryWidget widget(f.t.db(), f.t.actor());
    activate(widget);
    CHECK(widget.model()->rowCount() == 5); // everything, in name order, before any word
    CHECK(namesShown(widget).first() == QStringLiteral("Atelier numérique"));

    auto* search = child<QLineEdit>(widget, "searchEdit");
    CHECK(widget.focusWidget() == search);
    QTest::keyClicks(search, QStringLiteral("garag"));
    waitForSearch(widget);
    // The name match ranks above the description match; accents and case are ignored.
    CHECK(namesShown(widget) ==
          QStringList{QStringLiteral("Garage solidaire du Trégor"), QStringLiteral("Prêt de vélos")});
    CHECK(child<QLabel>(widget, "countLabel")->text().contains(QLatin1String("2")));
    // The first one's sheet shows; Enter in the list brings the focus to the sheet.
    CHECK(widget.currentKey() == QStringLiteral("cd22:cd22--garage"));
    auto* results = child<QTableView>(widget, "resultsView");
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(widget.focusWidget() == child<ServiceSheetView>(widget, "sheetView"));
    // Ctrl+F goes back to the search.
    QTest::keySequence(&widget, QKeySequence::Find);
    CHECK(widget.focusWidget() == search);

    widget.setSearchText(QStringLiteral("nothing like this"));
    waitForSearch(widget);
    CHECK(widget.model()->rowCount() == 0);
    CHECK(widget.currentKey().isEmpty());
}

TEST_CASE("directory: a thématique and a commune narrow the list", "[ui][directory]") {
    DirectoryUi f;
    DirectoryWidget widget(f.t.db(), f.t.actor());
    widget.show();

    // Ticking the category ticks its sub-thématiques and filters on all of them.
    QTreeWidgetItem* mobility = category(widget, QStringLiteral("mobilite"));
    mobility->setCheckState(0, Qt::Checked);
    CHECK(mobility->child(0)->checkState(0) == Qt::Checked);
    CHECK(widget.filters()->thematiques() == QStringList{QStringLiteral("mobilite")});
    waitForSearch(widget);
    CHECK(namesShown(widget) ==
          QStringList{QStringLiteral("Garage solidaire du Trégor"), QStringLiteral("Prêt de vélos")});

    // Saint-Brieuc: the garage, for the Lannion-Trégor EPCI only, disappears.
    widget.filters()->setCommune(QStringLiteral("22278"));
    waitForSearch(widget);
    CHECK(namesShown(widget) == QStringList{QStringLiteral("Prêt de vélos")});
    CHECK(child<QLineEdit>(widget, "communeEdit")->text().startsWith(QLatin1String("Saint-Brieuc")));

    // Free only drops nothing more here; clearing the filters brings every service back.
    child<QCheckBox>(widget, "freeCheck")->setChecked(true);
    waitForSearch(widget);
    CHECK(namesShown(widget) == QStringList{QStringLiteral("Prêt de vélos")});
    child<QPushButton>(widget, "clearButton")->click();
    waitForSearch(widget);
    CHECK(widget.model()->rowCount() == 5);
    CHECK(widget.filters()->communeInsee().isEmpty());
}

TEST_CASE("directory: the sheet, copying it as text and printing it", "[ui][directory]") {
    DirectoryUi f;
    DirectoryWidget widget(f.t.db(), f.t.actor());
    activate(widget);
    widget.selectService(QStringLiteral("cd22:cd22--epicerie"));
    REQUIRE(widget.sheet().has_value());
    const QString shown = child<ServiceSheetView>(widget, "sheetView")->toPlainText();
    CHECK(shown.contains(QStringLiteral("Produits frais et d'épicerie à petit prix")));
    CHECK(shown.contains(QLatin1String("Saint-Brieuc")));                    // eligibility in words
    CHECK(shown.contains(QLatin1String("Sur orientation d'un conseiller"))); // conditions

    // Ctrl+Shift+C copies the plain text.
    QApplication::clipboard()->clear();
    QTest::keyClick(&widget, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QApplication::clipboard()->text() == DirectorySheet::plainText(*widget.sheet()));
    CHECK(QApplication::clipboard()->text().startsWith(QStringLiteral("Épicerie solidaire\n")));

    // Ctrl+P previews the printed sheet, which names the service.
    QString title;
    QString printed;
    widget.setPreviewRunner([&](QTextDocument& document, const QString& documentTitle) {
        title = documentTitle;
        printed = document.toPlainText();
    });
    QTest::keyClick(&widget, Qt::Key_P, Qt::ControlModifier);
    CHECK(title.contains(QStringLiteral("Épicerie solidaire")));
    CHECK(printed.contains(QStringLiteral("Épicerie solidaire")));
    CHECK(printed.contains(QLatin1String("Produits frais")));

    // The advisers' note and the "full until" mark are written through the store.
    child<QPlainTextEdit>(widget, "noteEdit")->setPlainText(QStringLiteral("Appeler Mme Le Roux."));
    child<QPushButton>(widget, "saveNoteButton")->click();
    child<QCheckBox>(widget, "fullCheck")->click();
    const Result<DirectoryEntry> entry =
        DirectoryStore(f.t.db()).entry(f.t.actor(), QStringLiteral("cd22:cd22--epicerie"));
    REQUIRE(entry.isOk());
    CHECK(entry->localNote == QStringLiteral("Appeler Mme Le Roux."));
    CHECK(entry->fullUntil.isValid());
    CHECK(widget.model()
              ->hitAt(widget.model()->rowOf(QStringLiteral("cd22:cd22--epicerie")))
              ->fullUntil.isValid());
}

TEST_CASE("directory: referring a person records the referral on their timeline", "[ui][directory]") {
    DirectoryUi f;
    const QString person = followedPerson(f.t, QDate(2026, 5, 4));
    DirectoryWidget widget(f.t.db(), f.t.actor());
    widget.show();
    auto* refer = child<QPushButton>(widget, "referButton");
    CHECK_FALSE(refer->isVisible()); // not opened for a person

    widget.setPerson(person);
    widget.selectService(QStringLiteral("cd22:cd22--velos"));
    REQUIRE(refer->isEnabled());
    QSignalSpy recorded(&widget, &DirectoryWidget::referralRecorded);
    refer->click();
    REQUIRE(recorded.count() == 1);
    CHECK(widget.message().contains(QStringLiteral("Prêt de vélos")));

    const Result<QList<PathwayEvent>> events = Timeline(f.t.db()).events(f.t.actor(), person);
    REQUIRE(events.isOk());
    bool found = false;
    for (const PathwayEvent& event : events.value()) {
        found = found ||
                (event.kind == QLatin1String("referral") &&
                 event.details.value(QLatin1String("service")).toString() == QStringLiteral("Prêt de vélos"));
    }
    CHECK(found);

    // A refusal of core (a person this adviser may not see) shows in the window.
    widget.setPerson(QStringLiteral("no-such-person"));
    refer->click();
    CHECK_FALSE(widget.message().isEmpty());
    CHECK(recorded.count() == 1);
}

TEST_CASE("directory: opened from the person's pathway, prefiltered, and the timeline reloads",
          "[ui][directory]") {
    DirectoryUi f;
    const QString person = followedPerson(f.t, QDate(2026, 5, 4));
    DiagnosticContent content = sampleContent();
    const Result<Diagnostic> diagnostic = makeDiagnostic(f.t.db(), f.t.actor(), person, content);
    REQUIRE(diagnostic.isOk());
    QStringList themes;
    for (const Priority& priority : content.priorities) {
        themes << priority.themeId;
    }

    PathwayWidget pathway;
    pathway.initialize(f.t.db(), f.t.actor());
    pathway.setPerson(person);
    pathway.show();
    auto* action = pathway.findChild<QAction*>(QStringLiteral("findServiceAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* directory = pathway.findChild<DirectoryWidget*>();
    REQUIRE(directory != nullptr);
    CHECK(directory->isWindow());
    CHECK(directory->personId() == person);
    CHECK(directory->filters()->communeInsee() == QStringLiteral("22278"));
    QStringList expected = PriorityThematiques::categoriesFor(themes);
    QStringList ticked = directory->filters()->thematiques();
    expected.sort();
    ticked.sort();
    CHECK_FALSE(expected.isEmpty());
    CHECK(ticked == expected);

    // Refer from there: the pathway shows the referral.
    directory->filters()->clear();
    directory->search();
    directory->selectService(QStringLiteral("cd22:cd22--logement"));
    child<QPushButton>(*directory, "referButton")->click();
    CHECK(pathway.model()->rowCount() > 0);
    bool shown = false;
    for (int m = 0; m < pathway.model()->rowCount(); ++m) {
        const QModelIndex month = pathway.model()->index(m, 0);
        for (int row = 0; row < pathway.model()->rowCount(month); ++row) {
            shown = shown || pathway.model()->index(row, 0, month).data(TimelineModel::KindRole).toString() ==
                                 QLatin1String("referral");
        }
    }
    CHECK(shown);
    // The same person's directory comes forward again rather than a second one.
    action->trigger();
    CHECK(pathway.findChildren<DirectoryWidget*>().size() == 1);
}

TEST_CASE("directory: priority themes map to thématique categories", "[ui][directory]") {
    CHECK(PriorityThematiques::categoriesFor({QStringLiteral("mobilite"), QStringLiteral("logement"),
                                              QStringLiteral("experience"), QStringLiteral("mobilite")}) ==
          QStringList{QStringLiteral("mobilite"), QStringLiteral("logement-hebergement")});
    CHECK(PriorityThematiques::categoriesFor({QStringLiteral("langue")}) ==
          QStringList{QStringLiteral("lecture-ecriture-calcul")});
}

TEST_CASE("directory: accessible names and tab order", "[ui][directory]") {
    DirectoryUi f;
    DirectoryWidget widget(f.t.db(), f.t.actor());
    widget.show();
    for (const char* name : {"searchEdit", "communeEdit", "thematiqueTree", "typeCombo", "publicsCombo",
                             "resultsView", "sheetView", "noteEdit"}) {
        INFO(name);
        CHECK_FALSE(child<QWidget>(widget, name)->accessibleName().isEmpty());
    }
    QStringList order;
    QWidget* w = child<QWidget>(widget, "searchEdit");
    for (int i = 0; i < 80 && w; ++i) {
        order << w->objectName();
        w = w->nextInFocusChain();
    }
    const auto at = [&order](const char* name) { return order.indexOf(QLatin1String(name)); };
    CHECK(at("searchEdit") < at("communeEdit"));
    CHECK(at("communeEdit") < at("thematiqueTree"));
    CHECK(at("clearButton") < at("resultsView"));
    CHECK(at("resultsView") < at("sheetView"));
    CHECK(at("sheetView") < at("printButton"));
}
