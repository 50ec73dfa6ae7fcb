#include "diagnostic/AnswerEvaluator.h"

#include <QJsonArray>

namespace jalon {

AnswerEvaluator::AnswerEvaluator(const Questionnaire& questionnaire, QJsonObject answers)
    : m_questionnaire(questionnaire)
    , m_answers(std::move(answers)) {}

bool AnswerEvaluator::isAnswer(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return true;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    default:
        return false;
    }
}

bool AnswerEvaluator::isVisible(const QString& questionId) const {
    const auto known = m_visible.constFind(questionId);
    if (known != m_visible.cend()) {
        return *known;
    }
    const Question* question = m_questionnaire.question(questionId);
    m_visible.insert(questionId, false); // a validated definition has no cycle; this guards the others
    const bool visible = question && (!question->visibleIf || holds(*question->visibleIf));
    m_visible.insert(questionId, visible);
    return visible;
}

QJsonValue AnswerEvaluator::answer(const QString& questionId) const {
    const QJsonValue value = m_answers.value(questionId);
    return isAnswer(value) && isVisible(questionId) ? value : QJsonValue(QJsonValue::Undefined);
}

bool AnswerEvaluator::holds(const Condition& condition) const {
    switch (condition.kind) {
    case Condition::Kind::All:
        for (const Condition& child : condition.children) {
            if (!holds(child)) {
                return false;
            }
        }
        return true;
    case Condition::Kind::Any:
        for (const Condition& child : condition.children) {
            if (holds(child)) {
                return true;
            }
        }
        return false;
    case Condition::Kind::Not:
        return !condition.children.isEmpty() && !holds(condition.children.constFirst());
    case Condition::Kind::Answered:
        return isAnswer(answer(condition.question)) == condition.answered;
    case Condition::Kind::Equals:
    case Condition::Kind::OneOf:
        break;
    }
    const QJsonValue given = answer(condition.question);
    if (!isAnswer(given)) {
        return false;
    }
    const QJsonArray chosen = given.isArray() ? given.toArray() : QJsonArray{given};
    for (const QJsonValue& value : condition.values) {
        if (chosen.contains(value)) {
            return true;
        }
    }
    return false;
}

Level AnswerEvaluator::derivedLevel(const Theme& theme) const {
    for (const ScoringRule& rule : theme.scoring) {
        if (holds(rule.when)) {
            return rule.level;
        }
    }
    for (const Question& question : theme.questions) {
        if (isAnswer(answer(question.id))) {
            return Level::Resource;
        }
    }
    return Level::NotDiscussed;
}

QStringList AnswerEvaluator::missingRequired() const {
    QStringList missing;
    for (const Theme& theme : m_questionnaire.themes) {
        for (const Question& question : theme.questions) {
            if (question.required && isVisible(question.id) && !isAnswer(answer(question.id))) {
                missing << question.id;
            }
        }
    }
    return missing;
}

} // namespace jalon
