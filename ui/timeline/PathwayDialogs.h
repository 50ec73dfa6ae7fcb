#pragma once

#include "pathway/Pathway.h"
#include "persons/PersonChoices.h"
#include "security/Actor.h"

#include <QDialog>
#include <QObject>

#include <memory>

namespace jalon {

class Database;
class PathwayFormDialog;

// What a pathway dialog acts on: the database, the acting user and the person.
struct PathwayContext {
    Database* database = nullptr;
    Actor actor;
    QString personId;
};

// Makes the dialogs of the person's pathway tab, ready to run: one to add each kind of record
// (the "Add" menu, PathwayAddDialogs.cpp) and the editor that fits an event of the timeline
// (PathwayEditDialogs.cpp). Each writes through its core store when accepted and stays open with
// core's message when refused. A QObject only for its translation context.
class PathwayDialogs : public QObject {
    Q_OBJECT
public:
    // The kinds the Add menu offers, in its order, with the menu's labels.
    static QList<Choice> addableKinds();
    // The dialog that adds a record of that kind to the person (null for an unknown kind).
    static std::unique_ptr<QDialog> forNew(const PathwayContext& context, const QString& kind,
                                           QWidget* parent);
    // The editor of the event's record, or a read-only view of the event when nothing can be changed.
    static std::unique_ptr<QDialog> forEvent(const PathwayContext& context, const PathwayEvent& event,
                                             QWidget* parent);

private:
    using Form = std::unique_ptr<PathwayFormDialog>;
    static Form entry(const PathwayContext& c, QWidget* parent);
    static Form orientation(const PathwayContext& c, QWidget* parent);
    static Form reorientation(const PathwayContext& c, QWidget* parent);
    static Form contract(const PathwayContext& c, QWidget* parent);
    static Form plan(const PathwayContext& c, QWidget* parent);
    static Form objective(const PathwayContext& c, QWidget* parent);
    static Form action(const PathwayContext& c, QWidget* parent);
    static Form referral(const PathwayContext& c, QWidget* parent);
    static Form note(const PathwayContext& c, QWidget* parent);
    static Form exit(const PathwayContext& c, QWidget* parent);

    static Form details(const PathwayEvent& event, QWidget* parent, const QString& why = {});
    static Form objectiveEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form actionEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form referralEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form reorientationEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form noteEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form contractEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
    static Form planEditor(const PathwayContext& c, const PathwayEvent& event, QWidget* parent);
};

} // namespace jalon
