#include "diagnostic/ThemePage.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/QuestionField.h"
#include "diagnostic/WheelSafeComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jalon {

ThemePage::ThemePage(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme) {
    setObjectName(QStringLiteral("theme:") + theme.id);
    auto* layout = new QVBoxLayout(this);
    if (!theme.help.text().isEmpty()) {
        auto* help = new QLabel(theme.help.text(), this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Question& question : theme.questions) {
        addQuestion(m_form, question);
    }
    layout->addLayout(m_form);
    layout->addWidget(buildLevelBox());
    layout->addStretch();
}

void ThemePage::addQuestion(QFormLayout* form, const Question& question) {
    QuestionField* field = QuestionField::create(question, this);
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    if (!question.help.text().isEmpty()) {
        auto* help = new QLabel(question.help.text(), cell);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        cellLayout->addWidget(help);
    }
    auto* problem = new QLabel(cell);
    problem->setObjectName(QStringLiteral("problem:") + question.id);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    problem->hide();
    cellLayout->addWidget(problem);

    const QString text = question.required ? tr("%1 *").arg(question.label.text()) : question.label.text();
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setBuddy(field->focusTarget());
    if (question.required) {
        label->setToolTip(tr("An answer is required before the diagnostic is validated."));
    }
    form->addRow(label, cell);
    m_fields.insert(question.id, field);
    m_labels.insert(question.id, label);
    m_problems.insert(question.id, problem);
    connect(field, &QuestionField::edited, this, &ThemePage::edited);
}

QWidget* ThemePage::buildLevelBox() {
    auto* box = new QGroupBox(tr("Level of this theme"), this);
    auto* form = new QFormLayout(box);
    m_derivedLabel = new QLabel(box);
    m_derivedLabel->setObjectName(QStringLiteral("derivedLevel"));
    m_derivedLabel->setWordWrap(true);
    form->addRow(tr("From the answers:"), m_derivedLabel);

    m_overrideCombo = new WheelSafeComboBox(box);
    m_overrideCombo->setObjectName(QStringLiteral("levelOverride"));
    m_overrideCombo->setAccessibleName(tr("Level retained"));
    m_overrideCombo->addItem(tr("The level the answers give"));
    for (const Level level : Levels::all()) {
        m_overrideCombo->addItem(Levels::label(level), Levels::code(level));
        m_overrideCombo->setItemData(m_overrideCombo->count() - 1, Levels::description(level),
                                     Qt::ToolTipRole);
    }
    auto* overrideLabel = new QLabel(tr("&Level retained:"), box);
    overrideLabel->setBuddy(m_overrideCombo);
    form->addRow(overrideLabel, m_overrideCombo);
    m_retainedDescription = new QLabel(box);
    m_retainedDescription->setWordWrap(true);
    m_retainedDescription->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_retainedDescription);

    m_reasonEdit = new QLineEdit(box);
    m_reasonEdit->setObjectName(QStringLiteral("overrideReason"));
    m_reasonEdit->setMaxLength(300);
    m_reasonEdit->setPlaceholderText(tr("Why the level differs from the answers (kept with the diagnostic)"));
    m_reasonEdit->setAccessibleName(tr("Reason for the level retained"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), box);
    reasonLabel->setBuddy(m_reasonEdit);
    form->addRow(reasonLabel, m_reasonEdit);

    m_commentEdit = new QPlainTextEdit(box);
    m_commentEdit->setObjectName(QStringLiteral("themeComment"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(m_commentEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_commentEdit->setAccessibleName(tr("Comment on this theme for the printed summary"));
    auto* commentLabel = new QLabel(tr("Co&mment for the summary:"), box);
    commentLabel->setBuddy(m_commentEdit);
    form->addRow(commentLabel, m_commentEdit);

    connect(m_overrideCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateReasonState();
        Q_EMIT edited();
    });
    connect(m_reasonEdit, &QLineEdit::textEdited, this, &ThemePage::edited);
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, &ThemePage::edited);
    updateReasonState();
    return box;
}

void ThemePage::updateReasonState() {
    const bool overridden = m_overrideCombo->currentIndex() > 0;
    m_reasonEdit->setEnabled(overridden && !m_overrideCombo->property("readOnly").toBool());
    Level retained = m_derived;
    if (overridden) {
        Levels::fromCode(m_overrideCombo->currentData().toString(), &retained);
    }
    m_retainedDescription->setText(Levels::description(retained));
}

void ThemePage::load(const Diagnostic& diagnostic) {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setValue(diagnostic.answers.value(it.key()));
    }
    const ThemeAssessment assessment = diagnostic.assessments.value(m_theme.id);
    const QSignalBlocker comboBlocker(m_overrideCombo);
    const QSignalBlocker commentBlocker(m_commentEdit);
    m_overrideCombo->setCurrentIndex(
        assessment.override ? std::max(0, m_overrideCombo->findData(Levels::code(*assessment.override))) : 0);
    m_reasonEdit->setText(assessment.overrideReason);
    if (m_commentEdit->toPlainText() != assessment.comment) {
        m_commentEdit->setPlainText(assessment.comment);
    }
    updateReasonState();
}

