#pragma once

#include "diagnostic/Diagnostic.h"

#include <QString>

namespace jalon::DiagnosticCodec {

// The JSON text kept in the diagnostics table's columns (resources/sql/0005_diagnostics.sql),
// and back. Reading is lenient: an unknown level code or a malformed entry is left out, so a
// damaged row still opens with what can be read.
QString answers(const QJsonObject& answers);
QJsonObject answers(const QString& text);
QString assessments(const QMap<QString, ThemeAssessment>& assessments);
QMap<QString, ThemeAssessment> assessments(const QString& text);
QString levels(const QMap<QString, Level>& levels);
QMap<QString, Level> levels(const QString& text);
QString priorities(const QList<Priority>& priorities);
QList<Priority> priorities(const QString& text);

} // namespace jalon::DiagnosticCodec
