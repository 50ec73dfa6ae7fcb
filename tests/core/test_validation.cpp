// Validation of a person's record (core/persons/PersonValidator, PersonStore::check).
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "TestDatabase.h"
#include "persons/PersonStore.h"
#include "persons/PersonValidator.h"

using namespace jalon;
using jalon::test::samplePerson;
using jalon::test::ScopedClock;

static const QDate kToday(2025, 6, 1);

static QStringList fieldsOf(const QList<FieldError>& errors) {
    QStringList fields;
    for (const FieldError& error : errors) {
        fields << error.field;
    }
    return fields;
}

// The errors of a record after the normalisation every save applies, on kToday.
static QList<FieldError> errorsOf(const Person& person) {
    return PersonValidator::validate(PersonValidator::normalized(person), kToday);
}

static QStringList fieldErrors(const Person& person) {
    return fieldsOf(errorsOf(person));
}

TEST_CASE("A well-formed record has no errors", "[validation]") {
    Person person = samplePerson();
    person.title = QStringLiteral("mme");
    person.phone = QStringLiteral("06 12 34 56 78");
    person.email = QStringLiteral("helene.durand@example.fr");
    person.cafNumber = QStringLiteral("1234567");
    person.franceTravailId = QStringLiteral("1234567a");
    person.rsaStatus = QStringLiteral("open_payable");
    person.children = 2;
    CHECK(errorsOf(person).isEmpty());
}

TEST_CASE("Birth dates in the future, over 120 years ago or invalid are refused", "[validation]") {
    Person person = samplePerson();
    person.birthDate = kToday;
    CHECK(fieldErrors(person).isEmpty());
    person.birthDate = kToday.addDays(1);
    CHECK(fieldErrors(person) == QStringList{PersonField::birthDate});
    person.birthDate = kToday.addYears(-120);
    CHECK(fieldErrors(person).isEmpty());
    person.birthDate = kToday.addYears(-120).addDays(-1);
    CHECK(fieldErrors(person) == QStringList{PersonField::birthDate});
    person.birthDate = QDate();
    CHECK(fieldErrors(person) == QStringList{PersonField::birthDate});
    person.birthDate = QDate(2023, 2, 29); // no such day
    CHECK(fieldErrors(person) == QStringList{PersonField::birthDate});
}

TEST_CASE("PersonStore::check uses today's date from the clock", "[validation]") {
    ScopedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    Person person = samplePerson();
    person.birthDate = kToday.addDays(1);
    CHECK(fieldsOf(PersonStore::check(person)) == QStringList{PersonField::birthDate});
    clock.clock().set(QDateTime(kToday.addDays(2), QTime(10, 0), Qt::UTC));
    CHECK(PersonStore::check(person).isEmpty());
}

TEST_CASE("Postcodes must be five digits of a real département", "[validation][postcode]") {
    Person person = samplePerson();
    person.communeInsee.clear();
    person.communeName.clear();
    for (const char* good : {"22000", "75001", "97400", "20000", " 22300 "}) {
        person.postcode = QString::fromLatin1(good);
        INFO(good);
        CHECK(fieldErrors(person).isEmpty());
    }
    for (const char* bad : {"2200", "2A000", "99000", "00100", "220000", "22 000", "abcde"}) {
        person.postcode = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fieldErrors(person) == QStringList{PersonField::postcode});
    }
}

TEST_CASE("A postcode that is not the commune's is refused", "[validation][postcode]") {
    Person person = samplePerson(); // Saint-Brieuc, 22000
    CHECK(fieldErrors(person).isEmpty());
    person.postcode = QStringLiteral("22300"); // Lannion's
    const QList<FieldError> errors = errorsOf(person);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().field == PersonField::postcode);
    CHECK(errors.constFirst().message.contains(QStringLiteral("Saint-Brieuc")));
    CHECK(errors.constFirst().message.contains(QStringLiteral("22000")));
}

