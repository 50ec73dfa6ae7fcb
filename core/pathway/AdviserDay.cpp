#include "pathway/AdviserDay.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "pathway/PathwayWrite.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

// Whether the actor sees the whole structure's people, or only those they are referent of.
bool wholeStructure(const Actor& actor) {
    return actor.role == Role::StructureManager || actor.role == Role::OrientationOfficer;
}

// The people a list is about: the structure's, narrowed to the actor's own unless they see all.
QString peopleFilter(const Actor& actor) {
    if (wholeStructure(actor)) {
        return QStringLiteral("p.structure_id = :structure AND p.deleted = 0 AND p.archived = 0");
    }
    // The unary + keeps SQLite on persons_by_referent (the adviser's hundred people) rather than the
    // structure's index (all of its people).
    return QStringLiteral("+p.structure_id = :structure AND p.deleted = 0 AND +p.archived = 0 "
                          "AND p.referent_id = :user");
}

QString appointmentFilter(const Actor& actor) {
    return wholeStructure(actor) ? QStringLiteral("p.structure_id = :structure")
                                 : QStringLiteral("p.structure_id = :structure AND a.adviser_id = :user");
}

QString fullName(const QSqlQuery& q, int last) {
    return q.value(last).toString().toUpper() + QLatin1Char(' ') + q.value(last + 1).toString();
}

Status readFailed(const QSqlQuery& q) {
    return Status::fail(QCoreApplication::translate("AdviserDay", "The lists could not be read (%1).")
                            .arg(q.lastError().text()));
}

class Reader {
public:
    Reader(Database& database, const Actor& actor, int cap)
        : m_database(database)
        , m_actor(actor)
        , m_cap(cap) {}

    Status appointments(const QString& where, const QVariantMap& values,
                        QList<AdviserDay::AppointmentLine>* out) {
        QSqlQuery q =
            run(QStringLiteral("SELECT a.id, p.id, p.last_name, p.first_name, a.scheduled_at, a.kind, "
                               "a.purpose, a.status, a.place FROM appointments a "
                               "JOIN persons p ON p.id = a.person_id "
                               "WHERE a.deleted = 0 AND p.deleted = 0 AND %1 AND %2 "
                               "ORDER BY a.scheduled_at, p.last_key LIMIT %3")
                    .arg(appointmentFilter(m_actor), where)
                    .arg(m_cap),
                values);
        if (!q.isActive()) {
            return readFailed(q);
        }
        while (q.next()) {
            AdviserDay::AppointmentLine line;
            line.appointmentId = q.value(0).toString();
            line.personId = q.value(1).toString();
            line.name = fullName(q, 2);
            line.scheduledAt = QDateTime::fromString(q.value(4).toString(), kTimeFormat);
            line.kind = q.value(5).toString();
            line.purpose = q.value(6).toString();
            line.status = q.value(7).toString();
            line.place = q.value(8).toString();
            out->append(line);
        }
        return Status::ok();
    }

    // select: person id, last name, first name, the line's date, detail.
    Status people(const QString& sql, const QVariantMap& values, bool daysUntil,
                  QList<AdviserDay::PersonLine>* out) {
        QSqlQuery q = run(sql, values);
        if (!q.isActive()) {
            return readFailed(q);
        }
        const QDate today = Clock::instance().today();
        while (q.next()) {
            AdviserDay::PersonLine line;
            line.personId = q.value(0).toString();
            line.name = fullName(q, 1);
            line.since = dayFrom(q.value(3));
            line.days = static_cast<int>(daysUntil ? today.daysTo(line.since) : line.since.daysTo(today));
            line.detail = q.value(4).toString();
            out->append(line);
        }
        return Status::ok();
    }

private:
    QSqlQuery run(QString sql, QVariantMap values) {
        if (!sql.contains(QLatin1String(" LIMIT "))) {
            sql += QStringLiteral(" LIMIT %1").arg(m_cap);
        }
        QSqlQuery q(m_database.sql());
        q.setForwardOnly(true);
        q.prepare(sql);
        values.insert(QStringLiteral(":structure"), m_actor.structureId);
        if (sql.contains(QLatin1String(":user"))) {
            values.insert(QStringLiteral(":user"), m_actor.userId);
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            q.bindValue(it.key(), it.value());
        }
        q.exec();
        return q;
    }

    Database& m_database;
    const Actor& m_actor;
    int m_cap; // rows read per list at most
};

} // namespace

AdviserDay::AdviserDay(Database& database)
    : m_database(database) {}

