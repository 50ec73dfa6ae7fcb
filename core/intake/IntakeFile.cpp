#include "intake/IntakeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace jalon {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes become U+FFFD.
constexpr char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isBlank(const QStringList& cells) {
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

// Without a BOM, UTF-16 shows as a zero byte every other byte; any other zero byte means binary.
bool looksLikeUtf16Le(const QByteArray& bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    int oddZeros = 0;
    for (qsizetype i = 1; i < n; i += 2) {
        oddZeros += bytes.at(i) == '\0' ? 1 : 0;
        if (bytes.at(i - 1) == '\0') {
            return false;
        }
    }
    return n > 0 && oddZeros * 4 >= n / 2 * 3;
}

} // namespace

QString IntakeFile::decodeWindows1252(const QByteArray& bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString IntakeFile::decode(const QByteArray& bytes, QString* encoding) {
    const auto name = [&](const char* n) {
        if (encoding) {
            *encoding = QString::fromLatin1(n);
        }
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name("UTF-8 with BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        name("UTF-16");
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        return decoder(bytes.mid(2));
    }
    if (looksLikeUtf16Le(bytes)) {
        name("UTF-16");
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        name("UTF-8");
        return text;
    }
    name("Windows-1252");
    return decodeWindows1252(bytes);
}

QChar IntakeFile::sniffSeparator(const QString& text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (semicolons + commas + tabs > 0) {
                break;
            }
        } else if (!quoted) {
            semicolons += c == QLatin1Char(';') ? 1 : 0;
            commas += c == QLatin1Char(',') ? 1 : 0;
            tabs += c == QLatin1Char('\t') ? 1 : 0;
        }
    }
    if (semicolons >= commas && semicolons >= tabs) {
        return QLatin1Char(';');
    }
    return tabs >= commas ? QLatin1Char('\t') : QLatin1Char(',');
}

QList<IntakeRecord> IntakeFile::split(const QString& text, QChar separator) {
    QList<IntakeRecord> records;
    IntakeRecord record{1, {}, {}};
    QString cell;
    bool quoted = false;
    int line = 1;
    const auto endRecord = [&] {
        record.cells.append(cell);
        cell.clear();
        if (!isBlank(record.cells)) {
            records.append(record);
        }
        record = IntakeRecord{line, {}, {}};
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineBreak && c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            ++i; // CRLF is one line break
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (lineBreak) {
                ++line;
                cell += QLatin1Char('\n');
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == separator) {
            record.cells.append(cell);
            cell.clear();
        } else if (lineBreak) {
            ++line;
            endRecord();
        } else {
            cell += c;
        }
    }
    if (quoted) {
        record.problem = QCoreApplication::translate(
            "IntakeFile",
            "A quote opened on this line is never closed: the rest of the file is in one field.");
    }
    if (!cell.isEmpty() || !record.cells.isEmpty() || !record.problem.isEmpty()) {
        endRecord();
    }
    return records;
}

Result<IntakeTable> IntakeFile::parse(const QByteArray& bytes) {
    IntakeTable table;
    const QString text = decode(bytes, &table.encoding);
    table.separator = sniffSeparator(text);
    QList<IntakeRecord> records = split(text, table.separator);
    if (records.isEmpty()) {
        return Result<IntakeTable>::fail(
            QCoreApplication::translate("IntakeFile", "The file is empty: it has no header line."));
    }
    const IntakeRecord header = records.takeFirst();
    if (!header.problem.isEmpty()) {
        return Result<IntakeTable>::fail(header.problem);
    }
    for (const QString& name : header.cells) {
        table.header.append(name.simplified());
    }
    table.records = std::move(records);
    return table;
}

Result<IntakeTable> IntakeFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<IntakeTable>::fail(QCoreApplication::translate("IntakeFile", "Cannot read %1: %2.")
                                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > kMaxBytes) {
        return Result<IntakeTable>::fail(
            QCoreApplication::translate("IntakeFile", "%1 is larger than 64 MB: split it into several files.")
                .arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") &&
        !looksLikeUtf16Le(bytes)) {
        return Result<IntakeTable>::fail(
            QCoreApplication::translate("IntakeFile", "%1 is not a text (CSV) file.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return parse(bytes);
}

} // namespace jalon
