#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace jalon {

// A person followed by the structure (bénéficiaire), as DOMAIN.md describes it.
// Codes (rsaStatus, educationLevel…) are those of PersonChoices.
struct Person {
    QString id;
    QString title; // "mme", "m" or empty
    QString lastName;
    QString firstName;
    QString birthName;
    QDate birthDate;
    QString phone;
    QString email;
    QString addressLine;
    QString postcode;
    QString communeInsee;
    QString communeName;
    QString benefitsAgency = QStringLiteral("caf"); // "caf" or "msa"
    QString cafNumber;                              // CAF or MSA number, digits only
    QString franceTravailId;
    QString rsaStatus;
    bool rightsAndDuties = false; // soumis à droits et devoirs
    QString educationLevel;
    QString workSituation;
    bool rqth = false;
    QString familySituation;
    int children = 0;
    QString followStatus = QStringLiteral("awaiting_orientation");
    bool archived = false;
    QString structureId;
    QString referentId;
    QDateTime createdAt;

    bool operator==(const Person&) const = default;
};

// The names of Person's fields as used in validation messages, the change log and the editor.
namespace PersonField {
inline const QString title = QStringLiteral("title");
inline const QString lastName = QStringLiteral("last_name");
inline const QString firstName = QStringLiteral("first_name");
inline const QString birthName = QStringLiteral("birth_name");
inline const QString birthDate = QStringLiteral("birth_date");
inline const QString phone = QStringLiteral("phone");
inline const QString email = QStringLiteral("email");
inline const QString addressLine = QStringLiteral("address_line");
inline const QString postcode = QStringLiteral("postcode");
inline const QString communeInsee = QStringLiteral("commune_insee");
inline const QString benefitsAgency = QStringLiteral("benefits_agency");
inline const QString cafNumber = QStringLiteral("caf_number");
inline const QString franceTravailId = QStringLiteral("france_travail_id");
inline const QString rsaStatus = QStringLiteral("rsa_status");
inline const QString educationLevel = QStringLiteral("education_level");
inline const QString workSituation = QStringLiteral("work_situation");
inline const QString familySituation = QStringLiteral("family_situation");
inline const QString children = QStringLiteral("children");
inline const QString followStatus = QStringLiteral("follow_status");
} // namespace PersonField

} // namespace jalon
