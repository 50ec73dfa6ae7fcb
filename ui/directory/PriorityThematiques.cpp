#include "directory/PriorityThematiques.h"

#include <QHash>

namespace jalon::PriorityThematiques {

QStringList categoriesFor(const QStringList& themeIds) {
    // Diagnostic theme (resources/questionnaires) → thématique category (thematiques.json).
    static const QHash<QString, QString> categories{
        {QStringLiteral("mobilite"), QStringLiteral("mobilite")},
        {QStringLiteral("logement"), QStringLiteral("logement-hebergement")},
        {QStringLiteral("numerique"), QStringLiteral("numerique")},
        {QStringLiteral("sante"), QStringLiteral("sante")},
        {QStringLiteral("formation"), QStringLiteral("se-former")},
        {QStringLiteral("finances"), QStringLiteral("difficultes-financieres")},
        {QStringLiteral("administratif"), QStringLiteral("difficultes-administratives-ou-juridiques")},
        {QStringLiteral("langue"), QStringLiteral("lecture-ecriture-calcul")},
        {QStringLiteral("recherche_emploi"), QStringLiteral("trouver-un-emploi")},
        {QStringLiteral("projet"), QStringLiteral("choisir-un-metier")},
        {QStringLiteral("contraintes_familiales"), QStringLiteral("famille")},
    };
    QStringList result;
    for (const QString& theme : themeIds) {
        const QString category = categories.value(theme);
        if (!category.isEmpty() && !result.contains(category)) {
            result.append(category);
        }
    }
    return result;
}

} // namespace jalon::PriorityThematiques
