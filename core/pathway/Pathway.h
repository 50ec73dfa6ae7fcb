#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jalon {

// The facts of a person's pathway (DOMAIN.md), as stored in schema 6. Kinds and statuses are
// the codes of PathwayChoices; dates are calendar days, appointment times are local.

// A follow-up period, from intake (or re-entry) to exit.
struct FollowPeriod {
    QString id;
    QString personId;
    QDate openedOn;
    QDate rightsOpenedOn; // "date d'ouverture des droits", when the intake list gives it
    QString source = QStringLiteral("manual");
    QDate closedOn;     // null while open
    QString exitReason; // PathwayChoices::exitReasons()
    QString exitComment;
    bool isOpen() const { return closedOn.isNull(); }
};

struct Orientation {
    QString id;
    QString personId;
    QString kind; // sociale, socio_professionnelle, professionnelle
    QString structureId;
    QString referentId;
    QString referentName; // read only
    QDate startDate;
    QDate endDate; // null while open
    bool isOpen() const { return endDate.isNull(); }
};

struct ReorientationRequest {
    QString id;
    QString personId;
    QString orientationId;
    QString requestedKind;
    QString reason;
    QString status = QStringLiteral("pending"); // pending, accepted, denied
    QString decisionReason;
    QDate requestedOn;
    QDate decidedOn;
};

struct Appointment {
    QString id;
    QString personId;
    QString kind = QStringLiteral("individual"); // individual, collective
    QString purpose = QStringLiteral("accompaniment");
    QDateTime scheduledAt; // local time
    int duration = 45;     // minutes
    QString place;
    QString channel = QStringLiteral("courrier"); // courrier, sms, email, telephone
    QDate invitedOn;
    QString adviserId;
    QString adviserName; // read only
    QString status = QStringLiteral("planned");
};

struct Contract {
    QString id;
    QString personId;
    QString kind = QStringLiteral("CER"); // CER, PPAE, CEJ, PACEA
    QDate signedOn;
    QDate startDate;
    QDate plannedEnd;
    QDate endedOn; // set when ended early or replaced
    QString commitments;
};

struct PlanAction {
    QString id;
    QString objectiveId;
    QString label;
    QString status = QStringLiteral("planned");
    QDate dueOn;
    QDate createdOn;
};

struct PlanObjective {
    QString id;
    QString planId;
    QString theme;      // code from the referential or the diagnostic grid
    QString themeLabel; // as shown when the objective was set
    QString label;
    QString status = QStringLiteral("in_progress"); // in_progress, achieved, abandoned
    QString contractId; // tied to this contract: the person's consent is then required
    QDate consentOn;
    QDate createdOn;
    QList<PlanAction> actions;
};

struct ActionPlan {
    QString id;
    QString personId;
    QDate openedOn;
    QString diagnosticId; // the diagnostic whose priorities it was built from, if any
    QDate closedOn;
    QString bilan;
    QList<PlanObjective> objectives;
    bool isOpen() const { return closedOn.isNull(); }
};

struct Referral {
    QString id;
    QString personId;
    QString serviceId;
    QString serviceName;
    QString thematique;
    QString status = QStringLiteral("open");
    QString refusalReason;
    QDate sentOn;
    QDate updatedOn;
};

struct Note {
    QString id;
    QString personId;
    QString authorId;
    QString authorName; // read only
    QDate writtenOn;
    QString body;
    bool isPrivate = false;
};

// One change on the timeline: what happened (kind and action), on which day, to which record,
// who wrote it and when. details holds what the timeline shows (labels are made when shown).
struct PathwayEvent {
    QString id;
    QString personId;
    QString occurredOn; // yyyy-MM-dd or yyyy-MM-ddTHH:mm, sortable as text
    QString kind;       // entry, orientation, reorientation, appointment, contract, plan,
                        // objective, action, referral, exit, note
    QString action;     // created, updated, status, closed, decided, ...
    QString entityId;
    QJsonObject details;
    QString actorId;
    QString actorName; // read only
    QDateTime recordedAt;
    bool isPrivate = false;

    QDate day() const { return QDate::fromString(occurredOn.left(10), Qt::ISODate); }
};

} // namespace jalon
