// DirectoryWidget's local services: adding and editing them (LocalServiceDialog) and their export.
#include "directory/DirectoryWidget.h"

#include "ui_DirectoryWidget.h"

#include "directory/DirectoryStore.h"
#include "directory/LocalServiceDialog.h"

#include <QDir>
#include <QFileDialog>

namespace jalon {

LocalServiceDialog* DirectoryWidget::newLocalService() {
    return openLocalDialog(QString());
}

LocalServiceDialog* DirectoryWidget::editLocalService() {
    if (!m_sheet || !m_sheet->local) {
        return nullptr;
    }
    return openLocalDialog(m_sheet->key);
}

LocalServiceDialog* DirectoryWidget::openLocalDialog(const QString& key) {
    auto* dialog = new LocalServiceDialog(m_database, m_actor, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showSavedService(dialog->savedKey()); });
    dialog->open(); // window-modal: the directory stays readable behind it
    return dialog;
}

void DirectoryWidget::showSavedService(const QString& key) {
    // Searched without text or filters, so that the saved service is found whatever was typed.
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    m_ui->filterPanel->clear();
    search();
    selectService(key);
    if (m_sheet && m_sheet->key == key) {
        setMessage(tr("“%1” is saved in the directory.").arg(m_sheet->name), false);
    }
}

void DirectoryWidget::exportLocal() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the local services"), QDir::home().filePath(QStringLiteral("services-locaux.json")),
        tr("data·inclusion JSON (*.json)"));
    if (!path.isEmpty()) {
        exportLocalTo(path);
    }
}

bool DirectoryWidget::exportLocalTo(const QString& path) {
    const Status written = DirectoryStore(m_database).exportLocalTo(m_actor, path);
    if (!written) {
        setMessage(tr("The local services were not exported: %1").arg(written.error()), true);
        return false;
    }
    setMessage(tr("Local services exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace jalon
