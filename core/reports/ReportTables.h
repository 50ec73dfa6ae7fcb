#pragma once

#include "reports/Report.h"
#include "reports/ReportSql.h"

#include <QHash>
#include <QList>
#include <QVariantList>

#include <array>

namespace jalon {

// The rows each query returned for one period.
using QueryRows = QHash<ReportSql::Query, QList<QVariantList>>;

// Turns the three periods' query rows into the report's tables, with labels and a stable row
// order (the lists' order; groups by label). One-level tables list every code of their list,
// zero or not; two-level tables the pairs seen in any period.
namespace ReportTables {

QList<ReportTable> build(const std::array<QueryRows, kColumnCount>& results,
                         const QHash<QString, QString>& diagnosticThemeTitles);

} // namespace ReportTables

} // namespace jalon
