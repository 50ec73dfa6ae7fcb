#pragma once

#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jalon {

class AnswerEvaluator;
class QuestionField;

// One page of the diagnostic wizard: a theme's questions (built from the definition, so it
// has no .ui file), then the level the answers give, the adviser's override with its reason,
// and a comment. Conditional questions show and hide as the answers change (refresh()).
class ThemePage : public QWidget {
    Q_OBJECT
public:
    ThemePage(const Theme& theme, QWidget* parent = nullptr);

    const Theme& theme() const { return m_theme; }
    void load(const Diagnostic& diagnostic);
    // Writes this theme's answers and assessment into the diagnostic.
    void collect(Diagnostic& diagnostic) const;
    // Shows the questions whose condition holds, the derived level and the missing answers.
    void refresh(const AnswerEvaluator& evaluator);
    void setReadOnly(bool readOnly);
    QWidget* firstField() const;
    QuestionField* field(const QString& questionId) const { return m_fields.value(questionId); }

Q_SIGNALS:
    void edited();

private:
    void addQuestion(QFormLayout* form, const Question& question);
    QWidget* buildLevelBox();
    void updateReasonState();

    Theme m_theme;
    QHash<QString, QuestionField*> m_fields;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_problems;
    QFormLayout* m_form = nullptr;
    QLabel* m_derivedLabel = nullptr;
    QComboBox* m_overrideCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QPlainTextEdit* m_commentEdit = nullptr;
    QLabel* m_retainedDescription = nullptr;
    Level m_derived = Level::NotDiscussed;
};

} // namespace jalon
