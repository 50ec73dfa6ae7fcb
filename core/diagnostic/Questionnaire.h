#pragma once

#include "diagnostic/Level.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace jalon {

// A text in French and English, as definitions carry them.
struct Label {
    QString fr;
    QString en;
    // The text in the current language (French unless the English catalogue is in use).
    QString text() const;
};

// A declarative condition over answers (docs/questionnaire-format.md): no script is ever run.
struct Condition {
    enum class Kind { All, Any, Not, Equals, OneOf, Answered };
    Kind kind = Kind::All;
    QList<Condition> children; // All, Any; Not has exactly one
    QString question;          // Equals, OneOf, Answered
    QList<QJsonValue> values;  // Equals: one value; OneOf: several
    bool answered = true;      // Answered: true = has an answer
};

struct Option {
    QString value;
    Label label;
    bool exclusive = false; // multiple choice: "none of these", ticked alone
};

// One question of a theme.
struct Question {
    enum class Type { SingleChoice, MultipleChoice, YesNo, Number, Date, ShortText, LongText };
    QString id;
    Type type = Type::ShortText;
    Label label;
    Label help;
    bool required = false;
    QList<Option> options;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<Condition> visibleIf;

    bool hasOption(const QString& value) const;
};

struct ScoringRule {
    Condition when;
    Level level = Level::NotDiscussed;
};

// A page of the interview, with the rules that derive its level.
struct Theme {
    QString id;
    bool professional = false;
    Label label;
    Label help;
    bool sensitive = false;
    QList<Question> questions;
    QList<ScoringRule> scoring;
    QStringList objectives;
};

// A validated questionnaire definition: immutable once a diagnostic uses its version.
struct Questionnaire {
    QString id;
    int version = 0;
    Label title;
    Label description;
    QList<Theme> themes;
    QString hash; // "sha256:<hex>" of the canonical form

    const Question* question(const QString& id) const;
    const Theme* theme(const QString& id) const;
    int questionCount() const;
};

} // namespace jalon
