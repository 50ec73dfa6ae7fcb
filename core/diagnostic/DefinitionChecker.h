#pragma once

#include "diagnostic/QuestionnaireParser.h"

#include <QHash>

namespace jalon {

// The cross-reference checks of a definition, also run on what could be read of a malformed one:
// conditions name existing questions and possible answers, and no question's visibility depends
// on itself.
class DefinitionChecker {
public:
    explicit DefinitionChecker(const Questionnaire& questionnaire);
    QList<DefinitionProblem> check();

private:
    void checkCondition(const Condition& condition, const QString& path);
    void checkValue(const Question& question, const QJsonValue& value, const QString& path);
    void checkCycles();
    static void references(const Condition& condition, QStringList* questions);

    const Questionnaire& m_questionnaire;
    QHash<QString, const Question*> m_questions;
    QHash<QString, QString> m_paths; // question id → JSON path of the question
    QList<DefinitionProblem> m_problems;
};

} // namespace jalon
