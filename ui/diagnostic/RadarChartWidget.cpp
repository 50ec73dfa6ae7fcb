#include "diagnostic/RadarChartWidget.h"

#include <QPainter>

namespace jalon {

RadarChartWidget::RadarChartWidget(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RadarChartWidget::setAxes(const QList<RadarAxis>& axes) {
    m_axes = axes;
    update();
}

void RadarChartWidget::setLevels(const QString& name, const QMap<QString, Level>& current,
                                 const QString& previousName, const QMap<QString, Level>& previous) {
    m_name = name;
    m_current = current;
    m_previousName = previousName;
    m_previous = previous;
    // Screen readers get the levels as text: the picture alone says nothing to them.
    QStringList description;
    for (const RadarAxis& axis : std::as_const(m_axes)) {
        description << axis.label + QStringLiteral(": ") +
                           Levels::label(current.value(axis.id, Level::NotDiscussed));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

void RadarChartWidget::clear() {
    m_axes.clear();
    m_current.clear();
    m_previous.clear();
    setAccessibleDescription({});
    update();
}

void RadarChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_axes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No diagnostic to show."));
        return;
    }
    QList<RadarSeries> series{{m_name, m_current, false, {}}};
    if (!m_previousName.isEmpty()) {
        series.append({m_previousName, m_previous, true, {}});
    }
    RadarPainter::paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_axes, series);
}

} // namespace jalon
