#include "reports/ReportXlsx.h"

#include "reports/Indicators.h"
#include "reports/ReportExportFile.h"
#include "reports/ReportXlsxBook.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace jalon::ReportXlsx {

namespace {

using Style = ReportXlsxBook::Style;

constexpr int kMaxSheetName = 31;
// Where a table sheet keeps the figures its chart draws when they are not a column of the table.
constexpr int kChartDataColumn = 20;

// The sheet names of the workbook: the summary, one per table, the trend and the definitions.
struct SheetNames {
    QString summary;
    QStringList tables;
    QString trend;
    QString definitions;
};

SheetNames sheetNames(const Report& report) {
    SheetNames names{QCoreApplication::translate("ReportXlsx", "Summary"),
                     {},
                     QCoreApplication::translate("ReportXlsx", "Trend"),
                     QCoreApplication::translate("ReportXlsx", "Definitions")};
    QStringList taken{names.summary, names.trend, names.definitions, QStringLiteral("History")};
    for (const ReportTable& table : report.tables) {
        const QString name =
            sheetName(table.title, taken,
                      QCoreApplication::translate("ReportXlsx", "Table %1").arg(names.tables.size() + 1));
        names.tables << name;
        taken << name;
    }
    return names;
}

void writeSummary(ReportXlsxBook& book, lxw_worksheet* sheet, const Report& report) {
    book.columns(sheet, 0, 0, 34);
    book.columns(sheet, 1, 1, 44);
    book.columns(sheet, 2, 3, 12);
    book.text(sheet, 0, 0, QCoreApplication::translate("ReportXlsx", "Activity report"), Style::Title);
    const auto addPeriod = [&](int row, const QString& name, const ReportPeriod& period) {
        book.text(sheet, row, 0, name, Style::Label);
        book.text(sheet, row, 1, period.label());
        book.date(sheet, row, 2, QDateTime(period.from, QTime(0, 0)), Style::Date);
        book.date(sheet, row, 3, QDateTime(period.to, QTime(0, 0)), Style::Date);
    };
    addPeriod(2, QCoreApplication::translate("ReportXlsx", "Period"), report.period);
    addPeriod(3, columnTitle(report, Column::PreviousPeriod), report.periods[1]);
    addPeriod(4, columnTitle(report, Column::YearBefore), report.periods[2]);
    book.text(sheet, 5, 0, QCoreApplication::translate("ReportXlsx", "Scope"), Style::Label);
    book.text(sheet, 5, 1, report.scope.label());
    book.text(sheet, 6, 0, QCoreApplication::translate("ReportXlsx", "Generated on"), Style::Label);
    book.date(sheet, 6, 1, report.generatedAt.toLocalTime(), Style::DateTime);
    book.text(sheet, 7, 0, QCoreApplication::translate("ReportXlsx", "Small-cell suppression applied"),
              Style::Label);
    book.text(
        sheet, 7, 1,
        report.smallCellsSuppressed
            ? QCoreApplication::translate("ReportXlsx", "yes (threshold %1)").arg(report.smallCellThreshold)
            : QCoreApplication::translate("ReportXlsx", "no"));
}

Style styleOf(Figure::Kind kind) {
    switch (kind) {
    case Figure::Kind::Share:
        return Style::Share;
    case Figure::Kind::Average:
        return Style::Average;
    case Figure::Kind::Count:
        break;
    }
    return Style::Count;
}

// A count as a number or "≤ threshold"; a share as a fraction; an average; blank when hidden.
void writeFigure(ReportXlsxBook& book, lxw_worksheet* sheet, int row, int col, const Figure& figure,
                 int threshold) {
    if (figure.kind == Figure::Kind::Count) {
        if (figure.suppressed) {
            book.text(sheet, row, col, QStringLiteral("≤ %1").arg(threshold), Style::Suppressed);
        } else {
            book.number(sheet, row, col, static_cast<double>(figure.value), Style::Count);
        }
        return;
    }
    const auto ratio = figure.ratio();
    if (ratio) {
        book.number(sheet, row, col, *ratio, styleOf(figure.kind));
    } else {
        book.blank(sheet, row, col, styleOf(figure.kind));
    }
}

QString rowLabel(const ReportRow& row) {
    return row.at(Column::Period).kind == Figure::Kind::Average
               ? QCoreApplication::translate("ReportXlsx", "%1 (days)").arg(row.label)
               : row.label;
}

// Where a table sheet's chart finds its categories and values.
struct ChartSource {
    int firstRow = 1;
    int lastRow = 0;
    int categoryColumn = 0;
    int valueColumn = 0;
    Figure::Kind kind = Figure::Kind::Count;
};

// The rows of the first row's kind, period column: the table's own cells for a one-level table
// of one kind, else a copy in hidden columns (labels "group — label").
ChartSource writeChartSource(ReportXlsxBook& book, lxw_worksheet* sheet, const ReportTable& table,
                             int firstValueColumn) {
    ChartSource source;
    source.kind = table.rows.constFirst().at(Column::Period).kind;
    bool oneKind = true;
    for (const ReportRow& row : table.rows) {
        oneKind = oneKind && row.at(Column::Period).kind == source.kind;
    }
    if (oneKind && table.groupHeader.isEmpty()) {
        source.lastRow = static_cast<int>(table.rows.size());
        source.categoryColumn = firstValueColumn - 1;
        source.valueColumn = firstValueColumn;
        return source;
    }
    source.categoryColumn = kChartDataColumn;
    source.valueColumn = kChartDataColumn + 1;
    book.columns(sheet, source.categoryColumn, source.valueColumn, 20, Style::Plain, true);
    book.text(sheet, 0, source.categoryColumn, QCoreApplication::translate("ReportXlsx", "Chart data"));
    int row = 0;
    for (const ReportRow& r : table.rows) {
        const Figure& figure = r.at(Column::Period);
        if (figure.kind != source.kind) {
            continue;
        }
        ++row;
        const QString category =
            r.groupLabel.isEmpty() ? r.label : QStringLiteral("%1 — %2").arg(r.groupLabel, r.label);
        book.text(sheet, row, source.categoryColumn, category);
        if (figure.hasNumber()) {
            const auto value =
                figure.kind == Figure::Kind::Count ? static_cast<double>(figure.value) : *figure.ratio();
            book.number(sheet, row, source.valueColumn, value, styleOf(figure.kind));
        }
    }
    source.lastRow = row;
    return source;
}

// A column chart of the table's period column, to the right of the table.
void addTableChart(ReportXlsxBook& book, lxw_worksheet* sheet, const QString& sheetName, const Report& report,
                   const ReportTable& table, int firstValueColumn) {
    const ChartSource source = writeChartSource(book, sheet, table, firstValueColumn);
    lxw_chart* chart = book.addChart(LXW_CHART_COLUMN);
    if (chart == nullptr || source.lastRow < source.firstRow) {
        return;
    }
    const char* name = book.utf8(sheetName);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, name, source.firstRow, source.categoryColumn, source.lastRow,
                                source.categoryColumn);
    chart_series_set_values(series, name, source.firstRow, source.valueColumn, source.lastRow,
                            source.valueColumn);
    chart_series_set_name(series, book.utf8(columnTitle(report, Column::Period)));
    chart_title_set_name(chart, book.utf8(table.title));
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    chart_axis_set_num_format(chart->y_axis, source.kind == Figure::Kind::Share ? "0%" : "#,##0");
    chart_show_hidden_data(chart);
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.4;
    options.description = book.mutableUtf8(table.title);
    book.check(worksheet_insert_chart_opt(
        sheet, 1, static_cast<lxw_col_t>(firstValueColumn + kColumnCount + 1), chart, &options));
}