Result<AdviserDay::Lists> AdviserDay::lists(const Actor& actor) const {
    if (Status allowed = require(actor, Permission::ViewPathway); !allowed) {
        return allowed;
    }
    const QDate today = Clock::instance().today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QString now = Clock::instance().nowUtc().toLocalTime().toString(kTimeFormat);
    const auto day = [](const QDate& d) { return QVariant(isoDay(d)); };
    Reader reader(m_database, actor, kMaxLines + 1);
    Lists lists;
    Status status = reader.appointments(
        QStringLiteral("a.scheduled_at >= :from AND a.scheduled_at < :to"),
        {{QStringLiteral(":from"), day(today)}, {QStringLiteral(":to"), day(today.addDays(1))}},
        &lists.today);
    if (status) {
        status = reader.appointments(
            QStringLiteral("a.scheduled_at >= :from AND a.scheduled_at < :to"),
            {{QStringLiteral(":from"), day(monday)}, {QStringLiteral(":to"), day(monday.addDays(7))}},
            &lists.thisWeek);
    }
    if (status) {
        status = reader.appointments(QStringLiteral("a.status = 'planned' AND a.scheduled_at < :now"),
                                     {{QStringLiteral(":now"), now}}, &lists.toUpdate);
    }
    // Awaiting orientation: people with an open follow-up and no orientation in it. Officers and
    // managers see the whole structure's; an adviser those not assigned yet and their own.
    // One pass for both lists (the join is what costs), oldest first, split and capped here.
    const QString awaiting =
        QStringLiteral(
            "SELECT p.id, p.last_name, p.first_name, f.opened_on, '' FROM persons p "
            "JOIN follow_periods f ON f.person_id = p.id AND f.deleted = 0 AND f.closed_on IS NULL "
            "WHERE %1 AND p.follow_status = 'awaiting_orientation' AND f.opened_on < :after "
            "ORDER BY f.opened_on, p.last_key LIMIT -1")
            .arg(wholeStructure(actor) ? peopleFilter(actor)
                                       : QStringLiteral("p.structure_id = :structure AND p.deleted = 0 "
                                                        "AND p.archived = 0 AND (p.referent_id IS NULL "
                                                        "OR p.referent_id = :user)"));
    QList<PersonLine> waiting;
    if (status) {
        status =
            reader.people(awaiting, {{QStringLiteral(":after"), day(today.addDays(-30))}}, false, &waiting);
    }
    for (const PersonLine& line : std::as_const(waiting)) {
        QList<PersonLine>& list = line.days > 45 ? lists.awaitingOver45 : lists.awaitingOver30;
        if (list.size() <= kMaxLines) {
            list.append(line);
        }
    }
    if (status) {
        status = reader.people(
            QStringLiteral(
                "SELECT p.id, p.last_name, p.first_name, o.start_date, o.kind FROM persons p "
                "JOIN orientations o ON o.person_id = p.id AND o.deleted = 0 AND o.end_date IS NULL "
                "WHERE %1 AND o.start_date < :limit AND NOT EXISTS (SELECT 1 FROM appointments a "
                "WHERE a.person_id = p.id AND a.deleted = 0 AND a.status = 'honoured' "
                "AND a.scheduled_at >= o.start_date) ORDER BY o.start_date, p.last_key")
                .arg(peopleFilter(actor)),
            {{QStringLiteral(":limit"), day(today.addDays(-30))}}, false, &lists.noFirstAppointment);
    }
    if (status) {
        status = reader.people(
            QStringLiteral("SELECT p.id, p.last_name, p.first_name, c.planned_end, c.kind FROM persons p "
                           "JOIN contracts c ON c.person_id = p.id AND c.deleted = 0 AND c.ended_on IS NULL "
                           "WHERE %1 AND c.planned_end >= :today AND c.planned_end <= :limit "
                           "ORDER BY c.planned_end, p.last_key")
                .arg(peopleFilter(actor)),
            {{QStringLiteral(":today"), day(today)}, {QStringLiteral(":limit"), day(today.addDays(30))}},
            true, &lists.contractsEnding);
    }
    if (!status) {
        return status;
    }
    return lists;
}

Result<QList<AdviserDay::AppointmentLine>> AdviserDay::week(const Actor& actor, const QDate& monday) const {
    if (Status allowed = require(actor, Permission::ViewPathway); !allowed) {
        return allowed;
    }
    QList<AppointmentLine> lines;
    Reader reader(m_database, actor, 10000); // a week's agenda, whole
    if (Status status = reader.appointments(
            QStringLiteral("a.scheduled_at >= :from AND a.scheduled_at < :to"),
            {{QStringLiteral(":from"), isoDay(monday)}, {QStringLiteral(":to"), isoDay(monday.addDays(7))}},
            &lines);
        !status) {
        return status;
    }
    return lines;
}

} // namespace jalon
