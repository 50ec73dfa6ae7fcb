#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// What a column of an intake file holds, once recognised or chosen by the officer.
enum class IntakeField {
    Ignore,
    CafNumber,
    BenefitsAgency,
    Title,
    LastName,
    BirthName,
    FirstName,
    BirthDate,
    AddressLine,
    AddressComplement,
    Postcode,
    Commune,
    CommuneInsee,
    Phone,
    Email,
    FranceTravailId,
    RightsOpenedOn,
};

// One column per header cell: the field it feeds, and whether it was recognised from its header.
struct IntakeMapping {
    QList<IntakeField> fields;
    QList<bool> recognised;

    int columnOf(IntakeField field) const { return static_cast<int>(fields.indexOf(field)); }
};

// Recognises the usual French headers of the départements' lists ("N° allocataire", "Nom",
// "Né(e) le", "CP", "Date d'ouverture des droits"…) once accents, case and punctuation are folded,
// and names the fields for the --mapping option and the mapping screen. A NIR (social security
// number) column is recognised on purpose and ignored: Jalon does not keep it.
class IntakeColumns {
public:
    static QList<IntakeField> allFields();   // Ignore first
    static QString code(IntakeField field);  // "caf_number", stable, for --mapping
    static QString label(IntakeField field); // translated
    static bool fromCode(const QString& code, IntakeField* field);
    static bool isRequired(IntakeField field); // last name, first name, birth date

    // The field a header names, or Ignore when it is unknown; *known tells which.
    static IntakeField recognise(const QString& header, bool* known = nullptr);
    static IntakeMapping recognise(const QStringList& header);
    // Whether the header names a NIR column, which is never imported, whatever the mapping says.
    static bool isNir(const QString& header);
    // Applies "Header=field,Other header=ignore" (headers compared folded) to mapping.
    static Status applyOverrides(IntakeMapping* mapping, const QStringList& header, const QString& overrides);
    // What keeps the mapping from being used: a required field without a column, or one field
    // fed by two columns. Empty when it can be used.
    static QStringList problems(const IntakeMapping& mapping);
};

} // namespace jalon
