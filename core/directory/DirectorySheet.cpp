#include "directory/DirectorySheet.h"

#include "directory/DirectoryEnums.h"
#include "directory/DirectoryQuality.h"
#include "directory/DirectoryRows.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectoryValidator.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jalon {

namespace {

QString text(const QJsonObject& o, const char* field) {
    return o.value(QLatin1String(field)).toString();
}

// The service's value, else the structure's.
QString either(const DirectoryEntry& e, const char* field) {
    const QString own = text(e.service, field);
    return own.isEmpty() ? text(e.structure, field) : own;
}

QStringList labels(const QJsonObject& o, const char* field, DirectoryList list) {
    QStringList out;
    for (const QJsonValue& code : o.value(QLatin1String(field)).toArray()) {
        out << DirectoryEnums::instance().label(list, code.toString());
    }
    return out;
}

QString joined(const QStringList& parts, const QString& separator) {
    QStringList filled = parts;
    filled.removeAll(QString());
    return filled.join(separator);
}

QString addressOf(const DirectoryEntry& e) {
    const bool own = !text(e.service, "adresse").isEmpty() || !text(e.service, "commune").isEmpty();
    const QJsonObject& o = own ? e.service : e.structure;
    return joined({text(o, "adresse"), text(o, "complement_adresse"),
                   joined({text(o, "code_postal"), text(o, "commune")}, QStringLiteral(" "))},
                  QStringLiteral(", "));
}

QString mobilisationOf(const QJsonObject& s) {
    QStringList parts{
        labels(s, "modes_mobilisation", DirectoryList::ModesMobilisation).join(QStringLiteral(", "))};
    const QStringList by = labels(s, "mobilisable_par", DirectoryList::PersonnesMobilisatrices);
    if (!by.isEmpty()) {
        parts << QCoreApplication::translate("DirectorySheet", "by: %1").arg(by.join(QStringLiteral(", ")));
    }
    parts << text(s, "mobilisation_precisions") << text(s, "lien_mobilisation");
    return joined(parts, QStringLiteral(". "));
}

QString zoneName(const QString& zone) {
    const Territory& territory = Territory::instance();
    if (zone == QLatin1String("france")) {
        return QCoreApplication::translate("DirectorySheet", "all of France");
    }
    if (const Commune* commune = territory.commune(zone)) {
        return QCoreApplication::translate("DirectorySheet", "%1 (commune)").arg(commune->name);
    }
    if (const QString epci = territory.epciName(zone); !epci.isEmpty()) {
        return QCoreApplication::translate("DirectorySheet", "%1 (EPCI)").arg(epci);
    }
    if (const QString departement = territory.departementName(zone); !departement.isEmpty()) {
        return QStringLiteral("%1 (%2)").arg(departement, zone);
    }
    return zone;
}

} // namespace

QString DirectorySheet::describeZones(const QStringList& zones, bool assumed) {
    QStringList names;
    for (const QString& zone : zones) {
        names << zoneName(zone);
    }
    const QString list = names.join(QStringLiteral("; "));
    return assumed ? QCoreApplication::translate("DirectorySheet", "%1 (not given by the source: assumed)")
                         .arg(list)
                   : list;
}

