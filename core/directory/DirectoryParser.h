#pragma once

#include "common/Result.h"
#include "directory/DirectoryRecord.h"

#include <QByteArray>

namespace jalon {

// Reads a directory file in data·inclusion v1 form, without judging its records:
//  - JSON (UTF-8, BOM allowed): an array of structures, an array of services (told apart by
//    structure_id), or one object {"structures": [...], "services": [...]};
//  - CSV of services (UTF-8 with or without BOM, or Windows-1252; ';' or ',' separated) whose
//    headers are the format's field names; list cells hold codes separated by ',' or '|'.
// A file that is not the format at all is refused whole with a message saying why. Pure: no
// database, never crashes on any bytes (fuzzed).
class DirectoryParser {
public:
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;

    static Result<DirectoryBatch> read(const QString& path);
    static Result<DirectoryBatch> parse(const QByteArray& bytes);

    // The fields whose value is a list of codes, and those holding numbers.
    static bool isListField(const QString& field);
    static bool isNumberField(const QString& field);
    static bool isIntegerField(const QString& field);
    // A CSV cell as the JSON value of field ("a|b" or "a, b" → ["a", "b"]); undefined when empty.
    static QJsonValue cellValue(const QString& field, const QString& cell);

private:
    static Result<DirectoryBatch> parseJson(const QByteArray& bytes);
    static Result<DirectoryBatch> parseCsv(const QByteArray& bytes);
};

} // namespace jalon
