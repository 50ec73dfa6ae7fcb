#include "reports/ReportXlsxBook.h"

#include <QCoreApplication>
#include <QFile>

namespace jalon {

ReportXlsxBook::ReportXlsxBook(const QString& path) {
    m_strings.push_back(QFile::encodeName(path));
    m_book = workbook_new(m_strings.back().constData());
    if (m_book == nullptr) {
        m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return;
    }
    makeFormats();
}

ReportXlsxBook::~ReportXlsxBook() {
    if (m_book != nullptr) {
        // Frees the workbook; the caller discards a file it did not close itself.
        workbook_close(m_book);
    }
}

void ReportXlsxBook::makeFormats() {
    for (lxw_format*& f : m_formats) {
        f = workbook_add_format(m_book);
    }
    format_set_bold(format(Style::Title));
    format_set_font_size(format(Style::Title), 14);
    format_set_bold(format(Style::Header));
    format_set_text_wrap(format(Style::Header));
    format_set_align(format(Style::Header), LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(format(Style::Header), LXW_BORDER_THIN);
    format_set_bold(format(Style::Label));
    // Excel shows these codes with the reader's own separators ("1 234", "45,2 %").
    format_set_num_format(format(Style::Count), "#,##0");
    format_set_num_format(format(Style::Share), "0.0%");
    format_set_num_format(format(Style::Average), "0.0");
    format_set_num_format(format(Style::Date), "dd/mm/yyyy");
    format_set_num_format(format(Style::DateTime), "dd/mm/yyyy hh:mm");
    format_set_num_format(format(Style::Month), "mm/yyyy");
    format_set_align(format(Style::Month), LXW_ALIGN_LEFT);
    format_set_text_wrap(format(Style::Wrap));
    format_set_align(format(Style::Wrap), LXW_ALIGN_VERTICAL_TOP);
    format_set_align(format(Style::Suppressed), LXW_ALIGN_RIGHT);
}

lxw_worksheet* ReportXlsxBook::addSheet(const QString& name) {
    if (m_book == nullptr) {
        return nullptr;
    }
    const char* utf8Name = utf8(name);
    const lxw_error valid = workbook_validate_sheet_name(m_book, utf8Name);
    if (valid != LXW_NO_ERROR) {
        check(valid);
        return nullptr;
    }
    return workbook_add_worksheet(m_book, utf8Name);
}

lxw_chart* ReportXlsxBook::addChart(uint8_t type) {
    return m_book == nullptr ? nullptr : workbook_add_chart(m_book, type);
}

void ReportXlsxBook::text(lxw_worksheet* sheet, int row, int col, const QString& text, Style style) {
    check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), utf8(text),
                                 format(style)));
}

void ReportXlsxBook::number(lxw_worksheet* sheet, int row, int col, double value, Style style) {
    check(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), value,
                                 format(style)));
}

void ReportXlsxBook::blank(lxw_worksheet* sheet, int row, int col, Style style) {
    check(worksheet_write_blank(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                format(style)));
}

void ReportXlsxBook::date(lxw_worksheet* sheet, int row, int col, const QDateTime& when, Style style) {
    const QDate day = when.date();
    const QTime time = when.time();
    lxw_datetime value{day.year(), day.month(), day.day(), time.hour(), time.minute(), 0.0};
    check(worksheet_write_datetime(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), &value,
                                   format(style)));
}

void ReportXlsxBook::columns(lxw_worksheet* sheet, int first, int last, double width, Style style,
                             bool hidden) {
    lxw_row_col_options options{static_cast<uint8_t>(hidden ? 1 : 0), 0, 0};
    check(worksheet_set_column_opt(sheet, static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(last), width,
                                   style == Style::Plain ? nullptr : format(style), &options));
}

const char* ReportXlsxBook::utf8(const QString& text) {
    return mutableUtf8(text);
}

char* ReportXlsxBook::mutableUtf8(const QString& text) {
    m_strings.push_back(text.toUtf8());
    return m_strings.back().data();
}

void ReportXlsxBook::check(lxw_error error) {
    if (m_error == LXW_NO_ERROR) {
        m_error = error;
    }
}

Status ReportXlsxBook::close() {
    if (m_book == nullptr && m_error == LXW_NO_ERROR) {
        return Status::fail(QCoreApplication::translate("ReportXlsx", "the workbook was already written"));
    }
    const lxw_error closed = m_book == nullptr ? LXW_NO_ERROR : workbook_close(m_book);
    m_book = nullptr;
    const lxw_error first = m_error != LXW_NO_ERROR ? m_error : closed;
    if (first != LXW_NO_ERROR) {
        return Status::fail(QString::fromUtf8(lxw_strerror(first)));
    }
    return Status::ok();
}

} // namespace jalon
