#include "DiagnosticSample.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/QuestionnaireStore.h"

#include <QJsonArray>

#include <cstdlib>

namespace jalon::test {

namespace {

// A plausible answer to any question: the first option, no, the minimum, a date, a word.
QJsonValue defaultAnswer(const Question& question) {
    switch (question.type) {
    case Question::Type::SingleChoice:
        return question.options.constFirst().value;
    case Question::Type::MultipleChoice:
        return QJsonArray{question.options.constFirst().value};
    case Question::Type::YesNo:
        return false;
    case Question::Type::Number:
        return question.min.value_or(0);
    case Question::Type::Date:
        return QStringLiteral("2024-01-15");
    case Question::Type::ShortText:
    case Question::Type::LongText:
        return QStringLiteral("Réponse");
    }
    return {};
}

// The answers a question can take when looking for a level.
QList<QJsonValue> candidateAnswers(const Question& question) {
    QList<QJsonValue> candidates;
    if (question.type == Question::Type::YesNo) {
        candidates << true << false;
    }
    if (question.type == Question::Type::SingleChoice || question.type == Question::Type::MultipleChoice) {
        for (const Option& option : question.options) {
            candidates << (question.type == Question::Type::SingleChoice
                               ? QJsonValue(option.value)
                               : QJsonValue(QJsonArray{option.value}));
        }
    }
    return candidates;
}

int distance(const Questionnaire& questionnaire, const QJsonObject& answers, const Theme& theme,
             Level wanted) {
    const Level derived = AnswerEvaluator(questionnaire, answers).derivedLevel(theme);
    return std::abs(Levels::severity(derived) - Levels::severity(wanted));
}

} // namespace

QJsonObject answersFor(const Questionnaire& questionnaire, const QMap<QString, Level>& levels,
                       QStringList* unreached) {
    QJsonObject answers;
    for (const Theme& theme : questionnaire.themes) {
        for (const Question& question : theme.questions) {
            if (question.required) {
                answers.insert(question.id, defaultAnswer(question));
            }
        }
    }
    // Question by question, keep the answer that brings the theme closest to the wanted level.
    for (const Theme& theme : questionnaire.themes) {
        const Level wanted = levels.value(theme.id, Level::NotDiscussed);
        if (wanted == Level::NotDiscussed) {
            continue;
        }
        for (int pass = 0; pass < 2 && distance(questionnaire, answers, theme, wanted) > 0; ++pass) {
            for (const Question& question : theme.questions) {
                for (const QJsonValue& candidate : candidateAnswers(question)) {
                    QJsonObject trial = answers;
                    trial.insert(question.id, candidate);
                    if (distance(questionnaire, trial, theme, wanted) <
                        distance(questionnaire, answers, theme, wanted)) {
                        answers = trial;
                    }
                }
            }
        }
        if (distance(questionnaire, answers, theme, wanted) > 0 && unreached) {
            *unreached << theme.id;
        }
    }
    return answers;
}

DiagnosticContent sampleContent() {
    DiagnosticContent content;
    content.levels = {
        {QStringLiteral("logement"), Level::MajorBarrier},
        {QStringLiteral("mobilite"), Level::LightNeed},
        {QStringLiteral("sante"), Level::MajorBarrier},
        {QStringLiteral("contraintes_familiales"), Level::LightNeed},
        {QStringLiteral("administratif"), Level::Resource},
        {QStringLiteral("finances"), Level::BlockingBarrier},
        {QStringLiteral("langue"), Level::Resource},
        {QStringLiteral("numerique"), Level::LightNeed},
        {QStringLiteral("experience"), Level::Resource},
        {QStringLiteral("formation"), Level::LightNeed},
        {QStringLiteral("projet"), Level::MajorBarrier},
        {QStringLiteral("recherche_emploi"), Level::NotDiscussed},
    };
    content.comments = {
        {QStringLiteral("logement"), QStringLiteral("Hébergée chez sa sœur, dossier à compléter")},
        {QStringLiteral("sante"), QStringLiteral("Suivi médical régulier pour un asthme sévère")},
        {QStringLiteral("contraintes_familiales"),
         QStringLiteral("Deux enfants, garde périscolaire à trouver")},
        {QStringLiteral("finances"), QStringLiteral("Dettes de loyer : un plan d’apurement est à négocier")},
        {QStringLiteral("mobilite"), QStringLiteral("Pas de permis ; bus jusqu’à Saint-Brieuc")},
        {QStringLiteral("projet"), QStringLiteral("Souhaite travailler dans l’aide à domicile")},
    };
    content.priorities = {
        {QStringLiteral("logement"),
         {QStringLiteral("Accéder à un logement"), QStringLiteral("Réduire les impayés de loyer")}},
        {QStringLiteral("sante"), {QStringLiteral("Constituer un dossier MDPH/invalidité")}},
        {QStringLiteral("projet"), {QStringLiteral("Confirmer son choix de métier")}},
    };
    content.nextSteps = QStringLiteral("Rendez-vous avec l’assistante sociale le 12 mars.\n"
                                       "Inscription à l’atelier CV & lettre de motivation.");
    return content;
}

Result<Diagnostic> makeDiagnostic(Database& database, const Actor& adviser, const QString& personId,
                                  const DiagnosticContent& content, bool validate) {
    if (Status grids = QuestionnaireStore::ensureBuiltIn(database); !grids) {
        return grids;
    }
    DiagnosticStore store(database);
    Result<Diagnostic> started = store.start(adviser, personId);
    if (!started) {
        return started;
    }
    Diagnostic diagnostic = std::move(started).value();
    const Result<Questionnaire> questionnaire = store.questionnaireOf(adviser, diagnostic);
    if (!questionnaire) {
        return questionnaire.status();
    }
    QStringList unreached;
    diagnostic.answers = answersFor(questionnaire.value(), content.levels, &unreached);
    for (const Theme& theme : questionnaire->themes) {
        ThemeAssessment assessment;
        assessment.comment = content.comments.value(theme.id);
        const Level wanted = content.levels.value(theme.id, Level::NotDiscussed);
        if (unreached.contains(theme.id) || wanted == Level::NotDiscussed) {
            assessment.override = wanted;
            assessment.overrideReason = content.overrideReason;
        }
        if (!assessment.isEmpty()) {
            diagnostic.assessments.insert(theme.id, assessment);
        }
    }
    diagnostic.priorities = content.priorities;
    diagnostic.nextSteps = content.nextSteps;
    const Status done = validate ? store.validate(adviser, diagnostic) : store.save(adviser, diagnostic);
    if (!done) {
        return done;
    }
    return diagnostic;
}

} // namespace jalon::test
