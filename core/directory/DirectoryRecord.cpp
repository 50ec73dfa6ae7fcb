#include "directory/DirectoryRecord.h"

#include <QCoreApplication>

#include <algorithm>

namespace jalon {

int ImportReport::errorCount() const {
    return static_cast<int>(
        std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) { return issue.error; }));
}

int ImportReport::warningCount() const {
    return static_cast<int>(issues.size()) - errorCount();
}

namespace {

QString countsText(const ImportCounts& c) {
    return QCoreApplication::translate("DirectoryImport",
                                       "%1 new, %2 updated, %3 unchanged, %4 withdrawn, %5 skipped")
        .arg(c.added)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.withdrawn)
        .arg(c.skipped);
}

} // namespace

QString ImportReport::summary() const {
    QString text = QCoreApplication::translate("DirectoryImport",
                                               "Structures: %1. Services: %2. %3 errors, %4 warnings.")
                       .arg(countsText(structures), countsText(services))
                       .arg(errorCount())
                       .arg(warningCount());
    if (dryRun) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("DirectoryImport", "Dry run: nothing was written.");
    }
    return text;
}

} // namespace jalon
