// Local services, full marks and notes, the export (checked against the data·inclusion v1 schemas
// with python3-jsonschema), the service sheet, the quality score, and referrals on the timeline.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DirectoryFixture.h"
#include "PathwayFixture.h"

#include "directory/DirectoryEnums.h"
#include "directory/DirectoryQuality.h"
#include "directory/DirectorySheet.h"
#include "directory/DirectoryStore.h"
#include "pathway/Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace jalon;
using namespace jalon::test;

namespace {

// Validates each item of list (in the JSON file at path) against the schema; exit code 0 when all
// are valid, 3 when some are not (the errors on output).
std::pair<int, QString> validateItems(const QString& path, const QString& list, const QString& schema) {
    static const QString script = QStringLiteral(
        "import json, sys\n"
        "from jsonschema import Draft202012Validator\n"
        "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "Draft202012Validator.check_schema(schema)\n"
        "items = json.load(open(sys.argv[2], encoding='utf-8'))[sys.argv[3]]\n"
        "assert items, 'nothing to validate'\n"
        "errors = [e for item in items for e in Draft202012Validator(schema).iter_errors(item)]\n"
        "for e in errors: print(list(e.absolute_path), e.message)\n"
        "sys.exit(3 if errors else 0)\n");
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script,
                                             qEnvironmentVariable("JALON_TEST_SOURCE_DIR") +
                                                 QStringLiteral("/resources/directory/") + schema,
                                             path, list});
    REQUIRE(python.waitForFinished(30000));
    return {python.exitCode(), QString::fromUtf8(python.readAll())};
}

QJsonObject fullService(const QDate& dateMaj) {
    return {{QStringLiteral("source"), QStringLiteral("t")},
            {QStringLiteral("id"), QStringLiteral("s")},
            {QStringLiteral("structure_id"), QStringLiteral("x")},
            {QStringLiteral("nom"), QStringLiteral("Complet")},
            {QStringLiteral("description"), QString(250, QLatin1Char('d'))},
            {QStringLiteral("date_maj"), dateMaj.toString(Qt::ISODate)},
            {QStringLiteral("adresse"), QStringLiteral("1 rue de la Gare")},
            {QStringLiteral("telephone"), QStringLiteral("0296000000")},
            {QStringLiteral("courriel"), QStringLiteral("a@b.fr")},
            {QStringLiteral("modes_mobilisation"), QJsonArray{QStringLiteral("telephoner")}},
            {QStringLiteral("thematiques"), QJsonArray{QStringLiteral("famille--garde-denfants")}},
            {QStringLiteral("publics"), QJsonArray{QStringLiteral("familles")}},
            {QStringLiteral("frais"), QStringLiteral("gratuit")}};
}

} // namespace

TEST_CASE("directory: the quality score on hand-computed examples", "[directory]") {
    const QDate today(2026, 6, 15);
    CHECK(DirectoryQuality::score(fullService(today.addDays(-30)), today) == Approx(1.0));
    // 183 days old is still fresh; 730 days old counts 0 for freshness.
    CHECK(DirectoryQuality::score(fullService(today.addDays(-183)), today) == Approx(1.0));
    CHECK(DirectoryQuality::score(fullService(today.addDays(-730)), today) == Approx(0.9));
    // 365 days: freshness (730 - 365) / (730 - 183) = 0.66728…
    CHECK(DirectoryQuality::freshness(today.addDays(-365), today) == Approx(365.0 / 547.0));
    CHECK(DirectoryQuality::score(fullService(today.addDays(-365)), today) ==
          Approx((9.0 + 365.0 / 547.0) / 10.0));
    // Only what the format requires, fresh, a 20-character description: freshness alone.
    const QJsonObject bare{{QStringLiteral("nom"), QStringLiteral("Nu")},
                           {QStringLiteral("description"), QString(20, QLatin1Char('d'))},
                           {QStringLiteral("date_maj"), today.toString(Qt::ISODate)}};
    CHECK(DirectoryQuality::score(bare, today) == Approx(0.1));
    // A contact name alone meets "one contact" but not phone or e-mail; 2001 characters is too long.
    QJsonObject named = bare;
    named.insert(QStringLiteral("contact_nom_prenom"), QStringLiteral("Mme Le Bihan"));
    named.insert(QStringLiteral("description"), QString(2001, QLatin1Char('d')));
    CHECK(DirectoryQuality::score(named, today) == Approx(0.2));
}

