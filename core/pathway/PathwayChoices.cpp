#include "pathway/PathwayChoices.h"

#include <QCoreApplication>

namespace jalon::PathwayChoices {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("PathwayChoices", text);
}

Choice choice(const char* code, const char* label) {
    return {QString::fromLatin1(code), translated(label)};
}

bool in(const QString& code, std::initializer_list<const char*> codes) {
    for (const char* c : codes) {
        if (code == QLatin1String(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<Choice> orientationKinds() {
    return {choice("sociale", QT_TRANSLATE_NOOP("PathwayChoices", "Social")),
            choice("socio_professionnelle", QT_TRANSLATE_NOOP("PathwayChoices", "Socio-professional")),
            choice("professionnelle", QT_TRANSLATE_NOOP("PathwayChoices", "Professional"))};
}

QList<Choice> reorientationStatuses() {
    return {choice("pending", QT_TRANSLATE_NOOP("PathwayChoices", "Pending")),
            choice("accepted", QT_TRANSLATE_NOOP("PathwayChoices", "Accepted")),
            choice("denied", QT_TRANSLATE_NOOP("PathwayChoices", "Denied"))};
}

QList<Choice> appointmentKinds() {
    return {choice("individual", QT_TRANSLATE_NOOP("PathwayChoices", "Individual")),
            choice("collective", QT_TRANSLATE_NOOP("PathwayChoices", "Collective"))};
}

QList<Choice> appointmentPurposes() {
    return {choice("orientation", QT_TRANSLATE_NOOP("PathwayChoices", "Orientation interview")),
            choice("accompaniment", QT_TRANSLATE_NOOP("PathwayChoices", "Accompaniment")),
            choice("contract", QT_TRANSLATE_NOOP("PathwayChoices", "Contract signature")),
            choice("workshop", QT_TRANSLATE_NOOP("PathwayChoices", "Workshop or information session")),
            choice("other", QT_TRANSLATE_NOOP("PathwayChoices", "Other appointment"))};
}

QList<Choice> appointmentStatuses() {
    return {choice("planned", QT_TRANSLATE_NOOP("PathwayChoices", "Planned")),
            choice("honoured", QT_TRANSLATE_NOOP("PathwayChoices", "Attended")),
            choice("absent", QT_TRANSLATE_NOOP("PathwayChoices", "Absent (no excuse)")),
            choice("excused", QT_TRANSLATE_NOOP("PathwayChoices", "Excused")),
            choice("cancelled", QT_TRANSLATE_NOOP("PathwayChoices", "Cancelled by the service"))};
}

QList<Choice> invitationChannels() {
    return {choice("courrier", QT_TRANSLATE_NOOP("PathwayChoices", "Letter")),
            choice("sms", QT_TRANSLATE_NOOP("PathwayChoices", "SMS")),
            choice("email", QT_TRANSLATE_NOOP("PathwayChoices", "E-mail")),
            choice("telephone", QT_TRANSLATE_NOOP("PathwayChoices", "Telephone"))};
}

QList<Choice> contractKinds() {
    return {choice("CER", QT_TRANSLATE_NOOP("PathwayChoices", "CER (reciprocal commitment contract)")),
            choice("PPAE", QT_TRANSLATE_NOOP("PathwayChoices", "PPAE (personalised job search plan)")),
            choice("CEJ", QT_TRANSLATE_NOOP("PathwayChoices", "CEJ (youth commitment contract)")),
            choice("PACEA", QT_TRANSLATE_NOOP("PathwayChoices", "PACEA (youth pathway)"))};
}

QList<Choice> objectiveStatuses() {
    return {choice("in_progress", QT_TRANSLATE_NOOP("PathwayChoices", "In progress")),
            choice("achieved", QT_TRANSLATE_NOOP("PathwayChoices", "Achieved")),
            choice("abandoned", QT_TRANSLATE_NOOP("PathwayChoices", "Abandoned"))};
}

QList<Choice> actionStatuses() {
    return {
        choice("planned", QT_TRANSLATE_NOOP("PathwayChoices", "Not started yet")),
        choice("in_progress", QT_TRANSLATE_NOOP("PathwayChoices", "In progress")),
        choice("waiting", QT_TRANSLATE_NOOP("PathwayChoices", "On hold")),
        choice("done", QT_TRANSLATE_NOOP("PathwayChoices", "Done")),
        choice("abandoned_by_person", QT_TRANSLATE_NOOP("PathwayChoices", "Abandoned by the person")),
        choice("cancelled_by_structure", QT_TRANSLATE_NOOP("PathwayChoices", "Cancelled by the structure"))};
}

QList<Choice> referralStatuses() {
    return {choice("open", QT_TRANSLATE_NOOP("PathwayChoices", "Sent")),
            choice("under_review", QT_TRANSLATE_NOOP("PathwayChoices", "Under review")),
            choice("accepted", QT_TRANSLATE_NOOP("PathwayChoices", "Accepted")),
            choice("refused", QT_TRANSLATE_NOOP("PathwayChoices", "Refused")),
            choice("expired", QT_TRANSLATE_NOOP("PathwayChoices", "Expired")),
            choice("entered", QT_TRANSLATE_NOOP("PathwayChoices", "Started")),
            choice("finished", QT_TRANSLATE_NOOP("PathwayChoices", "Finished"))};
}

QList<Choice> refusalReasons() {
    return {choice("unreachable", QT_TRANSLATE_NOOP("PathwayChoices", "Person could not be reached")),
            choice("no_places", QT_TRANSLATE_NOOP("PathwayChoices", "No places available")),
            choice("not_suitable", QT_TRANSLATE_NOOP("PathwayChoices", "Does not match the service")),
            choice("declined", QT_TRANSLATE_NOOP("PathwayChoices", "Declined by the person")),
            choice("other", QT_TRANSLATE_NOOP("PathwayChoices", "Other reason"))};
}

QList<Choice> exitReasons() {
    return {choice("emploi_durable", QT_TRANSLATE_NOOP("PathwayChoices", "Lasting job (over 6 months)")),
            choice("emploi_temporaire", QT_TRANSLATE_NOOP("PathwayChoices", "Temporary job")),
            choice("formation", QT_TRANSLATE_NOOP("PathwayChoices", "Training")),
            choice("creation_entreprise", QT_TRANSLATE_NOOP("PathwayChoices", "Business creation")),
            choice("demenagement", QT_TRANSLATE_NOOP("PathwayChoices", "Moved away")),
            choice("fin_de_droits", QT_TRANSLATE_NOOP("PathwayChoices", "End of rights")),
            choice("radiation", QT_TRANSLATE_NOOP("PathwayChoices", "Struck off")),
            choice("deces", QT_TRANSLATE_NOOP("PathwayChoices", "Death")),
            choice("autre", QT_TRANSLATE_NOOP("PathwayChoices", "Other"))};
}

QList<Choice> eventKinds() {
    return {choice("entry", QT_TRANSLATE_NOOP("PathwayChoices", "Entry")),
            choice("orientation", QT_TRANSLATE_NOOP("PathwayChoices", "Orientation")),
            choice("reorientation", QT_TRANSLATE_NOOP("PathwayChoices", "Reorientation request")),
            choice("appointment", QT_TRANSLATE_NOOP("PathwayChoices", "Appointment")),
            choice("contract", QT_TRANSLATE_NOOP("PathwayChoices", "Contract")),
            choice("plan", QT_TRANSLATE_NOOP("PathwayChoices", "Action plan")),
            choice("objective", QT_TRANSLATE_NOOP("PathwayChoices", "Objective")),
            choice("action", QT_TRANSLATE_NOOP("PathwayChoices", "Action")),
            choice("referral", QT_TRANSLATE_NOOP("PathwayChoices", "Referral")),
            choice("exit", QT_TRANSLATE_NOOP("PathwayChoices", "Exit")),
            choice("note", QT_TRANSLATE_NOOP("PathwayChoices", "Note"))};
}

bool contains(const QList<Choice>& list, const QString& code) {
    for (const Choice& c : list) {
        if (c.code == code) {
            return true;
        }
    }
    return false;
}

QString label(const QList<Choice>& list, const QString& code) {
    for (const Choice& c : list) {
        if (c.code == code) {
            return c.label;
        }
    }
    return code;
}

bool isResolved(const QString& appointmentStatus) {
    return appointmentStatus != QLatin1String("planned");
}

bool appointmentMayBecome(const QString& from, const QString& to) {
    if (from == to || !contains(appointmentStatuses(), to)) {
        return false;
    }
    // A planned appointment takes its outcome; an outcome may be corrected, but not undone.
    return to != QLatin1String("planned");
}

bool objectiveMayBecome(const QString& from, const QString& to) {
    // An objective is achieved or abandoned, and may be taken up again.
    return from != to && contains(objectiveStatuses(), to);
}

bool actionMayBecome(const QString& from, const QString& to) {
    if (from == to || !contains(actionStatuses(), to)) {
        return false;
    }
    if (in(from, {"done", "abandoned_by_person", "cancelled_by_structure"})) {
        return false; // closed for good: record a new action instead
    }
    return to != QLatin1String("planned");
}

bool referralMayBecome(const QString& from, const QString& to) {
    if (in(from, {"open"})) {
        return in(to, {"under_review", "accepted", "refused", "expired"});
    }
    if (in(from, {"under_review"})) {
        return in(to, {"accepted", "refused", "expired"});
    }
    if (in(from, {"accepted"})) {
        return in(to, {"entered", "expired"});
    }
    if (in(from, {"entered"})) {
        return in(to, {"finished"});
    }
    return false; // refused, expired and finished are final
}

} // namespace jalon::PathwayChoices
