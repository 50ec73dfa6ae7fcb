#include "intake/IntakeRowDialog.h"

#include "ui_IntakeRowDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace jalon {

IntakeRowDialog::IntakeRowDialog(const IntakeRow& row, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::IntakeRowDialog) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Fix line %1").arg(row.line));
    m_ui->rowReasonLabel->setText(row.reason);
    m_ui->rowReasonLabel->setVisible(!row.reason.isEmpty());
    for (const IntakeField field : IntakeColumns::allFields()) {
        if (field == IntakeField::Ignore) {
            continue;
        }
        auto* edit = new QLineEdit(row.value(field), m_ui->fieldsWidget);
        edit->setObjectName(IntakeColumns::code(field) + QStringLiteral("Edit"));
        edit->setAccessibleName(IntakeColumns::label(field));
        auto* label = new QLabel(IntakeColumns::isRequired(field)
                                     ? tr("%1 (required):").arg(IntakeColumns::label(field))
                                     : tr("%1:").arg(IntakeColumns::label(field)),
                                 m_ui->fieldsWidget);
        label->setBuddy(edit);
        m_ui->fieldsLayout->addRow(label, edit);
        m_edits.insert(field, edit);
    }
    connect(m_ui->rowButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->rowButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->rowButtons->button(QDialogButtonBox::Ok)->setText(tr("&Check again"));
}

IntakeRowDialog::~IntakeRowDialog() = default;

QMap<IntakeField, QString> IntakeRowDialog::values() const {
    QMap<IntakeField, QString> values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty()) {
            values.insert(it.key(), it.value()->text().trimmed());
        }
    }
    return values;
}

} // namespace jalon
