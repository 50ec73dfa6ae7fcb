#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace jalon::ReportExportFile {

// Where the report exports (CSV, JSON, XLSX) are written: the checks made before writing and the
// atomic write itself, with messages that name the file and say what to do.

// Status::ok() when a file can be written at the path: its folder exists and is writable, and the
// path is not a folder.
Status checkTarget(const QString& path);
// "Cannot write <path>: <reason>."
Status cannotWrite(const QString& path, const QString& reason);
// Writes the bytes at the path through a temporary file in the same folder, renamed over the
// target once complete: a reader never sees half a file, and a failure leaves nothing behind.
Status save(const QByteArray& bytes, const QString& path);

} // namespace jalon::ReportExportFile
