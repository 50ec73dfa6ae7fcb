// The register's filters, sort orders and keyset paging (core/persons/PersonRegister).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"

#include <QSet>

#include <algorithm>
#include <tuple>

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::TestDatabase;

static QString create(TestDatabase& t, const Person& person) {
    const auto id = PersonStore(t.db()).create(t.actor(), person);
    REQUIRE(id.isOk());
    return id.value();
}

static Person personIn(const QString& last, const QString& first, const QDate& birth, const QString& insee,
                       const QString& commune) {
    Person p = samplePerson(last, first, birth);
    p.communeInsee = insee;
    p.communeName = commune;
    p.postcode.clear();
    return p;
}

static QStringList idsOf(const QList<PersonRow>& rows) {
    QStringList ids;
    for (const PersonRow& row : rows) {
        ids << row.id;
    }
    return ids;
}

static QStringList lastNamesOf(const QList<PersonRow>& rows) {
    QStringList names;
    for (const PersonRow& row : rows) {
        names << row.lastName;
    }
    return names;
}

// Whether a comes strictly before b in filter's order (what the register promises).
static bool before(const PersonRow& a, const PersonRow& b, const RegisterFilter& filter) {
    const auto key = [&filter](const PersonRow& r) {
        switch (filter.order) {
        case RegisterFilter::Order::LastName:
            return QStringList{r.lastKey, r.firstKey, r.id};
        case RegisterFilter::Order::FirstName:
            return QStringList{r.firstKey, r.lastKey, r.id};
        case RegisterFilter::Order::BirthDate:
            return QStringList{r.birthIso, r.lastKey, r.firstKey, r.id};
        case RegisterFilter::Order::Commune:
            return QStringList{r.communeKey, r.lastKey, r.firstKey, r.id};
        }
        return QStringList{};
    };
    const QStringList ka = key(a);
    const QStringList kb = key(b);
    const bool less = std::lexicographical_compare(ka.cbegin(), ka.cend(), kb.cbegin(), kb.cend());
    const bool greater = std::lexicographical_compare(kb.cbegin(), kb.cend(), ka.cbegin(), ka.cend());
    return filter.descending ? greater : less;
}

static QList<PersonRow> allPages(const PersonRegister& reg, const RegisterFilter& filter, int pageSize) {
    QList<PersonRow> rows;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = reg.page(filter, rows.isEmpty() ? nullptr : &rows.constLast(), pageSize);
        REQUIRE(page.isOk());
        REQUIRE(page->size() <= pageSize);
        rows += page.value();
        if (page->size() < pageSize) {
            break;
        }
    }
    return rows;
}

TEST_CASE("The register filters by follow-up status and archive", "[register]") {
    TestDatabase t;
    Person awaiting = samplePerson(QStringLiteral("Attente"), QStringLiteral("Anne"));
    Person followed = samplePerson(QStringLiteral("Suivi"), QStringLiteral("Sam"));
    followed.followStatus = QStringLiteral("followed");
    Person archived = samplePerson(QStringLiteral("Archive"), QStringLiteral("Alex"));
    archived.followStatus = QStringLiteral("followed");
    Person exited = samplePerson(QStringLiteral("Sorti"), QStringLiteral("Sacha"));
    exited.followStatus = QStringLiteral("exited");
    create(t, awaiting);
    create(t, followed);
    const QString archivedId = create(t, archived);
    create(t, exited);
    REQUIRE(PersonStore(t.db()).setArchived(t.actor(), archivedId, true));

    PersonRegister reg(t.db(), t.actor());
    const auto shown = [&reg](RegisterFilter::Status status) {
        RegisterFilter filter;
        filter.status = status;
        const auto rows = reg.page(filter, nullptr, 100);
        REQUIRE(rows.isOk());
        CHECK(reg.count(filter).value() == rows->size());
        return lastNamesOf(rows.value());
    };
    using S = RegisterFilter::Status;
    CHECK(shown(S::Current) ==
          QStringList{QStringLiteral("Attente"), QStringLiteral("Sorti"), QStringLiteral("Suivi")});
    CHECK(shown(S::AwaitingOrientation) == QStringList{QStringLiteral("Attente")});
    CHECK(shown(S::Followed) == QStringList{QStringLiteral("Suivi")});
    CHECK(shown(S::Exited) == QStringList{QStringLiteral("Sorti")});
    CHECK(shown(S::Archived) == QStringList{QStringLiteral("Archive")});
    CHECK(shown(S::All) == QStringList{QStringLiteral("Archive"), QStringLiteral("Attente"),
                                       QStringLiteral("Sorti"), QStringLiteral("Suivi")});
    // The default filter is the current people.
    CHECK(RegisterFilter().status == S::Current);
}

