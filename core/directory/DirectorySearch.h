#pragma once

#include "common/Result.h"
#include "security/Actor.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

class Database;

// What to look for in the directory. Within one list of codes any value matches (OR); the lists
// and the text must all match (AND). An empty list does not filter.
struct DirectoryQuery {
    QString text;             // words of the name, description, structure or commune (prefixes)
    QStringList thematiques;  // full codes, or category codes ("mobilite": all its sub-thématiques)
    QStringList types;        // types de services
    QStringList frais;        // "gratuit", "payant"
    QStringList publics;      // a service for "tous-publics" matches any public asked for
    QStringList modesAccueil; // "a-distance", "en-presentiel"
    QStringList modesMobilisation;
    QString communeInsee; // only services open to people living there (see zonesOpenTo)
    bool includeWithdrawn = false;
    int limit = 100;
};

// One service found, with what a list of results shows.
struct DirectoryHit {
    QString key; // "source:id"
    QString name;
    QString structureName;
    QString commune; // the service's, else its structure's
    QStringList thematiques;
    QString type;
    QString frais;
    QDate dateMaj;
    int ageDays = 0;
    bool stale = false;   // date_maj more than a year ago: show a warning
    double quality = 0.0; // DirectoryQuality::score, 0 to 1
    QDate fullUntil;      // invalid when the service is not marked full
    bool withdrawn = false;
    bool local = false;
};

// Searches the directory: accent-insensitive word prefixes through FTS5 (ftsPrefixQuery, so any
// text typed is safe), ranked by bm25 with the name weighing most, then the structure name, the
// commune, the description; filters by codes; eligibility by commune. Without text, results come
// in name order.
class DirectorySearch {
public:
    explicit DirectorySearch(Database& database);

    Result<QList<DirectoryHit>> search(const Actor& actor, const DirectoryQuery& query) const;

    // The eligibility codes that open a service to people living in communeInsee: the commune
    // itself, its EPCI (SIREN), its département and "france". A service is open to them when one
    // of its zones is in this list. Empty for an unknown commune.
    static QStringList zonesOpenTo(const QString& communeInsee);

private:
    Database& m_database;
};

} // namespace jalon
