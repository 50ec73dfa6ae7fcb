// The INSEE referential of communes, EPCI and départements (core/territory/Territory).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "common/TextFold.h"
#include "territory/Territory.h"

#include <QSet>

using namespace jalon;

static QStringList namesOf(const QList<const Commune*>& communes) {
    QStringList names;
    for (const Commune* commune : communes) {
        names << commune->name;
    }
    return names;
}

TEST_CASE("The referential holds every French commune, once", "[territory]") {
    const Territory& territory = Territory::instance();
    CHECK(territory.communes().size() > 34000);
    QSet<QString> codes;
    for (const Commune& commune : territory.communes()) {
        codes.insert(commune.code);
        REQUIRE(commune.code.size() == 5);
        REQUIRE_FALSE(commune.name.isEmpty());
    }
    CHECK(codes.size() == territory.communes().size());
    CHECK(&Territory::instance() == &territory);
}

TEST_CASE("A commune is found by its INSEE code", "[territory]") {
    const Commune* saintBrieuc = Territory::instance().commune(QStringLiteral("22278"));
    REQUIRE(saintBrieuc != nullptr);
    CHECK(saintBrieuc->name == QStringLiteral("Saint-Brieuc"));
    CHECK(saintBrieuc->departement == QStringLiteral("22"));
    CHECK(saintBrieuc->postcodes == QStringList{QStringLiteral("22000")});
    CHECK(saintBrieuc->population > 40000);
    CHECK_FALSE(saintBrieuc->arrondissement);
    CHECK(saintBrieuc->foldedName == QStringLiteral("saint brieuc"));
    CHECK(Territory::instance().commune(QStringLiteral("99999")) == nullptr);
    CHECK(Territory::instance().commune(QString()) == nullptr);
}

TEST_CASE("Corsican communes keep their letter codes", "[territory]") {
    const Commune* ajaccio = Territory::instance().commune(QStringLiteral("2A004"));
    REQUIRE(ajaccio != nullptr);
    CHECK(ajaccio->name == QStringLiteral("Ajaccio"));
}

TEST_CASE("Paris arrondissements are in the referential, flagged", "[territory]") {
    const Commune* first = Territory::instance().commune(QStringLiteral("75101"));
    REQUIRE(first != nullptr);
    CHECK(first->arrondissement);
    CHECK(first->departement == QStringLiteral("75"));
    CHECK(first->postcodes.contains(QStringLiteral("75001")));
    const Commune* paris = Territory::instance().commune(QStringLiteral("75056"));
    REQUIRE(paris != nullptr);
    CHECK_FALSE(paris->arrondissement);
}

TEST_CASE("Communes are found by postcode, communes before arrondissements, larger first", "[territory]") {
    const QList<const Commune*> found = Territory::instance().communesWithPostcode(QStringLiteral("22300"));
    const QStringList names = namesOf(found);
    CHECK(names.contains(QStringLiteral("Lannion")));
    CHECK(names.constFirst() == QStringLiteral("Lannion"));
    for (const Commune* commune : found) {
        CHECK(commune->postcodes.contains(QStringLiteral("22300")));
    }
    for (int i = 1; i < found.size(); ++i) {
        CHECK(found.at(i - 1)->population >= found.at(i)->population);
    }
    CHECK(Territory::instance().communesWithPostcode(QStringLiteral("00000")).isEmpty());

    const QList<const Commune*> paris = Territory::instance().communesWithPostcode(QStringLiteral("75001"));
    REQUIRE_FALSE(paris.isEmpty());
    bool seenArrondissement = false;
    for (const Commune* commune : paris) {
        CHECK_FALSE((seenArrondissement && !commune->arrondissement));
        seenArrondissement = seenArrondissement || commune->arrondissement;
    }
}

