// Fuzz target: an intake file may hold any bytes (a spreadsheet saved in another format, a
// truncated download). Decoding, splitting, header recognition and reading every row's values
// must never crash, and records must come in line order.
#include "intake/IntakeFile.h"
#include "intake/IntakeReview.h"
#include "intake/IntakeValues.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const jalon::Result<jalon::IntakeTable> table = jalon::IntakeFile::parse(bytes);
    if (!table) {
        return 0;
    }
    int line = 1;
    for (const jalon::IntakeRecord& record : table->records) {
        if (record.line <= line || record.cells.isEmpty()) {
            std::abort();
        }
        line = record.line;
    }
    const jalon::IntakeMapping mapping = jalon::IntakeColumns::recognise(table->header);
    if (mapping.fields.size() != table->header.size()) {
        std::abort();
    }
    for (const jalon::IntakeRow& row : jalon::IntakeReview::rowsOf(table.value(), mapping)) {
        const auto parsed = jalon::IntakeValues::parse(row, QDate(2026, 11, 27));
        if (parsed.errors.size() > 64) {
            std::abort();
        }
    }
    return 0;
}
