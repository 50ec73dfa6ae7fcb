// Searching the register (core/persons/SearchExpression, PersonRegister with search text).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"
#include "persons/SearchExpression.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::TestDatabase;

// Every term of a query is one quoted word of letters or digits with a prefix star.
static void requireOnlyQuotedWords(const QString& query) {
    static const QRegularExpression term(QStringLiteral("^\"[^\"\\s*():^+-]+\"\\*$"));
    INFO("query: " << query.toStdString());
    const QStringList terms = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& t : terms) {
        INFO("term: " << t.toStdString());
        CHECK(term.match(t).hasMatch());
    }
    CHECK(query.count(QLatin1Char('"')) == 2 * terms.size());
}

TEST_CASE("ftsPrefixQuery folds words into quoted prefix terms", "[search][fts]") {
    CHECK(ftsPrefixQuery(QStringLiteral("hele")) == QStringLiteral("\"hele\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("  Hélène   DURAND ")) == QStringLiteral("\"helene\"* \"durand\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("Cœur")) == QStringLiteral("\"coeur\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("N'Diaye")) == QStringLiteral("\"n\"* \"diaye\"*"));
}

TEST_CASE("ftsPrefixQuery writes typed dates as the stored zero-padded ddmmyyyy word", "[search][fts]") {
    const QString expected = QStringLiteral("\"15031985\"*");
    CHECK(ftsPrefixQuery(QStringLiteral("15/03/1985")) == expected);
    CHECK(ftsPrefixQuery(QStringLiteral("15/3/1985")) == expected);
    CHECK(ftsPrefixQuery(QStringLiteral("15.3.1985")) == expected);
    CHECK(ftsPrefixQuery(QStringLiteral("15-03-1985")) == expected);
    CHECK(ftsPrefixQuery(QStringLiteral("1985-03-15")) == expected);
    CHECK(ftsPrefixQuery(QStringLiteral("1/2/2000 martin")) == QStringLiteral("\"01022000\"* \"martin\"*"));
    // As far as typed: a prefix of the date word.
    CHECK(ftsPrefixQuery(QStringLiteral("15/03/19")) == QStringLiteral("\"150319\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("15/03")) == QStringLiteral("\"1503\"*"));
}

TEST_CASE("ftsPrefixQuery turns FTS5 syntax into literal words or nothing", "[search][fts]") {
    for (const char* nothing : {"", "   ", "*", "\"", "-", ":", "()", "^", "+", "\"*\"", "'; --", "«»"}) {
        INFO("input: " << nothing);
        CHECK(ftsPrefixQuery(QString::fromUtf8(nothing)).isEmpty());
    }
    CHECK(ftsPrefixQuery(QStringLiteral("NEAR(")) == QStringLiteral("\"near\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("a -b")) == QStringLiteral("\"a\"* \"b\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("col:x")) == QStringLiteral("\"col\"* \"x\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("a OR b")) == QStringLiteral("\"a\"* \"or\"* \"b\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("'; DROP TABLE persons; --")) ==
          QStringLiteral("\"drop\"* \"table\"* \"persons\"*"));
    for (const QString& hostile :
         {QStringLiteral("\"a\" AND \"b\""), QStringLiteral("NEAR(a b, 3)"), QStringLiteral("{last_key}: x*"),
          QStringLiteral("a\"b"), QStringLiteral("x\" OR \"y"), QStringLiteral("😀 émoji ∑ ½"),
          QStringLiteral("مرحبا بالعالم"), QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("cd"))}) {
        requireOnlyQuotedWords(ftsPrefixQuery(hostile));
    }
}

TEST_CASE("ftsPrefixQuery bounds the number and length of words", "[search][fts]") {
    QStringList words;
    for (int i = 0; i < 20; ++i) {
        words << QStringLiteral("w%1").arg(i);
    }
    const QString many = ftsPrefixQuery(words.join(QLatin1Char(' ')));
    CHECK(many.split(QLatin1Char(' ')).size() == 8);
    CHECK(many.startsWith(QStringLiteral("\"w0\"* \"w1\"*")));
    const QString longWord = ftsPrefixQuery(QString(10000, QLatin1Char('a')));
    CHECK(longWord == QLatin1Char('"') + QString(40, QLatin1Char('a')) + QStringLiteral("\"*"));
}

// Six people, one structure; returns nothing, the tests search by name.
static void addPeople(TestDatabase& t) {
    PersonStore store(t.db());
    const auto add = [&](const QString& last, const QString& first, const QDate& birth, const QString& insee,
                         const QString& caf) {
        Person p = samplePerson(last, first, birth);
        p.communeInsee = insee;
        p.communeName.clear();
        p.postcode.clear();
        if (insee == QLatin1String("22278")) {
            p.communeName = QStringLiteral("Saint-Brieuc");
        } else if (insee == QLatin1String("22113")) {
            p.communeName = QStringLiteral("Lannion");
        } else if (insee == QLatin1String("22016")) {
            p.communeName = QStringLiteral("Île-de-Bréhat");
        }
        p.cafNumber = caf;
        const auto id = store.create(t.actor(), p);
        INFO(PersonStore::describe(PersonStore::check(p)).toStdString());
        REQUIRE(id.isOk());
    };
    add(QStringLiteral("Durand"), QStringLiteral("Hélène"), QDate(1985, 3, 15), QStringLiteral("22278"),
        QStringLiteral("1234567"));
    add(QStringLiteral("N'Diaye"), QStringLiteral("Awa"), QDate(1990, 7, 1), QStringLiteral("22113"), {});
    add(QStringLiteral("Cœurderoy"), QStringLiteral("Anaïs"), QDate(1978, 12, 5), QStringLiteral("22016"),
        {});
    add(QStringLiteral("Lévêque-Martin"), QStringLiteral("Solène"), QDate(1985, 3, 16),
        QStringLiteral("22278"), {});
    add(QStringLiteral("Le Goff"), QStringLiteral("Yann"), QDate(2000, 1, 31), QStringLiteral("22113"),
        QStringLiteral("7654321"));
    add(QStringLiteral("Martin"), QStringLiteral("Jean-Pierre"), QDate(1962, 11, 11), {}, {});
}

// The last names the register shows for a search, sorted.
static QStringList found(TestDatabase& t, const QString& text) {
    PersonRegister reg(t.db(), t.actor());
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    filter.searchText = text;
    const auto rows = reg.page(filter, nullptr, 100);
    INFO("search: " << text.toStdString());
    REQUIRE(rows.isOk());
    const auto count = reg.count(filter);
    REQUIRE(count.isOk());
    CHECK(count.value() == rows->size());
    QStringList names;
    for (const PersonRow& row : rows.value()) {
        names << row.lastName;
    }
    names.sort();
    return names;
}

TEST_CASE("Search ignores case and accents and matches word prefixes", "[search]") {
    TestDatabase t;
    addPeople(t);
    const QStringList durand{QStringLiteral("Durand")};
    CHECK(found(t, QStringLiteral("hele")) == durand);
    CHECK(found(t, QStringLiteral("HÉLÈNE")) == durand);
    CHECK(found(t, QStringLiteral("Helene")) == durand);
    CHECK(found(t, QStringLiteral("dur")) == durand);
    CHECK(found(t, QStringLiteral("coeur")) == QStringList{QStringLiteral("Cœurderoy")});
    CHECK(found(t, QStringLiteral("CŒUR")) == QStringList{QStringLiteral("Cœurderoy")});
    CHECK(found(t, QStringLiteral("anais")) == QStringList{QStringLiteral("Cœurderoy")});
    CHECK(found(t, QStringLiteral("zzz")).isEmpty());
}

TEST_CASE("Search finds names with apostrophes, hyphens and spaces however they are typed", "[search]") {
    TestDatabase t;
    addPeople(t);
    const QStringList ndiaye{QStringLiteral("N'Diaye")};
    CHECK(found(t, QStringLiteral("diaye")) == ndiaye);
    CHECK(found(t, QStringLiteral("n'diaye")) == ndiaye);
    CHECK(found(t, QStringLiteral("N’Diaye")) == ndiaye);
    CHECK(found(t, QStringLiteral("n diaye")) == ndiaye);
    CHECK(found(t, QStringLiteral("ndiaye")) == ndiaye);
    CHECK(found(t, QStringLiteral("le goff")) == QStringList{QStringLiteral("Le Goff")});
    CHECK(found(t, QStringLiteral("legoff")) == QStringList{QStringLiteral("Le Goff")});
    CHECK(found(t, QStringLiteral("jean-pierre")) == QStringList{QStringLiteral("Martin")});
    CHECK(found(t, QStringLiteral("jeanpierre")) == QStringList{QStringLiteral("Martin")});
    CHECK(found(t, QStringLiteral("leveque-martin")) == QStringList{QStringLiteral("Lévêque-Martin")});
}

TEST_CASE("Search finds birth dates typed as dd/mm/yyyy", "[search]") {
    TestDatabase t;
    addPeople(t);
    const QStringList durand{QStringLiteral("Durand")};
    CHECK(found(t, QStringLiteral("15/03/1985")) == durand);
    CHECK(found(t, QStringLiteral("15/3/1985")) == durand);
    CHECK(found(t, QStringLiteral("15.03.1985")) == durand);
    CHECK(found(t, QStringLiteral("1985-03-15")) == durand); // ISO order: the same three words
    CHECK(found(t, QStringLiteral("16/03/1985")) == QStringList{QStringLiteral("Lévêque-Martin")});
    CHECK(found(t, QStringLiteral("1985")) ==
          QStringList{QStringLiteral("Durand"), QStringLiteral("Lévêque-Martin")});
    CHECK(found(t, QStringLiteral("1/7/1990")) == QStringList{QStringLiteral("N'Diaye")});
    CHECK(found(t, QStringLiteral("15/03/1986")).isEmpty());
    CHECK(found(t, QStringLiteral("15/03/19")) == durand);   // as far as typed
    CHECK(found(t, QStringLiteral("03/15/1985")).isEmpty()); // day and month keep their places
}

TEST_CASE("Search finds CAF numbers by prefix and communes by name", "[search]") {
    TestDatabase t;
    addPeople(t);
    CHECK(found(t, QStringLiteral("12345")) == QStringList{QStringLiteral("Durand")});
    CHECK(found(t, QStringLiteral("7654321")) == QStringList{QStringLiteral("Le Goff")});
    CHECK(found(t, QStringLiteral("lannion")) ==
          QStringList{QStringLiteral("Le Goff"), QStringLiteral("N'Diaye")});
    CHECK(found(t, QStringLiteral("brehat")) == QStringList{QStringLiteral("Cœurderoy")});
    CHECK(found(t, QStringLiteral("saint-brieuc")) ==
          QStringList{QStringLiteral("Durand"), QStringLiteral("Lévêque-Martin")});
}

TEST_CASE("Every word of a search must match", "[search]") {
    TestDatabase t;
    addPeople(t);
    CHECK(found(t, QStringLiteral("martin")) ==
          QStringList{QStringLiteral("Lévêque-Martin"), QStringLiteral("Martin")});
    CHECK(found(t, QStringLiteral("martin jean")) == QStringList{QStringLiteral("Martin")});
    CHECK(found(t, QStringLiteral("solene martin")) == QStringList{QStringLiteral("Lévêque-Martin")});
    CHECK(found(t, QStringLiteral("helene lannion")).isEmpty());
    CHECK(found(t, QStringLiteral("awa lannion")) == QStringList{QStringLiteral("N'Diaye")});
}

TEST_CASE("Search text that holds nothing searchable matches nobody", "[search]") {
    TestDatabase t;
    addPeople(t);
    for (const char* punctuation : {"\"", "*", "-", ":", "'", "()", "?!.,;", "\"*\" -:"}) {
        CHECK(found(t, QString::fromUtf8(punctuation)).isEmpty());
    }
    // Blank text is no search at all.
    CHECK(found(t, QStringLiteral("   ")).size() == 6);
}

TEST_CASE("Hostile search text is answered without error and harms nothing", "[search][security]") {
    TestDatabase t;
    addPeople(t);
    const QStringList hostile{
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("NEAR("),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("a -b"),
        QStringLiteral("col:x"),
        QStringLiteral("search_text:hele"),
        QStringLiteral("hele OR 1=1"),
        QStringLiteral("'; DROP TABLE persons; --"),
        QStringLiteral("\"); DELETE FROM persons; --"),
        QString(10000, QLatin1Char('x')),
        QStringLiteral("hele ").repeated(2000),
        QStringLiteral("hele") + QChar(0) + QStringLiteral("ne"),
        QString(3, QChar(0)),
        QStringLiteral("😀😀 hele 🇫🇷"),
        QStringLiteral("مرحبا שלום"),
        QStringLiteral("\u202Ehele\u202C"),
        QStringLiteral("%_\\"),
    };
    PersonRegister reg(t.db(), t.actor());
    for (const QString& text : hostile) {
        RegisterFilter filter;
        filter.status = RegisterFilter::Status::All;
        filter.searchText = text;
        INFO("search: " << text.left(40).toStdString());
        const auto rows = reg.page(filter, nullptr, 50);
        REQUIRE(rows.isOk());
        CHECK(reg.count(filter).isOk());
        CHECK(rows->size() <= 1);
    }
    // "hele" survives the noise around it.
    CHECK(found(t, QStringLiteral("😀😀 hele 🇫🇷")) == QStringList{QStringLiteral("Durand")});
    CHECK(found(t, QStringLiteral("\u202Ehele\u202C")) == QStringList{QStringLiteral("Durand")});
    QSqlQuery query(t.db().sql());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM persons")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 6);
}

TEST_CASE("Search follows edits of a record", "[search]") {
    TestDatabase t;
    addPeople(t);
    PersonStore store(t.db());
    PersonRegister reg(t.db(), t.actor());
    RegisterFilter filter;
    filter.searchText = QStringLiteral("hele");
    const QString id = reg.page(filter, nullptr, 10)->constFirst().id;
    Person person = store.get(t.actor(), id).value();
    person.firstName = QStringLiteral("Gwenaëlle");
    REQUIRE(store.update(t.actor(), person));
    CHECK(found(t, QStringLiteral("hele")).isEmpty());
    CHECK(found(t, QStringLiteral("gwenaelle")) == QStringList{QStringLiteral("Durand")});
}
