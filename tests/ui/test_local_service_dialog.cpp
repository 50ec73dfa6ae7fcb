// The local service dialog driven offscreen: a service added with a new structure is found by the
// search with its thématique and its eligibility zone (its EPCI: open to another commune of the
// EPCI, not to another département), OK waits for a thématique, core's refusal keeps the dialog
// open, editing renames the service, and the directory window adds, selects and exports it.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DirectoryUiFixture.h"
#include "TestDatabase.h"

#include "directory/DirectoryResultsModel.h"
#include "directory/DirectorySearch.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectoryWidget.h"
#include "directory/LocalServiceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;
using namespace jalon::test;

namespace {

const QString kLannion = QStringLiteral("22113");
const QString kPerros = QStringLiteral("22168");      // same EPCI as Lannion (Lannion-Trégor)
const QString kSaintBrieuc = QStringLiteral("22278"); // same département, another EPCI
const QString kRennes = QStringLiteral("35238");      // another département
const QString kTheme = QStringLiteral("mobilite--entretenir-reparer-son-vehicule");

struct LocalUi {
    ScopedClock clock{directoryUiNow()};
    TestDatabase t;
    ImportReport imported = importDirectoryUi(t);
};

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

QPushButton* okButton(LocalServiceDialog& dialog) {
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// A new structure in Lannion and a repair service open to its EPCI; the thématique is left out.
void fillWithoutThematique(LocalServiceDialog& dialog) {
    auto* structures = child<QComboBox>(dialog, "structureCombo");
    structures->setCurrentIndex(structures->findData(QString())); // "New structure…"
    child<QLineEdit>(dialog, "structureNameEdit")->setText(QStringLiteral("Garage associatif du Léguer"));
    dialog.setStructureCommune(kLannion);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Réparation de mobylettes"));
    child<QPlainTextEdit>(dialog, "descriptionEdit")
        ->setPlainText(QStringLiteral("Réparer sa mobylette avec un mécanicien bénévole, le samedi."));
    child<QLineEdit>(dialog, "phoneEdit")->setText(QStringLiteral("02 96 11 22 33"));
    dialog.setCommune(kLannion);
    dialog.setZone(LocalServiceDialog::Zone::Epci);
}

QStringList keysOpenTo(TestDatabase& t, const QString& commune, const QString& text) {
    DirectoryQuery query;
    query.text = text;
    query.communeInsee = commune;
    query.thematiques = {kTheme};
    const Result<QList<DirectoryHit>> hits = DirectorySearch(t.db()).search(t.actor(), query);
    REQUIRE(hits.isOk());
    QStringList keys;
    for (const DirectoryHit& hit : hits.value()) {
        keys << hit.key;
    }
    return keys;
}

} // namespace

TEST_CASE("local service: saved with a new structure, found with its thématique and its EPCI",
          "[ui][directory]") {
    LocalUi f;
    LocalServiceDialog dialog(f.t.db(), f.t.actor());
    dialog.show();
    fillWithoutThematique(dialog);
    CHECK_FALSE(okButton(dialog)->isEnabled()); // no thématique yet
    dialog.setThematiques({kTheme});
    REQUIRE(okButton(dialog)->isEnabled());
    CHECK(dialog.isZoneAvailable(LocalServiceDialog::Zone::Epci));

    okButton(dialog)->click();
    INFO(dialog.message().toStdString());
    REQUIRE_FALSE(dialog.savedKey().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.savedKey().startsWith(QLatin1String("jalon-local:")));

    const QString key = dialog.savedKey();
    CHECK(keysOpenTo(f.t, kPerros, QStringLiteral("mobylettes")).contains(key));
    CHECK(keysOpenTo(f.t, kLannion, QString()).contains(key));
    CHECK_FALSE(keysOpenTo(f.t, kSaintBrieuc, QString()).contains(key)); // same département, other EPCI
    CHECK_FALSE(keysOpenTo(f.t, kRennes, QString()).contains(key));

    const Result<DirectoryEntry> entry = DirectoryStore(f.t.db()).entry(f.t.actor(), key);
    REQUIRE(entry.isOk());
    CHECK(entry->local);
    CHECK(entry->service.value(QLatin1String("zone_eligibilite")).toArray() ==
          QJsonArray{QStringLiteral("200065928")});
    CHECK(entry->structure.value(QLatin1String("nom")).toString() ==
          QStringLiteral("Garage associatif du Léguer"));
}

TEST_CASE("local service: OK waits for the required fields", "[ui][directory]") {
    LocalUi f;
    LocalServiceDialog dialog(f.t.db(), f.t.actor());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    fillWithoutThematique(dialog);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog.setThematiques({kTheme});
    CHECK(okButton(dialog)->isEnabled());
    child<QLineEdit>(dialog, "nameEdit")->clear();
    CHECK_FALSE(okButton(dialog)->isEnabled());
}

TEST_CASE("local service: a refusal from core keeps the dialog open with its message", "[ui][directory]") {
    LocalUi f;
    LocalServiceDialog dialog(f.t.db(), f.t.actor());
    dialog.show();
    fillWithoutThematique(dialog);
    dialog.setThematiques({kTheme});
    child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("not-an-address"));
    okButton(dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.savedKey().isEmpty());
    CHECK(dialog.message().contains(QLatin1String("courriel")));

