#include "diagnostic/QuestionField.h"

#include "diagnostic/WheelSafeComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jalon {

namespace {

// One option among several, or yes / no: a drop-down list whose first entry means "no answer".
class ChoiceField : public QuestionField {
public:
    ChoiceField(const Question& question, QWidget* parent)
        : QuestionField(question, parent)
        , m_combo(new WheelSafeComboBox(this)) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        layout->addStretch();
        m_combo->addItem(QCoreApplication::translate("jalon::QuestionField", "— no answer —"));
        if (question.type == Question::Type::YesNo) {
            m_combo->addItem(QCoreApplication::translate("jalon::QuestionField", "Yes"), true);
            m_combo->addItem(QCoreApplication::translate("jalon::QuestionField", "No"), false);
        } else {
            for (const Option& option : question.options) {
                m_combo->addItem(option.label.text(), option.value);
            }
        }
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setAccessibleTexts(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &QuestionField::edited);
    }
    QJsonValue value() const override {
        const QVariant chosen = m_combo->currentData();
        return chosen.isValid() ? QJsonValue::fromVariant(chosen) : QJsonValue(QJsonValue::Undefined);
    }
    void setValue(const QJsonValue& value) override {
        const QSignalBlocker blocker(m_combo);
        const int index = value.isUndefined() || value.isNull() ? 0 : m_combo->findData(value.toVariant());
        m_combo->setCurrentIndex(std::max(index, 0));
    }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }
    QWidget* focusTarget() override { return m_combo; }

private:
    QComboBox* m_combo;
};

// Several options: a box to tick for each.
class MultipleChoiceField : public QuestionField {
public:
    MultipleChoiceField(const Question& question, QWidget* parent)
        : QuestionField(question, parent) {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        for (const Option& option : question.options) {
            auto* box = new QCheckBox(option.label.text(), this);
            box->setProperty("option", option.value);
            box->setObjectName(question.id + QLatin1Char(':') + option.value);
            layout->addWidget(box);
            m_boxes << box;
            connect(box, &QCheckBox::toggled, this, [this, box, exclusive = option.exclusive](bool checked) {
                if (checked) {
                    untickOthers(box, exclusive);
                }
                Q_EMIT edited();
            });
        }
        if (!m_boxes.isEmpty()) {
            setAccessibleTexts(m_boxes.first());
        }
    }
    QJsonValue value() const override {
        QJsonArray values;
        for (const QCheckBox* box : m_boxes) {
            if (box->isChecked()) {
                values.append(box->property("option").toString());
            }
        }
        return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values);
    }
    void setValue(const QJsonValue& value) override {
        const QJsonArray values = value.toArray();
        for (QCheckBox* box : m_boxes) {
            const QSignalBlocker blocker(box);
            box->setChecked(values.contains(box->property("option").toString()));
        }
    }
    void setReadOnly(bool readOnly) override {
        for (QCheckBox* box : m_boxes) {
            box->setEnabled(!readOnly);
        }
    }
    QWidget* focusTarget() override {
        return m_boxes.isEmpty() ? static_cast<QWidget*>(this) : m_boxes.first();
    }

private:
    // "None of these" stands alone: ticking it unticks the others, ticking another unticks it.
    void untickOthers(QCheckBox* ticked, bool tickedIsExclusive) {
        for (int i = 0; i < m_boxes.size(); ++i) {
            QCheckBox* box = m_boxes.at(i);
            if (box != ticked && box->isChecked() &&
                (tickedIsExclusive || question().options.at(i).exclusive)) {
                const QSignalBlocker blocker(box);
                box->setChecked(false);
            }
        }
    }

    QList<QCheckBox*> m_boxes;
};

