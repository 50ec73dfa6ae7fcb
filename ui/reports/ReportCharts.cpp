#include "reports/ReportCharts.h"

#include "diagnostic/Level.h"
#include "documents/LevelStyle.h"
#include "reports/Indicators.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace jalon::ReportCharts {

namespace {

// Okabe–Ito colours, told apart by colour-blind readers too.
const QColor kFollowedColor(0x00, 0x72, 0xb2);
const QColor kEntriesColor(0x00, 0x9e, 0x73);
const QColor kExitsColor(0xd5, 0x5e, 0x00);

// A count as drawn: 0 when it was hidden as a small count.
qint64 drawn(const Figure& figure) {
    return figure.suppressed ? 0 : figure.value;
}

// A trend count as drawn: 0 when suppressed (SmallCells stores it as TrendPoint::kSuppressed).
qint64 drawn(const Report& report, qint64 value) {
    const bool small = value >= 1 && value <= report.smallCellThreshold;
    return value == TrendPoint::kSuppressed || (report.smallCellsSuppressed && small) ? 0 : value;
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Whole numbers only, from 0.
QValueAxis* countAxis(qint64 max) {
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    if (max <= 10) {
        const int top = static_cast<int>(std::max<qint64>(max, 1));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        // A little room above the tallest bar, then round steps.
        axis->setRange(0, static_cast<qreal>(max) * 1.05);
        axis->applyNiceNumbers();
    }
    return axis;
}

// Twelve months or a dozen themes: a slightly smaller font keeps their names whole.
void smallerLabels(QAbstractAxis* axis) {
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
}

void attach(QChart* chart, QAbstractSeries* series, QBarCategoryAxis* categories,
            Qt::Alignment categoryAlignment, QValueAxis* values, Qt::Alignment valueAlignment) {
    chart->addSeries(series);
    chart->addAxis(categories, categoryAlignment);
    chart->addAxis(values, valueAlignment);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace

QChart* trend(const Report& report) {
    // Months named short, to fit half the window; the title gives the years.
    const QLocale locale;
    QChart* chart =
        newChart(report.trend.isEmpty()
                     ? QCoreApplication::translate("ReportCharts", "The last twelve months")
                     : QCoreApplication::translate("ReportCharts", "The last twelve months, %1 to %2")
                           .arg(locale.toString(report.trend.first().month, QStringLiteral("MMMM yyyy")),
                                locale.toString(report.trend.last().month, QStringLiteral("MMMM yyyy"))));
    auto* followed = new QLineSeries;
    followed->setName(
        QCoreApplication::translate("ReportCharts", "Followed at the month's end (left scale)"));
    followed->setPen(QPen(kFollowedColor, 3));
    followed->setPointsVisible(true);
    auto* entries = new QBarSet(QCoreApplication::translate("ReportCharts", "Entries"));
    entries->setColor(kEntriesColor);
    auto* exits = new QBarSet(QCoreApplication::translate("ReportCharts", "Exits"));
    exits->setColor(kExitsColor);
    QStringList months;
    qint64 maxFollowed = 0;
    qint64 maxFlow = 0;
    for (qsizetype i = 0; i < report.trend.size(); ++i) {
        const TrendPoint& point = report.trend.at(i);
        months.append(locale.toString(point.month, QStringLiteral("MMM")));
        const qint64 f = drawn(report, point.followed);
        const qint64 in = drawn(report, point.entries);
        const qint64 out = drawn(report, point.exits);
        followed->append(static_cast<qreal>(i), static_cast<qreal>(f));
        entries->append(static_cast<qreal>(in));
        exits->append(static_cast<qreal>(out));
        maxFollowed = std::max(maxFollowed, f);
        maxFlow = std::max({maxFlow, in, out});
    }
    auto* flows = new QBarSeries;
    flows->append(entries);
    flows->append(exits);
    auto* axis = new QBarCategoryAxis;
    axis->append(months);
    smallerLabels(axis);
    QValueAxis* flowAxis = countAxis(maxFlow);
    flowAxis->setGridLineVisible(false);
    attach(chart, flows, axis, Qt::AlignBottom, flowAxis, Qt::AlignRight);
    QValueAxis* followedAxis = countAxis(maxFollowed);
    chart->addSeries(followed);
    chart->addAxis(followedAxis, Qt::AlignLeft);
    followed->attachAxis(axis);
    followed->attachAxis(followedAxis);
    return chart;
}

QChart* exitsByReason(const Report& report) {
    QChart* chart = newChart(QCoreApplication::translate("ReportCharts", "Exits by reason, %1")
                                 .arg(columnTitle(report, Column::Period)));
    chart->legend()->hide();
    const ReportTable* table = report.table(QString::fromLatin1(Indicators::kExitsByReason));
    auto* set = new QBarSet(columnTitle(report, Column::Period));
    set->setColor(kExitsColor);
    QStringList reasons;
    qint64 max = 0;
    if (table) {
        // The bars read from the top: the table's first line last.
        for (auto row = table->rows.crbegin(); row != table->rows.crend(); ++row) {
            reasons.append(row->label);
            const qint64 value = drawn(row->at(Column::Period));
            set->append(static_cast<qreal>(value));
            max = std::max(max, value);
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    auto* axis = new QBarCategoryAxis;
    axis->append(reasons);
    attach(chart, series, axis, Qt::AlignLeft, countAxis(max), Qt::AlignBottom);
    return chart;
}

QChart* barriersByTheme(const Report& report) {
    QChart* chart = newChart(
        QCoreApplication::translate("ReportCharts", "Levels by theme (diagnostics validated in the period)"));
    const ReportTable* table = report.table(QString::fromLatin1(Indicators::kBarriersByTheme));
    QList<ReportRow> rows = table ? table->rows : QList<ReportRow>{};
    QStringList themeCodes;
    QStringList themes;
    QStringList levelCodes;
    QStringList levels;
    for (const ReportRow& row : rows) {
        if (!themeCodes.contains(row.groupCode)) {
            themeCodes.append(row.groupCode);
            themes.append(row.groupLabel);
        }
        if (!levelCodes.contains(row.code)) {
            levelCodes.append(row.code);
            levels.append(row.label);
        }
    }
    // The levels from resource to blocking, whatever the table's order; themes read from the top.
    const auto severity = [](const QString& code) {
        Level level = Level::NotDiscussed;
        return Levels::fromCode(code, &level) ? Levels::severity(level) : 99;
    };
    QList<qsizetype> levelOrder;
    for (qsizetype i = 0; i < levelCodes.size(); ++i) {
        levelOrder.append(i);
    }
    std::stable_sort(levelOrder.begin(), levelOrder.end(), [&](qsizetype a, qsizetype b) {
        return severity(levelCodes.at(a)) < severity(levelCodes.at(b));
    });
    auto* series = new QHorizontalStackedBarSeries;
    QList<qint64> totals(themeCodes.size(), 0);
    for (const qsizetype l : levelOrder) {
        auto* set = new QBarSet(levels.at(l));
        Level level = Level::NotDiscussed;
        if (Levels::fromCode(levelCodes.at(l), &level)) {
            set->setColor(LevelStyle::color(level));
        }
        for (qsizetype t = themeCodes.size() - 1; t >= 0; --t) {
            const ReportRow* row = table->row(levelCodes.at(l), themeCodes.at(t));
            const qint64 value = row ? drawn(row->at(Column::Period)) : 0;
            set->append(static_cast<qreal>(value));
            totals[t] += value;
        }
        series->append(set);
    }
    std::reverse(themes.begin(), themes.end());
    auto* axis = new QBarCategoryAxis;
    axis->append(themes);
    smallerLabels(axis);
    const qint64 max = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    attach(chart, series, axis, Qt::AlignLeft, countAxis(max), Qt::AlignBottom);
    return chart;
}

bool suppressedDrawnAsZero(const Report& report) {
    for (const char* id : {Indicators::kExitsByReason, Indicators::kBarriersByTheme}) {
        const ReportTable* table = report.table(QString::fromLatin1(id));
        if (!table) {
            continue;
        }
        for (const ReportRow& row : table->rows) {
            if (row.at(Column::Period).suppressed) {
                return true;
            }
        }
    }
    for (const TrendPoint& point : report.trend) {
        for (const qint64 value : {point.followed, point.entries, point.exits}) {
            if (drawn(report, value) != value) {
                return true;
            }
        }
    }
    return false;
}

QString describe(const QChart* chart) {
    QStringList categories;
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* category = qobject_cast<QBarCategoryAxis*>(axis)) {
            categories = category->categories();
        }
    }
    const auto categoryAt = [&categories](qsizetype i) {
        return categories.value(i, QString::number(i + 1));
    };
    const QLocale locale;
    QStringList parts;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (const QBarSet* set : bars->barSets()) {
                QStringList values;
                for (qsizetype i = 0; i < set->count(); ++i) {
                    values.append(QStringLiteral("%1 %2").arg(categoryAt(i), locale.toString(set->at(i))));
                }
                parts.append(QStringLiteral("%1: %2").arg(set->label(), values.join(QStringLiteral(", "))));
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QStringList values;
            for (const QPointF& point : line->points()) {
                values.append(QStringLiteral("%1 %2").arg(categoryAt(static_cast<qsizetype>(point.x())),
                                                          locale.toString(point.y())));
            }
            parts.append(QStringLiteral("%1: %2").arg(line->name(), values.join(QStringLiteral(", "))));
        }
    }
    return parts.join(QStringLiteral(". "));
}

} // namespace jalon::ReportCharts
