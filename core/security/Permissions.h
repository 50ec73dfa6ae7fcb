#pragma once

#include "common/Result.h"
#include "security/Actor.h"

namespace jalon {

// What an acting user may do. Checked by core operations, never only by screens.
enum class Permission {
    ViewPersons,          // see the register and people's files
    CreatePerson,         // add a person
    EditPerson,           // change a person's record
    ArchivePerson,        // archive or un-archive a person
    GenerateDemo,         // fill a database with fictional people
    ViewQuestionnaires,   // read the installed diagnostic grids
    ManageQuestionnaires, // install a new version of a grid
    ViewDiagnostics,      // see people's diagnostics and print their summaries
    ConductDiagnostic,    // fill in, validate or discard a person's diagnostic
    ViewPathway,          // see people's pathway timeline and the adviser's day
    RecordPathway,        // record appointments, contracts, action plans, referrals, notes, exits
    OrientPeople,         // open follow-ups, orient and re-orient people, import intake lists
    ViewDirectory,        // search the offer directory and read its service sheets
    ManageDirectory,      // import directory files, add local services, mark them full, annotate them
};

bool isAllowed(const Actor& actor, Permission permission);

// Status::ok() or a refusal that names the role and the operation.
Status require(const Actor& actor, Permission permission);

// Whether the actor may see a person of the given structure (advisers and managers see
// their own structure's people; the administrator sees none of them).
bool canSeeStructure(const Actor& actor, const QString& structureId);

} // namespace jalon
