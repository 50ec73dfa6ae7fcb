#include "settings/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "settings/Settings.h"

#include <QDir>

namespace jalon {

SettingsDialog::SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings) {
    m_ui->setupUi(this);
    // Each language is named in itself, so that anyone can find their own.
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));
    m_ui->databasePathLabel->setText(QDir::toNativeSeparators(databasePath));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace jalon