void writeTable(ReportXlsxBook& book, lxw_worksheet* sheet, const QString& sheetName, const Report& report,
                const ReportTable& table) {
    const bool twoLevels = !table.groupHeader.isEmpty();
    int col = 0;
    if (twoLevels) {
        book.columns(sheet, col, col, 24);
        book.text(sheet, 0, col++, table.groupHeader, Style::Header);
    }
    book.columns(sheet, col, col, 46);
    book.text(sheet, 0, col++, table.labelHeader, Style::Header);
    const int firstValueColumn = col;
    book.columns(sheet, firstValueColumn, firstValueColumn + kColumnCount - 1, 18);
    for (int c = 0; c < kColumnCount; ++c) {
        book.text(sheet, 0, firstValueColumn + c, columnTitle(report, static_cast<Column>(c)), Style::Header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    int row = 0;
    for (const ReportRow& r : table.rows) {
        ++row;
        if (twoLevels) {
            book.text(sheet, row, 0, r.groupLabel);
        }
        book.text(sheet, row, firstValueColumn - 1, rowLabel(r));
        for (int c = 0; c < kColumnCount; ++c) {
            writeFigure(book, sheet, row, firstValueColumn + c, r.figures[c], report.smallCellThreshold);
        }
    }
    if (!table.rows.isEmpty()) {
        addTableChart(book, sheet, sheetName, report, table, firstValueColumn);
    }
}

void addTrendChart(ReportXlsxBook& book, lxw_worksheet* sheet, const QString& sheetName, int lastRow) {
    lxw_chart* chart = book.addChart(LXW_CHART_LINE);
    if (chart == nullptr || lastRow < 1) {
        return;
    }
    const char* name = book.utf8(sheetName);
    for (int col = 1; col <= 3; ++col) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, name, 1, 0, lastRow, 0);
        chart_series_set_values(series, name, 1, col, lastRow, col);
        chart_series_set_name_range(series, name, 0, col);
    }
    chart_title_set_name(chart, book.utf8(QCoreApplication::translate("ReportXlsx", "Twelve-month trend")));
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_axis_set_num_format(chart->x_axis, "mm/yyyy");
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.4;
    options.description = book.mutableUtf8(QCoreApplication::translate("ReportXlsx", "Twelve-month trend"));
    book.check(worksheet_insert_chart_opt(sheet, 1, 5, chart, &options));
}

