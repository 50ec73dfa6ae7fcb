#include "pathway/Timeline.h"

#include "db/Database.h"
#include "pathway/PathwayChoices.h"
#include "pathway/PathwayWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

QString text(const PathwayEvent& e, const char* key) {
    return e.details.value(QLatin1String(key)).toString();
}

QString when(const QString& localTime) {
    const QDateTime time = QDateTime::fromString(localTime, QStringLiteral("yyyy-MM-ddTHH:mm"));
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : localTime;
}

QString day(const QString& iso) {
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? shownDay(date) : iso;
}

using namespace PathwayChoices;

QString describeAppointment(const PathwayEvent& e) {
    const QString purpose = label(appointmentPurposes(), text(e, "purpose"));
    if (e.action == QLatin1String("status")) {
        return QCoreApplication::translate("Timeline", "%1 on %2: %3")
            .arg(purpose, when(text(e, "at")), label(appointmentStatuses(), text(e, "status")));
    }
    if (e.action == QLatin1String("rescheduled")) {
        return QCoreApplication::translate("Timeline", "%1 moved from %2 to %3")
            .arg(purpose, when(text(e, "from")), when(text(e, "at")));
    }
    QString line = QCoreApplication::translate("Timeline", "%1 planned for %2 (invitation: %3)")
                       .arg(purpose, when(text(e, "at")), label(invitationChannels(), text(e, "channel")));
    if (text(e, "kind") == QLatin1String("collective")) {
        line += QCoreApplication::translate("Timeline", ", collective");
    }
    return line;
}

QString describeOther(const PathwayEvent& e) {
    const QString& k = e.kind;
    const QString& a = e.action;
    if (k == QLatin1String("entry")) {
        return a == QLatin1String("reentry")
                   ? QCoreApplication::translate("Timeline", "Re-entry into the follow-up")
                   : QCoreApplication::translate("Timeline", "Entry into the follow-up");
    }
    if (k == QLatin1String("orientation")) {
        return QCoreApplication::translate("Timeline", "Oriented: %1")
            .arg(label(orientationKinds(), text(e, "kind")));
    }
    if (k == QLatin1String("reorientation")) {
        if (a == QLatin1String("decided")) {
            return QCoreApplication::translate("Timeline", "Reorientation towards %1: %2")
                .arg(label(orientationKinds(), text(e, "kind")),
                     label(reorientationStatuses(), text(e, "status")));
        }
        return QCoreApplication::translate("Timeline", "Reorientation requested towards %1: %2")
            .arg(label(orientationKinds(), text(e, "kind")), text(e, "reason"));
    }
    if (k == QLatin1String("contract")) {
        const QString kind = text(e, "kind");
        if (a == QLatin1String("signed")) {
            return QCoreApplication::translate("Timeline", "%1 signed").arg(kind);
        }
        if (a == QLatin1String("ended")) {
            return QCoreApplication::translate("Timeline", "%1 ended").arg(kind);
        }
        return QCoreApplication::translate("Timeline", "%1 from %2 to %3")
            .arg(kind, day(text(e, "start")), day(text(e, "end")));
    }
    if (k == QLatin1String("plan")) {
        if (a == QLatin1String("closed")) {
            return QCoreApplication::translate("Timeline", "Action plan closed: %1").arg(text(e, "bilan"));
        }
        return e.details.value(QLatin1String("fromDiagnostic")).toBool()
                   ? QCoreApplication::translate("Timeline",
                                                 "Action plan opened from the diagnostic's priorities")
                   : QCoreApplication::translate("Timeline", "Action plan opened");
    }
    if (k == QLatin1String("objective")) {
        if (a == QLatin1String("status")) {
            return QCoreApplication::translate("Timeline", "Objective \"%1\": %2")
                .arg(text(e, "label"), label(objectiveStatuses(), text(e, "status")));
        }
        if (a == QLatin1String("tied")) {
            return QCoreApplication::translate("Timeline",
                                               "Objective tied to the %1, with the person's consent")
                .arg(text(e, "contract"));
        }
        return QCoreApplication::translate("Timeline", "Objective (%1): %2")
            .arg(text(e, "theme"), text(e, "label"));
    }
    if (k == QLatin1String("action")) {
        if (a == QLatin1String("status")) {
            return QCoreApplication::translate("Timeline", "Action \"%1\": %2")
                .arg(text(e, "label"), label(actionStatuses(), text(e, "status")));
        }
        return QCoreApplication::translate("Timeline", "Action: %1").arg(text(e, "label"));
    }
    if (k == QLatin1String("referral")) {
        if (a == QLatin1String("status")) {
            QString line = QCoreApplication::translate("Timeline", "Referral to %1: %2")
                               .arg(text(e, "service"), label(referralStatuses(), text(e, "status")));
            if (!text(e, "reason").isEmpty()) {
                line += QStringLiteral(" (%1)").arg(label(refusalReasons(), text(e, "reason")));
            }
            return line;
        }
        return QCoreApplication::translate("Timeline", "Referred to %1").arg(text(e, "service"));
    }
    if (k == QLatin1String("exit")) {
        QString line =
            QCoreApplication::translate("Timeline", "Exit: %1").arg(label(exitReasons(), text(e, "reason")));
        if (!text(e, "comment").isEmpty()) {
            line += QStringLiteral(" (%1)").arg(text(e, "comment"));
        }
        return line;
    }
    if (k == QLatin1String("note")) {
        return e.isPrivate ? QCoreApplication::translate("Timeline", "Private note: %1").arg(text(e, "text"))
                           : QCoreApplication::translate("Timeline", "Note: %1").arg(text(e, "text"));
    }
    return k;
}

} // namespace

Timeline::Timeline(Database& database)
    : m_database(database) {}

Result<QList<PathwayEvent>> Timeline::events(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.occurred_on, e.kind, e.action, e.entity_id, e.details, e.actor_id, "
        "COALESCE(u.display_name, ''), e.recorded_at, e.private_to IS NOT NULL "
        "FROM pathway_events e LEFT JOIN users u ON u.id = e.actor_id "
        "WHERE e.person_id = ? AND e.deleted = 0 AND (e.private_to IS NULL OR e.private_to = ?) "
        "ORDER BY e.occurred_on, e.recorded_at, e.rowid"));
    q.addBindValue(personId);
    q.addBindValue(actor.userId);
    if (!q.exec()) {
        return Result<QList<PathwayEvent>>::fail(
            QCoreApplication::translate("Timeline", "The timeline could not be read (%1).")
                .arg(q.lastError().text()));
    }
    QList<PathwayEvent> list;
    while (q.next()) {
        PathwayEvent e;
        e.id = q.value(0).toString();
        e.personId = personId;
        e.occurredOn = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entityId = q.value(4).toString();
        e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.actorId = q.value(6).toString();
        e.actorName = q.value(7).toString();
        e.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.isPrivate = q.value(9).toBool();
        list.append(std::move(e));
    }
    return list;
}

QString Timeline::describe(const PathwayEvent& event) {
    return event.kind == QLatin1String("appointment") ? describeAppointment(event) : describeOther(event);
}

QString Timeline::kindLabel(const QString& kind) {
    return PathwayChoices::label(PathwayChoices::eventKinds(), kind);
}

} // namespace jalon