TEST_CASE("directory: the enumerations load with labels and the two-level thématiques", "[directory]") {
    const DirectoryEnums& enums = DirectoryEnums::instance();
    CHECK(enums.values(DirectoryList::Thematiques).size() == 69);
    CHECK(enums.label(DirectoryList::Frais, QStringLiteral("gratuit")) == QStringLiteral("Gratuit"));
    CHECK(enums.label(DirectoryList::ModesAccueil, QStringLiteral("a-distance")) ==
          QStringLiteral("À distance"));
    CHECK(enums.isKnown(DirectoryList::Publics, QStringLiteral("jeunes")));
    CHECK_FALSE(enums.isKnown(DirectoryList::Publics, QStringLiteral("martiens")));
    CHECK(enums.label(DirectoryList::Publics, QStringLiteral("martiens")) == QStringLiteral("martiens"));
    const QList<ThematiqueCategory> tree = enums.thematiqueTree();
    REQUIRE(tree.size() == 16);
    int children = 0;
    for (const ThematiqueCategory& category : tree) {
        children += static_cast<int>(category.children.size());
        CHECK_FALSE(category.label.isEmpty());
        CHECK(category.label != category.code); // a label, not the code
    }
    CHECK(children == 69);
    CHECK(enums.isCategory(QStringLiteral("mobilite")));
    CHECK_FALSE(enums.isCategory(QStringLiteral("mobilite--preparer-un-permis")));
}

TEST_CASE("directory: local services are checked, marked full, annotated", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    DirectoryStore store(t.db());
    const QJsonObject service{{QStringLiteral("structure_id"), QStringLiteral("jalon-local--maison")},
                              {QStringLiteral("nom"), QStringLiteral("Permanence emploi")},
                              {QStringLiteral("description"), QStringLiteral("Chaque mardi matin.")}};
    const Result<QString> orphan = store.saveLocalService(t.actor(), service);
    REQUIRE_FALSE(orphan.isOk()); // its structure does not exist yet
    CHECK(orphan.error().contains(QStringLiteral("structure_id")));
    REQUIRE(
        store.saveLocalStructure(t.actor(), {{QStringLiteral("id"), QStringLiteral("jalon-local--maison")},
                                             {QStringLiteral("nom"), QStringLiteral("Maison de l'emploi")}}));
    QJsonObject badPhone = service;
    badPhone.insert(QStringLiteral("telephone"), QStringLiteral("12"));
    CHECK_FALSE(store.saveLocalService(t.actor(), badPhone).isOk());
    const Result<QString> saved = store.saveLocalService(t.actor(), service);
    REQUIRE(saved.isOk());
    CHECK(saved->startsWith(QStringLiteral("jalon-local:jalon-local--")));

    REQUIRE(store.setFullUntil(t.actor(), saved.value(), QDate(2026, 7, 1)));
    REQUIRE(store.setLocalNote(t.actor(), saved.value(), QStringLiteral("  Demander Yann  ")));
    Result<DirectoryEntry> entry = store.entry(t.actor(), saved.value());
    REQUIRE(entry.isOk());
    CHECK(entry->local);
    CHECK(entry->fullUntil == QDate(2026, 7, 1));
    CHECK(entry->localNote == QStringLiteral("Demander Yann"));
    CHECK(entry->service.value(QStringLiteral("date_maj")).toString() == QStringLiteral("2026-06-15"));
    REQUIRE(store.setFullUntil(t.actor(), saved.value(), QDate()));
    CHECK_FALSE(store.entry(t.actor(), saved.value())->fullUntil.isValid());
    CHECK_FALSE(store.setLocalNote(t.actor(), QStringLiteral("nope:nothing"), QStringLiteral("x")).isOk());
}