void writeTrend(ReportXlsxBook& book, lxw_worksheet* sheet, const QString& sheetName, const Report& report) {
    book.columns(sheet, 0, 0, 12);
    book.columns(sheet, 1, 3, 18);
    const QStringList headers{QCoreApplication::translate("ReportXlsx", "Month"),
                              QCoreApplication::translate("ReportXlsx", "People followed"),
                              QCoreApplication::translate("ReportXlsx", "Entries"),
                              QCoreApplication::translate("ReportXlsx", "Exits")};
    for (int col = 0; col < headers.size(); ++col) {
        book.text(sheet, 0, col, headers[col], Style::Header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    int row = 0;
    for (const TrendPoint& point : report.trend) {
        ++row;
        book.date(sheet, row, 0, QDateTime(point.month, QTime(0, 0)), Style::Month);
        int column = 1;
        for (const qint64 value : {point.followed, point.entries, point.exits}) {
            if (value == TrendPoint::kSuppressed) {
                book.text(sheet, row, column++, QStringLiteral("≤ %1").arg(report.smallCellThreshold));
            } else {
                book.number(sheet, row, column++, static_cast<double>(value), Style::Count);
            }
        }
    }
    addTrendChart(book, sheet, sheetName, row);
}

void writeDefinitions(ReportXlsxBook& book, lxw_worksheet* sheet) {
    book.columns(sheet, 0, 0, 32);
    book.columns(sheet, 1, 1, 40, Style::Wrap);
    book.columns(sheet, 2, 2, 90, Style::Wrap);
    book.text(sheet, 0, 0, QCoreApplication::translate("ReportXlsx", "Id"), Style::Header);
    book.text(sheet, 0, 1, QCoreApplication::translate("ReportXlsx", "Indicator"), Style::Header);
    book.text(sheet, 0, 2, QCoreApplication::translate("ReportXlsx", "Rule"), Style::Header);
    worksheet_freeze_panes(sheet, 1, 0);
    int row = 0;
    for (const IndicatorDefinition& definition : Indicators::all()) {
        ++row;
        book.text(sheet, row, 0, definition.id, Style::Wrap);
        book.text(sheet, row, 1, definition.name, Style::Wrap);
        book.text(sheet, row, 2, definition.rule, Style::Wrap);
    }
}

// Builds the whole workbook at the path; the library's error, if any.
Status writeWorkbook(const Report& report, const QString& path) {
    const SheetNames names = sheetNames(report);
    ReportXlsxBook book(path);
    if (lxw_worksheet* sheet = book.addSheet(names.summary)) {
        writeSummary(book, sheet, report);
    }
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        if (lxw_worksheet* sheet = book.addSheet(names.tables[i])) {
            writeTable(book, sheet, names.tables[i], report, report.tables[i]);
        }
    }
    if (lxw_worksheet* sheet = book.addSheet(names.trend)) {
        writeTrend(book, sheet, names.trend, report);
    }
    if (lxw_worksheet* sheet = book.addSheet(names.definitions)) {
        writeDefinitions(book, sheet);
    }
    return book.close();
}

// The name cut to at most `size` UTF-16 units without splitting a character, and trimmed.
QString cut(const QString& name, int size) {
    QString cutName = name.left(size);
    if (!cutName.isEmpty() && cutName.back().isHighSurrogate()) {
        cutName.chop(1);
    }
    return cutName.trimmed();
}

bool isTaken(const QString& name, const QStringList& taken) {
    return taken.contains(name, Qt::CaseInsensitive);
}

} // namespace

QString sheetName(const QString& title, const QStringList& taken, const QString& fallback) {
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString name;
    for (const QChar c : title) {
        name += forbidden.contains(c) || c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    }
    name = name.simplified();
    const auto trimQuotes = [](QString text) {
        while (text.startsWith(QLatin1Char('\'')) || text.endsWith(QLatin1Char('\''))) {
            text = text.startsWith(QLatin1Char('\'')) ? text.mid(1).trimmed() : text.chopped(1).trimmed();
        }
        return text;
    };
    QString base = trimQuotes(cut(name, kMaxSheetName));
    if (base.isEmpty()) {
        base = fallback;
    }
    name = base;
    for (int n = 2; isTaken(name, taken); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = trimQuotes(cut(base, kMaxSheetName - static_cast<int>(suffix.size()))) + suffix;
    }
    return name;
}

Status save(const Report& report, const QString& path) {
    if (Status checked = ReportExportFile::checkTarget(path); !checked) {
        return checked;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return ReportExportFile::cannotWrite(path, work.errorString());
    }
    const QString draft = work.filePath(QStringLiteral("report.xlsx"));
    if (Status written = writeWorkbook(report, draft); !written) {
        return ReportExportFile::cannotWrite(
            path, QCoreApplication::translate("ReportXlsx", "the spreadsheet could not be made (%1)")
                      .arg(written.error()));
    }
    QFile file(draft);
    if (!file.open(QIODevice::ReadOnly)) {
        return ReportExportFile::cannotWrite(path, file.errorString());
    }
    return ReportExportFile::save(file.readAll(), path);
}

} // namespace jalon::ReportXlsx
