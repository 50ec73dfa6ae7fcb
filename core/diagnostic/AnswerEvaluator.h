#pragma once

#include "diagnostic/Questionnaire.h"

#include <QHash>
#include <QJsonObject>

namespace jalon {

// Evaluates a questionnaire's declarative rules on a set of answers (question id → JSON value):
// which questions are visible, which required ones are missing, and each theme's derived level.
// A hidden question counts as unanswered, whatever was typed before it was hidden.
class AnswerEvaluator {
public:
    AnswerEvaluator(const Questionnaire& questionnaire, QJsonObject answers);

    bool isVisible(const QString& questionId) const;
    bool holds(const Condition& condition) const;
    // The answer if the question is visible and answered, else an undefined value.
    QJsonValue answer(const QString& questionId) const;
    Level derivedLevel(const Theme& theme) const;
    // Visible required questions without an answer, in questionnaire order.
    QStringList missingRequired() const;

    static bool isAnswer(const QJsonValue& value);

private:
    const Questionnaire& m_questionnaire;
    QJsonObject m_answers;
    mutable QHash<QString, bool> m_visible;
};

} // namespace jalon
