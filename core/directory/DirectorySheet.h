#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace jalon {

struct DirectoryEntry;

// Everything the service sheet shows (screen, print, e-mail), resolved and in the current language:
// codes turned into labels, the structure's details used where the service gives none, the
// eligibility zones described with the names of communes, EPCI and départements.
struct DirectorySheet {
    QString key;
    QString name;
    QString structureName;
    QString type;            // label
    QStringList thematiques; // labels
    QString description;
    QString publics;    // labels, then the details (publics_precisions)
    QString conditions; // conditions_acces
    QString fees;       // "Gratuit", "Payant: 10 € par an"
    QString hours;      // horaires_accueil of the service, else of the structure (OSM syntax)
    QString address;    // one line: address, complement, postcode and commune
    QString contactName;
    QString phone;
    QString email;
    QString website;       // lien_source or the structure's site
    QString howToMobilise; // modes, who may mobilise, details, link
    QString eligibility;   // "Lannion-Trégor Communauté (EPCI); Côtes-d'Armor (22)"
    QString source;
    QDate dateMaj;
    int ageDays = 0;
    bool stale = false;
    double quality = 0.0;
    QDate fullUntil;
    bool withdrawn = false;
    bool local = false;
    QString localNote;

    static DirectorySheet of(const DirectoryEntry& entry, const QDate& today);
    // The eligibility zones in words; assumed zones (no zone_eligibilite) are said to be so.
    static QString describeZones(const QStringList& zones, bool assumed);
    // The sheet as plain text, one "Label: value" line per filled item, for an e-mail.
    static QString plainText(const DirectorySheet& sheet);
};

} // namespace jalon
