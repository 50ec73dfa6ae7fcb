#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace jalon {

// The band above a person's timeline: orientation periods and contract periods as bars on two
// lanes, appointments as dots coloured by status on a third, month ticks below and today as a
// vertical line. Hovering a bar or a dot shows what it is. It only paints what it is given.
class TimelineOverview : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QDate start;
        QDate end; // null while running
        QString label;
        QColor colour;
    };
    struct Dot {
        QDateTime at;
        QString label;
        QColor colour;
    };

    explicit TimelineOverview(QWidget* parent = nullptr);

    void setContent(QList<Bar> orientations, QList<Bar> contracts, QList<Dot> appointments);
    void clear() { setContent({}, {}, {}); }

    // The days shown, from the first thing shown (at most 3 years back) to a month after today.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // What the tooltip says at a point (empty when nothing is there).
    QString textAt(const QPoint& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Shape {
        QRectF rect;
        QString text;
    };
    void updateRange();
    void layOut();
    double xOf(const QDate& day) const;
    double xOf(const QDateTime& at) const;
    QRectF laneRect(int lane) const;
    void paintTicks(QPainter& p) const;
    void updateDescription();

    QList<Bar> m_orientations;
    QList<Bar> m_contracts;
    QList<Dot> m_appointments;
    QDate m_first;
    QDate m_last;
    QList<Shape> m_orientationShapes;
    QList<Shape> m_contractShapes;
    QList<Shape> m_dotShapes;
};

} // namespace jalon
