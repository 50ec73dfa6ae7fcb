#pragma once

#include <QHash>
#include <QString>

namespace jalon {

class Database;
struct Actor;

// The translated labels of the codes a report groups by: orientation kinds, exit reasons,
// statuses, data·inclusion main thématiques, diagnostic themes and levels.
namespace ReportLabels {

QString awaitingOrientation();
QString notGiven(); // for an empty code (no exit reason, no thématique)
// The label of a main data·inclusion thématique ("mobilite" → "Mobilité"); the code if unknown.
QString thematique(const QString& code);
// Diagnostic theme ids → titles, from the installed grids (the latest version wins).
QHash<QString, QString> diagnosticThemes(Database& database, const Actor& actor);

} // namespace ReportLabels

} // namespace jalon
