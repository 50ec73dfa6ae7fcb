#pragma once

#include "persons/Person.h"
#include "security/Actor.h"

#include <QUndoCommand>

#include <functional>

namespace jalon {

class PersonStore;

// What the person undo commands need: the store, who acts, and whom to tell.
struct PersonCommandContext {
    PersonStore* store = nullptr;
    Actor actor;
    std::function<void(const QString& personId)> changed;
    std::function<void(const QString& message)> failed;
};

// Undo commands for the register, one class per kind of edit. Each is pushed after its
// operation succeeded in core, so its first redo() does nothing; later undo()/redo() replay
// the change through PersonStore (permission checks and change log included).
class PersonCommand : public QUndoCommand {
public:
    PersonCommand(PersonCommandContext context, QString personId, const QString& text);
    void undo() final;
    void redo() final;

protected:
    virtual bool apply(bool forward) = 0; // false: core refused, context.failed was told
    bool report(const QString& error);
    PersonCommandContext m_context;
    QString m_personId;

private:
    bool m_done = true;
};

// Creating a person: undo tombstones the new record, redo brings it back.
class CreatePersonCommand final : public PersonCommand {
public:
    CreatePersonCommand(PersonCommandContext context, const Person& created);

private:
    bool apply(bool forward) override;
};

// Editing a record: undo writes the previous content back, redo the new one.
class EditPersonCommand final : public PersonCommand {
public:
    EditPersonCommand(PersonCommandContext context, Person before, Person after);

private:
    bool apply(bool forward) override;
    Person m_before;
    Person m_after;
};

// Archiving or restoring a record.
class ArchivePersonCommand final : public PersonCommand {
public:
    ArchivePersonCommand(PersonCommandContext context, const Person& person, bool archived);

private:
    bool apply(bool forward) override;
    bool m_archived;
};

} // namespace jalon
