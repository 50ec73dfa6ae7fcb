#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QString>

namespace jalon::ReportJson {

// The activity report as JSON for the département's information system: the documented,
// versioned "jalon-activity-report" format (docs/report-formats.md, schema in
// docs/report-schema-v1.json). Codes rather than translated text identify tables and rows; a
// suppressed count never reveals its value.

QByteArray write(const Report& report);
// Writes the file atomically; on failure, a message that names the file and what to do.
Status save(const Report& report, const QString& path);

} // namespace jalon::ReportJson
