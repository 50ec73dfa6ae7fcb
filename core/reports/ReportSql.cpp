#include "reports/ReportSql.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace jalon::ReportSql {

namespace {

// Whether the person belongs to the scope on the day: the structure or referent of the
// orientation most recently started on or before that day, else those of the person's record.
QString inScope(ReportScope::Kind scope, const QString& person, const QString& day) {
    switch (scope) {
    case ReportScope::Kind::All:
        return QStringLiteral("1");
    case ReportScope::Kind::Structure:
        return QStringLiteral("COALESCE((SELECT so.structure_id FROM orientations so INDEXED BY "
                              "orientations_by_person_state WHERE so.person_id = %1 "
                              "AND so.deleted = 0 AND so.start_date <= %2 ORDER BY so.start_date DESC "
                              "LIMIT 1), (SELECT sp.structure_id FROM persons sp WHERE sp.id = %1)) = :scope")
            .arg(person, day);
    case ReportScope::Kind::Adviser:
        return QStringLiteral("COALESCE((SELECT COALESCE(so.referent_id, '') FROM orientations so INDEXED BY "
                              "orientations_by_person_state WHERE so.person_id "
                              "= %1 AND so.deleted = 0 AND so.start_date <= %2 ORDER BY so.start_date DESC "
                              "LIMIT 1), (SELECT COALESCE(sp.referent_id, '') FROM persons sp WHERE "
                              "sp.id = %1)) = :scope")
            .arg(person, day);
    }
    return QStringLiteral("0");
}

// The status a record had at the end of the period: its last status event on or before :to,
// else the status it is created with.
QString statusAtEnd(const QString& alias, const QString& initial) {
    return QStringLiteral("COALESCE((SELECT json_extract(e.details, '$.status') FROM pathway_events e "
                          "WHERE e.entity_id = %1.id AND e.deleted = 0 AND e.action = 'status' "
                          "AND e.occurred_on <= :to ORDER BY e.occurred_on DESC, e.hlc DESC LIMIT 1), '%2')")
        .arg(alias, initial);
}

// People followed at the end of :to, by the kind of the orientation running then, and how many
// of them have a valid contract. Each part reads a covering index of schema 7 (named, so that
// the plan does not depend on statistics): one look-up per followed person, no table row read.
QString followedSql(ReportScope::Kind scope) {
    return QStringLiteral(
               "SELECT state, COUNT(*), SUM(valid) FROM (SELECT COALESCE((SELECT CASE WHEN o.end_date IS "
               "NULL OR "
               "o.end_date > :to THEN o.kind ELSE 'awaiting' END FROM orientations o INDEXED BY "
               "orientations_by_person_state WHERE o.person_id = f.person_id AND o.deleted = 0 AND "
               "o.start_date <= "
               ":to ORDER BY o.start_date DESC LIMIT 1), 'awaiting') AS state, "
               "EXISTS (SELECT 1 FROM contracts c INDEXED BY contracts_by_person_validity WHERE c.person_id "
               "= "
               "f.person_id AND c.deleted = 0 AND c.planned_end >= :to AND c.signed_on IS NOT NULL AND "
               "c.signed_on <= :to AND c.start_date <= :to AND (c.ended_on IS NULL OR c.ended_on > :to)) AS "
               "valid "
               "FROM follow_periods f INDEXED BY follow_periods_by_closing WHERE f.deleted = 0 AND "
               "f.opened_on <= "
               ":to AND (f.closed_on IS NULL OR f.closed_on > :to) AND %1) GROUP BY state")
        .arg(inScope(scope, QStringLiteral("f.person_id"), QStringLiteral(":to")));
}

// Records whose n-th day after `start` falls in the period, and whether `met` holds for them.
QString cohortSql(ReportScope::Kind scope, const QString& table, const QString& start, int days,
                  const QString& met) {
    const QString deadline = QStringLiteral("date(t.%1, '+%2 days')").arg(start).arg(days);
    return QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM %2 t WHERE t.deleted = 0 "
                          "AND t.%3 BETWEEN date(:from, '-%4 days') AND date(:to, '-%4 days') AND %5")
        .arg(met, table, start)
        .arg(days)
        .arg(inScope(scope, QStringLiteral("t.person_id"), deadline));
}

