#pragma once

#include <QList>
#include <QString>

namespace jalon {

// Jalon's own scale for a diagnostic theme, from least to most difficult (not the Outcomes
// Star's, whose licence forbids software based on it). NotDiscussed stands apart: it says
// nothing about the person and is not drawn on the radar.
enum class Level { NotDiscussed, Resource, LightNeed, MajorBarrier, BlockingBarrier };

namespace Levels {
QList<Level> all();
QString code(Level level);                        // "not_discussed", "resource"…
bool fromCode(const QString& code, Level* level); // false for an unknown code
QString label(Level level);                       // translated: "point d'appui"…
QString description(Level level);                 // one translated line shown in the wizard
int severity(Level level);                        // 0 (not discussed) to 4 (blocking)
} // namespace Levels

} // namespace jalon
