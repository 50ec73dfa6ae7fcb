#pragma once

#include "diagnostic/Level.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace jalon {

struct Questionnaire;

// What the adviser says of one theme beyond the answers: a level that replaces the derived
// one (with the reason, which is kept) and a free comment.
struct ThemeAssessment {
    std::optional<Level> override;
    QString overrideReason;
    QString comment;

    bool isEmpty() const { return !override && overrideReason.isEmpty() && comment.isEmpty(); }
    bool operator==(const ThemeAssessment&) const = default;
};

// A theme chosen as a priority, with the referential's objectives proposed for the action plan.
struct Priority {
    QString themeId;
    QStringList objectives;
    bool operator==(const Priority&) const = default;
};

// One person's diagnostic: the answers to one installed questionnaire version, per-theme
// assessments, priorities and next steps. A draft changes as the adviser types; a validated
// diagnostic never changes.
struct Diagnostic {
    enum class State { Draft, Validated };
    static constexpr int kMaxPriorities = 3;

    QString id;
    QString personId;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString questionnaireHash;
    State state = State::Draft;
    QJsonObject answers;                        // question id -> answer (docs/questionnaire-format.md)
    QMap<QString, ThemeAssessment> assessments; // theme id -> assessment; empty ones are left out
    QMap<QString, Level> levels;                // theme id -> level retained, as last saved
    QList<Priority> priorities;                 // at most kMaxPriorities, in order
    QString nextSteps;
    QString adviserId;
    QString adviserName;
    QString structureId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime validatedAt;

    bool isValidated() const { return state == State::Validated; }
    // The day the diagnostic speaks for: its validation, else its creation.
    QDate date() const;
};

// A line of a person's diagnostic history.
struct DiagnosticSummary {
    QString id;
    Diagnostic::State state = Diagnostic::State::Draft;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString adviserName;
    QDateTime createdAt;
    QDateTime validatedAt;
    QMap<QString, Level> levels;
    QStringList priorityThemes;

    QDate date() const;
};

namespace DiagnosticRules {
// The level retained for each theme of the questionnaire: the adviser's override where there
// is one, else the level derived from the answers.
QMap<QString, Level> retainedLevels(const Questionnaire& questionnaire, const Diagnostic& diagnostic);
// Problems that prevent validation, each a sentence naming the theme or question, in
// questionnaire order: required answers missing (except in a theme set aside as "not discussed"),
// an override without its reason, a theme chosen twice as a priority, and the draft problems.
QStringList validationProblems(const Questionnaire& questionnaire, const Diagnostic& diagnostic);
// The answers a diagnostic on this grid keeps: those to questions of the grid, of the question's
// type (an option it offers, a number within its bounds, an existing date…), to questions
// visible given the other answers kept. Anything else is dropped: a value a newer version no
// longer offers, an answer hidden by a changed answer, a damaged row.
QJsonObject cleanAnswers(const Questionnaire& questionnaire, QJsonObject answers);
// Problems that prevent even saving a draft (unknown themes, too many priorities): what no screen
// of Jalon produces, so that a draft being typed is always saved.
QStringList draftProblems(const Questionnaire& questionnaire, const Diagnostic& diagnostic);
} // namespace DiagnosticRules

// How a theme moved between an earlier diagnostic and a later one.
enum class LevelChange { Improved, Worsened, Unchanged, NotComparable };

namespace DiagnosticComparison {
// NotComparable when either side is "not discussed" or missing.
LevelChange change(std::optional<Level> before, std::optional<Level> after);
QMap<QString, LevelChange> compare(const QMap<QString, Level>& before, const QMap<QString, Level>& after);
} // namespace DiagnosticComparison

} // namespace jalon
