#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace jalon::TimelineStyle {

// The one colour and icon per kind of pathway event that the timeline, its filter buttons and
// the overview band share, and the colour of each appointment status. Icons are painted (a
// shape per kind in its colour) so that kinds stay apart for readers who do not see colours.

QColor kindColour(const QString& kind);
QIcon kindIcon(const QString& kind);
QColor appointmentStatusColour(const QString& status);
// A small filled disc of the colour, for lists that show an appointment's status.
QIcon statusIcon(const QString& status);

} // namespace jalon::TimelineStyle
