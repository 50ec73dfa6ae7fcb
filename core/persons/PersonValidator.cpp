#include "persons/PersonValidator.h"

#include "persons/PersonChoices.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jalon {

namespace {

QString simplified(const QString& text) {
    return text.simplified();
}

QString withoutSeparators(const QString& text) {
    QString out = text;
    // Spaces of every kind (no-break, narrow no-break, thin: what word processors insert) too.
    out.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}\\x{2009}.\\-/()]")));
    return out;
}

void checkName(QList<FieldError>& errors, const QString& field, const QString& value, bool required,
               const QString& what) {
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{M}][\\p{L}\\p{M} '’\\-.]*$"));
    if (value.isEmpty()) {
        if (required) {
            errors.append({field, QCoreApplication::translate("PersonValidator", "Enter the %1.").arg(what)});
        }
    } else if (value.size() > 100) {
        errors.append({field, QCoreApplication::translate("PersonValidator",
                                                          "The %1 is too long (100 characters at most).")
                                  .arg(what)});
    } else if (!allowed.match(value).hasMatch()) {
        errors.append({field, QCoreApplication::translate(
                                  "PersonValidator",
                                  "The %1 may contain only letters, spaces, hyphens and apostrophes.")
                                  .arg(what)});
    }
}

} // namespace

Person PersonValidator::normalized(Person person) {
    person.lastName = simplified(person.lastName);
    person.firstName = simplified(person.firstName);
    person.birthName = simplified(person.birthName);
    person.addressLine = simplified(person.addressLine);
    person.communeName = simplified(person.communeName);
    person.email = person.email.trimmed();
    person.postcode = person.postcode.trimmed();
    person.phone = withoutSeparators(person.phone);
    person.cafNumber = withoutSeparators(person.cafNumber);
    person.franceTravailId = withoutSeparators(person.franceTravailId).toUpper();
    return person;
}

bool PersonValidator::isValidPhone(const QString& phone) {
    // A French number: 0 then 9 digits, or +33 / 0033 then 9 digits (overseas included).
    static const QRegularExpression pattern(
        QStringLiteral("^(0[1-9][0-9]{8}|(\\+|00)(33|262|590|594|596|269|687|689)[1-9][0-9]{8})$"));
    return pattern.match(phone).hasMatch();
}

bool PersonValidator::isValidEmail(const QString& email) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch() && !email.contains(QStringLiteral(".."));
}

QList<FieldError> PersonValidator::validate(const Person& p, const QDate& today) {
    QList<FieldError> errors;
    checkName(errors, PersonField::lastName, p.lastName, true,
              QCoreApplication::translate("PersonValidator", "last name"));
    checkName(errors, PersonField::firstName, p.firstName, true,
              QCoreApplication::translate("PersonValidator", "first name"));
    checkName(errors, PersonField::birthName, p.birthName, false,
              QCoreApplication::translate("PersonValidator", "birth name"));

    if (!p.birthDate.isValid()) {
        errors.append(
            {PersonField::birthDate,
             QCoreApplication::translate("PersonValidator", "Enter a valid birth date (dd/mm/yyyy).")});
    } else if (p.birthDate > today) {
        errors.append(
            {PersonField::birthDate,
             QCoreApplication::translate("PersonValidator", "The birth date cannot be in the future.")});
    } else if (p.birthDate < today.addYears(-120)) {
        errors.append({PersonField::birthDate,
                       QCoreApplication::translate(
                           "PersonValidator", "The birth date is more than 120 years ago: check the year.")});
    }

    if (!p.phone.isEmpty() && !isValidPhone(p.phone)) {
        errors.append(
            {PersonField::phone,
             QCoreApplication::translate("PersonValidator",
                                         "Enter a French phone number: 10 digits starting with 0, or +33 "
                                         "followed by 9 digits.")});
    }
    if (!p.email.isEmpty() && !isValidEmail(p.email)) {
        errors.append({PersonField::email,
                       QCoreApplication::translate("PersonValidator",
                                                   "Enter an e-mail address such as name@example.fr.")});
    }

    if (!p.postcode.isEmpty() && !Territory::isPlausiblePostcode(p.postcode)) {
        errors.append({PersonField::postcode,
                       QCoreApplication::translate("PersonValidator",
                                                   "A French postcode has 5 digits, such as 22000.")});
    }
    if (p.communeInsee.isEmpty() && !p.communeName.isEmpty()) {
        errors.append({PersonField::communeInsee,
                       QCoreApplication::translate("PersonValidator", "Choose the commune from the list.")});
    } else if (!p.communeInsee.isEmpty()) {
        const Commune* commune = Territory::instance().commune(p.communeInsee);
        if (!commune) {
            errors.append(
                {PersonField::communeInsee,
                 QCoreApplication::translate("PersonValidator", "Choose the commune from the list.")});
        } else if (!p.postcode.isEmpty() && Territory::isPlausiblePostcode(p.postcode) &&
                   !commune->postcodes.contains(p.postcode)) {
            errors.append(
                {PersonField::postcode,
                 QCoreApplication::translate("PersonValidator", "The postcode %1 is not one of %2's (%3).")
                     .arg(p.postcode, commune->name, commune->postcodes.join(QStringLiteral(", ")))});
        }
    }

    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!p.cafNumber.isEmpty() && !digits.match(p.cafNumber).hasMatch()) {
        errors.append({PersonField::cafNumber,
                       QCoreApplication::translate(
                           "PersonValidator", "The CAF or MSA number contains digits only (15 at most).")});
    }
    static const QRegularExpression franceTravail(QStringLiteral("^[0-9A-Z]{1,11}$"));
    if (!p.franceTravailId.isEmpty() && !franceTravail.match(p.franceTravailId).hasMatch()) {
        errors.append({PersonField::franceTravailId,
                       QCoreApplication::translate(
                           "PersonValidator",
                           "The France Travail identifier has letters and digits only (11 at most).")});
    }
    if (p.children < 0 || p.children > 20) {
        errors.append({PersonField::children,
                       QCoreApplication::translate("PersonValidator",
                                                   "The number of children must be between 0 and 20.")});
    }

    const struct {
        const QString& field;
        QList<Choice> choices;
        const QString& value;
    } lists[] = {{PersonField::title, PersonChoices::titles(), p.title},
                 {PersonField::benefitsAgency, PersonChoices::benefitsAgencies(), p.benefitsAgency},
                 {PersonField::rsaStatus, PersonChoices::rsaStatuses(), p.rsaStatus},
                 {PersonField::educationLevel, PersonChoices::educationLevels(), p.educationLevel},
                 {PersonField::workSituation, PersonChoices::workSituations(), p.workSituation},
                 {PersonField::familySituation, PersonChoices::familySituations(), p.familySituation},
                 {PersonField::followStatus, PersonChoices::followStatuses(), p.followStatus}};
    for (const auto& list : lists) {
        if (!PersonChoices::contains(list.choices, list.value)) {
            errors.append({list.field,
                           QCoreApplication::translate("PersonValidator", "Choose a value from the list.")});
        }
    }
    return errors;
}

} // namespace jalon
