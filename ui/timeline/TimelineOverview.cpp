#include "timeline/TimelineOverview.h"

#include "common/Clock.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace jalon {

namespace {

constexpr int kMargin = 6;
constexpr int kDotRadius = 4;
constexpr int kLanes = 3; // orientation, contract, appointments
constexpr int kMaxMonthsBack = 36;

QDate firstOfMonth(const QDate& day) {
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate& day) {
    return QDate(day.year(), day.month(), day.daysInMonth());
}

} // namespace

TimelineOverview::TimelineOverview(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Pathway overview"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    clear();
}

void TimelineOverview::setContent(QList<Bar> orientations, QList<Bar> contracts, QList<Dot> appointments) {
    m_orientations = std::move(orientations);
    m_contracts = std::move(contracts);
    m_appointments = std::move(appointments);
    updateRange();
    layOut();
    updateDescription();
    update();
}

void TimelineOverview::updateRange() {
    const QDate today = Clock::instance().today();
    QDate first = today.addMonths(-6);
    QDate last = today.addMonths(1);
    for (const QList<Bar>* bars : {&m_orientations, &m_contracts}) {
        for (const Bar& bar : *bars) {
            first = std::min(first, bar.start);
            if (bar.end.isValid()) {
                last = std::max(last, bar.end);
            }
        }
    }
    for (const Dot& dot : std::as_const(m_appointments)) {
        first = std::min(first, dot.at.date());
        last = std::max(last, dot.at.date());
    }
    m_first = firstOfMonth(std::max(first, today.addMonths(-kMaxMonthsBack)));
    m_last = lastOfMonth(std::min(last, today.addMonths(12)));
}

void TimelineOverview::updateDescription() {
    const QLocale locale;
    setAccessibleDescription(
        tr("%1 orientation period(s), %2 contract(s), %3 appointment(s), shown from %4 to %5")
            .arg(m_orientations.size())
            .arg(m_contracts.size())
            .arg(m_appointments.size())
            .arg(locale.toString(m_first, QLocale::ShortFormat),
                 locale.toString(m_last, QLocale::ShortFormat)));
}

QSize TimelineOverview::sizeHint() const {
    const int lane = fontMetrics().height() + 8;
    return {600, kMargin * 2 + kLanes * lane + fontMetrics().height() + 8};
}

QSize TimelineOverview::minimumSizeHint() const {
    return {240, sizeHint().height()};
}

QRectF TimelineOverview::laneRect(int lane) const {
    const int height = fontMetrics().height() + 8;
    const int labels = fontMetrics().horizontalAdvance(tr("Appointments")) + 2 * kMargin;
    return QRectF(labels, kMargin + lane * height, width() - labels - kMargin, height);
}

double TimelineOverview::xOf(const QDate& day) const {
    const QRectF lane = laneRect(0);
    const double span = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return lane.left() + lane.width() * static_cast<double>(m_first.daysTo(day)) / span;
}

double TimelineOverview::xOf(const QDateTime& at) const {
    const double dayWidth = xOf(m_first.addDays(1)) - xOf(m_first);
    return xOf(at.date()) + dayWidth * at.time().msecsSinceStartOfDay() / 86400000.0;
}

void TimelineOverview::layOut() {
    const QLocale locale;
    const QDate today = Clock::instance().today();
    const auto bars = [&](const QList<Bar>& list, int lane, QList<Shape>* out) {
        out->clear();
        const QRectF row = laneRect(lane);
        for (const Bar& bar : list) {
            const QDate end = bar.end.isValid() ? bar.end : std::max(today, bar.start);
            if (end < m_first || bar.start > m_last) {
                continue;
            }
            const double left = xOf(std::max(bar.start, m_first));
            const double right = std::max(left + 3, xOf(std::min(end, m_last).addDays(1)));
            const QString period = bar.end.isValid()
                                       ? tr("%1 to %2")
                                             .arg(locale.toString(bar.start, QLocale::ShortFormat),
                                                  locale.toString(bar.end, QLocale::ShortFormat))
                                       : tr("since %1").arg(locale.toString(bar.start, QLocale::ShortFormat));
            out->append({QRectF(left, row.top() + 3, right - left, row.height() - 6),
                         bar.label + QStringLiteral("\n") + period});
        }
    };
    bars(m_orientations, 0, &m_orientationShapes);
    bars(m_contracts, 1, &m_contractShapes);
    m_dotShapes.clear();
    const QRectF row = laneRect(2);
    for (const Dot& dot : std::as_const(m_appointments)) {
        if (dot.at.date() < m_first || dot.at.date() > m_last) {
            continue;
        }
        const QPointF centre(xOf(dot.at), row.center().y());
        m_dotShapes.append(
            {QRectF(centre.x() - kDotRadius, centre.y() - kDotRadius, 2 * kDotRadius, 2 * kDotRadius),
             dot.label});
    }
}

void TimelineOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layOut();
}

QString TimelineOverview::textAt(const QPoint& point) const {
    QStringList texts;
    for (const Shape& dot : m_dotShapes) {
        if (dot.rect.adjusted(-2, -2, 2, 2).contains(point)) {
            texts << dot.text;
        }
    }
    if (!texts.isEmpty()) {
        return texts.join(QLatin1Char('\n'));
    }
    for (const QList<Shape>* shapes : {&m_orientationShapes, &m_contractShapes}) {
        for (const Shape& bar : *shapes) {
            if (bar.rect.contains(point)) {
                texts << bar.text;
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

bool TimelineOverview::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineOverview::paintTicks(QPainter& p) const {
    const QLocale locale;
    const QRectF lanes = laneRect(0).united(laneRect(kLanes - 1));
    const QColor tick = palette().color(QPalette::Mid);
    struct Label {
        double x;
        QString text;
        bool year;
    };
    QList<Label> years;
    QList<Label> months;
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const double x = xOf(month);
        p.setPen(QPen(tick, month.month() == 1 ? 1.5 : 0.5));
        p.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom() + 3));
        if (month.month() == 1) {
            years.append({x, QString::number(month.year()), true});
        } else {
            months.append({x, locale.toString(month, QStringLiteral("MMM")), false});
        }
    }
    // Years always have their label; a month's label shows where it does not touch another.
    QList<std::pair<double, double>> taken;
    const auto fits = [&taken](double left, double right) {
        for (const auto& [l, r] : std::as_const(taken)) {
            if (left < r + 6 && right > l - 6) {
                return false;
            }
        }
        return true;
    };
    const double textTop = lanes.bottom() + 2;
    const double textHeight = fontMetrics().height() + 4;
    for (const QList<Label>* labels : {&years, &months}) {
        for (const Label& label : *labels) {
            const double left = label.x + 2;
            const double right = left + fontMetrics().horizontalAdvance(label.text);
            if (!fits(left, right) || right > lanes.right() + kMargin) {
                continue;
            }
            taken.append({left, right});
            p.setPen(palette().color(label.year ? QPalette::WindowText : QPalette::PlaceholderText));
            p.drawText(QRectF(left, textTop, right - left + 2, textHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       label.text);
        }
    }
}

void TimelineOverview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QStringList laneNames = {tr("Orientation"), tr("Contract"), tr("Appointments")};
    for (int lane = 0; lane < kLanes; ++lane) {
        const QRectF row = laneRect(lane);
        if (lane % 2 == 0) {
            p.fillRect(QRectF(row.left(), row.top(), row.width(), row.height()),
                       palette().color(QPalette::AlternateBase));
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(kMargin, row.top(), row.left() - 2 * kMargin, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter, laneNames.at(lane));
    }
    paintTicks(p);

    const auto paintBars = [&p, this](const QList<Bar>& bars, const QList<Shape>& shapes) {
        int shown = 0;
        for (const Bar& bar : bars) {
            const QDate end = bar.end.isValid() ? bar.end : Clock::instance().today();
            if (end < m_first || bar.start > m_last || shown >= shapes.size()) {
                continue;
            }
            const Shape& shape = shapes.at(shown++);
            p.setPen(QPen(bar.colour.darker(140), 1));
            p.setBrush(bar.end.isValid() ? bar.colour : bar.colour.lighter(115));
            p.drawRoundedRect(shape.rect, 3, 3);
            const QString text =
                fontMetrics().elidedText(bar.label, Qt::ElideRight, static_cast<int>(shape.rect.width()) - 6);
            if (text.size() > 2) {
                p.setPen(Qt::white);
                p.drawText(shape.rect.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    };
    paintBars(m_orientations, m_orientationShapes);
    paintBars(m_contracts, m_contractShapes);

    int shown = 0;
    for (const Dot& dot : std::as_const(m_appointments)) {
        if (dot.at.date() < m_first || dot.at.date() > m_last || shown >= m_dotShapes.size()) {
            continue;
        }
        p.setPen(QPen(dot.colour.darker(150), 1));
        p.setBrush(dot.colour);
        p.drawEllipse(m_dotShapes.at(shown++).rect);
    }

    const QDate today = Clock::instance().today();
    if (today >= m_first && today <= m_last) {
        const double x = xOf(QDateTime(today, QTime(12, 0)));
        const QRectF lanes = laneRect(0).united(laneRect(kLanes - 1));
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, lanes.top() - 2), QPointF(x, lanes.bottom() + 2));
    }
}

} // namespace jalon
