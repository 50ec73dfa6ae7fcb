#include "DiagnosticFixture.h"

#include "TestDatabase.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/QuestionnaireParser.h"
#include "diagnostic/QuestionnaireStore.h"
#include "persons/PersonStore.h"

#include <QFile>
#include <QJsonArray>

#include <stdexcept>

namespace jalon::test {

Questionnaire shippedSpieGrid() {
    QFile file(QStringLiteral(":/jalon/questionnaires/spie-diagnostic-v2.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("the shipped SPIE grid is missing from the resources");
    }
    const ParsedQuestionnaire parsed = QuestionnaireParser::parse(file.readAll());
    if (!parsed.questionnaire) {
        std::string problems;
        for (const DefinitionProblem& problem : parsed.problems) {
            problems += (problem.path + QStringLiteral(": ") + problem.message).toStdString() + '\n';
        }
        throw std::runtime_error(problems);
    }
    return *parsed.questionnaire;
}

Questionnaire installedSpieGrid(TestDatabase& t) {
    if (Status installed = QuestionnaireStore::ensureBuiltIn(t.db()); !installed) {
        throw std::runtime_error(installed.error().toStdString());
    }
    auto grid = QuestionnaireStore(t.db()).loadLatest(t.actor(), QStringLiteral("spie-diagnostic"));
    if (!grid) {
        throw std::runtime_error(grid.error().toStdString());
    }
    return grid.value();
}

QString addPerson(TestDatabase& t, const QString& lastName, const QString& firstName) {
    auto id = PersonStore(t.db()).create(t.actor(), samplePerson(lastName, firstName));
    if (!id) {
        throw std::runtime_error(id.error().toStdString());
    }
    return id.value();
}

QJsonObject requiredAnswers(const Questionnaire& questionnaire, QJsonObject answers) {
    for (int round = 0; round < 10; ++round) {
        const QStringList missing = AnswerEvaluator(questionnaire, answers).missingRequired();
        if (missing.isEmpty()) {
            return answers;
        }
        for (const QString& id : missing) {
            const Question* q = questionnaire.question(id);
            switch (q->type) {
            case Question::Type::SingleChoice:
                answers.insert(id, q->options.first().value);
                break;
            case Question::Type::MultipleChoice:
                answers.insert(id, QJsonArray{q->options.first().value});
                break;
            case Question::Type::YesNo:
                answers.insert(id, false);
                break;
            case Question::Type::Number:
                answers.insert(id, q->min.value_or(0));
                break;
            case Question::Type::Date:
                answers.insert(id, QStringLiteral("2025-06-01"));
                break;
            case Question::Type::ShortText:
            case Question::Type::LongText:
                answers.insert(id, QStringLiteral("Réponse"));
                break;
            }
        }
    }
    throw std::runtime_error("required answers do not settle");
}

} // namespace jalon::test