    // Corrected, it saves, on the structure already saved (not a second one).
    child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("garage@example.org"));
    REQUIRE(dialog.save());
    const Result<QJsonObject> exported = DirectoryStore(f.t.db()).exportLocal(f.t.actor());
    REQUIRE(exported.isOk());
    CHECK(exported->value(QLatin1String("structures")).toArray().size() == 1);
}

TEST_CASE("local service: editing renames it and keeps its structure", "[ui][directory]") {
    LocalUi f;
    QString key;
    {
        LocalServiceDialog dialog(f.t.db(), f.t.actor());
        fillWithoutThematique(dialog);
        dialog.setThematiques({kTheme});
        REQUIRE(dialog.save());
        key = dialog.savedKey();
    }
    LocalServiceDialog edit(f.t.db(), f.t.actor(), key);
    CHECK(edit.message().isEmpty());
    CHECK(child<QLineEdit>(edit, "nameEdit")->text() == QStringLiteral("Réparation de mobylettes"));
    CHECK(edit.thematiques() == QStringList{kTheme});
    CHECK(child<QComboBox>(edit, "structureCombo")->currentText() ==
          QStringLiteral("Garage associatif du Léguer"));
    child<QLineEdit>(edit, "nameEdit")->setText(QStringLiteral("Atelier deux-roues"));
    REQUIRE(edit.save());
    CHECK(edit.savedKey() == key);
    const Result<DirectoryEntry> entry = DirectoryStore(f.t.db()).entry(f.t.actor(), key);
    REQUIRE(entry.isOk());
    CHECK(entry->service.value(QLatin1String("nom")).toString() == QStringLiteral("Atelier deux-roues"));
    CHECK(entry->service.value(QLatin1String("zone_eligibilite")).toArray() ==
          QJsonArray{QStringLiteral("200065928")});
    // A service from a national source is not edited here.
    LocalServiceDialog imported(f.t.db(), f.t.actor(), QStringLiteral("cd22:cd22--garage"));
    CHECK_FALSE(imported.message().isEmpty());
}

TEST_CASE("local service: the directory adds it, selects it, edits it and exports it", "[ui][directory]") {
    LocalUi f;
    DirectoryWidget widget(f.t.db(), f.t.actor());
    widget.show();
    CHECK(child<QPushButton>(widget, "newLocalButton")->isEnabled());
    widget.selectService(QStringLiteral("cd22:cd22--garage"));
    CHECK_FALSE(child<QPushButton>(widget, "editLocalButton")->isEnabled()); // imported: not local

    LocalServiceDialog* dialog = widget.newLocalService();
    REQUIRE(dialog != nullptr);
    fillWithoutThematique(*dialog);
    dialog->setThematiques({kTheme});
    okButton(*dialog)->click();
    const QString key = dialog->savedKey();
    REQUIRE_FALSE(key.isEmpty());
    CHECK(widget.currentKey() == key);
    CHECK(widget.model()->rowCount() == 6);
    CHECK(child<QPushButton>(widget, "editLocalButton")->isEnabled());
    LocalServiceDialog* edit = widget.editLocalService();
    REQUIRE(edit != nullptr);
    CHECK(child<QLineEdit>(*edit, "nameEdit")->text() == QStringLiteral("Réparation de mobylettes"));
    edit->reject();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.json"));
    REQUIRE(widget.exportLocalTo(path));
    CHECK(widget.message().contains(QLatin1String("local.json")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray services =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("services")).toArray();
    REQUIRE(services.size() == 1);
    CHECK(services.at(0).toObject().value(QLatin1String("nom")).toString() ==
          QStringLiteral("Réparation de mobylettes"));
    CHECK_FALSE(widget.exportLocalTo(dir.filePath(QStringLiteral("missing/dir/local.json"))));

    // Without ManageDirectory (an administrator), no local service is added.
    Actor administrator = f.t.actor();
    administrator.role = Role::Administrator;
    DirectoryWidget readOnly(f.t.db(), administrator);
    CHECK_FALSE(child<QPushButton>(readOnly, "newLocalButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(readOnly, "exportLocalButton")->isEnabled());
}
