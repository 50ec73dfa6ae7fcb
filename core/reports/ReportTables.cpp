#include "reports/ReportTables.h"

#include "diagnostic/Level.h"
#include "pathway/PathwayChoices.h"
#include "reports/Indicators.h"
#include "reports/ReportLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace jalon::ReportTables {

namespace {

using Query = ReportSql::Query;
using Results = std::array<QueryRows, kColumnCount>;

qint64 number(const QVariantList& row, int column) {
    return row.value(column).toLongLong();
}

// A table whose rows are created on first use, in the order they are first declared.
class TableBuilder {
public:
    TableBuilder(const char* id, const QString& groupHeader, const QString& labelHeader) {
        m_table.id = QString::fromLatin1(id);
        m_table.title = m_table.id == QLatin1String(Indicators::kKeyFigures)
                            ? QCoreApplication::translate("ReportTables", "Key figures")
                            : Indicators::find(m_table.id).name;
        m_table.groupHeader = groupHeader;
        m_table.labelHeader = labelHeader;
    }

    ReportRow& row(const QString& code, const QString& label, Figure::Kind kind = Figure::Kind::Count,
                   const QString& groupCode = {}, const QString& groupLabel = {}) {
        for (ReportRow& r : m_table.rows) {
            if (r.code == code && r.groupCode == groupCode) {
                return r;
            }
        }
        ReportRow r{code, label, groupCode, groupLabel, {}};
        for (Figure& f : r.figures) {
            f.kind = kind;
        }
        m_table.rows.append(r);
        return m_table.rows.last();
    }

    void declare(const QList<Choice>& choices) {
        for (const Choice& c : choices) {
            row(c.code, c.label);
        }
    }

    // Groups by label, then rows in the order of their list.
    void sortGroups(const QList<Choice>& order) {
        const auto rank = [&order](const QString& code) {
            for (int i = 0; i < order.size(); ++i) {
                if (order.at(i).code == code) {
                    return i;
                }
            }
            return static_cast<int>(order.size());
        };
        std::stable_sort(m_table.rows.begin(), m_table.rows.end(),
                         [&](const ReportRow& a, const ReportRow& b) {
                             if (a.groupCode != b.groupCode) {
                                 const int byLabel = a.groupLabel.localeAwareCompare(b.groupLabel);
                                 return byLabel != 0 ? byLabel < 0 : a.groupCode < b.groupCode;
                             }
                             return rank(a.code) < rank(b.code);
                         });
    }