// A number, a date or a line of text, typed in one line.
class LineField : public QuestionField {
public:
    LineField(const Question& question, QWidget* parent)
        : QuestionField(question, parent)
        , m_edit(new QLineEdit(this)) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        switch (question.type) {
        case Question::Type::Number:
            m_edit->setMaximumWidth(120);
            layout->addStretch();
            break;
        case Question::Type::Date:
            m_edit->setPlaceholderText(QCoreApplication::translate("jalon::QuestionField", "dd/mm/yyyy"));
            m_edit->setMaximumWidth(120);
            m_edit->setMaxLength(10);
            layout->addStretch();
            break;
        default:
            m_edit->setMaxLength(200);
            break;
        }
        setAccessibleTexts(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &QuestionField::edited);
    }
    QJsonValue value() const override {
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            return QJsonValue::Undefined;
        }
        switch (question().type) {
        case Question::Type::Number: {
            bool ok = false;
            const double number = QLocale().toDouble(text, &ok);
            const double fallback = ok ? number : text.toDouble(&ok);
            if (!ok || (question().min && fallback < *question().min) ||
                (question().max && fallback > *question().max)) {
                return QJsonValue::Undefined;
            }
            return fallback;
        }
        case Question::Type::Date: {
            // As in the person's record: 03/02/2026, and also 3/2/2026.
            QDate date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
            if (!date.isValid()) {
                date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
            }
            return date.isValid() ? QJsonValue(date.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Undefined);
        }
        default:
            return text;
        }
    }
    void setValue(const QJsonValue& value) override {
        QString text;
        if (value.isDouble()) {
            text = QLocale().toString(value.toDouble(), 'g', 12);
        } else if (question().type == Question::Type::Date) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            text = date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        } else {
            text = value.toString();
        }
        m_edit->setText(text);
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }
    QWidget* focusTarget() override { return m_edit; }
    QString inputProblem() const override {
        if (m_edit->text().trimmed().isEmpty() || !value().isUndefined()) {
            return {};
        }
        if (question().type == Question::Type::Date) {
            return QCoreApplication::translate("jalon::QuestionField",
                                               "Type an existing date as dd/mm/yyyy.");
        }
        if (question().min && question().max) {
            return QCoreApplication::translate("jalon::QuestionField", "Type a number between %1 and %2.")
                .arg(QLocale().toString(*question().min), QLocale().toString(*question().max));
        }
        if (question().min) {
            return QCoreApplication::translate("jalon::QuestionField", "Type a number of at least %1.")
                .arg(QLocale().toString(*question().min));
        }
        if (question().max) {
            return QCoreApplication::translate("jalon::QuestionField", "Type a number of at most %1.")
                .arg(QLocale().toString(*question().max));
        }
        return QCoreApplication::translate("jalon::QuestionField", "Type a number.");
    }

private:
    QLineEdit* m_edit;
};

// A paragraph; Tab moves on to the next field, as everywhere else in the wizard.
class LongTextField : public QuestionField {
public:
    LongTextField(const Question& question, QWidget* parent)
        : QuestionField(question, parent)
        , m_edit(new QPlainTextEdit(this)) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
        setAccessibleTexts(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &QuestionField::edited);
    }
    QJsonValue value() const override {
        const QString text = m_edit->toPlainText().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    void setValue(const QJsonValue& value) override {
        const QSignalBlocker blocker(m_edit);
        if (m_edit->toPlainText() != value.toString()) {
            m_edit->setPlainText(value.toString());
        }
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }
    QWidget* focusTarget() override { return m_edit; }

private:
    QPlainTextEdit* m_edit;
};

} // namespace

QuestionField::QuestionField(const Question& question, QWidget* parent)
    : QWidget(parent)
    , m_question(question) {
    setObjectName(QStringLiteral("question:") + question.id);
}

void QuestionField::setAccessibleTexts(QWidget* input) const {
    input->setAccessibleName(m_question.label.text());
    input->setAccessibleDescription(m_question.help.text());
    input->setToolTip(m_question.help.text());
}

QuestionField* QuestionField::create(const Question& question, QWidget* parent) {
    switch (question.type) {
    case Question::Type::SingleChoice:
    case Question::Type::YesNo:
        return new ChoiceField(question, parent);
    case Question::Type::MultipleChoice:
        return new MultipleChoiceField(question, parent);
    case Question::Type::Number:
    case Question::Type::Date:
    case Question::Type::ShortText:
        return new LineField(question, parent);
    case Question::Type::LongText:
        return new LongTextField(question, parent);
    }
    return new LineField(question, parent);
}

} // namespace jalon