TEST_CASE("Each of the four sort orders works in both directions", "[register][sort]") {
    TestDatabase t;
    create(t, personIn(QStringLiteral("Bernard"), QStringLiteral("Zoé"), QDate(1990, 5, 1),
                       QStringLiteral("22113"), QStringLiteral("Lannion")));
    create(t, personIn(QStringLiteral("Albert"), QStringLiteral("Yves"), QDate(2001, 1, 1),
                       QStringLiteral("22278"), QStringLiteral("Saint-Brieuc")));
    create(t, personIn(QStringLiteral("Caron"), QStringLiteral("Anne"), QDate(1960, 12, 31),
                       QStringLiteral("22016"), QStringLiteral("Île-de-Bréhat")));
    create(t, personIn(QStringLiteral("Dubois"), QStringLiteral("Émile"), QDate(1975, 6, 15), {}, {}));

    PersonRegister reg(t.db(), t.actor());
    using O = RegisterFilter::Order;
    const struct {
        O order;
        QStringList expected; // ascending
    } cases[] = {
        {O::LastName,
         {QStringLiteral("Albert"), QStringLiteral("Bernard"), QStringLiteral("Caron"),
          QStringLiteral("Dubois")}},
        {O::FirstName,
         {QStringLiteral("Caron"), QStringLiteral("Dubois"), QStringLiteral("Albert"),
          QStringLiteral("Bernard")}},
        {O::BirthDate,
         {QStringLiteral("Caron"), QStringLiteral("Dubois"), QStringLiteral("Bernard"),
          QStringLiteral("Albert")}},
        // No commune sorts first; "Île-de-Bréhat" sorts as "ile de brehat".
        {O::Commune,
         {QStringLiteral("Dubois"), QStringLiteral("Caron"), QStringLiteral("Bernard"),
          QStringLiteral("Albert")}},
    };
    for (const auto& c : cases) {
        RegisterFilter filter;
        filter.order = c.order;
        INFO("order " << static_cast<int>(c.order));
        CHECK(lastNamesOf(reg.page(filter, nullptr, 10).value()) == c.expected);
        filter.descending = true;
        QStringList reversed = c.expected;
        std::reverse(reversed.begin(), reversed.end());
        CHECK(lastNamesOf(reg.page(filter, nullptr, 10).value()) == reversed);
    }
}

TEST_CASE("Names sort in French order, accents ignored", "[register][sort]") {
    TestDatabase t;
    for (const char* name : {"Fabre", "Écuyer", "Dupont", "Eber", "Zola", "Édouard", "de Gaulle", "Çelik"}) {
        create(t, samplePerson(QString::fromUtf8(name), QStringLiteral("Anne")));
    }
    PersonRegister reg(t.db(), t.actor());
    CHECK(lastNamesOf(reg.page(RegisterFilter(), nullptr, 20).value()) ==
          QStringList{QStringLiteral("Çelik"), QStringLiteral("de Gaulle"), QStringLiteral("Dupont"),
                      QStringLiteral("Eber"), QStringLiteral("Écuyer"), QStringLiteral("Édouard"),
                      QStringLiteral("Fabre"), QStringLiteral("Zola")});
}