TEST_CASE("Searching by name ignores accents, case and hyphens", "[territory]") {
    const QStringList brehat = namesOf(Territory::instance().searchByName(QStringLiteral("brehat")));
    CHECK(brehat.contains(QStringLiteral("Île-de-Bréhat")));
    const QStringList ile = namesOf(Territory::instance().searchByName(QStringLiteral("ILE DE BRÉHAT")));
    CHECK(ile.contains(QStringLiteral("Île-de-Bréhat")));
    CHECK(Territory::instance().searchByName(QStringLiteral("zzzzzz")).isEmpty());
    CHECK(Territory::instance().searchByName(QStringLiteral("-'")).isEmpty());
    CHECK(Territory::instance().searchByName(QStringLiteral("saint"), 0).isEmpty());
}

TEST_CASE("Searching by name lists whole-name matches first, larger communes first", "[territory]") {
    const QList<const Commune*> found = Territory::instance().searchByName(QStringLiteral("saint bri"), 50);
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.constFirst()->name == QStringLiteral("Saint-Brieuc"));
    CHECK(found.size() <= 50);
    bool inPartial = false;
    for (int i = 0; i < found.size(); ++i) {
        const bool whole = found.at(i)->foldedName.startsWith(QStringLiteral("saint bri"));
        INFO(found.at(i)->name.toStdString());
        CHECK(found.at(i)->foldedName.contains(QStringLiteral("saint bri")));
        CHECK_FALSE((inPartial && whole)); // no whole-name match after a partial one
        inPartial = inPartial || !whole;
        if (i > 0 && whole) {
            CHECK(found.at(i - 1)->population >= found.at(i)->population);
        }
    }
    CHECK(Territory::instance().searchByName(QStringLiteral("saint"), 7).size() == 7);
}

TEST_CASE("A word inside a commune's name matches too", "[territory]") {
    const QList<const Commune*> found = Territory::instance().searchByName(QStringLiteral("brieuc"), 100);
    const QStringList names = namesOf(found);
    CHECK(names.contains(QStringLiteral("Saint-Brieuc")));
    CHECK(names.contains(QStringLiteral("Saint-Brieuc-des-Iffs")));
}

TEST_CASE("EPCI and département names are known", "[territory]") {
    const Commune* saintBrieuc = Territory::instance().commune(QStringLiteral("22278"));
    REQUIRE(saintBrieuc != nullptr);
    REQUIRE_FALSE(saintBrieuc->epci.isEmpty());
    CHECK_FALSE(Territory::instance().epciName(saintBrieuc->epci).isEmpty());
    CHECK(Territory::instance().departementName(QStringLiteral("22")) == QStringLiteral("Côtes-d'Armor"));
    CHECK(Territory::instance().departementName(QStringLiteral("2A")) == QStringLiteral("Corse-du-Sud"));
    CHECK(Territory::instance().epciName(QStringLiteral("000000000")).isEmpty());
}

TEST_CASE("Every commune's postcodes are plausible and every EPCI has a name", "[territory]") {
    int withoutPostcode = 0;
    for (const Commune& commune : Territory::instance().communes()) {
        if (commune.postcodes.isEmpty()) {
            ++withoutPostcode;
        }
        for (const QString& postcode : commune.postcodes) {
            INFO(commune.code.toStdString() << " " << postcode.toStdString());
            REQUIRE(Territory::isPlausiblePostcode(postcode));
        }
        if (!commune.epci.isEmpty()) {
            INFO(commune.code.toStdString() << " epci " << commune.epci.toStdString());
            REQUIRE_FALSE(Territory::instance().epciName(commune.epci).isEmpty());
        }
    }
    CHECK(withoutPostcode < 100);
}

TEST_CASE("isPlausiblePostcode accepts five digits of a real département", "[territory][postcode]") {
    for (const char* good : {"01000", "22000", "75001", "20000", "97400", "98800"}) {
        INFO(good);
        CHECK(Territory::isPlausiblePostcode(QString::fromLatin1(good)));
    }
    for (const char* bad : {"", "2200", "220000", "2A000", "99000", "00100", " 22000", "22 00"}) {
        INFO(bad);
        CHECK_FALSE(Territory::isPlausiblePostcode(QString::fromLatin1(bad)));
    }
}
