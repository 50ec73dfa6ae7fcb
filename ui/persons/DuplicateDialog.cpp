#include "persons/DuplicateDialog.h"

#include "ui_DuplicateDialog.h"

#include <QLocale>

namespace jalon {

DuplicateDialog::DuplicateDialog(const QList<PossibleDuplicate>& duplicates, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DuplicateDialog) {
    m_ui->setupUi(this);
    for (const PossibleDuplicate& duplicate : duplicates) {
        auto* item =
            new QTreeWidgetItem(m_ui->duplicateList,
                                {duplicate.person.lastName, duplicate.person.firstName,
                                 QLocale().toString(duplicate.person.birthDate, QStringLiteral("dd/MM/yyyy")),
                                 duplicate.person.communeName, duplicate.reason});
        item->setData(0, Qt::UserRole, duplicate.person.id);
    }
    m_ui->duplicateList->setCurrentItem(m_ui->duplicateList->topLevelItem(0));
    for (int column = 0; column < m_ui->duplicateList->columnCount(); ++column) {
        m_ui->duplicateList->resizeColumnToContents(column);
    }
    connect(m_ui->createAnywayButton, &QPushButton::clicked, this, [this] {
        m_choice = CreateAnyway;
        accept();
    });
    connect(m_ui->openExistingButton, &QPushButton::clicked, this, [this] {
        m_choice = OpenExisting;
        accept();
    });
    connect(m_ui->duplicateList, &QTreeWidget::itemActivated, m_ui->openExistingButton, &QPushButton::click);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->cancelButton->setDefault(true);
}

DuplicateDialog::~DuplicateDialog() = default;

QString DuplicateDialog::selectedId() const {
    const QTreeWidgetItem* item = m_ui->duplicateList->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace jalon
