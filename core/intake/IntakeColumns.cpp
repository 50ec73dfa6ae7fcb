#include "intake/IntakeColumns.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QHash>

namespace jalon {

namespace {

struct FieldInfo {
    IntakeField field;
    const char* code;
    const char* label;
    const char* headers; // folded synonyms, separated by '|'
};

// clang-format off
const FieldInfo kFields[] = {
    {IntakeField::Ignore, "ignore", QT_TRANSLATE_NOOP("IntakeColumns", "(not imported)"),
     "nir|numero de securite sociale|n securite sociale|no securite sociale|n de securite sociale|"
     "no de securite sociale|numero secu|nss|"
     "numero ss|n ss|numero d inscription au repertoire"},
    {IntakeField::CafNumber, "caf_number", QT_TRANSLATE_NOOP("IntakeColumns", "CAF/MSA number"),
     "numero allocataire|n allocataire|no allocataire|num allocataire|numero d allocataire|allocataire|"
     "num caf|numero caf|n caf|no caf|num_caf|matricule|matricule caf|matricule msa|numero msa|n msa|"
     "numero caf msa|n caf msa|numero dossier|numero de dossier caf|numero dossier caf|ndossier"},
    {IntakeField::BenefitsAgency, "benefits_agency", QT_TRANSLATE_NOOP("IntakeColumns", "Agency (CAF/MSA)"),
     "organisme|organisme payeur|organisme prestataire|caf msa|caf ou msa|organisme caf msa"},
    {IntakeField::Title, "title", QT_TRANSLATE_NOOP("IntakeColumns", "Title"),
     "civilite|sexe|genre|titre"},
    {IntakeField::LastName, "last_name", QT_TRANSLATE_NOOP("IntakeColumns", "Last name"),
     "nom|nom d usage|nom usage|nom usuel|nom de famille|nom marital|nom epouse|nom d epouse"},
    {IntakeField::BirthName, "birth_name", QT_TRANSLATE_NOOP("IntakeColumns", "Birth name"),
     "nom de naissance|nom naissance|nom de jeune fille|nom jeune fille|nom patronymique"},
    {IntakeField::FirstName, "first_name", QT_TRANSLATE_NOOP("IntakeColumns", "First name"),
     "prenom|prenoms|prenom usuel|premier prenom"},
    {IntakeField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("IntakeColumns", "Birth date"),
     "date de naissance|date naissance|date de naiss|date naiss|dt naissance|dt naiss|naissance|ne e le|"
     "ne le|nee le|ne e|ddn"},
    {IntakeField::AddressLine, "address_line", QT_TRANSLATE_NOOP("IntakeColumns", "Address"),
     "adresse|adresse ligne 1|adresse 1|adresse1|ligne adresse 1|adresse postale|numero et voie|"
     "numero et libelle de voie|voie|rue|adresse domicile|adresse de residence"},
    {IntakeField::AddressComplement, "address_complement",
     QT_TRANSLATE_NOOP("IntakeColumns", "Address (complement)"),
     "adresse ligne 2|adresse 2|adresse2|ligne adresse 2|complement d adresse|complement adresse|"
     "complement|complement de l adresse"},
    {IntakeField::Postcode, "postcode", QT_TRANSLATE_NOOP("IntakeColumns", "Postcode"),
     "code postal|cp|code post|codepostal|c p"},
    {IntakeField::Commune, "commune", QT_TRANSLATE_NOOP("IntakeColumns", "Commune"),
     "commune|ville|localite|commune de residence|libelle commune|nom commune|nom de la commune|"
     "bureau distributeur"},
    {IntakeField::CommuneInsee, "commune_insee", QT_TRANSLATE_NOOP("IntakeColumns", "INSEE code of the commune"),
     "code insee|insee|code commune|code insee commune|code commune insee|cog|depcom"},
    {IntakeField::Phone, "phone", QT_TRANSLATE_NOOP("IntakeColumns", "Phone"),
     "telephone|tel|telephone portable|telephone mobile|portable|mobile|numero de telephone|n telephone|"
     "no telephone|tel portable"},
    {IntakeField::Email, "email", QT_TRANSLATE_NOOP("IntakeColumns", "E-mail"),
     "courriel|email|e mail|mail|adresse mail|adresse e mail|adresse email|adresse electronique|"
     "adresse courriel|mel"},
    {IntakeField::FranceTravailId, "france_travail_id", QT_TRANSLATE_NOOP("IntakeColumns", "France Travail ID"),
     "identifiant france travail|id france travail|numero france travail|identifiant ft|"
     "identifiant pole emploi|id pole emploi|numero pole emploi|identifiant pe"},
    {IntakeField::RightsOpenedOn, "rights_opened_on", QT_TRANSLATE_NOOP("IntakeColumns", "Rights opened on"),
     "date d ouverture des droits|date ouverture droits|date ouverture des droits|date d ouverture de droits|"
     "date d ouverture du droit|date ouverture droit|date ouverture du droit|ouverture des droits|"
     "ouverture droits|date d ouverture|date ouverture|date ouverture rsa|date d ouverture rsa|"
     "date d ouverture du droit rsa|date droit rsa|date de debut de droit|date debut droit"},
};
// clang-format on

// Words that only say whose value it is: "Nom du bénéficiaire" is "Nom".
const char* const kSuffixes[] = {
    " du beneficiaire", " de la beneficiaire", " de l allocataire", " du demandeur",
    " de la personne",  " beneficiaire",       " demandeur",        " personne"};

const QHash<QString, IntakeField>& synonyms() {
    static const QHash<QString, IntakeField> table = [] {
        QHash<QString, IntakeField> t;
        for (const FieldInfo& info : kFields) {
            for (const QString& name : QString::fromLatin1(info.headers).split(QLatin1Char('|'))) {
                t.insert(foldText(name), info.field);
            }
        }
        return t;
    }();
    return table;
}

const FieldInfo& infoOf(IntakeField field) {
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return info;
        }
    }
    return kFields[0];
}

} // namespace