TEST_CASE("A commune must come from the referential", "[validation]") {
    Person person = samplePerson();
    person.communeInsee = QStringLiteral("99999");
    CHECK(fieldErrors(person) == QStringList{PersonField::communeInsee});
    person.communeInsee.clear(); // a name typed without choosing from the list
    person.postcode.clear();
    CHECK(fieldErrors(person) == QStringList{PersonField::communeInsee});
    person.communeName.clear(); // no commune at all is fine
    CHECK(fieldErrors(person).isEmpty());
}

TEST_CASE("Phone numbers are French numbers, separators ignored", "[validation][phone]") {
    Person person = samplePerson();
    for (const char* good :
         {"06 12 34 56 78", "0612345678", "06.12.34.56.78", "06-12-34-56-78", "+33 6 12 34 56 78",
          "+33612345678", "0033 6 12 34 56 78", "+262 692 12 34 56"}) {
        person.phone = QString::fromLatin1(good);
        INFO(good);
        CHECK(fieldErrors(person).isEmpty());
    }
    CHECK(PersonValidator::normalized(person).phone == QStringLiteral("+262692123456"));
    for (const char* bad :
         {"12345", "0012345678", "06 12 34 56", "06 12 34 56 78 9", "+44 20 7946 0958", "06 12 34 56 7a"}) {
        person.phone = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fieldErrors(person) == QStringList{PersonField::phone});
    }
}

TEST_CASE("E-mail addresses must look like addresses", "[validation][email]") {
    Person person = samplePerson();
    for (const char* good :
         {"helene@example.fr", "jean-pierre.le-goff+rsa@mairie.saint-brieuc.fr", " a@b.fr "}) {
        person.email = QString::fromLatin1(good);
        INFO(good);
        CHECK(fieldErrors(person).isEmpty());
    }
    for (const char* bad : {"helene", "helene@", "@example.fr", "helene@example", "hel ene@example.fr",
                            "helene..durand@example.fr", "helene@exa_mple.fr", "helene@@example.fr"}) {
        person.email = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fieldErrors(person) == QStringList{PersonField::email});
    }
}

TEST_CASE("CAF and MSA numbers hold digits only", "[validation]") {
    Person person = samplePerson();
    person.cafNumber = QStringLiteral("123 4567");
    CHECK(fieldErrors(person).isEmpty());
    CHECK(PersonValidator::normalized(person).cafNumber == QStringLiteral("1234567"));
    for (const char* bad : {"12345A", "ABC", "1234567890123456", "12_34"}) {
        person.cafNumber = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fieldErrors(person) == QStringList{PersonField::cafNumber});
    }
}

TEST_CASE("Names with apostrophes, hyphens, accents and ligatures are accepted", "[validation][names]") {
    Person person = samplePerson();
    for (const QString& name :
         {QStringLiteral("N'Diaye"), QStringLiteral("N’Diaye"), QStringLiteral("Lévêque-Martin"),
          QStringLiteral("Cœurderoy"), QStringLiteral("Le Goff"), QStringLiteral("Ørsted"),
          QStringLiteral("St. John"), QStringLiteral("Çelik")}) {
        person.lastName = name;
        person.birthName = name;
        INFO(name.toStdString());
        CHECK(fieldErrors(person).isEmpty());
    }
    person.firstName = QStringLiteral("Marie-Hélène");
    CHECK(fieldErrors(person).isEmpty());
}

TEST_CASE("Names with digits or symbols, empty or too long names are refused", "[validation][names]") {
    Person person = samplePerson();
    person.lastName = QStringLiteral("Durand2");
    CHECK(fieldErrors(person) == QStringList{PersonField::lastName});
    person.lastName = QStringLiteral("Durand");
    person.firstName = QStringLiteral("H3lène");
    CHECK(fieldErrors(person) == QStringList{PersonField::firstName});
    person.firstName = QStringLiteral("-Hélène"); // must start with a letter
    CHECK(fieldErrors(person) == QStringList{PersonField::firstName});
    person.firstName = QStringLiteral("Hélène");
    person.birthName = QStringLiteral("Martin@");
    CHECK(fieldErrors(person) == QStringList{PersonField::birthName});
    person.birthName.clear();
    person.lastName = QStringLiteral("   ");
    CHECK(fieldErrors(person) == QStringList{PersonField::lastName});
    person.lastName = QString(101, QLatin1Char('a'));
    CHECK(fieldErrors(person) == QStringList{PersonField::lastName});
}