TEST_CASE("directory: import, export, and the export validates against the v1 schemas", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    DirectoryImporter::Options local;
    local.source = QStringLiteral("jalon-local"); // as if these were typed in Jalon
    importDirectoryFile(t, QStringLiteral("valid.json"), local);
    importDirectoryFile(t, QStringLiteral("warnings.json"), local); // cleaned values only
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    REQUIRE(DirectoryStore(t.db()).exportLocalTo(t.actor(), path));
    const auto [servicesCode, servicesOutput] =
        validateItems(path, QStringLiteral("services"), QStringLiteral("service.json"));
    INFO(servicesOutput.toStdString());
    CHECK(servicesCode == 0);
    const auto [structuresCode, structuresOutput] =
        validateItems(path, QStringLiteral("structures"), QStringLiteral("structure.json"));
    INFO(structuresOutput.toStdString());
    CHECK(structuresCode == 0);

    // The schema check can fail: a service without its required description does not pass.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 4);
    QJsonObject broken = services.at(0).toObject();
    broken.remove(QStringLiteral("description"));
    services.replace(0, broken);
    root.insert(QStringLiteral("services"), services);
    const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
    QFile out(brokenPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    CHECK(validateItems(brokenPath, QStringLiteral("services"), QStringLiteral("service.json")).first == 3);

    // Round trip: the export imports into another database as the same records.
    TestDatabase other;
    QFile exported(path);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const ImportReport again = importDirectory(other, exported.readAll());
    CHECK(again.services.added == 4);
    CHECK(again.structures.added == 2);
    CHECK(again.errorCount() == 0);
    const Result<DirectoryEntry> a =
        DirectoryStore(t.db()).entry(t.actor(), QStringLiteral("jalon-local:cd22--auto-ecole-sociale"));
    const Result<DirectoryEntry> b =
        DirectoryStore(other.db())
            .entry(other.actor(), QStringLiteral("jalon-local:cd22--auto-ecole-sociale"));
    REQUIRE(a.isOk());
    REQUIRE(b.isOk());
    CHECK(a->service == b->service);
}

TEST_CASE("directory: the service sheet says everything in words, and as plain text", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    const Result<DirectorySheet> sheet =
        DirectoryStore(t.db()).sheet(t.actor(), QStringLiteral("cd22:cd22--auto-ecole-sociale"));
    REQUIRE(sheet.isOk());
    CHECK(sheet->structureName == QStringLiteral("Mission locale Trégor-Goëlo"));
    CHECK(sheet->eligibility == QStringLiteral("CA Lannion-Trégor Communauté (EPCI)"));
    CHECK(sheet->fees == QStringLiteral("Payant: 30 € par mois"));
    CHECK(sheet->hours == QStringLiteral("Mo-Fr 08:30-12:30")); // the structure's
    CHECK(sheet->thematiques == QStringList{QStringLiteral("Préparer un permis")});
    CHECK(sheet->howToMobilise.startsWith(QStringLiteral("Téléphoner, Envoyer un courriel")));
    const QString text = DirectorySheet::plainText(sheet.value());
    CHECK(text.startsWith(QStringLiteral("Auto-école sociale\n")));
    CHECK(text.contains(QStringLiteral("Phone: +33296464900")));
    CHECK(text.contains(QStringLiteral("Address: 3 rue de Kerampont, 22300 Lannion")));

    const Result<DirectorySheet> bikes =
        DirectoryStore(t.db()).sheet(t.actor(), QStringLiteral("cd22:cd22--velo-solidaire"));
    REQUIRE(bikes.isOk());
    CHECK(bikes->eligibility == QStringLiteral("Côtes-d'Armor (22)"));
    CHECK(bikes->address == QStringLiteral("Saint-Brieuc")); // the structure's, the service gives none
}

TEST_CASE("directory: referring a person to a service puts it on their timeline", "[directory][pathway]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    const QString person = followedPerson(t, QDate(2026, 5, 1));
    DirectoryStore store(t.db());
    const Result<QString> referral = store.referPerson(
        t.actor(), person, QStringLiteral("cd22:cd22--auto-ecole-sociale"), QDate(2026, 6, 14));
    INFO(referral.error().toStdString());
    REQUIRE(referral.isOk());
    const Result<QList<PathwayEvent>> events = Timeline(t.db()).events(t.actor(), person);
    REQUIRE(events.isOk());
    const auto found = std::find_if(events->cbegin(), events->cend(), [&](const PathwayEvent& e) {
        return e.kind == QStringLiteral("referral");
    });
    REQUIRE(found != events->cend());
    CHECK(found->entityId == referral.value());
    CHECK(found->details.value(QStringLiteral("service")).toString() == QStringLiteral("Auto-école sociale"));
    CHECK(found->details.value(QStringLiteral("thematique")).toString() ==
          QStringLiteral("mobilite--preparer-un-permis"));
    CHECK(found->occurredOn == QStringLiteral("2026-06-14"));

    // A withdrawn service cannot be chosen any more.
    QJsonObject root = QJsonDocument::fromJson(directoryBytes(QStringLiteral("valid.json"))).object();
    root.insert(QStringLiteral("services"), QJsonArray{});
    importDirectory(t, QJsonDocument(root).toJson());
    CHECK_FALSE(store
                    .referPerson(t.actor(), person, QStringLiteral("cd22:cd22--auto-ecole-sociale"),
                                 QDate(2026, 6, 14))
                    .isOk());
}
