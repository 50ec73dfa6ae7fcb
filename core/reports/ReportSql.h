#pragma once

#include "reports/ReportPeriod.h"
#include "reports/ReportScope.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace jalon {

// The SQL behind every indicator of docs/indicators.md, in plain SQLite (no function of ours),
// so that the sqlite3 shell runs the very same statements for the benchmark's comparison.
// Parameters: :from, :to (the period's days), :next (the day after), :from_utc and :next_utc
// (the period's local midnights in UTC, for timestamps), :scope (structure or user id),
// :trend_first and :trend_last (first days of the trend's first and last months).
namespace ReportSql {

enum class Query {
    Followed,      // kind, people, with a valid contract
    Entries,       // entries, re-entries
    Exits,         // reason, count
    Oriented45,    // base, oriented in time
    Appointment15, // base, honoured in time
    Appointment30, // base, honoured in time
    Plan30,        // base, with a plan in time
    Appointments,  // status, count, days from invitation summed
    Contracts,     // kind, count
    Objectives,    // theme, theme label, status at the end, count
    Actions,       // theme, theme label, status at the end, count
    Referrals,     // main thématique, status at the end, count
    Diagnostics,   // count
    Barriers,      // theme, level, count
    Trend,         // month's first day, followed at its end, entries, exits
};

// The queries computed for each period (all but Trend), in the order the calculator runs them.
QList<Query> periodQueries();
QString sql(Query query, ReportScope::Kind scope);
// The parameters' values for a period (and the trend's months ending with the period's month).
QMap<QString, QVariant> parameters(const ReportPeriod& period, const ReportScope& scope);
// The statement with its parameters written in as SQL literals, for the sqlite3 shell.
QString inlined(const QString& statement, const QMap<QString, QVariant>& parameters);

} // namespace ReportSql

} // namespace jalon
