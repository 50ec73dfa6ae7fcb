#pragma once

#include "diagnostic/Level.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

class QPainter;

namespace jalon {

// One spoke of the radar: a theme.
struct RadarAxis {
    QString id;
    QString label;
};

// One diagnostic drawn on the radar: its level per axis id. A dashed series is drawn as an
// outline only (an earlier diagnostic); the others are filled. An invalid colour takes the
// default one for the series' place.
struct RadarSeries {
    QString name;
    QMap<QString, Level> levels;
    bool dashed = false;
    QColor color;
};

// Paints a radar (polar) chart of theme levels with a QPainter, on any paint device: a QImage for
// the screen or a document, a PDF or printer page. One axis per theme with its label around,
// rings for severities 1 to 4 (strength at the centre, blocking barrier at the edge), a filled
// translucent polygon per series (a dashed outline for dashed ones) and a legend underneath.
// "Not discussed" is not a point: the polygon goes straight from the neighbouring themes and
// the axis label is greyed. Sizes follow the device's resolution and the painter's font, so the
// same call gives the same picture at 96 or 1200 dpi. Owns nothing; keeps no state.
class RadarPainter {
public:
    static void paint(QPainter& painter, const QRectF& bounds, const QList<RadarAxis>& axes,
                      const QList<RadarSeries>& series);

    // The default colour of the series at this place (filled ones first in blue, dashed in grey).
    static QColor defaultColor(int index, bool dashed);
};

} // namespace jalon
