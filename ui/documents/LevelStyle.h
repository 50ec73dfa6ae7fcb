#pragma once

#include "diagnostic/Level.h"

#include <QColor>
#include <QIcon>

namespace jalon::LevelStyle {

// The colour that stands for a level on screen and on paper, from green (a resource) to red (blocking);
// grey for a theme not discussed. Text always says the level too: colour is never alone.
QColor color(Level level);
// A pale tint of that colour, behind the level in printed tables (readable in grey too).
QColor tint(Level level);
// A small square of the level's colour, for lists.
QIcon icon(Level level);

} // namespace jalon::LevelStyle
