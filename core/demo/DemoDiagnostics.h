#pragma once

#include "common/Result.h"
#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"

#include <QDate>

namespace jalon {

class ChangeWriter;
class Dice;

// Plausible diagnostics for the demo's fictional people: most people get one to three,
// spread over the two years before the reference day, answered following the grid's
// conditions, with a situation that tends to improve from one diagnostic to the next.
// Themes left out of an interview are set aside as "not discussed" with a reason, so that
// every validated diagnostic satisfies the same rules as an adviser's.
class DemoDiagnostics {
public:
    DemoDiagnostics(const Questionnaire& grid, Dice& dice);

    struct Subject {
        QString personId;
        QString adviserId;
        QString structureId;
        QDate enteredOn; // no diagnostic before this day
    };
    // Writes the subject's diagnostics; returns how many.
    Result<int> write(ChangeWriter& writer, const Subject& subject, const QDate& today);

private:
    QJsonObject answerTheme(const Theme& theme, QJsonObject answers, double difficulty);
    QJsonValue answerQuestion(const Question& question, double difficulty);
    Diagnostic interview(const Diagnostic* previous, double difficulty);

    const Questionnaire& m_grid;
    Dice& m_dice;
};

} // namespace jalon
