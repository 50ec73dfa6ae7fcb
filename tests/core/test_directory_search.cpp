// Directory search (core/directory/DirectorySearch): eligibility by commune, EPCI and département,
// ranking (a name match above a description match), accents and prefixes, filters, hostile text.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DirectoryFixture.h"

#include "directory/DirectorySearch.h"
#include "directory/DirectoryStore.h"
#include "territory/Territory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jalon;
using namespace jalon::test;

namespace {

QStringList keysFound(TestDatabase& t, const DirectoryQuery& query) {
    const Result<QList<DirectoryHit>> hits = DirectorySearch(t.db()).search(t.actor(), query);
    INFO(hits.error().toStdString());
    REQUIRE(hits.isOk());
    QStringList keys;
    for (const DirectoryHit& hit : hits.value()) {
        keys << hit.key.section(QStringLiteral("--"), 1);
    }
    return keys;
}

QStringList openIn(TestDatabase& t, const QString& insee) {
    DirectoryQuery query;
    query.communeInsee = insee;
    QStringList keys = keysFound(t, query);
    keys.sort();
    return keys;
}

QJsonObject localService(const QString& name, const QString& description, const QJsonValue& zones = {}) {
    QJsonObject s{{QStringLiteral("structure_id"), QStringLiteral("jalon-local--maison")},
                  {QStringLiteral("nom"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("code_insee"), QStringLiteral("22113")}};
    if (zones.isArray()) {
        s.insert(QStringLiteral("zone_eligibilite"), zones);
    }
    return s;
}

void addLocalStructure(TestDatabase& t) {
    const Result<QString> saved = DirectoryStore(t.db()).saveLocalStructure(
        t.actor(), {{QStringLiteral("id"), QStringLiteral("jalon-local--maison")},
                    {QStringLiteral("nom"), QStringLiteral("Maison de l'emploi du Trégor")},
                    {QStringLiteral("code_insee"), QStringLiteral("22113")},
                    {QStringLiteral("commune"), QStringLiteral("Lannion")}});
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
}

} // namespace

TEST_CASE("directory: eligibility follows the commune, its EPCI, its département and France", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    // The auto-école is open to the EPCI of Lannion (Lannion-Trégor Communauté), to which
    // Perros-Guirec belongs too; Saint-Brieuc and Guingamp are in other EPCI of the département.
    const Territory& territory = Territory::instance();
    REQUIRE(territory.commune(QStringLiteral("22113"))->epci == QStringLiteral("200065928"));
    REQUIRE(territory.commune(QStringLiteral("22168"))->epci == QStringLiteral("200065928"));
    REQUIRE(territory.commune(QStringLiteral("22070"))->epci != QStringLiteral("200065928"));
    const QString permis = QStringLiteral("auto-ecole-sociale");
    const QString grocery = QStringLiteral("epicerie-solidaire");
    const QString bikes = QStringLiteral("velo-solidaire");
    CHECK(openIn(t, QStringLiteral("22113")) == QStringList{permis, bikes});
    CHECK(openIn(t, QStringLiteral("22168")) == QStringList{permis, bikes});
    CHECK(openIn(t, QStringLiteral("22070")) == QStringList{bikes});
    CHECK(openIn(t, QStringLiteral("22278")) == QStringList{grocery, bikes});
    CHECK(openIn(t, QStringLiteral("29019")).isEmpty()); // Brest: another département

    DirectoryQuery unknown;
    unknown.communeInsee = QStringLiteral("99999");
    CHECK_FALSE(DirectorySearch(t.db()).search(t.actor(), unknown).isOk());
}

TEST_CASE("directory: a service without zone is open to its département; 'france' to everyone",
          "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    addLocalStructure(t);
    DirectoryStore store(t.db());
    REQUIRE(store.saveLocalService(
        t.actor(), localService(QStringLiteral("Sans zone"), QStringLiteral("Aucune zone donnée."))));
    REQUIRE(store.saveLocalService(t.actor(), localService(QStringLiteral("Partout"),
                                                           QStringLiteral("Service national."),
                                                           QJsonArray{QStringLiteral("france")})));
    DirectoryQuery stBrieuc;
    stBrieuc.communeInsee = QStringLiteral("22278");
    CHECK(keysFound(t, stBrieuc).size() == 2);
    DirectoryQuery brest;
    brest.communeInsee = QStringLiteral("29019");
    const Result<QList<DirectoryHit>> inBrest = DirectorySearch(t.db()).search(t.actor(), brest);
    REQUIRE(inBrest.isOk());
    REQUIRE(inBrest->size() == 1);
    CHECK(inBrest->at(0).name == QStringLiteral("Partout"));
    CHECK(inBrest->at(0).local);
}

TEST_CASE("directory: a name match ranks above a description match; accents and prefixes", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    addLocalStructure(t);
    DirectoryStore store(t.db());
    // Created first and with more occurrences, the description match must still come second.
    REQUIRE(store.saveLocalService(
        t.actor(), localService(QStringLiteral("Garage solidaire"),
                                QStringLiteral("Réparer sa voiture pour sa mobilité : la mobilité, "
                                               "c'est l'emploi. Mobilité pour tous."))));
    REQUIRE(store.saveLocalService(t.actor(), localService(QStringLiteral("Plateforme Mobilité"),
                                                           QStringLiteral("Conseil en déplacements."))));
    for (const QString& text :
         {QStringLiteral("mobilite"), QStringLiteral("MOBILITÉ"), QStringLiteral("mobil")}) {
        INFO(text.toStdString());
        DirectoryQuery query;
        query.text = text;
        const Result<QList<DirectoryHit>> hits = DirectorySearch(t.db()).search(t.actor(), query);
        REQUIRE(hits.isOk());
        REQUIRE(hits->size() == 2);
        CHECK(hits->at(0).name == QStringLiteral("Plateforme Mobilité"));
        CHECK(hits->at(1).name == QStringLiteral("Garage solidaire"));
    }
    DirectoryQuery byStructure;
    byStructure.text = QStringLiteral("tregor emploi");
    CHECK(keysFound(t, byStructure).size() == 2);
    DirectoryQuery byCommune;
    byCommune.text = QStringLiteral("lannion garage");
    CHECK(keysFound(t, byCommune).size() == 1);
}

TEST_CASE("directory: hostile search text is harmless", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    const QStringList hostile{QStringLiteral("\"unbalanced"),
                              QStringLiteral("*"),
                              QStringLiteral("NEAR(auto ecole"),
                              QStringLiteral("-auto"),
                              QStringLiteral("((("),
                              QStringLiteral("auto) OR (1=1"),
                              QStringLiteral("search_name:auto"),
                              QStringLiteral("'; DROP TABLE directory_services; --"),
                              QStringLiteral("nul ") + QChar(0) + QStringLiteral(" byte"),
                              QString(10000, QLatin1Char('a')),
                              QStringLiteral("auto ").repeated(2000)};
    for (const QString& text : hostile) {
        INFO(text.left(40).toStdString());
        DirectoryQuery query;
        query.text = text;
        const Result<QList<DirectoryHit>> hits = DirectorySearch(t.db()).search(t.actor(), query);
        CHECK(hits.isOk());
    }
    CHECK(directoryCount(t, QStringLiteral("SELECT count(*) FROM directory_services")) == 3);
}

TEST_CASE("directory: filters by thématique category or code, type, fees, publics, withdrawn",
          "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    DirectoryQuery category;
    category.thematiques = {QStringLiteral("mobilite")};
    CHECK(keysFound(t, category) ==
          QStringList{QStringLiteral("auto-ecole-sociale"), QStringLiteral("velo-solidaire")});
    DirectoryQuery code;
    code.thematiques = {QStringLiteral("mobilite--preparer-un-permis")};
    CHECK(keysFound(t, code) == QStringList{QStringLiteral("auto-ecole-sociale")});
    DirectoryQuery free;
    free.frais = {QStringLiteral("gratuit")};
    free.types = {QStringLiteral("aide-materielle")};
    CHECK(keysFound(t, free) ==
          QStringList{QStringLiteral("epicerie-solidaire"), QStringLiteral("velo-solidaire")});
    DirectoryQuery young;
    young.publics = {QStringLiteral("jeunes")}; // "tous-publics" services are for them too
    CHECK(keysFound(t, young) ==
          QStringList{QStringLiteral("auto-ecole-sociale"), QStringLiteral("epicerie-solidaire")});
    DirectoryQuery remote;
    remote.modesAccueil = {QStringLiteral("a-distance")};
    CHECK(keysFound(t, remote).isEmpty());

    QJsonObject root = QJsonDocument::fromJson(directoryBytes(QStringLiteral("valid.json"))).object();
    root.insert(QStringLiteral("services"),
                QJsonArray{root.value(QStringLiteral("services")).toArray().at(0)});
    CHECK(importDirectory(t, QJsonDocument(root).toJson()).services.withdrawn == 2);
    CHECK(keysFound(t, {}) == QStringList{QStringLiteral("auto-ecole-sociale")});
    DirectoryQuery all;
    all.includeWithdrawn = true;
    CHECK(keysFound(t, all).size() == 3);
}

TEST_CASE("directory: results carry age, staleness and quality", "[directory]") {
    ScopedClock clock(directoryNow());
    TestDatabase t;
    importDirectoryFile(t, QStringLiteral("valid.json"));
    DirectoryQuery query;
    query.text = QStringLiteral("auto ecole");
    const Result<QList<DirectoryHit>> hits = DirectorySearch(t.db()).search(t.actor(), query);
    REQUIRE(hits.isOk());
    REQUIRE(hits->size() == 1);
    const DirectoryHit& hit = hits->at(0);
    CHECK(hit.structureName == QStringLiteral("Mission locale Trégor-Goëlo"));
    CHECK(hit.commune == QStringLiteral("Lannion"));
    CHECK(hit.ageDays == 36); // 2026-05-10 → 2026-06-15
    CHECK_FALSE(hit.stale);
    // Everything but the description length (96 characters, under 200): 9 of 10 criteria.
    CHECK(hit.quality == Approx(0.9));
    CHECK(hit.type == QStringLiteral("accompagnement"));
    CHECK(hit.frais == QStringLiteral("payant"));
}
