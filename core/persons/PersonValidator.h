#pragma once

#include "persons/Person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalon {

// A problem with one field of a record, worded so that the person typing can fix it.
struct FieldError {
    QString field; // a PersonField name
    QString message;
};

// Checks a person's record before it is saved. Pure: no database, today passed in.
class PersonValidator {
public:
    static QList<FieldError> validate(const Person& person, const QDate& today);

    // Cleans what people type without changing its meaning: trims, collapses spaces,
    // strips spaces and separators from numbers ("06 12 34 56 78" → "0612345678").
    static Person normalized(Person person);

    static bool isValidPhone(const QString& normalizedPhone);
    static bool isValidEmail(const QString& email);
};

} // namespace jalon
