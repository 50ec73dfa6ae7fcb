#pragma once

#include "diagnostic/Level.h"
#include "documents/RadarPainter.h"

#include <QMap>
#include <QWidget>

namespace jalon {

// A radar of theme levels on screen: the selected diagnostic filled, the previous one as a
// dashed outline. It draws with the same RadarPainter as the printed summary.
class RadarChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit RadarChartWidget(QWidget* parent = nullptr);

    void setAxes(const QList<RadarAxis>& axes);
    void setLevels(const QString& name, const QMap<QString, Level>& current, const QString& previousName = {},
                   const QMap<QString, Level>& previous = {});
    void clear();

    QSize sizeHint() const override { return {420, 340}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<RadarAxis> m_axes;
    QString m_name;
    QString m_previousName;
    QMap<QString, Level> m_current;
    QMap<QString, Level> m_previous;
};

} // namespace jalon
