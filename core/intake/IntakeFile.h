#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// One record of a delimited file: the physical line it starts on (the header is line 1), its
// cells, and what is wrong with its syntax (an unclosed quote), if anything.
struct IntakeRecord {
    int line = 0;
    QStringList cells;
    QString problem;
};

// A delimited text file once decoded and split: its header and its records, empty lines left out.
struct IntakeTable {
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16" or "Windows-1252"
    QChar separator;
    QStringList header;
    QList<IntakeRecord> records;
};

// Reads the CSV files that départements export (Excel, business software): the encoding
// (BOM, valid UTF-8, else Windows-1252), the separator (semicolon, comma or tab, sniffed from
// the header), RFC 4180 quotes (separators and line breaks inside quotes), CR, LF or CRLF.
// Pure: no database; it never fails on odd content, only on an unreadable or empty file.
class IntakeFile {
public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    static Result<IntakeTable> read(const QString& path);
    static Result<IntakeTable> parse(const QByteArray& bytes);

    // The text of bytes and the name of the encoding found.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    static QString decodeWindows1252(const QByteArray& bytes);
    // The separator the first line uses most, outside quotes (';' when none is found).
    static QChar sniffSeparator(const QString& text);
    // Splits text into records; blank lines (or lines of separators only) are dropped.
    static QList<IntakeRecord> split(const QString& text, QChar separator);
};

} // namespace jalon
