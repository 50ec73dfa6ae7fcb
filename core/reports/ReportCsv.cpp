#include "reports/ReportCsv.h"

#include "reports/Indicators.h"
#include "reports/ReportExportFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace jalon::ReportCsv {

namespace {

QString dateText(const QDate& date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// A field as RFC 4180 wants it: quoted, with its quotes doubled, when it holds a separator, a
// quote or a line break. A text that Excel would take for a formula (=, +, -, @ first, and not a number) gets
// an apostrophe in front, so that a name typed in Jalon can never run in the spreadsheet.
QString field(const QString& raw) {
    static const QString special = QStringLiteral(";\"\r\n");
    static const QString formulaStart = QStringLiteral("=+-@");
    bool number = false;
    QString(raw).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&number);
    const QString text =
        !raw.isEmpty() && formulaStart.contains(raw.front()) && !number ? QLatin1Char('\'') + raw : raw;
    for (const QChar c : text) {
        if (special.contains(c)) {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return text;
}

// Appends one line of fields, CRLF-terminated.
void addLine(QString& out, const QStringList& fields = {}) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields) {
        quoted << field(f);
    }
    out += quoted.join(QLatin1Char(';'));
    out += QStringLiteral("\r\n");
}

// A number with one decimal and a decimal comma, whatever the locale: "45,2".
QString decimal(double value) {
    return QString::number(value, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

// A figure as a bare number a spreadsheet computes with; "≤ 4" for a suppressed count, empty for
// a share or average with no base or hidden.
QString figureCell(const Figure& figure, int threshold) {
    if (figure.kind == Figure::Kind::Count) {
        return figure.suppressed ? QStringLiteral("≤ %1").arg(threshold) : QString::number(figure.value);
    }
    const auto ratio = figure.ratio();
    if (!ratio) {
        return {};
    }
    return decimal(figure.kind == Figure::Kind::Share ? *ratio * 100.0 : *ratio);
}

// The row's label with the unit of its figures: "Taux d'absence (%)", "Délai moyen (days)".
QString labelWithUnit(const ReportRow& row) {
    switch (row.at(Column::Period).kind) {
    case Figure::Kind::Share:
        return QCoreApplication::translate("ReportCsv", "%1 (%)").arg(row.label);
    case Figure::Kind::Average:
        return QCoreApplication::translate("ReportCsv", "%1 (days)").arg(row.label);
    case Figure::Kind::Count:
        break;
    }
    return row.label;
}

QStringList periodFields(const QString& name, const ReportPeriod& period) {
    return {name, period.label(), dateText(period.from), dateText(period.to)};
}

void addHeader(QString& out, const Report& report) {
    addLine(out, {QCoreApplication::translate("ReportCsv", "Activity report")});
    addLine(out, periodFields(QCoreApplication::translate("ReportCsv", "Period"), report.period));
    addLine(out, periodFields(columnTitle(report, Column::PreviousPeriod), report.periods[1]));
    addLine(out, periodFields(columnTitle(report, Column::YearBefore), report.periods[2]));
    addLine(out, {QCoreApplication::translate("ReportCsv", "Scope"), report.scope.label()});
    addLine(out, {QCoreApplication::translate("ReportCsv", "Generated on"),
                  report.generatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))});
    const QString flag =
        report.smallCellsSuppressed
            ? QCoreApplication::translate("ReportCsv", "yes (threshold %1)").arg(report.smallCellThreshold)
            : QCoreApplication::translate("ReportCsv", "no");
    addLine(out, {QCoreApplication::translate("ReportCsv", "Small-cell suppression applied"), flag});
}

void addTable(QString& out, const Report& report, const ReportTable& table) {
    const bool twoLevels = !table.groupHeader.isEmpty();
    addLine(out);
    addLine(out, {table.title});
    QStringList header;
    if (twoLevels) {
        header << table.groupHeader;
    }
    header << table.labelHeader;
    for (int c = 0; c < kColumnCount; ++c) {
        header << columnTitle(report, static_cast<Column>(c));
    }
    addLine(out, header);
    for (const ReportRow& row : table.rows) {
        QStringList fields;
        if (twoLevels) {
            fields << row.groupLabel;
        }
        fields << labelWithUnit(row);
        for (const Figure& figure : row.figures) {
            fields << figureCell(figure, report.smallCellThreshold);
        }
        addLine(out, fields);
    }
}

void addTrend(QString& out, const Report& report) {
    addLine(out);
    addLine(out, {QCoreApplication::translate("ReportCsv", "Twelve-month trend")});
    addLine(out, {QCoreApplication::translate("ReportCsv", "Month"),
                  QCoreApplication::translate("ReportCsv", "People followed"),
                  QCoreApplication::translate("ReportCsv", "Entries"),
                  QCoreApplication::translate("ReportCsv", "Exits")});
    for (const TrendPoint& point : report.trend) {
        const auto count = [&report](qint64 value) {
            return value == TrendPoint::kSuppressed ? QStringLiteral("≤ %1").arg(report.smallCellThreshold)
                                                    : QString::number(value);
        };
        addLine(out, {point.month.toString(QStringLiteral("MM/yyyy")), count(point.followed),
                      count(point.entries), count(point.exits)});
    }
}

void addDefinitions(QString& out) {
    addLine(out);
    addLine(out, {QCoreApplication::translate("ReportCsv", "Indicator definitions")});
    addLine(out, {QCoreApplication::translate("ReportCsv", "Id"),
                  QCoreApplication::translate("ReportCsv", "Indicator"),
                  QCoreApplication::translate("ReportCsv", "Rule")});
    for (const IndicatorDefinition& definition : Indicators::all()) {
        addLine(out, {definition.id, definition.name, definition.rule});
    }
}

} // namespace

QByteArray write(const Report& report) {
    QString out;
    addHeader(out, report);
    for (const ReportTable& table : report.tables) {
        addTable(out, report, table);
    }
    addTrend(out, report);
    addDefinitions(out);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Status save(const Report& report, const QString& path) {
    return ReportExportFile::save(write(report), path);
}

} // namespace jalon::ReportCsv
