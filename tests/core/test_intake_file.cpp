// Reading intake files: encodings, separators, quotes, header recognition and the values of a
// row (dates, names in capitals, communes), without a database.
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "intake/IntakeColumns.h"
#include "intake/IntakeFile.h"
#include "intake/IntakeValues.h"

using namespace jalon;

TEST_CASE("intake: files are decoded as UTF-8, Windows-1252 or UTF-16", "[intake][file]") {
    QString encoding;
    CHECK(IntakeFile::decode(QByteArray("H\xc3\xa9l\xc3\xa8ne"), &encoding) == QStringLiteral("Hélène"));
    CHECK(encoding == QStringLiteral("UTF-8"));
    // 0xE9 é, 0x80 €, 0x9C œ, 0x92 ’: Windows-1252, not Latin-1, for the bytes 0x80–0x9F.
    CHECK(IntakeFile::decode(QByteArray("H\xe9l\xe8ne \x80 \x9c \x92"), &encoding) ==
          QStringLiteral("Hélène € œ ’"));
    CHECK(encoding == QStringLiteral("Windows-1252"));
    CHECK(IntakeFile::decode(QByteArray("\xef\xbb\xbfNom"), &encoding) == QStringLiteral("Nom"));
    CHECK(encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(IntakeFile::decode(QByteArray("\xff\xfeN\0o\0m\0", 8), &encoding) == QStringLiteral("Nom"));
    CHECK(encoding == QStringLiteral("UTF-16"));
    CHECK(IntakeFile::decode(QByteArray("N\0o\0m\0;\0", 8), &encoding) == QStringLiteral("Nom;"));
}

TEST_CASE("intake: the separator is sniffed from the header, outside quotes", "[intake][file]") {
    CHECK(IntakeFile::sniffSeparator(QStringLiteral("Nom;Prénom;Adresse")) == QLatin1Char(';'));
    CHECK(IntakeFile::sniffSeparator(QStringLiteral("Nom,Prénom,Adresse")) == QLatin1Char(','));
    CHECK(IntakeFile::sniffSeparator(QStringLiteral("Nom\tPrénom\tAdresse")) == QLatin1Char('\t'));
    CHECK(IntakeFile::sniffSeparator(QStringLiteral("\"Nom; d'usage\",Prénom,Adresse\n1;2;3;4;5")) ==
          QLatin1Char(','));
}

TEST_CASE("intake: records follow RFC 4180 (quoted separators, doubled quotes, line breaks)",
          "[intake][file]") {
    const QList<IntakeRecord> records = IntakeFile::split(
        QStringLiteral(
            "a;b;c\r\n\"1; 2\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n\r\n;;\n x ;y;z\n\"open;q\n"),
        QLatin1Char(';'));
    REQUIRE(records.size() == 4);
    CHECK(records.at(0).line == 1);
    CHECK(records.at(1).cells ==
          QStringList{QStringLiteral("1; 2"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(records.at(1).line == 2);
    CHECK(records.at(2).line == 6); // the blank line and the line of separators are dropped
    CHECK(records.at(2).cells.at(0) == QStringLiteral(" x "));
    CHECK(records.at(3).line == 7);
    CHECK_FALSE(records.at(3).problem.isEmpty());
    CHECK(IntakeFile::parse(QByteArray()).isOk() == false);
    CHECK(IntakeFile::parse(QByteArray("\n\n;;\n")).isOk() == false);
    CHECK(IntakeFile::read(QStringLiteral("/nonexistent/liste.csv")).isOk() == false);
}

TEST_CASE("intake: usual French headers are recognised", "[intake][columns]") {
    const QStringList header{QStringLiteral("N° allocataire"),
                             QStringLiteral("NOM"),
                             QStringLiteral("Nom de naissance"),
                             QStringLiteral("Prénom"),
                             QStringLiteral("Né(e) le"),
                             QStringLiteral("Adresse ligne 1"),
                             QStringLiteral("Complément d'adresse"),
                             QStringLiteral("CP"),
                             QStringLiteral("Localité"),
                             QStringLiteral("Date ouverture droits"),
                             QStringLiteral("E-mail"),
                             QStringLiteral("Tél."),
                             QStringLiteral("Civilité"),
                             QStringLiteral("Organisme"),
                             QStringLiteral("NIR"),
                             QStringLiteral("Remarques"),
                             QStringLiteral("Nom du bénéficiaire")};
    const IntakeMapping mapping = IntakeColumns::recognise(header);
    CHECK(mapping.fields ==
          QList<IntakeField>{IntakeField::CafNumber, IntakeField::LastName, IntakeField::BirthName,
                             IntakeField::FirstName, IntakeField::BirthDate, IntakeField::AddressLine,
                             IntakeField::AddressComplement, IntakeField::Postcode, IntakeField::Commune,
                             IntakeField::RightsOpenedOn, IntakeField::Email, IntakeField::Phone,
                             IntakeField::Title, IntakeField::BenefitsAgency, IntakeField::Ignore,
                             IntakeField::Ignore, IntakeField::Ignore});
    // The NIR is known (and never imported); "Remarques" is not; a second last name is left out.
    CHECK(mapping.recognised.at(14));
    CHECK_FALSE(mapping.recognised.at(15));
    CHECK_FALSE(mapping.recognised.at(16));
    CHECK(IntakeColumns::problems(mapping).isEmpty());
    bool known = false;
    CHECK(IntakeColumns::recognise(QStringLiteral("num_caf"), &known) == IntakeField::CafNumber);
    CHECK(IntakeColumns::recognise(QStringLiteral("Matricule"), &known) == IntakeField::CafNumber);
    CHECK(IntakeColumns::recognise(QStringLiteral("Ville"), &known) == IntakeField::Commune);
    CHECK(IntakeColumns::recognise(QStringLiteral("Prénom de l'allocataire"), &known) ==
          IntakeField::FirstName);
}

TEST_CASE("intake: the mapping takes the officer's choices and says what is missing", "[intake][columns]") {
    const QStringList header{QStringLiteral("Patronyme"), QStringLiteral("Prénom"),
                             QStringLiteral("Naissance"), QStringLiteral("Divers")};
    IntakeMapping mapping = IntakeColumns::recognise(header);
    CHECK(mapping.fields.at(0) == IntakeField::Ignore);
    CHECK(IntakeColumns::problems(mapping).size() == 1); // no last name
    REQUIRE(IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("patronyme=last_name")).isOk());
    CHECK(mapping.fields.at(0) == IntakeField::LastName);
    CHECK(IntakeColumns::problems(mapping).isEmpty());
    CHECK_FALSE(IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("Divers=shoe_size")).isOk());
    CHECK_FALSE(IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("Absent=phone")).isOk());
    REQUIRE(IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("Divers=first_name")).isOk());
    CHECK(IntakeColumns::problems(mapping).size() == 1); // two columns give the first name
}

