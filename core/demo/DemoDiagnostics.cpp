#include "demo/DemoDiagnostics.h"

#include "db/ChangeWriter.h"
#include "demo/Dice.h"
#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/DiagnosticCodec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace jalon {

namespace {

const QStringList kJobs{
    QStringLiteral("Agent·e d'entretien"),        QStringLiteral("Aide à domicile"),
    QStringLiteral("Employé·e de libre-service"), QStringLiteral("Préparateur·rice de commandes"),
    QStringLiteral("Ouvrier·ère agricole"),       QStringLiteral("Commis de cuisine"),
    QStringLiteral("Agent·e de sécurité"),        QStringLiteral("Chauffeur·se livreur·se"),
    QStringLiteral("Vendeur·se en boulangerie"),  QStringLiteral("Maçon·ne")};
const QStringList kComments{
    QStringLiteral("Situation stable, à consolider."),
    QStringLiteral("Démarches engagées, point à refaire dans trois mois."),
    QStringLiteral("La personne souhaite être accompagnée sur ce point."),
    QStringLiteral("Besoin d'un relais vers un partenaire spécialisé."),
    QStringLiteral("Évolution positive depuis le dernier entretien."),
    QStringLiteral("Difficultés anciennes, la personne n'en parle pas facilement."),
};

} // namespace

DemoDiagnostics::DemoDiagnostics(const Questionnaire& grid, Dice& dice)
    : m_grid(grid)
    , m_dice(dice) {}

QJsonValue DemoDiagnostics::answerQuestion(const Question& question, double difficulty) {
    // Options run from the easiest situation to the hardest: a person's difficulty skews the draw.
    const auto skewed = [&](int count) {
        const double u = m_dice.below(1000) / 1000.0;
        return std::min(count - 1, static_cast<int>(std::pow(u, 2.5 - 2.0 * difficulty) * count));
    };
    switch (question.type) {
    case Question::Type::SingleChoice:
        return question.options.at(skewed(static_cast<int>(question.options.size()))).value;
    case Question::Type::MultipleChoice: {
        QJsonArray picked;
        const int wanted = 1 + m_dice.below(2);
        for (int i = 0; i < wanted; ++i) {
            const Option& option = question.options.at(skewed(static_cast<int>(question.options.size())));
            if (option.exclusive) {
                return QJsonArray{option.value}; // "none of these" stands alone
            }
            if (!picked.contains(option.value)) {
                picked.append(option.value);
            }
        }
        return picked;
    }
    case Question::Type::YesNo:
        return m_dice.chance(static_cast<int>(70 - 40 * difficulty));
    case Question::Type::Number: {
        const int low = static_cast<int>(question.min.value_or(0));
        const int high = static_cast<int>(question.max.value_or(low + 40));
        return low + m_dice.below(std::max(1, std::min(high, low + 60) - low + 1));
    }
    case Question::Type::Date:
        return QDate(2025, 1, 1).addDays(m_dice.below(700)).toString(Qt::ISODate);
    case Question::Type::ShortText:
        return m_dice.pick(kJobs);
    case Question::Type::LongText:
        return m_dice.pick(kComments);
    }
    return {};
}

QJsonObject DemoDiagnostics::answerTheme(const Theme& theme, QJsonObject answers, double difficulty) {
    for (const Question& question : theme.questions) {
        answers.remove(question.id);
    }
    // Conditions name earlier questions, so answering in order settles visibility as it goes.
    for (const Question& question : theme.questions) {
        if (!AnswerEvaluator(m_grid, answers).isVisible(question.id)) {
            continue;
        }
        const int chance = question.required ? 100 : question.type == Question::Type::LongText ? 15 : 75;
        if (m_dice.chance(chance)) {
            answers.insert(question.id, answerQuestion(question, difficulty));
        }
    }
    return answers;
}

