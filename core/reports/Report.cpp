#include "reports/Report.h"

#include <QCoreApplication>
#include <QLocale>

namespace jalon {

std::optional<double> Figure::ratio() const {
    if (kind == Kind::Count || base <= 0 || suppressed) {
        return std::nullopt;
    }
    return static_cast<double>(value) / static_cast<double>(base);
}

bool Figure::hasNumber() const {
    return kind == Kind::Count ? !suppressed : ratio().has_value();
}

const ReportRow* ReportTable::row(const QString& code, const QString& groupCode) const {
    for (const ReportRow& r : rows) {
        if (r.code == code && r.groupCode == groupCode) {
            return &r;
        }
    }
    return nullptr;
}

const ReportTable* Report::table(const QString& id) const {
    for (const ReportTable& t : tables) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QString figureText(const Figure& figure, int threshold, const QLocale& locale) {
    if (figure.kind == Figure::Kind::Count) {
        if (figure.suppressed) {
            return QStringLiteral("≤ %1").arg(threshold);
        }
        return locale.toString(figure.value);
    }
    const auto ratio = figure.ratio();
    if (!ratio) {
        return {};
    }
    if (figure.kind == Figure::Kind::Share) {
        return QCoreApplication::translate("Report", "%1 %").arg(locale.toString(*ratio * 100.0, 'f', 1));
    }
    return QCoreApplication::translate("Report", "%1 d").arg(locale.toString(*ratio, 'f', 1));
}

QString trendText(qint64 count, int threshold, const QLocale& locale) {
    return count == TrendPoint::kSuppressed ? QStringLiteral("≤ %1").arg(threshold) : locale.toString(count);
}

QString columnTitle(const Report& report, Column column) {
    switch (column) {
    case Column::Period:
        return report.period.label();
    case Column::PreviousPeriod:
        return report.period.isMonth() ? QCoreApplication::translate("Report", "Previous month")
                                       : QCoreApplication::translate("Report", "Previous period");
    case Column::YearBefore:
        return report.period.isMonth() ? QCoreApplication::translate("Report", "Same month last year")
                                       : QCoreApplication::translate("Report", "Same period last year");
    }
    return {};
}

} // namespace jalon
