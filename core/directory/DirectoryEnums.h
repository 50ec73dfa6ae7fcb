#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// The closed lists of data·inclusion v1 (resources/directory/*.json, copied from the national
// schema's extra/ folder), each a list of codes with their French label and description.
enum class DirectoryList {
    Thematiques,
    TypesDeServices,
    Frais,
    Publics,
    ModesAccueil,
    ModesMobilisation,
    PersonnesMobilisatrices,
    ReseauxPorteurs,
};

// One value of a list: "mobilite--acceder-a-un-vehicule", "Accéder à un véhicule".
struct DirectoryValue {
    QString code;
    QString label;       // French, as the national format gives it
    QString description; // may be empty
};

// One thématique category ("mobilite") with its label and its sub-thématiques.
struct ThematiqueCategory {
    QString code;
    QString label; // translated (ReportLabels::thematique)
    QList<DirectoryValue> children;
};

// The data·inclusion enumerations, loaded once from the embedded resources on first use and
// read-only afterwards (safe to share between threads).
class DirectoryEnums {
public:
    static const DirectoryEnums& instance();

    const QList<DirectoryValue>& values(DirectoryList list) const;
    // The French label of code, or the code itself when it is not in the list.
    QString label(DirectoryList list, const QString& code) const;
    bool isKnown(DirectoryList list, const QString& code) const;

    // Thématiques as a two-level tree: the 16 categories in the order of the file, each with its
    // sub-thématiques. A category code is the part of a code before "--".
    QList<ThematiqueCategory> thematiqueTree() const;
    static QString categoryOf(const QString& thematique);
    bool isCategory(const QString& code) const;

private:
    DirectoryEnums();
    QList<QList<DirectoryValue>> m_lists;
};

} // namespace jalon
