#include "reports/ReportJson.h"

#include "reports/ReportExportFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon::ReportJson {

namespace {

// A text, or null when empty (a scope with no id, a one-level table's group).
QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject periodObject(const ReportPeriod& period) {
    return {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
            {QStringLiteral("code"), period.code()}};
}

QJsonObject scopeObject(const ReportScope& scope) {
    return {{QStringLiteral("kind"), scope.kindCode()},
            {QStringLiteral("id"), textOrNull(scope.id)},
            {QStringLiteral("name"), scope.name}};
}

QString kindCode(Figure::Kind kind) {
    switch (kind) {
    case Figure::Kind::Count:
        return QStringLiteral("count");
    case Figure::Kind::Share:
        return QStringLiteral("share");
    case Figure::Kind::Average:
        return QStringLiteral("average");
    }
    return {};
}

// A count: its value, or only its upper bound when suppressed.
QJsonObject countObject(const Figure& figure, int threshold) {
    if (figure.suppressed) {
        return {{QStringLiteral("value"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("suppressed"), true},
                {QStringLiteral("at_most"), threshold}};
    }
    return {{QStringLiteral("value"), figure.value}, {QStringLiteral("suppressed"), false}};
}

// A share or an average: value out of base and their ratio, all null when suppressed.
QJsonObject ratioObject(const Figure& figure) {
    if (figure.suppressed) {
        return {{QStringLiteral("value"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("base"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("ratio"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("suppressed"), true}};
    }
    const auto ratio = figure.ratio();
    return {{QStringLiteral("value"), figure.value},
            {QStringLiteral("base"), figure.base},
            {QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("suppressed"), false}};
}

QJsonObject figureObject(const Figure& figure, int threshold) {
    return figure.kind == Figure::Kind::Count ? countObject(figure, threshold) : ratioObject(figure);
}

QJsonObject rowObject(const ReportRow& row, int threshold) {
    return {
        {QStringLiteral("code"), row.code},
        {QStringLiteral("label"), row.label},
        {QStringLiteral("group_code"), textOrNull(row.groupCode)},
        {QStringLiteral("group_label"), textOrNull(row.groupLabel)},
        {QStringLiteral("kind"), kindCode(row.at(Column::Period).kind)},
        {QStringLiteral("values"),
         QJsonObject{{QStringLiteral("period"), figureObject(row.at(Column::Period), threshold)},
                     {QStringLiteral("previous"), figureObject(row.at(Column::PreviousPeriod), threshold)},
                     {QStringLiteral("year_before"), figureObject(row.at(Column::YearBefore), threshold)}}}};
}

QJsonObject tableObject(const ReportTable& table, int threshold) {
    QJsonArray rows;
    for (const ReportRow& row : table.rows) {
        rows.append(rowObject(row, threshold));
    }
    return {{QStringLiteral("id"), table.id},
            {QStringLiteral("title"), table.title},
            {QStringLiteral("group_header"), textOrNull(table.groupHeader)},
            {QStringLiteral("label_header"), table.labelHeader},
            {QStringLiteral("rows"), rows}};
}

// A trend count, null when small-cell suppression hid it.
QJsonValue trendCount(qint64 value) {
    return value == TrendPoint::kSuppressed ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray trendArray(const QList<TrendPoint>& trend) {
    QJsonArray points;
    for (const TrendPoint& point : trend) {
        points.append(QJsonObject{{QStringLiteral("month"), point.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("followed"), trendCount(point.followed)},
                                  {QStringLiteral("entries"), trendCount(point.entries)},
                                  {QStringLiteral("exits"), trendCount(point.exits)}});
    }
    return points;
}

} // namespace

QByteArray write(const Report& report) {
    QJsonArray tables;
    for (const ReportTable& table : report.tables) {
        tables.append(tableObject(table, report.smallCellThreshold));
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("jalon-activity-report")},
        {QStringLiteral("version"), Report::kFormatVersion},
        {QStringLiteral("period"), periodObject(report.period)},
        {QStringLiteral("comparison_periods"),
         QJsonObject{{QStringLiteral("previous"), periodObject(report.periods[1])},
                     {QStringLiteral("year_before"), periodObject(report.periods[2])}}},
        {QStringLiteral("scope"), scopeObject(report.scope)},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("small_cells"),
         QJsonObject{{QStringLiteral("suppressed"), report.smallCellsSuppressed},
                     {QStringLiteral("threshold"), report.smallCellThreshold}}},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("trend"), trendArray(report.trend)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status save(const Report& report, const QString& path) {
    return ReportExportFile::save(write(report), path);
}

} // namespace jalon::ReportJson
