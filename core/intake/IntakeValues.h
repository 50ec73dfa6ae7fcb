#pragma once

#include "intake/IntakeRow.h"
#include "persons/PersonValidator.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalon {

// Turns the text of an intake row into a person's record: dates (dd/mm/yyyy, d/m/yyyy,
// yyyy-mm-dd), civility, agency, commune from its INSEE code, name or postcode, names written in
// capitals put in mixed case. Every value it cannot read becomes a FieldError naming the value.
// Pure: no database.
class IntakeValues {
public:
    struct Parsed {
        Person person;
        QDate rightsOpenedOn;
        QList<FieldError> errors;
    };

    static Parsed parse(const IntakeRow& row, const QDate& today);

    // A date as officers and spreadsheets write it; null when it is not one. *impossible is set
    // for a well-formed date that does not exist (31/02/1990).
    static QDate parseDate(const QString& text, bool* impossible = nullptr);
    // "DURAND" → "Durand", "LE GOFF" → "Le Goff", "N'DIAYE" → "N'Diaye"; mixed case is kept.
    static QString mixedCase(const QString& name);
    // The commune the values name, or an error message.
    static QString resolveCommune(Person* person, const QString& communeText, const QString& inseeText);
};

} // namespace jalon