QList<IntakeField> IntakeColumns::allFields() {
    QList<IntakeField> fields;
    for (const FieldInfo& info : kFields) {
        fields.append(info.field);
    }
    return fields;
}

QString IntakeColumns::code(IntakeField field) {
    return QString::fromLatin1(infoOf(field).code);
}

QString IntakeColumns::label(IntakeField field) {
    return QCoreApplication::translate("IntakeColumns", infoOf(field).label);
}

bool IntakeColumns::fromCode(const QString& code, IntakeField* field) {
    for (const FieldInfo& info : kFields) {
        if (code.trimmed() == QLatin1String(info.code)) {
            *field = info.field;
            return true;
        }
    }
    return false;
}

bool IntakeColumns::isRequired(IntakeField field) {
    return field == IntakeField::LastName || field == IntakeField::FirstName ||
           field == IntakeField::BirthDate;
}

IntakeField IntakeColumns::recognise(const QString& header, bool* known) {
    QString folded = foldText(header);
    const auto& table = synonyms();
    auto found = table.constFind(folded);
    for (const char* suffix : kSuffixes) {
        if (found != table.cend()) {
            break;
        }
        const QString tail = QString::fromLatin1(suffix);
        if (folded.endsWith(tail)) {
            found = table.constFind(folded.chopped(tail.size()));
        }
    }
    if (known) {
        *known = found != table.cend();
    }
    return found != table.cend() ? found.value() : IntakeField::Ignore;
}

bool IntakeColumns::isNir(const QString& header) {
    bool known = false;
    return recognise(header, &known) == IntakeField::Ignore && known;
}

IntakeMapping IntakeColumns::recognise(const QStringList& header) {
    IntakeMapping mapping;
    for (const QString& name : header) {
        bool known = false;
        IntakeField field = recognise(name, &known);
        // A second column of the same field (two "Téléphone" columns) is left out rather than refused.
        if (field != IntakeField::Ignore && mapping.fields.contains(field)) {
            field = IntakeField::Ignore;
            known = false;
        }
        mapping.fields.append(field);
        mapping.recognised.append(known);
    }
    return mapping;
}

Status IntakeColumns::applyOverrides(IntakeMapping* mapping, const QStringList& header,
                                     const QString& overrides) {
    for (const QString& pair : overrides.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        IntakeField field = IntakeField::Ignore;
        if (equals <= 0 || !fromCode(pair.mid(equals + 1), &field)) {
            return Status::fail(QCoreApplication::translate(
                                    "IntakeColumns", "\"%1\" is not HEADER=FIELD with a field among: %2.")
                                    .arg(pair.trimmed(), [] {
                                        QStringList codes;
                                        for (const FieldInfo& info : kFields) {
                                            codes << QString::fromLatin1(info.code);
                                        }
                                        return codes.join(QStringLiteral(", "));
                                    }()));
        }
        const QString wanted = foldText(pair.left(equals));
        bool matched = false;
        for (int column = 0; column < header.size(); ++column) {
            if (foldText(header.at(column)) == wanted) {
                if (field != IntakeField::Ignore && isNir(header.at(column))) {
                    return Status::fail(QCoreApplication::translate(
                                            "IntakeColumns",
                                            "The column \"%1\" holds social security numbers (NIR), which "
                                            "Jalon does not keep: it cannot be imported.")
                                            .arg(header.at(column).trimmed()));
                }
                mapping->fields[column] = field;
                mapping->recognised[column] = true;
                matched = true;
            }
        }
        if (!matched) {
            return Status::fail(QCoreApplication::translate("IntakeColumns", "The file has no column \"%1\".")
                                    .arg(pair.left(equals).trimmed()));
        }
    }
    return Status::ok();
}

QStringList IntakeColumns::problems(const IntakeMapping& mapping) {
    QStringList found;
    for (const IntakeField field : allFields()) {
        const auto uses = mapping.fields.count(field);
        if (isRequired(field) && uses == 0) {
            found << QCoreApplication::translate("IntakeColumns", "No column is mapped to “%1”.")
                         .arg(label(field));
        } else if (field != IntakeField::Ignore && uses > 1) {
            found << QCoreApplication::translate("IntakeColumns",
                                                 "Several columns are mapped to “%1”: keep one.")
                         .arg(label(field));
        }
    }
    return found;
}

} // namespace jalon
