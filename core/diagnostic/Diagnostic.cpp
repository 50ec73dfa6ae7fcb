#include "diagnostic/Diagnostic.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace jalon {

QDate Diagnostic::date() const {
    return (validatedAt.isValid() ? validatedAt : createdAt).toLocalTime().date();
}

QDate DiagnosticSummary::date() const {
    return (validatedAt.isValid() ? validatedAt : createdAt).toLocalTime().date();
}

namespace DiagnosticRules {

namespace {

// The answer as the question's type allows it, or an undefined value.
QJsonValue typedAnswer(const Question& question, const QJsonValue& value) {
    switch (question.type) {
    case Question::Type::SingleChoice:
        return value.isString() && question.hasOption(value.toString()) ? value : QJsonValue();
    case Question::Type::MultipleChoice: {
        QJsonArray kept;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isString() && question.hasOption(item.toString()) && !kept.contains(item)) {
                kept.append(item);
            }
        }
        return kept.isEmpty() ? QJsonValue() : QJsonValue(kept);
    }
    case Question::Type::YesNo:
        return value.isBool() ? value : QJsonValue();
    case Question::Type::Number: {
        const double number = value.toDouble();
        const bool inBounds =
            (!question.min || number >= *question.min) && (!question.max || number <= *question.max);
        return value.isDouble() && inBounds ? value : QJsonValue();
    }
    case Question::Type::Date:
        return QDate::fromString(value.toString(), Qt::ISODate).isValid() ? value : QJsonValue();
    case Question::Type::ShortText:
    case Question::Type::LongText:
        return value.isString() && !value.toString().trimmed().isEmpty() ? value : QJsonValue();
    }
    return {};
}

} // namespace

QJsonObject cleanAnswers(const Questionnaire& questionnaire, QJsonObject answers) {
    for (const QString& id : answers.keys()) {
        const Question* question = questionnaire.question(id);
        const QJsonValue kept = question ? typedAnswer(*question, answers.value(id)) : QJsonValue();
        if (kept.isUndefined() || kept.isNull()) {
            answers.remove(id);
        } else {
            answers.insert(id, kept);
        }
    }
    // Dropping a hidden answer can hide another: until nothing changes (conditions have no cycles,
    // so this ends within as many rounds as there are questions).
    for (bool changed = true; changed;) {
        changed = false;
        const AnswerEvaluator evaluator(questionnaire, answers);
        for (const QString& id : answers.keys()) {
            if (!evaluator.isVisible(id)) {
                answers.remove(id);
                changed = true;
            }
        }
    }
    return answers;
}

QMap<QString, Level> retainedLevels(const Questionnaire& questionnaire, const Diagnostic& diagnostic) {
    const AnswerEvaluator evaluator(questionnaire, diagnostic.answers);
    QMap<QString, Level> levels;
    for (const Theme& theme : questionnaire.themes) {
        const auto assessment = diagnostic.assessments.constFind(theme.id);
        if (assessment != diagnostic.assessments.cend() && assessment->override) {
            levels.insert(theme.id, *assessment->override);
        } else {
            levels.insert(theme.id, evaluator.derivedLevel(theme));
        }
    }
    return levels;
}

QStringList draftProblems(const Questionnaire& questionnaire, const Diagnostic& diagnostic) {
    QStringList problems;
    for (auto it = diagnostic.assessments.cbegin(); it != diagnostic.assessments.cend(); ++it) {
        if (!questionnaire.theme(it.key())) {
            problems << QCoreApplication::translate("Diagnostic", "The theme “%1” is not part of this grid.")
                            .arg(it.key());
        }
    }
    if (diagnostic.priorities.size() > Diagnostic::kMaxPriorities) {
        problems << QCoreApplication::translate("Diagnostic", "Choose at most %1 priority themes.")
                        .arg(Diagnostic::kMaxPriorities);
    }
    for (const Priority& priority : diagnostic.priorities) {
        if (!questionnaire.theme(priority.themeId)) {
            problems << QCoreApplication::translate("Diagnostic", "The theme “%1” is not part of this grid.")
                            .arg(priority.themeId);
        }
    }
    return problems;
}

QStringList validationProblems(const Questionnaire& questionnaire, const Diagnostic& diagnostic) {
    QStringList problems = draftProblems(questionnaire, diagnostic);
    QSet<QString> seen;
    for (const Priority& priority : diagnostic.priorities) {
        if (seen.contains(priority.themeId) && questionnaire.theme(priority.themeId)) {
            problems << QCoreApplication::translate("Diagnostic",
                                                    "The theme “%1” is chosen twice as a priority.")
                            .arg(questionnaire.theme(priority.themeId)->label.text());
        }
        seen.insert(priority.themeId);
    }
    const AnswerEvaluator evaluator(questionnaire, diagnostic.answers);
    const QStringList missing = evaluator.missingRequired();
    for (const Theme& theme : questionnaire.themes) {
        const auto assessment = diagnostic.assessments.constFind(theme.id);
        // A theme the adviser marks "not discussed" (with the reason) asks for no answer.
        const bool setAside = assessment != diagnostic.assessments.cend() && assessment->override &&
                              *assessment->override == Level::NotDiscussed;
        for (const Question& question : theme.questions) {
            if (!setAside && missing.contains(question.id)) {
                problems << QCoreApplication::translate("Diagnostic",
                                                        "%1: the question “%2” needs an answer.")
                                .arg(theme.label.text(), question.label.text());
            }
        }
        if (assessment != diagnostic.assessments.cend() && assessment->override &&
            assessment->overrideReason.trimmed().isEmpty()) {
            problems << QCoreApplication::translate(
                            "Diagnostic", "%1: say why the level was changed from the one the answers give.")
                            .arg(theme.label.text());
        }
    }
    return problems;
}

} // namespace DiagnosticRules

namespace DiagnosticComparison {

LevelChange change(std::optional<Level> before, std::optional<Level> after) {
    if (!before || !after || *before == Level::NotDiscussed || *after == Level::NotDiscussed) {
        return LevelChange::NotComparable;
    }
    const int delta = Levels::severity(*after) - Levels::severity(*before);
    if (delta < 0) {
        return LevelChange::Improved;
    }
    return delta > 0 ? LevelChange::Worsened : LevelChange::Unchanged;
}

QMap<QString, LevelChange> compare(const QMap<QString, Level>& before, const QMap<QString, Level>& after) {
    QMap<QString, LevelChange> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto earlier = before.constFind(it.key());
        changes.insert(it.key(),
                       change(earlier == before.cend() ? std::nullopt : std::optional(*earlier), it.value()));
    }
    return changes;
}

} // namespace DiagnosticComparison

} // namespace jalon
