#pragma once

#include "diagnostic/Questionnaire.h"

#include <QJsonValue>
#include <QWidget>

namespace jalon {

// The input for one question of a grid, chosen by the question's type: a list for a single
// choice, boxes to tick for several, yes / no, a number, a date typed dd/mm/yyyy, a line or a
// paragraph of text. Every field can be left unanswered and reports its answer as the JSON
// value the definition format expects (docs/questionnaire-format.md).
class QuestionField : public QWidget {
    Q_OBJECT
public:
    static QuestionField* create(const Question& question, QWidget* parent);

    const Question& question() const { return m_question; }
    // The answer, or an undefined value when nothing (or nothing valid) is entered.
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // The widget that takes the focus (the label's buddy).
    virtual QWidget* focusTarget() = 0;
    // A sentence when what is typed cannot be an answer (an impossible date, a number out of range).
    virtual QString inputProblem() const { return {}; }

Q_SIGNALS:
    void edited();

protected:
    QuestionField(const Question& question, QWidget* parent);
    void setAccessibleTexts(QWidget* input) const;

private:
    Question m_question;
};

} // namespace jalon
