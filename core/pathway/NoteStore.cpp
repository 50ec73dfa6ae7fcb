#include "pathway/NoteStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/Database.h"
#include "pathway/PathwayWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace jalon {

namespace {

const QString kTable = QStringLiteral("notes");
// Private notes of other authors are never read, whatever the caller does with the result.
const QString kSelect = QStringLiteral("SELECT n.id, n.person_id, n.author_id, COALESCE(u.display_name, ''), "
                                       "n.written_on, n.body, n.private FROM notes n "
                                       "LEFT JOIN users u ON u.id = n.author_id "
                                       "WHERE n.deleted = 0 AND (n.private = 0 OR n.author_id = ?) ");

Note fromRow(const QSqlQuery& q) {
    Note n;
    n.id = q.value(0).toString();
    n.personId = q.value(1).toString();
    n.authorId = q.value(2).toString();
    n.authorName = q.value(3).toString();
    n.writtenOn = dayFrom(q.value(4));
    n.body = q.value(5).toString();
    n.isPrivate = q.value(6).toInt() != 0;
    return n;
}

QJsonObject detailsOf(const QString& body) {
    // The timeline shows the note's first line, cut short.
    QString first = body.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.size() > 120) {
        first = first.left(119) + QChar(0x2026);
    }
    return {{QStringLiteral("text"), first}};
}

} // namespace

NoteStore::NoteStore(Database& database)
    : m_database(database) {}

Result<QString> NoteStore::add(const Actor& actor, Note note) {
    PathwayWrite write(m_database, actor, note.personId, Permission::RecordPathway);
    if (note.body.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("NoteStore", "The note is empty."));
    }
    if (!note.writtenOn.isValid() || note.writtenOn > Clock::instance().today()) {
        write.refuse(QCoreApplication::translate("NoteStore",
                                                 "The note's date must be a real day, today or earlier."));
    }
    const QString id = newId();
    write.insert(kTable, id,
                 {{QStringLiteral("person_id"), note.personId},
                  {QStringLiteral("author_id"), actor.userId},
                  {QStringLiteral("written_on"), isoDay(note.writtenOn)},
                  {QStringLiteral("body"), note.body.trimmed()},
                  {QStringLiteral("private"), note.isPrivate ? 1 : 0}});
    write.event(QStringLiteral("note"), QStringLiteral("created"), id, isoDay(note.writtenOn),
                detailsOf(note.body.trimmed()), note.isPrivate ? actor.userId : QString());
    if (Status done = write.commit(); !done) {
        return done;
    }
    return id;
}

Status NoteStore::edit(const Actor& actor, const QString& noteId, const QString& body, bool isPrivate) {
    Result<Note> stored = get(actor, noteId);
    if (!stored) {
        return stored.status();
    }
    PathwayWrite write(m_database, actor, stored->personId, Permission::RecordPathway);
    if (stored->authorId != actor.userId) {
        write.refuse(QCoreApplication::translate("NoteStore", "Only the author of a note may change it."));
    }
    if (body.trimmed().isEmpty()) {
        write.refuse(QCoreApplication::translate("NoteStore", "The note is empty."));
    }
    write.update(kTable, noteId,
                 {{QStringLiteral("body"), body.trimmed()}, {QStringLiteral("private"), isPrivate ? 1 : 0}});
    // The note's events follow its privacy, so that a note made private disappears from others' timelines.
    QSqlQuery events = write.query(
        QStringLiteral("SELECT id FROM pathway_events WHERE entity_id = ? AND deleted = 0"), {noteId});
    QStringList ids;
    while (write.status() && events.next()) {
        ids.append(events.value(0).toString());
    }
    for (const QString& eventId : ids) {
        write.update(
            QStringLiteral("pathway_events"), eventId,
            {{QStringLiteral("private_to"), isPrivate ? QVariant(actor.userId) : QVariant()},
             {QStringLiteral("details"),
              QString::fromUtf8(QJsonDocument(detailsOf(body.trimmed())).toJson(QJsonDocument::Compact))}});
    }
    return write.commit();
}

Result<Note> NoteStore::get(const Actor& actor, const QString& noteId) const {
    Result<QString> owner = ownerOf(m_database, kTable, noteId);
    if (!owner) {
        return owner.status();
    }
    if (Status visible = checkPathwayRead(m_database, actor, owner.value()); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(kSelect + QStringLiteral("AND n.id = ?"));
    q.addBindValue(actor.userId);
    q.addBindValue(noteId);
    if (!q.exec()) {
        return Result<Note>::fail(QCoreApplication::translate("NoteStore", "The note could not be read (%1).")
                                      .arg(q.lastError().text()));
    }
    if (!q.next()) {
        return Result<Note>::fail(
            QCoreApplication::translate("NoteStore", "This note is private to its author."));
    }
    return fromRow(q);
}

Result<QList<Note>> NoteStore::ofPerson(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPathwayRead(m_database, actor, personId); !visible) {
        return visible;
    }
    QSqlQuery q(m_database.sql());
    q.prepare(kSelect + QStringLiteral("AND n.person_id = ? ORDER BY n.written_on"));
    q.addBindValue(actor.userId);
    q.addBindValue(personId);
    if (!q.exec()) {
        return Result<QList<Note>>::fail(
            QCoreApplication::translate("NoteStore", "The notes could not be read (%1).")
                .arg(q.lastError().text()));
    }
    QList<Note> list;
    while (q.next()) {
        list.append(fromRow(q));
    }
    return list;
}

} // namespace jalon
