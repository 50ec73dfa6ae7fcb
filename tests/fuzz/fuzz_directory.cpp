// Fuzz target: a directory file may hold any bytes (another export, a truncated download, a
// spreadsheet saved in the wrong format). Parsing JSON or CSV and checking every record must never
// crash; a refused file has a message; each checked record has a key or an error.
#include "directory/DirectoryParser.h"
#include "directory/DirectoryValidator.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

namespace {

void checkAll(jalon::DirectoryKind kind, const QList<QJsonObject>& records) {
    int position = 0;
    for (const QJsonObject& record : records) {
        const jalon::CheckedRecord checked =
            jalon::DirectoryValidator::check(kind, record, ++position, QDate(2026, 11, 27), {});
        if (checked.ok && checked.key.isEmpty()) {
            std::abort();
        }
        if (!checked.ok && checked.issues.isEmpty()) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const jalon::Result<jalon::DirectoryBatch> batch = jalon::DirectoryParser::parse(bytes);
    if (!batch) {
        if (batch.error().isEmpty()) {
            std::abort();
        }
        return 0;
    }
    checkAll(jalon::DirectoryKind::Structure, batch->structures);
    checkAll(jalon::DirectoryKind::Service, batch->services);
    return 0;
}
