#pragma once

#include "persons/PersonChoices.h"

#include <QList>
#include <QString>

namespace jalon::PathwayChoices {

// The codes stored for each list of DOMAIN.md, with their translated labels (Choice from
// PersonChoices), and the status changes each workflow allows.

QList<Choice> orientationKinds();
QList<Choice> reorientationStatuses();
QList<Choice> appointmentKinds();
QList<Choice> appointmentPurposes();
QList<Choice> appointmentStatuses();
QList<Choice> invitationChannels();
QList<Choice> contractKinds();
QList<Choice> objectiveStatuses();
QList<Choice> actionStatuses();
QList<Choice> referralStatuses();
QList<Choice> refusalReasons();
QList<Choice> exitReasons();
// The kinds of timeline event, in the order the filters show them.
QList<Choice> eventKinds();

bool contains(const QList<Choice>& list, const QString& code);
QString label(const QList<Choice>& list, const QString& code); // the code itself if unknown

// Whether a record may go from one status to another (a status to itself is never a change).
bool appointmentMayBecome(const QString& from, const QString& to);
bool objectiveMayBecome(const QString& from, const QString& to);
bool actionMayBecome(const QString& from, const QString& to);
bool referralMayBecome(const QString& from, const QString& to);

// An appointment whose outcome is known (anything but "planned").
bool isResolved(const QString& appointmentStatus);

} // namespace jalon::PathwayChoices