QString honouredWithin(int days) {
    return QStringLiteral(
               "EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = t.person_id AND a.deleted = 0 "
               "AND a.purpose = 'accompaniment' AND a.status = 'honoured' AND a.scheduled_at >= "
               "t.start_date AND a.scheduled_at < date(t.start_date, '+%1 days'))")
        .arg(days + 1);
}

QString diagnosticsIn(ReportScope::Kind scope) {
    return QStringLiteral("d.deleted = 0 AND d.status = 'validated' AND d.validated_at >= :from_utc AND "
                          "d.validated_at < :next_utc AND %1")
        .arg(inScope(scope, QStringLiteral("d.person_id"),
                     QStringLiteral("date(d.validated_at, 'localtime')")));
}

// Twelve months: people followed at each month's end (one scan of the follow-ups against the
// twelve month ends), entries and exits of each month.
QString trendSql(ReportScope::Kind scope) {
    if (scope == ReportScope::Kind::All) {
        // Over the whole database, the follow-ups open at a month's end are those opened up to then
        // less those closed up to then: two scans of an index, whatever the number of months.
        return QStringLiteral(
            "WITH RECURSIVE months(first) AS (SELECT :trend_first UNION ALL SELECT date(first, '+1 month') "
            "FROM "
            "months WHERE first < :trend_last), "
            "opened AS (SELECT substr(f.opened_on, 1, 7) AS month, COUNT(*) AS n FROM follow_periods f WHERE "
            "f.deleted = 0 AND f.opened_on < date(:trend_last, '+1 month') GROUP BY 1), "
            "closed AS (SELECT substr(f.closed_on, 1, 7) AS month, COUNT(*) AS n FROM follow_periods f WHERE "
            "f.deleted = 0 AND f.closed_on < date(:trend_last, '+1 month') GROUP BY 1) "
            "SELECT m.first, (SELECT COALESCE(SUM(n), 0) FROM opened WHERE month <= substr(m.first, 1, 7)) - "
            "(SELECT COALESCE(SUM(n), 0) FROM closed WHERE month <= substr(m.first, 1, 7)), "
            "COALESCE((SELECT n FROM opened WHERE month = substr(m.first, 1, 7)), 0), "
            "COALESCE((SELECT n FROM closed WHERE month = substr(m.first, 1, 7)), 0) FROM months m ORDER BY "
            "m.first");
    }
    return QStringLiteral(
               "WITH RECURSIVE months(first, last) AS (SELECT :trend_first, date(:trend_first, '+1 month', "
               "'-1 day') UNION ALL SELECT date(first, '+1 month'), date(first, '+2 months', '-1 day') FROM "
               "months "
               "WHERE first < :trend_last), "
               "followed AS (SELECT m.first AS month, COUNT(*) AS n FROM follow_periods f INDEXED BY "
               "follow_periods_by_closing CROSS JOIN months m WHERE f.deleted = 0 AND +f.opened_on <= m.last "
               "AND (f.closed_on IS NULL OR "
               "f.closed_on > m.last) AND %1 GROUP BY m.first), "
               "entries AS (SELECT substr(f.opened_on, 1, 7) || '-01' AS month, COUNT(*) AS n FROM "
               "follow_periods f "
               "WHERE f.deleted = 0 AND f.opened_on BETWEEN :trend_first AND date(:trend_last, '+1 month', "
               "'-1 day') AND %2 GROUP BY 1), "
               "exits AS (SELECT substr(f.closed_on, 1, 7) || '-01' AS month, COUNT(*) AS n FROM "
               "follow_periods f "
               "WHERE f.deleted = 0 AND f.closed_on BETWEEN :trend_first AND date(:trend_last, '+1 month', "
               "'-1 day') AND %3 GROUP BY 1) "
               "SELECT m.first, COALESCE(fo.n, 0), COALESCE(en.n, 0), COALESCE(ex.n, 0) FROM months m "
               "LEFT JOIN followed fo ON fo.month = m.first LEFT JOIN entries en ON en.month = m.first "
               "LEFT JOIN exits ex ON ex.month = m.first ORDER BY m.first")
        .arg(inScope(scope, QStringLiteral("f.person_id"), QStringLiteral("m.last")),
             inScope(scope, QStringLiteral("f.person_id"), QStringLiteral("f.opened_on")),
             inScope(scope, QStringLiteral("f.person_id"), QStringLiteral("f.closed_on")));
}

} // namespace