    ReportTable take() { return std::move(m_table); }

private:
    ReportTable m_table;
};

QString orLabel(const QList<Choice>& list, const QString& code) {
    return code.isEmpty() ? ReportLabels::notGiven() : PathwayChoices::label(list, code);
}

ReportTable followedByOrientation(const Results& results) {
    TableBuilder t(Indicators::kFollowedByOrientation, {},
                   QCoreApplication::translate("ReportTables", "Orientation"));
    t.declare(PathwayChoices::orientationKinds());
    t.row(QStringLiteral("awaiting"), ReportLabels::awaitingOrientation());
    for (int c = 0; c < kColumnCount; ++c) {
        for (const QVariantList& r : results[c].value(Query::Followed)) {
            const QString kind = r.value(0).toString();
            t.row(kind, PathwayChoices::label(PathwayChoices::orientationKinds(), kind)).figures[c].value =
                number(r, 1);
        }
    }
    return t.take();
}

ReportTable countsByCode(const char* id, const QString& header, const QList<Choice>& list,
                         const Results& results, Query query) {
    TableBuilder t(id, {}, header);
    t.declare(list);
    for (int c = 0; c < kColumnCount; ++c) {
        for (const QVariantList& r : results[c].value(query)) {
            const QString code = r.value(0).toString();
            t.row(code, orLabel(list, code)).figures[c].value += number(r, 1);
        }
    }
    return t.take();
}

// Two-level counts: (group code, group label, status, count) rows.
ReportTable groupedCounts(const char* id, const QString& groupHeader, const QList<Choice>& statuses,
                          const Results& results, Query query,
                          const std::function<QString(const QVariantList&)>& groupLabel, int statusColumn) {
    TableBuilder t(id, groupHeader, QCoreApplication::translate("ReportTables", "Status"));
    for (int c = 0; c < kColumnCount; ++c) {
        for (const QVariantList& r : results[c].value(query)) {
            const QString group = r.value(0).toString();
            const QString status = r.value(statusColumn).toString();
            t.row(status, orLabel(statuses, status), Figure::Kind::Count, group, groupLabel(r))
                .figures[c]
                .value += number(r, statusColumn + 1);
        }
    }
    t.sortGroups(statuses);
    return t.take();
}

ReportTable barriers(const Results& results, const QHash<QString, QString>& themes) {
    QList<Choice> levels;
    for (Level level : {Level::BlockingBarrier, Level::MajorBarrier, Level::LightNeed, Level::Resource,
                        Level::NotDiscussed}) {
        levels.append({Levels::code(level), Levels::label(level)});
    }
    return groupedCounts(
        Indicators::kBarriersByTheme, QCoreApplication::translate("ReportTables", "Theme"), levels, results,
        Query::Barriers,
        [&themes](const QVariantList& r) {
            return themes.value(r.value(0).toString(), r.value(0).toString());
        },
        1);
}

Figure ratio(Figure::Kind kind, qint64 value, qint64 base) {
    return {kind, value, base, false};
}

ReportTable keyFigures(const Results& results) {
    TableBuilder t(Indicators::kKeyFigures, {}, QCoreApplication::translate("ReportTables", "Indicator"));
    const auto line = [&t](const char* id, Figure::Kind kind) -> ReportRow& {
        return t.row(QString::fromLatin1(id), Indicators::find(QString::fromLatin1(id)).name, kind);
    };
    for (int c = 0; c < kColumnCount; ++c) {
        const QueryRows& q = results[c];
        qint64 followed = 0;
        qint64 withContract = 0;
        for (const QVariantList& r : q.value(Query::Followed)) {
            followed += number(r, 1);
            withContract += number(r, 2);
        }
        const QVariantList entries = q.value(Query::Entries).value(0);
        qint64 exits = 0;
        for (const QVariantList& r : q.value(Query::Exits)) {
            exits += number(r, 1);
        }
        qint64 resolved = 0, absent = 0, dated = 0, days = 0;
        for (const QVariantList& r : q.value(Query::Appointments)) {
            const QString status = r.value(0).toString();
            if (status != QLatin1String("cancelled")) {
                dated += number(r, 1);
                days += number(r, 2);
            }
            if (PathwayChoices::isResolved(status) && status != QLatin1String("cancelled")) {
                resolved += number(r, 1);
            }
            if (status == QLatin1String("absent")) {
                absent += number(r, 1);
            }
        }
        qint64 contracts = 0;
        for (const QVariantList& r : q.value(Query::Contracts)) {
            contracts += number(r, 1);
        }
        const auto cohort = [&q](Query query) {
            const QVariantList r = q.value(query).value(0);
            return ratio(Figure::Kind::Share, number(r, 1), number(r, 0));
        };
        using K = Figure::Kind;
        line(Indicators::kFollowed, K::Count).figures[c] = ratio(K::Count, followed, 0);
        line(Indicators::kEntries, K::Count).figures[c] = ratio(K::Count, number(entries, 0), 0);
        line(Indicators::kReentries, K::Count).figures[c] = ratio(K::Count, number(entries, 1), 0);
        line(Indicators::kExits, K::Count).figures[c] = ratio(K::Count, exits, 0);
        line(Indicators::kOriented45, K::Share).figures[c] = cohort(Query::Oriented45);
        line(Indicators::kFirstAppointment15, K::Share).figures[c] = cohort(Query::Appointment15);
        line(Indicators::kFirstAppointment30, K::Share).figures[c] = cohort(Query::Appointment30);
        line(Indicators::kInvitationDelay, K::Average).figures[c] = ratio(K::Average, days, dated);
        line(Indicators::kNoShowRate, K::Share).figures[c] = ratio(K::Share, absent, resolved);
        line(Indicators::kContractsSigned, K::Count).figures[c] = ratio(K::Count, contracts, 0);
        line(Indicators::kValidContract, K::Share).figures[c] = ratio(K::Share, withContract, followed);
        line(Indicators::kPlan30, K::Share).figures[c] = cohort(Query::Plan30);
        line(Indicators::kDiagnostics, K::Count).figures[c] =
            ratio(K::Count, number(q.value(Query::Diagnostics).value(0), 0), 0);
    }
    return t.take();
}

} // namespace

QList<ReportTable> build(const Results& results, const QHash<QString, QString>& diagnosticThemeTitles) {
    const auto label = [](const QVariantList& r) { return r.value(1).toString(); };
    const auto thematique = [](const QVariantList& r) {
        return ReportLabels::thematique(r.value(0).toString());
    };
    return {
        keyFigures(results),
        followedByOrientation(results),
        countsByCode(Indicators::kExitsByReason, QCoreApplication::translate("ReportTables", "Reason"),
                     PathwayChoices::exitReasons(), results, Query::Exits),
        countsByCode(Indicators::kAppointmentsByStatus,
                     QCoreApplication::translate("ReportTables", "Outcome"),
                     PathwayChoices::appointmentStatuses(), results, Query::Appointments),
        countsByCode(Indicators::kContractsByKind, QCoreApplication::translate("ReportTables", "Contract"),
                     PathwayChoices::contractKinds(), results, Query::Contracts),
        groupedCounts(Indicators::kObjectivesByTheme, QCoreApplication::translate("ReportTables", "Theme"),
                      PathwayChoices::objectiveStatuses(), results, Query::Objectives, label, 2),
        groupedCounts(Indicators::kActionsByTheme, QCoreApplication::translate("ReportTables", "Theme"),
                      PathwayChoices::actionStatuses(), results, Query::Actions, label, 2),
        groupedCounts(Indicators::kReferralsByThematique,
                      QCoreApplication::translate("ReportTables", "Thématique"),
                      PathwayChoices::referralStatuses(), results, Query::Referrals, thematique, 1),
        barriers(results, diagnosticThemeTitles),
    };
}

} // namespace jalon::ReportTables
