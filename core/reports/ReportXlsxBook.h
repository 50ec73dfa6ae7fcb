#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <xlsxwriter.h>

#include <array>
#include <deque>

namespace jalon {

// A libxlsxwriter workbook being written for ReportXlsx: the cell styles the report uses, UTF-8
// copies of every string handed to the library (kept alive until the file is closed) and the
// first error met, reported when the workbook is closed. Internal to jalon-core.
class ReportXlsxBook {
public:
    enum class Style {
        Plain,
        Title,
        Header,
        Label,
        Count,
        Share,
        Average,
        Date,
        DateTime,
        Month,
        Wrap,
        Suppressed
    };
    static constexpr int kStyleCount = 12;

    explicit ReportXlsxBook(const QString& path);
    ~ReportXlsxBook();
    ReportXlsxBook(const ReportXlsxBook&) = delete;
    ReportXlsxBook& operator=(const ReportXlsxBook&) = delete;

    // A new worksheet; nothing when the name is refused (the error is kept).
    lxw_worksheet* addSheet(const QString& name);
    lxw_chart* addChart(uint8_t type);

    void text(lxw_worksheet* sheet, int row, int col, const QString& text, Style style = Style::Plain);
    void number(lxw_worksheet* sheet, int row, int col, double value, Style style);
    void blank(lxw_worksheet* sheet, int row, int col, Style style);
    // A date, or a date and time (local time), shown with the style's format.
    void date(lxw_worksheet* sheet, int row, int col, const QDateTime& when, Style style);
    void columns(lxw_worksheet* sheet, int first, int last, double width, Style style = Style::Plain,
                 bool hidden = false);

    // A UTF-8 copy of the text that lives as long as the workbook.
    const char* utf8(const QString& text);
    char* mutableUtf8(const QString& text);
    // Keeps the first error a call returned.
    void check(lxw_error error);

    // Writes the file; the first error met while building it or writing it, if any.
    Status close();

private:
    lxw_format* format(Style style) const { return m_formats[static_cast<int>(style)]; }
    void makeFormats();

    lxw_workbook* m_book = nullptr;
    std::array<lxw_format*, kStyleCount> m_formats{};
    std::deque<QByteArray> m_strings;
    lxw_error m_error = LXW_NO_ERROR;
};

} // namespace jalon
