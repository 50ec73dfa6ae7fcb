#pragma once

#include <QString>

#include <span>

namespace jalon {

struct Commune;

// One kind of structure of the demo directory ("CCAS de Lannion", "Mission locale du Trégor"):
// its name and the subject its services' descriptions start with, where {dc} is "de <commune>"
// ("du Mené", "d'Erquy"), {p} the pays of its EPCI ("du Trégor") and {dd} the département
// ("des Côtes-d'Armor"). scope: 'c' one per commune, 'e' one per EPCI, 'd' one per département.
struct DemoStructureKind {
    const char* key;
    const char* name;
    const char* subject;
    const char* reseau; // reseaux_porteurs code, or ""
    char scope;
    int weight;        // how often it is drawn
    int minPopulation; // only in communes at least this large
    const char* presentation;
};

// One kind of service of the demo directory, offered by the structure kinds listed in kinds.
// Texts use the placeholders of DemoStructureKind plus {ac} ("à Lannion", "au Mené").
// reach: who it is usually open to: 'c' the commune, 'e' the EPCI, 'd' the département, 'f' France.
struct DemoServiceFamily {
    const char* kinds;       // keys of DemoStructureKind, space-separated
    const char* name;        // the service's name
    const char* type;        // types-de-services code
    const char* thematiques; // thématique codes, space-separated
    const char* publics;     // publics codes, space-separated
    int payant;              // percent of these services that are not free
    const char* fees;        // frais_precisions when not free, or ""
    char reach;
    const char* offer;  // what the structure does: "<subject> <offer>."
    const char* detail; // one more sentence
};

// The catalogue the demo directory draws from (DemoDirectoryCatalog.cpp): every thématique
// category of data·inclusion is covered.
std::span<const DemoStructureKind> demoStructureKinds();
std::span<const DemoServiceFamily> demoServiceFamilies();

// "de Lannion", "du Mené", "d'Erquy" (to: "à Lannion", "au Mené").
QString demoPlacePhrase(const QString& name, bool to);
// The pays of an EPCI as local services name it: "du Trégor" (else from the EPCI's name).
QString demoPaysPhrase(const QString& epci, const Commune& commune);
// "des Côtes-d'Armor", "du Finistère".
QString demoDepartementPhrase(const QString& code);

} // namespace jalon