Diagnostic DemoDiagnostics::interview(const Diagnostic* previous, double difficulty) {
    Diagnostic d;
    d.answers = previous ? previous->answers : QJsonObject();
    for (const Theme& theme : m_grid.themes) {
        const bool discussedBefore = previous && previous->levels.value(theme.id) != Level::NotDiscussed;
        // A follow-up revisits some themes; a first interview covers most of them.
        if (previous && discussedBefore && !m_dice.chance(45)) {
            continue;
        }
        if (m_dice.chance(previous ? 85 : 88)) {
            d.answers = answerTheme(theme, d.answers, difficulty);
            if (m_dice.chance(12)) {
                d.assessments[theme.id].comment = m_dice.pick(kComments);
            }
        } else {
            for (const Question& question : theme.questions) {
                d.answers.remove(question.id);
            }
            d.assessments[theme.id] = ThemeAssessment{
                Level::NotDiscussed,
                QCoreApplication::translate("DemoDiagnostics", "Not discussed at this interview."),
                {}};
        }
    }
    d.levels = DiagnosticRules::retainedLevels(m_grid, d);
    // The hardest themes become the priorities, with the referential's first objectives.
    QList<const Theme*> ranked;
    for (const Theme& theme : m_grid.themes) {
        if (Levels::severity(d.levels.value(theme.id)) >= Levels::severity(Level::LightNeed)) {
            ranked << &theme;
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Theme* a, const Theme* b) {
        return Levels::severity(d.levels.value(a->id)) > Levels::severity(d.levels.value(b->id));
    });
    for (const Theme* theme : ranked.mid(0, 1 + m_dice.below(Diagnostic::kMaxPriorities))) {
        d.priorities << Priority{theme->id, theme->objectives.mid(0, 1 + m_dice.below(2))};
    }
    if (!d.priorities.isEmpty()) {
        d.nextSteps = QCoreApplication::translate("DemoDiagnostics", "Next appointment in one month.");
    }
    return d;
}

Result<int> DemoDiagnostics::write(ChangeWriter& writer, const Subject& subject, const QDate& today) {
    const int roll = m_dice.below(100);
    const int count = roll < 20 ? 0 : roll < 55 ? 1 : roll < 85 ? 2 : 3;
    QDate day = std::max(subject.enteredOn, today.addDays(-730)).addDays(m_dice.below(200));
    double difficulty = m_dice.below(100) / 100.0;
    Diagnostic previous;
    int written = 0;
    for (int i = 0; i < count && day < today; ++i) {
        Diagnostic d = interview(written ? &previous : nullptr, difficulty);
        // Two in a hundred last interviews are still drafts: an adviser's work in progress.
        const bool draft = i == count - 1 && m_dice.chance(2);
        const QString at = QDateTime(day, QTime(9 + m_dice.below(8), 15 * m_dice.below(4)), Qt::UTC)
                               .toString(Qt::ISODateWithMs);
        const Status status = writer.insert(
            QStringLiteral("diagnostics"), m_dice.uuid(),
            {{QStringLiteral("person_id"), subject.personId},
             {QStringLiteral("questionnaire_id"), m_grid.id},
             {QStringLiteral("questionnaire_version"), m_grid.version},
             {QStringLiteral("questionnaire_hash"), m_grid.hash},
             {QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("validated")},
             {QStringLiteral("answers"), DiagnosticCodec::answers(d.answers)},
             {QStringLiteral("assessments"), DiagnosticCodec::assessments(d.assessments)},
             {QStringLiteral("levels"), DiagnosticCodec::levels(d.levels)},
             {QStringLiteral("priorities"), DiagnosticCodec::priorities(d.priorities)},
             {QStringLiteral("next_steps"), d.nextSteps},
             {QStringLiteral("adviser_id"), subject.adviserId},
             {QStringLiteral("structure_id"), subject.structureId},
             {QStringLiteral("created_at"), at},
             {QStringLiteral("updated_at"), at},
             {QStringLiteral("validated_at"), draft ? QVariant() : QVariant(at)}});
        if (!status) {
            return status;
        }
        ++written;
        previous = std::move(d);
        difficulty = std::max(0.0, difficulty - 0.15 * m_dice.below(3));
        day = day.addDays(120 + m_dice.below(150));
    }
    return written;
}

} // namespace jalon
