#include "reports/ReportExporter.h"

#include "documents/ReportDocument.h"
#include "reports/ReportCsv.h"
#include "reports/ReportJson.h"
#include "reports/ReportXlsx.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace jalon {

namespace {

// Lower-case ASCII words joined by hyphens: accents dropped, anything else a separator.
QString slug(const QString& text) {
    QString result;
    bool pendingHyphen = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isMark()) {
            continue;
        }
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !result.isEmpty()) {
                result.append(QLatin1Char('-'));
            }
            pendingHyphen = false;
            result.append(c.toLower());
        } else {
            pendingHyphen = true;
        }
    }
    return result;
}

} // namespace

Status ReportExporter::save(const Report& report, ReportFormat format, const QString& path) {
    switch (format) {
    case ReportFormat::Pdf:
        return ReportDocument::writePdf(report, path);
    case ReportFormat::Csv:
        return ReportCsv::save(report, path);
    case ReportFormat::Xlsx:
        return ReportXlsx::save(report, path);
    case ReportFormat::Json:
        return ReportJson::save(report, path);
    }
    return Status::fail(tr("Unknown file format."));
}

QString ReportExporter::suffix(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString ReportExporter::fileFilter(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case ReportFormat::Csv:
        return tr("CSV files for Excel (*.csv)");
    case ReportFormat::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case ReportFormat::Json:
        return tr("JSON files (*.json)");
    }
    return {};
}

QString ReportExporter::defaultFileName(const Report& report, ReportFormat format) {
    // The structure's files are named in French, like the documents it sends.
    QString scope = slug(report.scope.kind == ReportScope::Kind::All ? QString() : report.scope.name);
    if (scope.isEmpty()) {
        scope = report.scope.kind == ReportScope::Kind::All ? QStringLiteral("toute-la-base")
                                                            : report.scope.kindCode();
    }
    return QStringLiteral("rapport-activite-%1-%2.%3").arg(report.period.code(), scope, suffix(format));
}

QString ReportExporter::choosePath(QWidget* parent, const Report& report, ReportFormat format,
                                   const QString& folder) {
    const QString start =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
    QString path = QFileDialog::getSaveFileName(parent, tr("Save the activity report"),
                                                QDir(start).filePath(defaultFileName(report, format)),
                                                fileFilter(format));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix(format);
    }
    return path;
}

} // namespace jalon