DirectorySheet DirectorySheet::of(const DirectoryEntry& e, const QDate& today) {
    const QJsonObject& s = e.service;
    DirectorySheet sheet;
    sheet.key = e.key;
    sheet.name = text(s, "nom");
    sheet.structureName = text(e.structure, "nom");
    sheet.type = text(s, "type").isEmpty()
                     ? QString()
                     : DirectoryEnums::instance().label(DirectoryList::TypesDeServices, text(s, "type"));
    sheet.thematiques = labels(s, "thematiques", DirectoryList::Thematiques);
    sheet.description = text(s, "description");
    sheet.publics = joined({labels(s, "publics", DirectoryList::Publics).join(QStringLiteral(", ")),
                            text(s, "publics_precisions")},
                           QStringLiteral(". "));
    sheet.conditions = text(s, "conditions_acces");
    sheet.fees = joined({text(s, "frais").isEmpty()
                             ? QString()
                             : DirectoryEnums::instance().label(DirectoryList::Frais, text(s, "frais")),
                         text(s, "frais_precisions")},
                        QStringLiteral(": "));
    sheet.hours = either(e, "horaires_accueil");
    sheet.address = addressOf(e);
    sheet.contactName = text(s, "contact_nom_prenom");
    sheet.phone = either(e, "telephone");
    sheet.email = either(e, "courriel");
    sheet.website = text(s, "lien_source").isEmpty() ? text(e.structure, "site_web") : text(s, "lien_source");
    sheet.howToMobilise = mobilisationOf(s);
    const StructureBrief brief{text(e.structure, "nom"), text(e.structure, "code_insee"),
                               text(e.structure, "commune")};
    sheet.eligibility = describeZones(DirectoryRows::effectiveZones(s, brief),
                                      s.value(QLatin1String("zone_eligibilite")).toArray().isEmpty());
    sheet.source = text(s, "source");
    sheet.dateMaj = DirectoryValidator::dateOf(text(s, "date_maj"));
    sheet.ageDays = sheet.dateMaj.isValid() ? static_cast<int>(sheet.dateMaj.daysTo(today)) : 0;
    sheet.stale = DirectoryValidator::isStale(sheet.dateMaj, today);
    sheet.quality = DirectoryQuality::score(s, today);
    sheet.fullUntil = e.fullUntil;
    sheet.withdrawn = e.withdrawn;
    sheet.local = e.local;
    sheet.localNote = e.localNote;
    return sheet;
}

QString DirectorySheet::plainText(const DirectorySheet& sheet) {
    QStringList lines{sheet.name};
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            lines << QCoreApplication::translate("DirectorySheet", "%1: %2").arg(label, value.trimmed());
        }
    };
    add(QCoreApplication::translate("DirectorySheet", "Structure"), sheet.structureName);
    add(QCoreApplication::translate("DirectorySheet", "Type"), sheet.type);
    add(QCoreApplication::translate("DirectorySheet", "Themes"),
        sheet.thematiques.join(QStringLiteral(", ")));
    add(QCoreApplication::translate("DirectorySheet", "Description"), sheet.description);
    add(QCoreApplication::translate("DirectorySheet", "For whom"), sheet.publics);
    add(QCoreApplication::translate("DirectorySheet", "Conditions"), sheet.conditions);
    add(QCoreApplication::translate("DirectorySheet", "Fees"), sheet.fees);
    add(QCoreApplication::translate("DirectorySheet", "Opening hours"), sheet.hours);
    add(QCoreApplication::translate("DirectorySheet", "Address"), sheet.address);
    add(QCoreApplication::translate("DirectorySheet", "Contact"), sheet.contactName);
    add(QCoreApplication::translate("DirectorySheet", "Phone"), sheet.phone);
    add(QCoreApplication::translate("DirectorySheet", "E-mail"), sheet.email);
    add(QCoreApplication::translate("DirectorySheet", "Website"), sheet.website);
    add(QCoreApplication::translate("DirectorySheet", "How to apply"), sheet.howToMobilise);
    add(QCoreApplication::translate("DirectorySheet", "Open to people living in"), sheet.eligibility);
    if (sheet.fullUntil.isValid()) {
        add(QCoreApplication::translate("DirectorySheet", "Full until"),
            sheet.fullUntil.toString(QStringLiteral("dd/MM/yyyy")));
    }
    add(QCoreApplication::translate("DirectorySheet", "Last updated"),
        sheet.dateMaj.toString(QStringLiteral("dd/MM/yyyy")) +
            (sheet.stale ? QCoreApplication::translate("DirectorySheet",
                                                       " (more than a year ago: check with the structure)")
                         : QString()));
    add(QCoreApplication::translate("DirectorySheet", "Source"), sheet.source);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace jalon
