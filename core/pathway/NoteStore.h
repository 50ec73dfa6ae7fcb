#pragma once

#include "common/Result.h"
#include "pathway/Pathway.h"
#include "security/Actor.h"

namespace jalon {

class Database;

// Notes on a person's file. A private note is seen by its author only: every read here filters
// on the actor, and its timeline event carries the author so the timeline filters it too.
class NoteStore {
public:
    explicit NoteStore(Database& database);

    Result<QString> add(const Actor& actor, Note note);
    // Only the author may change a note's text or privacy.
    Status edit(const Actor& actor, const QString& noteId, const QString& body, bool isPrivate);

    Result<Note> get(const Actor& actor, const QString& noteId) const;
    Result<QList<Note>> ofPerson(const Actor& actor, const QString& personId) const;

private:
    Database& m_database;
};

} // namespace jalon
