#include "diagnostic/DefinitionChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <functional>

namespace jalon {

namespace {

QString childKey(Condition::Kind kind) {
    return kind == Condition::Kind::All   ? QStringLiteral("all")
           : kind == Condition::Kind::Any ? QStringLiteral("any")
                                          : QStringLiteral("not");
}

} // namespace

DefinitionChecker::DefinitionChecker(const Questionnaire& questionnaire)
    : m_questionnaire(questionnaire) {
    for (qsizetype t = 0; t < questionnaire.themes.size(); ++t) {
        const Theme& theme = questionnaire.themes.at(t);
        for (qsizetype q = 0; q < theme.questions.size(); ++q) {
            m_questions.insert(theme.questions.at(q).id, &theme.questions.at(q));
            m_paths.insert(theme.questions.at(q).id,
                           QStringLiteral("$.themes[%1].questions[%2]").arg(t).arg(q));
        }
    }
}

QList<DefinitionProblem> DefinitionChecker::check() {
    for (qsizetype t = 0; t < m_questionnaire.themes.size(); ++t) {
        const Theme& theme = m_questionnaire.themes.at(t);
        for (const Question& question : theme.questions) {
            if (question.visibleIf) {
                checkCondition(*question.visibleIf,
                               m_paths.value(question.id) + QStringLiteral(".visible_if"));
            }
        }
        for (qsizetype r = 0; r < theme.scoring.size(); ++r) {
            checkCondition(theme.scoring.at(r).when,
                           QStringLiteral("$.themes[%1].scoring[%2].when").arg(t).arg(r));
        }
    }
    checkCycles();
    return m_problems;
}

void DefinitionChecker::checkCondition(const Condition& condition, const QString& path) {
    switch (condition.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
        for (qsizetype i = 0; i < condition.children.size(); ++i) {
            checkCondition(condition.children.at(i),
                           path + QStringLiteral(".%1[%2]").arg(childKey(condition.kind)).arg(i));
        }
        return;
    case Condition::Kind::Not:
        checkCondition(condition.children.constFirst(), path + QStringLiteral(".not"));
        return;
    case Condition::Kind::Equals:
    case Condition::Kind::OneOf:
    case Condition::Kind::Answered:
        break;
    }
    const Question* question = m_questions.value(condition.question);
    if (!question) {
        m_problems.append({path + QStringLiteral(".question"),
                           QCoreApplication::translate("QuestionnaireParser",
                                                       "The condition names an unknown question \"%1\".")
                               .arg(condition.question.left(80))});
        return;
    }
    const QString key =
        condition.kind == Condition::Kind::Equals ? QStringLiteral(".equals") : QStringLiteral(".one_of");
    for (qsizetype i = 0; i < condition.values.size(); ++i) {
        checkValue(
            *question, condition.values.at(i),
            path + key +
                (condition.kind == Condition::Kind::OneOf ? QStringLiteral("[%1]").arg(i) : QString()));
    }
}

void DefinitionChecker::checkValue(const Question& question, const QJsonValue& value, const QString& path) {
    bool possible = false;
    switch (question.type) {
    case Question::Type::SingleChoice:
    case Question::Type::MultipleChoice:
        possible = value.isString() && question.hasOption(value.toString());
        break;
    case Question::Type::YesNo:
        possible = value.isBool();
        break;
    case Question::Type::Number:
        possible = value.isDouble() && (!question.min || value.toDouble() >= *question.min) &&
                   (!question.max || value.toDouble() <= *question.max);
        break;
    case Question::Type::Date:
        possible = value.isString() && QDate::fromString(value.toString(), Qt::ISODate).isValid();
        break;
    case Question::Type::ShortText:
    case Question::Type::LongText:
        possible = value.isString();
        break;
    }
    if (!possible) {
        m_problems.append(
            {path, QCoreApplication::translate("QuestionnaireParser",
                                               "This value is not a possible answer to the question \"%1\".")
                       .arg(question.id)});
    }
}

void DefinitionChecker::references(const Condition& condition, QStringList* questions) {
    if (!condition.question.isEmpty()) {
        questions->append(condition.question);
    }
    for (const Condition& child : condition.children) {
        references(child, questions);
    }
}

void DefinitionChecker::checkCycles() {
    // Depth-first search over "visibility depends on" edges; a back edge is a cycle.
    QHash<QString, QStringList> edges;
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
        if (it.value()->visibleIf) {
            references(*it.value()->visibleIf, &edges[it.key()]);
        }
    }
    enum class Mark { Unvisited, InProgress, Done };
    QHash<QString, Mark> marks;
    QStringList stack;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        marks[id] = Mark::InProgress;
        stack.append(id);
        for (const QString& next : edges.value(id)) {
            const Mark mark = marks.value(next, Mark::Unvisited);
            if (mark == Mark::InProgress) {
                // The cycle runs from `next` down the stack to here and back: report it at its start.
                const QStringList cycle = stack.mid(stack.indexOf(next)) << next;
                m_problems.append(
                    {m_paths.value(next) + QStringLiteral(".visible_if"),
                     QCoreApplication::translate("QuestionnaireParser",
                                                 "The visibility of \"%1\" depends on itself: %2.")
                         .arg(next, cycle.join(QStringLiteral(" → ")))});
            } else if (mark == Mark::Unvisited && m_questions.contains(next)) {
                visit(next);
            }
        }
        stack.removeLast();
        marks[id] = Mark::Done;
    };
    for (const Theme& theme : m_questionnaire.themes) {
        for (const Question& question : theme.questions) {
            if (marks.value(question.id, Mark::Unvisited) == Mark::Unvisited) {
                visit(question.id);
            }
        }
    }
}

} // namespace jalon