TEST_CASE("intake: a NIR column cannot be mapped to any field", "[intake][columns]") {
    const QStringList header{QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Né(e) le"),
                             QStringLiteral("N° de sécurité sociale")};
    IntakeMapping mapping = IntakeColumns::recognise(header);
    CHECK(IntakeColumns::isNir(header.at(3)));
    CHECK_FALSE(IntakeColumns::isNir(header.at(0)));
    const Status refused =
        IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("N° de sécurité sociale=caf_number"));
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("NIR")));
    CHECK(mapping.fields.at(3) == IntakeField::Ignore);
    CHECK(IntakeColumns::applyOverrides(&mapping, header, QStringLiteral("N° de sécurité sociale=ignore"))
              .isOk());
}

TEST_CASE("intake: values (dates, names in capitals, communes)", "[intake][values]") {
    bool impossible = false;
    CHECK(IntakeValues::parseDate(QStringLiteral("15/03/1985")) == QDate(1985, 3, 15));
    CHECK(IntakeValues::parseDate(QStringLiteral("5/3/1985")) == QDate(1985, 3, 5));
    CHECK(IntakeValues::parseDate(QStringLiteral("1985-03-15")) == QDate(1985, 3, 15));
    CHECK(IntakeValues::parseDate(QStringLiteral("15/03/1985 00:00")) == QDate(1985, 3, 15));
    CHECK_FALSE(IntakeValues::parseDate(QStringLiteral("31/02/1990"), &impossible).isValid());
    CHECK(impossible);
    CHECK_FALSE(IntakeValues::parseDate(QStringLiteral("15/03/85"), &impossible).isValid());
    CHECK_FALSE(impossible);

    CHECK(IntakeValues::mixedCase(QStringLiteral("LE GOFF")) == QStringLiteral("Le Goff"));
    CHECK(IntakeValues::mixedCase(QStringLiteral("N'DIAYE")) == QStringLiteral("N'Diaye"));
    CHECK(IntakeValues::mixedCase(QStringLiteral("JEAN-PIERRE")) == QStringLiteral("Jean-Pierre"));
    CHECK(IntakeValues::mixedCase(QStringLiteral("MARTIN DES CHAMPS")) ==
          QStringLiteral("Martin des Champs"));
    CHECK(IntakeValues::mixedCase(QStringLiteral("McEwan")) == QStringLiteral("McEwan"));

    Person p;
    p.postcode = QStringLiteral("22000");
    CHECK(IntakeValues::resolveCommune(&p, QStringLiteral("ST BRIEUC CEDEX 1"), {}).isEmpty());
    CHECK(p.communeInsee == QStringLiteral("22278"));
    Person noPostcode;
    CHECK_FALSE(IntakeValues::resolveCommune(&noPostcode, QStringLiteral("Saint-Denis"), {}).isEmpty());
    Person byPostcode;
    byPostcode.postcode = QStringLiteral("22300");
    CHECK(IntakeValues::resolveCommune(&byPostcode, {}, {}).isEmpty());
    Person byCode;
    CHECK(
        IntakeValues::resolveCommune(&byCode, QStringLiteral("whatever"), QStringLiteral("29019")).isEmpty());
    CHECK(byCode.communeName == QStringLiteral("Brest"));
    CHECK(byCode.postcode == QStringLiteral("29200"));
    Person unknown;
    CHECK_FALSE(IntakeValues::resolveCommune(&unknown, {}, QStringLiteral("99999")).isEmpty());
}
