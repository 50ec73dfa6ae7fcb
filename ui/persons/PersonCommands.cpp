#include "persons/PersonCommands.h"

#include "persons/PersonStore.h"

#include <QCoreApplication>

namespace jalon {

namespace {
QString nameOf(const Person& p) {
    return p.firstName + QLatin1Char(' ') + p.lastName;
}
} // namespace

PersonCommand::PersonCommand(PersonCommandContext context, QString personId, const QString& text)
    : QUndoCommand(text)
    , m_context(std::move(context))
    , m_personId(std::move(personId)) {}

void PersonCommand::redo() {
    if (m_done) { // the operation itself was done before the push
        return;
    }
    if (apply(true)) {
        m_done = true;
    }
}

void PersonCommand::undo() {
    if (!m_done) {
        return;
    }
    if (apply(false)) {
        m_done = false;
    }
}

bool PersonCommand::report(const QString& error) {
    if (error.isEmpty()) {
        if (m_context.changed) {
            m_context.changed(m_personId);
        }
        return true;
    }
    setObsolete(true); // the stack drops a command that can no longer be replayed
    if (m_context.failed) {
        m_context.failed(error);
    }
    return false;
}

CreatePersonCommand::CreatePersonCommand(PersonCommandContext context, const Person& created)
    : PersonCommand(std::move(context), created.id,
                    QCoreApplication::translate("PersonCommands", "create %1").arg(nameOf(created))) {}

bool CreatePersonCommand::apply(bool forward) {
    const Status status = forward ? m_context.store->restore(m_context.actor, m_personId)
                                  : m_context.store->remove(m_context.actor, m_personId);
    return report(status.error());
}

EditPersonCommand::EditPersonCommand(PersonCommandContext context, Person before, Person after)
    : PersonCommand(std::move(context), after.id,
                    QCoreApplication::translate("PersonCommands", "edit %1").arg(nameOf(after)))
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

bool EditPersonCommand::apply(bool forward) {
    return report(m_context.store->update(m_context.actor, forward ? m_after : m_before).error());
}

ArchivePersonCommand::ArchivePersonCommand(PersonCommandContext context, const Person& person, bool archived)
    : PersonCommand(std::move(context), person.id,
                    archived
                        ? QCoreApplication::translate("PersonCommands", "archive %1").arg(nameOf(person))
                        : QCoreApplication::translate("PersonCommands", "restore %1").arg(nameOf(person)))
    , m_archived(archived) {}

bool ArchivePersonCommand::apply(bool forward) {
    return report(
        m_context.store->setArchived(m_context.actor, m_personId, forward ? m_archived : !m_archived)
            .error());
}

} // namespace jalon
