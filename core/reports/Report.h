#pragma once

#include "reports/ReportPeriod.h"
#include "reports/ReportScope.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace jalon {

// One figure of a report: a count, a share (value out of base) or an average (value summed over
// base items, e.g. days over appointments).
struct Figure {
    enum class Kind { Count, Share, Average };
    Kind kind = Kind::Count;
    qint64 value = 0;
    qint64 base = 0;
    // Small-cell suppression: a count shown as "≤ threshold", a share or average left out.
    bool suppressed = false;

    // The share (0–1) or average; nothing for a count, a zero base or a suppressed figure.
    std::optional<double> ratio() const;
    // Whether there is a number to show (a count always, a ratio when defined and not suppressed).
    bool hasNumber() const;
};

// The three periods each figure is computed for, in this order.
enum class Column { Period = 0, PreviousPeriod = 1, YearBefore = 2 };
constexpr int kColumnCount = 3;

// One line of a table: a group (theme, reason…) and a label, with one figure per column.
struct ReportRow {
    QString code;       // stable code of the line, for JSON and tests ("sociale", "absent"…)
    QString label;      // translated label
    QString groupCode;  // for two-level tables (theme → status); empty otherwise
    QString groupLabel; // translated
    std::array<Figure, kColumnCount> figures;

    const Figure& at(Column column) const { return figures[static_cast<int>(column)]; }
};

// A table of the report: one indicator, or a breakdown of one.
struct ReportTable {
    QString id;          // indicator id of docs/indicators.md ("followed_by_orientation"…)
    QString title;       // translated
    QString groupHeader; // heading of the group column, empty for one-level tables
    QString labelHeader; // heading of the label column
    QList<ReportRow> rows;

    const ReportRow* row(const QString& code, const QString& groupCode = QString()) const;
};

// One month of the twelve-month trend. Under small-cell suppression, a count from 1 to the
// threshold is stored as kSuppressed (trendText shows it as "≤ threshold"; charts leave it out).
struct TrendPoint {
    static constexpr qint64 kSuppressed = -1;
    QDate month; // first day
    qint64 followed = 0;
    qint64 entries = 0;
    qint64 exits = 0;
};

// A computed activity report: what it covers, its tables and its trend, and whether small cells
// were suppressed (every export says so).
struct Report {
    static constexpr int kFormatVersion = 1;

    ReportPeriod period;
    std::array<ReportPeriod, kColumnCount> periods; // period, previous, year before
    ReportScope scope;
    QDateTime generatedAt; // UTC
    QString generatedBy;   // display name of the actor
    QList<ReportTable> tables;
    QList<TrendPoint> trend; // the twelve months ending with the period's last month
    bool smallCellsSuppressed = false;
    int smallCellThreshold = 4;

    const ReportTable* table(const QString& id) const;
};

// How a figure reads in a table, a CSV file or a document: "12", "≤ 4", "45,2 %", "12,5 j"; an
// empty string for a share with no base or a hidden share. French or English by the locale given.
QString figureText(const Figure& figure, int threshold, const QLocale& locale);
// A trend count as text: "1 234", or "≤ 4" for a suppressed one.
QString trendText(qint64 count, int threshold, const QLocale& locale);
// Column headings: "Octobre 2026", "Mois précédent"…
QString columnTitle(const Report& report, Column column);

} // namespace jalon
