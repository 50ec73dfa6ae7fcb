#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace jalon {

ReportPeriod ReportPeriod::month(int year, int month) {
    const QDate first(year, month, 1);
    return {first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate()};
}

std::optional<ReportPeriod> ReportPeriod::parseMonth(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12) {
        return std::nullopt;
    }
    return ReportPeriod::month(year, month);
}

ReportPeriod ReportPeriod::monthBefore(const QDate& day) {
    const QDate previous = QDate(day.year(), day.month(), 1).addMonths(-1);
    return month(previous.year(), previous.month());
}

bool ReportPeriod::isMonth() const {
    return isValid() && from.day() == 1 && to == from.addMonths(1).addDays(-1);
}

ReportPeriod ReportPeriod::previous() const {
    if (isMonth()) {
        const QDate first = from.addMonths(-1);
        return month(first.year(), first.month());
    }
    return {from.addDays(-days()), from.addDays(-1)};
}

ReportPeriod ReportPeriod::yearBefore() const {
    if (isMonth()) {
        return month(from.year() - 1, from.month());
    }
    return {from.addYears(-1), to.addYears(-1)};
}

QString ReportPeriod::label() const {
    const QLocale locale;
    if (isMonth()) {
        const QString name = locale.standaloneMonthName(from.month(), QLocale::LongFormat);
        return QStringLiteral("%1 %2").arg(name).arg(from.year());
    }
    return QCoreApplication::translate("ReportPeriod", "from %1 to %2")
        .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
}

QString ReportPeriod::code() const {
    if (isMonth()) {
        return from.toString(QStringLiteral("yyyy-MM"));
    }
    return from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
}

} // namespace jalon
