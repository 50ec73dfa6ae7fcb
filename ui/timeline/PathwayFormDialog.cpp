#include "timeline/PathwayFormDialog.h"

#include "ui_PathwayFormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace jalon {

namespace {

// The label's text without its mnemonic marker nor colon, for screen readers.
QString plain(QString label) {
    label.remove(QLatin1Char('&'));
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QLatin1Char(' ')) ||
           label.endsWith(QChar(0x00a0))) {
        label.chop(1);
    }
    return label;
}

} // namespace

PathwayFormDialog::PathwayFormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PathwayFormDialog) {
    m_ui->setupUi(this);
    setWindowTitle(title);
    setAccessibleName(title);
    setMinimumWidth(380);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PathwayFormDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PathwayFormDialog::reject);
    setSubmit({});
}

PathwayFormDialog::~PathwayFormDialog() = default;

void PathwayFormDialog::setIntro(const QString& text) {
    m_ui->introLabel->setText(text);
    m_ui->introLabel->setVisible(!text.isEmpty());
}

void PathwayFormDialog::addRow(const QString& label, QWidget* field) {
    if (field->accessibleName().isEmpty()) {
        field->setAccessibleName(plain(label));
    }
    m_ui->formLayout->addRow(label, field);
    if (auto* buddy = qobject_cast<QLabel*>(m_ui->formLayout->labelForField(field))) {
        buddy->setBuddy(field);
    }
}

QDateEdit* PathwayFormDialog::addDate(const QString& name, const QString& label, const QDate& value) {
    auto* edit = new QDateEdit(value, this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    addRow(label, edit);
    return edit;
}

QDateEdit* PathwayFormDialog::addOptionalDate(const QString& name, const QString& label, const QDate& value,
                                              bool set) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* check = new QCheckBox(row);
    check->setObjectName(name + QStringLiteral("Check"));
    check->setChecked(set);
    check->setAccessibleName(plain(label));
    auto* edit = new QDateEdit(value, row);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setEnabled(set);
    edit->setAccessibleName(plain(label));
    connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    layout->addWidget(check);
    layout->addWidget(edit, 1);
    m_ui->formLayout->addRow(label, row);
    if (auto* buddy = qobject_cast<QLabel*>(m_ui->formLayout->labelForField(row))) {
        buddy->setBuddy(check);
    }
    return edit;
}

QComboBox* PathwayFormDialog::addChoices(const QString& name, const QString& label,
                                         const QList<Choice>& choices, const QString& current) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    for (const Choice& choice : choices) {
        combo->addItem(choice.label, choice.code);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    addRow(label, combo);
    return combo;
}

QLineEdit* PathwayFormDialog::addLine(const QString& name, const QString& label, const QString& text) {
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    addRow(label, edit);
    return edit;
}

QPlainTextEdit* PathwayFormDialog::addText(const QString& name, const QString& label, const QString& text) {
    auto* edit = new QPlainTextEdit(text, this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(fontMetrics().height() * 4);
    edit->setMaximumHeight(fontMetrics().height() * 8);
    addRow(label, edit);
    return edit;
}

QCheckBox* PathwayFormDialog::addCheck(const QString& name, const QString& text, bool checked) {
    auto* check = new QCheckBox(text, this);
    check->setObjectName(name);
    check->setChecked(checked);
    m_ui->formLayout->addRow(QString(), check);
    return check;
}

void PathwayFormDialog::addDetail(const QString& label, const QString& text) {
    auto* value = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    value->setAccessibleName(plain(label));
    value->setAccessibleDescription(text);
    m_ui->formLayout->addRow(label, value);
}

void PathwayFormDialog::setSubmit(Submit submit, const QString& okText) {
    m_submit = std::move(submit);
    QDialogButtonBox* box = m_ui->buttonBox;
    box->setStandardButtons(m_submit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     : QDialogButtonBox::Close);
    if (m_submit && !okText.isEmpty()) {
        box->button(QDialogButtonBox::Ok)->setText(okText);
    }
}

QString PathwayFormDialog::message() const {
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void PathwayFormDialog::showMessage(const QString& message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->messageLabel->setAccessibleDescription(message);
}

QString PathwayFormDialog::codeOf(const QComboBox* combo) {
    return combo->currentData().toString();
}

QDate PathwayFormDialog::optionalDate(const QDateEdit* edit) {
    return edit->isEnabled() ? edit->date() : QDate();
}

void PathwayFormDialog::accept() {
    if (m_submit) {
        const Status done = m_submit();
        if (!done) {
            showMessage(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace jalon
