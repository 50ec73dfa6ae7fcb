#pragma once

#include "directory/DirectoryRecord.h"

#include <QDate>
#include <QJsonObject>

namespace jalon {

// A record once checked: the cleaned data·inclusion object to store, and its problems.
struct CheckedRecord {
    QJsonObject record;
    QString recordId; // as given, or "#N" (1-based position in its list) when missing
    QString key;      // "source:id", empty when either is missing
    bool ok = false;  // false: an error, the record is not written
    QList<ImportIssue> issues;
};

// Checks one data·inclusion record against the format, as an import or a local save needs:
//  errors (record refused): a required field missing or empty (source, id, nom, date_maj, and
//  structure_id for services), a value of the wrong type, an impossible date;
//  warnings (record kept): an unknown code in a closed list or a malformed eligibility zone,
//  INSEE code, postcode or SIRET (the value is dropped, so that what is stored stays valid), a
//  date_maj older than a year, a phone that is not a French number, an e-mail that is not one,
//  a service without a description (the value is kept).
// Pure: today and the source override are passed in.
class DirectoryValidator {
public:
    static CheckedRecord check(DirectoryKind kind, const QJsonObject& raw, int position, const QDate& today,
                               const QString& sourceOverride = {});

    // The day of a date_maj value ("2025-02-14" or "2025-02-14T10:00:00Z"); invalid when impossible.
    static QDate dateOf(const QString& value);
    static bool isZoneCode(const QString& code);
    // More than a year old.
    static bool isStale(const QDate& dateMaj, const QDate& today);
};

} // namespace jalon