void ThemePage::collect(Diagnostic& diagnostic) const {
    for (const Question& question : m_theme.questions) {
        const QuestionField* field = m_fields.value(question.id);
        const QJsonValue value = field->value();
        // A hidden question's answer stays on screen while the window is open; the wizard drops it
        // from the diagnostic (DiagnosticRules::cleanAnswers) until the question shows again.
        if (value.isUndefined()) {
            diagnostic.answers.remove(question.id);
        } else {
            diagnostic.answers.insert(question.id, value);
        }
    }
    ThemeAssessment assessment;
    Level level;
    if (m_overrideCombo->currentIndex() > 0 &&
        Levels::fromCode(m_overrideCombo->currentData().toString(), &level)) {
        assessment.override = level;
        assessment.overrideReason = m_reasonEdit->text().trimmed();
    }
    assessment.comment = m_commentEdit->toPlainText().trimmed();
    if (assessment.isEmpty()) {
        diagnostic.assessments.remove(m_theme.id);
    } else {
        diagnostic.assessments.insert(m_theme.id, assessment);
    }
}

void ThemePage::refresh(const AnswerEvaluator& evaluator) {
    const QStringList missing = evaluator.missingRequired();
    for (const Question& question : m_theme.questions) {
        QLabel* label = m_labels.value(question.id);
        const bool visible = evaluator.isVisible(question.id);
        if (m_form->isRowVisible(label) != visible) {
            m_form->setRowVisible(label, visible);
        }
        const bool isMissing = visible && missing.contains(question.id);
        QFont font = label->font();
        font.setBold(isMissing);
        label->setFont(font);
        QLabel* problem = m_problems.value(question.id);
        const QString inputProblem = m_fields.value(question.id)->inputProblem();
        problem->setText(inputProblem);
        problem->setVisible(visible && !inputProblem.isEmpty());
    }
    m_derived = evaluator.derivedLevel(m_theme);
    m_derivedLabel->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(Levels::label(m_derived).toHtmlEscaped(), Levels::description(m_derived).toHtmlEscaped()));
    updateReasonState();
}

void ThemePage::setReadOnly(bool readOnly) {
    for (QuestionField* field : std::as_const(m_fields)) {
        field->setReadOnly(readOnly);
    }
    m_overrideCombo->setProperty("readOnly", readOnly);
    m_overrideCombo->setEnabled(!readOnly);
    m_reasonEdit->setReadOnly(readOnly);
    m_commentEdit->setReadOnly(readOnly);
    updateReasonState();
}

QWidget* ThemePage::firstField() const {
    for (const Question& question : m_theme.questions) {
        if (m_form->isRowVisible(m_labels.value(question.id))) {
            return m_fields.value(question.id)->focusTarget();
        }
    }
    return m_overrideCombo;
}

} // namespace jalon
