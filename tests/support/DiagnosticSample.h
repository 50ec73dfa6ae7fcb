// Diagnostics on the SPIE grid made through DiagnosticStore, for tests and benchmarks.
#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"
#include "security/Actor.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace jalon::test {

// What a test diagnostic says: per theme a level and a comment, priorities and next steps.
// Levels are reached through answers where the grid's rules allow it, else set by the adviser
// with overrideReason.
struct DiagnosticContent {
    QMap<QString, Level> levels;
    QMap<QString, QString> comments;
    QList<Priority> priorities;
    QString nextSteps;
    QString overrideReason = QStringLiteral("Set during the interview");
};

// A plausible diagnostic: every theme of the SPIE grid with a level, comments with accents
// (housing, health, family), two priorities with objectives, next steps.
DiagnosticContent sampleContent();

// Answers to the grid's questions giving each theme the wanted level where its rules allow it;
// every required question is answered. The themes whose level no answer gives are returned in
// unreached.
QJsonObject answersFor(const Questionnaire& questionnaire, const QMap<QString, Level>& levels,
                       QStringList* unreached);

// A diagnostic of the person with that content, made by the adviser with DiagnosticStore
// (start, save, then validate unless validate is false). Installs the built-in grids first.
Result<Diagnostic> makeDiagnostic(Database& database, const Actor& adviser, const QString& personId,
                                  const DiagnosticContent& content, bool validate = true);

} // namespace jalon::test
