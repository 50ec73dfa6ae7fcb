#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace jalon {

class Settings;

// The preferences dialog (forms/settings/SettingsDialog.ui): language and where the data lives.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    const QScopedPointer<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
};

} // namespace jalon
