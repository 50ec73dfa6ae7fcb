#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace jalon {

// The days a report covers, both ends included: a calendar month or any span of days. The
// comparison periods (the one before, the same one a year earlier) follow from it.
struct ReportPeriod {
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month);
    // "2026-10" → October 2026; nothing for anything else (including impossible months).
    static std::optional<ReportPeriod> parseMonth(const QString& text);
    // The month that ended before the given day (the report an adviser makes on the 1st).
    static ReportPeriod monthBefore(const QDate& day);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool isMonth() const;
    qint64 days() const { return from.daysTo(to) + 1; }

    // The previous month for a month, else the span of the same length just before.
    ReportPeriod previous() const;
    // The same days one year earlier.
    ReportPeriod yearBefore() const;

    QString label() const; // "octobre 2026", or "du 01/10/2026 au 15/11/2026"
    QString code() const;  // "2026-10", or "2026-10-01_2026-11-15"

    bool operator==(const ReportPeriod&) const = default;
};

} // namespace jalon
