#pragma once

#include <QList>
#include <QString>

namespace jalon {

// Every indicator of the activity report, defined once: its id (as in docs/indicators.md and
// the JSON export), its translated name and its exact rule, which the PDF's annex and the
// report window show. The SQL that computes each one is in ReportSql.
struct IndicatorDefinition {
    QString id;
    QString name;
    QString rule;
};

namespace Indicators {

// Ids of the key-figure lines (table "key_figures").
inline constexpr char kFollowed[] = "followed";
inline constexpr char kEntries[] = "entries";
inline constexpr char kReentries[] = "reentries";
inline constexpr char kExits[] = "exits";
inline constexpr char kOriented45[] = "oriented_within_45_days";
inline constexpr char kFirstAppointment15[] = "first_appointment_within_15_days";
inline constexpr char kFirstAppointment30[] = "first_appointment_within_30_days";
inline constexpr char kInvitationDelay[] = "invitation_delay_days";
inline constexpr char kNoShowRate[] = "no_show_rate";
inline constexpr char kContractsSigned[] = "contracts_signed";
inline constexpr char kValidContract[] = "valid_contract_share";
inline constexpr char kPlan30[] = "action_plan_within_30_days";
inline constexpr char kDiagnostics[] = "diagnostics_done";

// Ids of the tables.
inline constexpr char kKeyFigures[] = "key_figures";
inline constexpr char kFollowedByOrientation[] = "followed_by_orientation";
inline constexpr char kExitsByReason[] = "exits_by_reason";
inline constexpr char kAppointmentsByStatus[] = "appointments_by_status";
inline constexpr char kContractsByKind[] = "contracts_by_kind";
inline constexpr char kObjectivesByTheme[] = "objectives_by_theme";
inline constexpr char kActionsByTheme[] = "actions_by_theme";
inline constexpr char kReferralsByThematique[] = "referrals_by_thematique";
inline constexpr char kBarriersByTheme[] = "barriers_by_theme";

// The key figures, then the tables, in the order the report shows them.
QList<IndicatorDefinition> all();
// The definition of one id; an empty definition for an unknown id.
IndicatorDefinition find(const QString& id);

} // namespace Indicators

} // namespace jalon
