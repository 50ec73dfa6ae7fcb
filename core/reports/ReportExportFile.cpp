#include "reports/ReportExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace jalon::ReportExportFile {

Status cannotWrite(const QString& path, const QString& reason) {
    return Status::fail(QCoreApplication::translate("ReportExport", "Cannot write %1: %2.")
                            .arg(QDir::toNativeSeparators(path), reason));
}

Status checkTarget(const QString& path) {
    if (path.isEmpty()) {
        return Status::fail(
            QCoreApplication::translate("ReportExport", "No file name was given for the report."));
    }
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    const QString folderPath = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.isDir()) {
        return cannotWrite(
            path,
            QCoreApplication::translate("ReportExport", "the folder %1 does not exist").arg(folderPath));
    }
    if (!folder.isWritable()) {
        return cannotWrite(path, QCoreApplication::translate(
                                     "ReportExport", "the folder %1 is not writable; choose another one")
                                     .arg(folderPath));
    }
    if (target.isDir()) {
        return cannotWrite(path, QCoreApplication::translate("ReportExport", "it is a folder"));
    }
    return Status::ok();
}

Status save(const QByteArray& bytes, const QString& path) {
    if (Status checked = checkTarget(path); !checked) {
        return checked;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return Status::ok();
}

} // namespace jalon::ReportExportFile
