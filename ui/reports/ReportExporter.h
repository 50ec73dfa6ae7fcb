#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jalon {

// The files a computed activity report can be saved as.
enum class ReportFormat { Pdf, Csv, Xlsx, Json };

// Saves a report in one of its formats (the writers are in core/reports and ui/documents) and
// names the files: the window's export buttons and its tests go through here.
class ReportExporter {
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    static Status save(const Report& report, ReportFormat format, const QString& path);

    // "pdf", "csv", "xlsx", "json".
    static QString suffix(ReportFormat format);
    // The file dialog's filter: "PDF documents (*.pdf)"…
    static QString fileFilter(ReportFormat format);
    // "rapport-activite-2026-10-service-insertion-du-tregor.pdf": period code and scope, ASCII only.
    static QString defaultFileName(const Report& report, ReportFormat format);
    // Asks where to save, offering the default name in the folder (the Documents folder when
    // empty), with the format's suffix added if left out; empty when the adviser cancels.
    static QString choosePath(QWidget* parent, const Report& report, ReportFormat format,
                              const QString& folder);
};

} // namespace jalon