TEST_CASE("Codes outside the closed lists are refused", "[validation][choices]") {
    const struct {
        QString field;
        void (*set)(Person&);
    } cases[] = {
        {PersonField::title, [](Person& p) { p.title = QStringLiteral("dr"); }},
        {PersonField::benefitsAgency, [](Person& p) { p.benefitsAgency = QStringLiteral("cpam"); }},
        {PersonField::rsaStatus, [](Person& p) { p.rsaStatus = QStringLiteral("bogus"); }},
        {PersonField::educationLevel, [](Person& p) { p.educationLevel = QStringLiteral("level9"); }},
        {PersonField::workSituation, [](Person& p) { p.workSituation = QStringLiteral("astronaut"); }},
        {PersonField::familySituation, [](Person& p) { p.familySituation = QStringLiteral("x"); }},
        {PersonField::followStatus, [](Person& p) { p.followStatus = QString(); }},
    };
    for (const auto& c : cases) {
        Person person = samplePerson();
        c.set(person);
        INFO(c.field.toStdString());
        CHECK(fieldErrors(person) == QStringList{c.field});
    }
}

TEST_CASE("Children must be between 0 and 20", "[validation]") {
    Person person = samplePerson();
    person.children = 20;
    CHECK(fieldErrors(person).isEmpty());
    person.children = -1;
    CHECK(fieldErrors(person) == QStringList{PersonField::children});
    person.children = 21;
    CHECK(fieldErrors(person) == QStringList{PersonField::children});
}

TEST_CASE("Every problem is reported, with a message naming its field", "[validation]") {
    Person person;
    person.lastName = QStringLiteral("D4rand");
    person.birthDate = kToday.addYears(1);
    person.phone = QStringLiteral("12345");
    person.email = QStringLiteral("nope");
    person.postcode = QStringLiteral("99000");
    person.cafNumber = QStringLiteral("12A");
    person.rsaStatus = QStringLiteral("bogus");
    const QList<FieldError> errors = errorsOf(person);
    const QStringList expected{PersonField::lastName,  PersonField::firstName, PersonField::birthDate,
                               PersonField::phone,     PersonField::email,     PersonField::postcode,
                               PersonField::cafNumber, PersonField::rsaStatus};
    QStringList fields = fieldsOf(errors);
    fields.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    CHECK(fields == sortedExpected);
    for (const FieldError& error : errors) {
        INFO(error.field.toStdString());
        CHECK(error.message.size() > 10);
    }
    // describe() joins every message, so none is lost when shown as one line.
    const QString described = PersonStore::describe(errors);
    for (const FieldError& error : errors) {
        CHECK(described.contains(error.message));
    }
    CHECK_FALSE(described.contains(QLatin1Char('\n')));
}

TEST_CASE("PersonStore::create refuses an invalid record and saves nothing", "[validation]") {
    jalon::test::TestDatabase t;
    PersonStore store(t.db());
    Person person = samplePerson();
    person.postcode = QStringLiteral("2200");
    const auto created = store.create(t.actor(), person);
    REQUIRE_FALSE(created.isOk());
    CHECK(created.error().contains(QStringLiteral("postcode")));
    person.postcode = QStringLiteral("22000");
    person.phone = QStringLiteral(" 06 12 34 56 78 ");
    const auto saved = store.create(t.actor(), person);
    REQUIRE(saved.isOk());
    CHECK(store.get(t.actor(), saved.value())->phone == QStringLiteral("0612345678"));
}
