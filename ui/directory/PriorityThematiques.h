#pragma once

#include <QStringList>

namespace jalon::PriorityThematiques {

// The data·inclusion thématique categories that answer a diagnostic's priority themes
// ("mobilite" → "mobilite", "logement" → "logement-hebergement"…), in the order of the themes,
// without duplicates; a theme without an obvious category (e.g. "experience") gives none.
QStringList categoriesFor(const QStringList& themeIds);

} // namespace jalon::PriorityThematiques