TEST_CASE("Paging 7 at a time gives everyone once, in the order of one big page", "[register][paging]") {
    TestDatabase t;
    // Few distinct values, so that many rows tie on every key but the id.
    const QStringList lasts{QStringLiteral("Martin"),  QStringLiteral("Le Goff"), QStringLiteral("Écuyer"),
                            QStringLiteral("N'Diaye"), QStringLiteral("Durand"),  QStringLiteral("Lévêque")};
    const QStringList firsts{QStringLiteral("Anne"), QStringLiteral("Élodie"), QStringLiteral("Yann"),
                             QStringLiteral("Awa"), QStringLiteral("Jean-Pierre")};
    const QList<QPair<QString, QString>> communes{{QStringLiteral("22278"), QStringLiteral("Saint-Brieuc")},
                                                  {QStringLiteral("22113"), QStringLiteral("Lannion")},
                                                  {QStringLiteral("22016"), QStringLiteral("Île-de-Bréhat")},
                                                  {QString(), QString()}};
    QSet<QString> created;
    for (int i = 0; i < 250; ++i) {
        Person p =
            personIn(lasts.at(i % lasts.size()), firsts.at((i / 3) % firsts.size()),
                     QDate(1980, 1, 1).addDays((i * 7) % 11), communes.at((i / 2) % communes.size()).first,
                     communes.at((i / 2) % communes.size()).second);
        p.followStatus = i % 10 == 0 ? QStringLiteral("exited") : QStringLiteral("followed");
        created.insert(create(t, p));
    }
    REQUIRE(created.size() == 250);

    PersonRegister reg(t.db(), t.actor());
    using O = RegisterFilter::Order;
    for (O order : {O::LastName, O::FirstName, O::BirthDate, O::Commune}) {
        for (bool descending : {false, true}) {
            RegisterFilter filter;
            filter.order = order;
            filter.descending = descending;
            INFO("order " << static_cast<int>(order) << (descending ? " descending" : " ascending"));
            const auto big = reg.page(filter, nullptr, 1000);
            REQUIRE(big.isOk());
            REQUIRE(big->size() == 250);
            for (int i = 1; i < big->size(); ++i) {
                REQUIRE(before(big->at(i - 1), big->at(i), filter));
            }
            const QList<PersonRow> paged = allPages(reg, filter, 7);
            CHECK(idsOf(paged) == idsOf(big.value()));
            const QStringList ids = idsOf(paged);
            CHECK(QSet<QString>(ids.cbegin(), ids.cend()) == created);
        }
    }

    // Paging also holds with a search and a status filter.
    RegisterFilter filter;
    filter.searchText = QStringLiteral("martin");
    filter.status = RegisterFilter::Status::Followed;
    filter.order = O::BirthDate;
    const auto big = reg.page(filter, nullptr, 1000);
    REQUIRE(big.isOk());
    CHECK(big->size() == reg.count(filter).value());
    CHECK(big->size() > 7);
    CHECK(idsOf(allPages(reg, filter, 3)) == idsOf(big.value()));
    for (const PersonRow& row : big.value()) {
        CHECK(row.lastName == QStringLiteral("Martin"));
        CHECK(row.followStatus == QStringLiteral("followed"));
    }
}

TEST_CASE("A page after the last row is empty", "[register][paging]") {
    TestDatabase t;
    create(t, samplePerson(QStringLiteral("Seul"), QStringLiteral("Anne")));
    PersonRegister reg(t.db(), t.actor());
    const auto first = reg.page(RegisterFilter(), nullptr, 10);
    REQUIRE(first->size() == 1);
    const auto next = reg.page(RegisterFilter(), &first->constFirst(), 10);
    REQUIRE(next.isOk());
    CHECK(next->isEmpty());
}

TEST_CASE("PersonRow carries what the list shows", "[register]") {
    TestDatabase t;
    Person p = samplePerson(QStringLiteral("Lévêque-Martin"), QStringLiteral("Hélène"), QDate(1985, 3, 15));
    p.cafNumber = QStringLiteral("1234567");
    p.followStatus = QStringLiteral("followed");
    const QString id = create(t, p);
    PersonRegister reg(t.db(), t.actor());
    const auto row = reg.row(id);
    REQUIRE(row.isOk());
    REQUIRE(row->has_value());
    const PersonRow& r = *row.value();
    CHECK(r.id == id);
    CHECK(r.lastName == QStringLiteral("Lévêque-Martin"));
    CHECK(r.firstName == QStringLiteral("Hélène"));
    CHECK(r.birthDate == QDate(1985, 3, 15));
    CHECK(r.birthIso == QStringLiteral("1985-03-15"));
    CHECK(r.communeName == QStringLiteral("Saint-Brieuc"));
    CHECK(r.cafNumber == QStringLiteral("1234567"));
    CHECK(r.followStatus == QStringLiteral("followed"));
    CHECK_FALSE(r.archived);
    CHECK(r.lastKey == QStringLiteral("leveque martin"));
    CHECK(r.firstKey == QStringLiteral("helene"));
    CHECK(r.communeKey == QStringLiteral("saint brieuc"));
    CHECK_FALSE(reg.row(QStringLiteral("00000000-0000-4000-8000-000000000000"))->has_value());
}

TEST_CASE("A register page walks the index of its order and never sorts the whole structure",
          "[register][plan]") {
    TestDatabase t;
    const PersonRegister reg(t.db(), t.actor());
    using Status = RegisterFilter::Status;
    using Order = RegisterFilter::Order;
    for (Order order : {Order::LastName, Order::FirstName, Order::BirthDate, Order::Commune}) {
        for (bool descending : {false, true}) {
            for (Status status : {Status::Current, Status::Followed, Status::Archived, Status::All}) {
                for (bool withCursor : {false, true}) {
                    RegisterFilter filter;
                    filter.order = order;
                    filter.descending = descending;
                    filter.status = status;
                    const QString plan = reg.pagePlan(filter, withCursor).join(QStringLiteral(" | "));
                    INFO(plan.toStdString());
                    REQUIRE_FALSE(plan.isEmpty());
                    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
                    CHECK(plan.contains(QStringLiteral("USING INDEX persons_by_")));
                    CHECK_FALSE(plan.contains(QStringLiteral("persons_by_structure_status")));
                }
            }
        }
    }
}
