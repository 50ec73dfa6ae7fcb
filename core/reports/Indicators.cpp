#include "reports/Indicators.h"

#include <QCoreApplication>

namespace jalon::Indicators {

namespace {

IndicatorDefinition define(const char* id, const char* name, const char* rule) {
    return {QString::fromLatin1(id), QCoreApplication::translate("Indicators", name),
            QCoreApplication::translate("Indicators", rule)};
}

} // namespace

QList<IndicatorDefinition> all() {
    return {
        define(kFollowed, QT_TRANSLATE_NOOP("Indicators", "People followed at the end of the period"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "People with a follow-up open at the end of the period's last day: entered on or "
                   "before that day and not exited on or before it.")),
        define(kEntries, QT_TRANSLATE_NOOP("Indicators", "Entries"),
               QT_TRANSLATE_NOOP("Indicators", "Follow-ups opened during the period, re-entries included.")),
        define(kReentries, QT_TRANSLATE_NOOP("Indicators", "of which re-entries"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Entries of people who had an earlier follow-up, closed before this one opened.")),
        define(kExits, QT_TRANSLATE_NOOP("Indicators", "Exits"),
               QT_TRANSLATE_NOOP("Indicators", "Follow-ups closed during the period, whatever the reason.")),
        define(kOriented45, QT_TRANSLATE_NOOP("Indicators", "Oriented within 45 days"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Of the follow-ups whose 45th day after entry falls in the period, the share whose "
                   "person had an orientation starting between the entry day and that 45th day.")),
        define(
            kFirstAppointment15,
            QT_TRANSLATE_NOOP("Indicators", "First accompaniment appointment honoured within 15 days"),
            QT_TRANSLATE_NOOP("Indicators",
                              "Of the orientations whose 15th day after their start falls in the period, the "
                              "share whose person attended an accompaniment appointment dated between the "
                              "orientation's start and that 15th day.")),
        define(
            kFirstAppointment30,
            QT_TRANSLATE_NOOP("Indicators", "First accompaniment appointment honoured within 30 days"),
            QT_TRANSLATE_NOOP("Indicators",
                              "Of the orientations whose 30th day after their start falls in the period, the "
                              "share whose person attended an accompaniment appointment dated between the "
                              "orientation's start and that 30th day.")),
        define(kInvitationDelay,
               QT_TRANSLATE_NOOP("Indicators", "Average days from invitation to appointment"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Appointments dated in the period, cancelled ones excepted: the average number of "
                   "days from the invitation to the appointment's day.")),
        define(kNoShowRate, QT_TRANSLATE_NOOP("Indicators", "No-show rate"),
               QT_TRANSLATE_NOOP("Indicators",
                                 "Appointments dated in the period whose outcome is known (honoured, absent, "
                                 "excused): the share where the person was absent without excuse.")),
        define(kContractsSigned, QT_TRANSLATE_NOOP("Indicators", "Contracts signed"),
               QT_TRANSLATE_NOOP("Indicators", "Contracts whose signature day falls in the period.")),
        define(kValidContract, QT_TRANSLATE_NOOP("Indicators", "People followed with a valid contract"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Of the people followed at the end of the period, the share with a signed contract "
                   "running on the last day: started, planned end not passed, not ended.")),
        define(kPlan30, QT_TRANSLATE_NOOP("Indicators", "Action plan within 30 days"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Of the orientations whose 30th day after their start falls in the period, the "
                   "share whose person had an action plan opened between the orientation's start and "
                   "that 30th day.")),
        define(kDiagnostics, QT_TRANSLATE_NOOP("Indicators", "Diagnostics done"),
               QT_TRANSLATE_NOOP("Indicators",
                                 "Diagnostics validated during the period (local day of validation).")),
        define(kFollowedByOrientation, QT_TRANSLATE_NOOP("Indicators", "People followed by orientation"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "People followed at the end of the period, by the kind of the orientation running "
                   "on the last day; \"awaiting orientation\" when none runs.")),
        define(kExitsByReason, QT_TRANSLATE_NOOP("Indicators", "Exits by reason"),
               QT_TRANSLATE_NOOP("Indicators", "Follow-ups closed during the period, by exit reason.")),
        define(
            kAppointmentsByStatus, QT_TRANSLATE_NOOP("Indicators", "Appointments by outcome"),
            QT_TRANSLATE_NOOP("Indicators",
                              "Appointments dated in the period, by their status when the report is made.")),
        define(
            kContractsByKind, QT_TRANSLATE_NOOP("Indicators", "Contracts signed by kind"),
            QT_TRANSLATE_NOOP("Indicators", "Contracts whose signature day falls in the period, by kind.")),
        define(kObjectivesByTheme, QT_TRANSLATE_NOOP("Indicators", "Objectives by theme and status"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Objectives created during the period, by theme and by their status at the end of "
                   "the period (from the pathway's history).")),
        define(kActionsByTheme, QT_TRANSLATE_NOOP("Indicators", "Actions by theme and status"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Actions created during the period, by their objective's theme and by their status "
                   "at the end of the period (from the pathway's history).")),
        define(kReferralsByThematique, QT_TRANSLATE_NOOP("Indicators", "Referrals by thématique and outcome"),
               QT_TRANSLATE_NOOP("Indicators",
                                 "Referrals sent during the period, by the service's main thématique "
                                 "(data·inclusion) and by their status at the end of the period.")),
        define(kBarriersByTheme, QT_TRANSLATE_NOOP("Indicators", "Barriers by theme"),
               QT_TRANSLATE_NOOP(
                   "Indicators",
                   "Diagnostics validated during the period: for each theme, how many were assessed "
                   "at each level.")),
    };
}

IndicatorDefinition find(const QString& id) {
    for (const IndicatorDefinition& d : all()) {
        if (d.id == id) {
            return d;
        }
    }
    return {};
}

} // namespace jalon::Indicators
