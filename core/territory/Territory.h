#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// A French commune (or a municipal arrondissement of Paris, Lyon, Marseille) from the INSEE referential.
struct Commune {
    QString code; // INSEE code, 5 characters
    QString name;
    QString departement;
    QString region;
    QString epci; // SIREN of the EPCI it belongs to, or empty
    QStringList postcodes;
    int population = 0;
    bool arrondissement = false;
    QString foldedName; // for matching
};

// The communes, EPCI and départements of France, read from the compact resource that
// resources/territory/make-territory.py builds from @etalab/decoupage-administratif.
// Loaded once, on first use, and read-only afterwards (safe to share between threads).
class Territory {
public:
    static const Territory& instance();

    const Commune* commune(const QString& inseeCode) const;
    QList<const Commune*> communesWithPostcode(const QString& postcode) const;
    // Communes whose name, or a word of it, starts with text (accents and case ignored);
    // whole-name matches first, then larger communes first.
    QList<const Commune*> searchByName(const QString& text, int limit = 20) const;
    QString departementName(const QString& code) const;
    QString epciName(const QString& code) const;
    const QList<Commune>& communes() const { return m_communes; }
    // True for postcodes La Poste could have issued: 5 digits with a plausible département prefix.
    static bool isPlausiblePostcode(const QString& postcode);

private:
    Territory();
    void loadCommunes();
    void loadNames(const QString& resource, QHash<QString, QString>* names);

    QList<Commune> m_communes;
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byPostcode;
    QHash<QString, QString> m_departements;
    QHash<QString, QString> m_epcis;
};

} // namespace jalon