QList<Query> periodQueries() {
    return {Query::Followed,      Query::Entries,       Query::Exits,   Query::Oriented45,
            Query::Appointment15, Query::Appointment30, Query::Plan30,  Query::Appointments,
            Query::Contracts,     Query::Objectives,    Query::Actions, Query::Referrals,
            Query::Diagnostics,   Query::Barriers};
}

QString sql(Query query, ReportScope::Kind scope) {
    const auto person = [scope](const QString& alias, const QString& day) {
        return inScope(scope, alias + QStringLiteral(".person_id"), day);
    };
    switch (query) {
    case Query::Followed:
        return followedSql(scope);
    case Query::Entries:
        return QStringLiteral(
                   "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM follow_periods g WHERE "
                   "g.person_id = f.person_id AND g.deleted = 0 AND g.id <> f.id AND g.closed_on IS NOT "
                   "NULL AND g.closed_on <= f.opened_on)), 0) FROM follow_periods f WHERE f.deleted = 0 "
                   "AND f.opened_on BETWEEN :from AND :to AND %1")
            .arg(person(QStringLiteral("f"), QStringLiteral("f.opened_on")));
    case Query::Exits:
        return QStringLiteral("SELECT f.exit_reason, COUNT(*) FROM follow_periods f WHERE f.deleted = 0 AND "
                              "f.closed_on BETWEEN :from AND :to AND %1 GROUP BY f.exit_reason")
            .arg(person(QStringLiteral("f"), QStringLiteral("f.closed_on")));
    case Query::Oriented45:
        return cohortSql(
            scope, QStringLiteral("follow_periods"), QStringLiteral("opened_on"), 45,
            QStringLiteral("EXISTS (SELECT 1 FROM orientations o WHERE o.person_id = t.person_id AND "
                           "o.deleted = 0 AND o.start_date BETWEEN t.opened_on AND "
                           "date(t.opened_on, '+45 days'))"));
    case Query::Appointment15:
        return cohortSql(scope, QStringLiteral("orientations"), QStringLiteral("start_date"), 15,
                         honouredWithin(15));
    case Query::Appointment30:
        return cohortSql(scope, QStringLiteral("orientations"), QStringLiteral("start_date"), 30,
                         honouredWithin(30));
    case Query::Plan30:
        return cohortSql(
            scope, QStringLiteral("orientations"), QStringLiteral("start_date"), 30,
            QStringLiteral("EXISTS (SELECT 1 FROM action_plans ap WHERE ap.person_id = t.person_id AND "
                           "ap.deleted = 0 AND ap.opened_on BETWEEN t.start_date AND "
                           "date(t.start_date, '+30 days'))"));
    case Query::Appointments:
        return QStringLiteral(
                   "SELECT a.status, COUNT(*), CAST(COALESCE(SUM(julianday(substr(a.scheduled_at, 1, 10)) "
                   "- julianday(a.invited_on)), 0) AS INTEGER) FROM appointments a WHERE a.deleted = 0 "
                   "AND a.scheduled_at >= :from AND a.scheduled_at < :next AND %1 GROUP BY a.status")
            .arg(person(QStringLiteral("a"), QStringLiteral("substr(a.scheduled_at, 1, 10)")));
    case Query::Contracts:
        return QStringLiteral("SELECT c.kind, COUNT(*) FROM contracts c WHERE c.deleted = 0 AND c.signed_on "
                              "BETWEEN :from AND :to AND %1 GROUP BY c.kind")
            .arg(person(QStringLiteral("c"), QStringLiteral("c.signed_on")));
    case Query::Objectives:
        // Materialised, so that each record's status is looked up once, not again for its group.
        return QStringLiteral(
                   "WITH rows AS MATERIALIZED (SELECT t.theme, t.theme_label, %1 AS at_end FROM "
                   "plan_objectives t WHERE t.deleted = 0 AND t.created_on BETWEEN :from AND :to AND %2) "
                   "SELECT theme, MAX(theme_label), at_end, COUNT(*) FROM rows GROUP BY theme, at_end")
            .arg(statusAtEnd(QStringLiteral("t"), QStringLiteral("in_progress")),
                 person(QStringLiteral("t"), QStringLiteral("t.created_on")));
    case Query::Actions:
        return QStringLiteral(
                   "WITH rows AS MATERIALIZED (SELECT ob.theme, ob.theme_label, %1 AS at_end FROM "
                   "plan_actions t JOIN plan_objectives ob ON ob.id = t.objective_id WHERE t.deleted = 0 "
                   "AND t.created_on BETWEEN :from AND :to AND %2) "
                   "SELECT theme, MAX(theme_label), at_end, COUNT(*) FROM rows GROUP BY theme, at_end")
            .arg(statusAtEnd(QStringLiteral("t"), QStringLiteral("planned")),
                 person(QStringLiteral("t"), QStringLiteral("t.created_on")));
    case Query::Referrals:
        return QStringLiteral(
                   "WITH rows AS MATERIALIZED (SELECT substr(t.thematique, 1, instr(t.thematique || "
                   "'--', '--') - 1) AS theme, %1 AS at_end FROM referrals t WHERE t.deleted = 0 AND "
                   "t.sent_on BETWEEN :from AND :to AND %2) "
                   "SELECT theme, at_end, COUNT(*) FROM rows GROUP BY theme, at_end")
            .arg(statusAtEnd(QStringLiteral("t"), QStringLiteral("open")),
                 person(QStringLiteral("t"), QStringLiteral("t.sent_on")));
    case Query::Diagnostics:
        return QStringLiteral("SELECT COUNT(*) FROM diagnostics d WHERE %1").arg(diagnosticsIn(scope));
    case Query::Barriers:
        return QStringLiteral("SELECT j.key, j.value, COUNT(*) FROM diagnostics d INDEXED BY "
                              "diagnostics_levels_by_validation, "
                              "json_each(d.levels) j WHERE %1 "
                              "GROUP BY j.key, j.value")
            .arg(diagnosticsIn(scope));
    case Query::Trend:
        return trendSql(scope);
    }
    return {};
}

QMap<QString, QVariant> parameters(const ReportPeriod& period, const ReportScope& scope) {
    const auto utcMidnight = [](const QDate& day) {
        return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    };
    const QDate lastMonth(period.to.year(), period.to.month(), 1);
    return {
        {QStringLiteral(":from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral(":to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral(":next"), period.to.addDays(1).toString(Qt::ISODate)},
        {QStringLiteral(":from_utc"), utcMidnight(period.from)},
        {QStringLiteral(":next_utc"), utcMidnight(period.to.addDays(1))},
        {QStringLiteral(":scope"), scope.id},
        {QStringLiteral(":trend_first"), lastMonth.addMonths(-11).toString(Qt::ISODate)},
        {QStringLiteral(":trend_last"), lastMonth.toString(Qt::ISODate)},
    };
}

QString inlined(const QString& statement, const QMap<QString, QVariant>& parameters) {
    QStringList names = parameters.keys();
    // Longest first, so that :next_utc is not taken for :next.
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString text = statement;
    for (const QString& name : names) {
        QString literal = parameters.value(name).toString();
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        text.replace(name, QLatin1Char('\'') + literal + QLatin1Char('\''));
    }
    return text;
}

} // namespace jalon::ReportSql
