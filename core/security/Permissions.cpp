#include "security/Permissions.h"

#include <QCoreApplication>

namespace jalon {

namespace {

QString operationLabel(Permission permission) {
    switch (permission) {
    case Permission::ViewPersons:
        return QCoreApplication::translate("Permission", "see people's files");
    case Permission::CreatePerson:
        return QCoreApplication::translate("Permission", "add a person");
    case Permission::EditPerson:
        return QCoreApplication::translate("Permission", "change a person's record");
    case Permission::ArchivePerson:
        return QCoreApplication::translate("Permission", "archive a person");
    case Permission::GenerateDemo:
        return QCoreApplication::translate("Permission", "create demonstration data");
    case Permission::ViewQuestionnaires:
        return QCoreApplication::translate("Permission", "see the diagnostic grids");
    case Permission::ManageQuestionnaires:
        return QCoreApplication::translate("Permission", "install a diagnostic grid");
    case Permission::ViewDiagnostics:
        return QCoreApplication::translate("Permission", "see people's diagnostics");
    case Permission::ConductDiagnostic:
        return QCoreApplication::translate("Permission", "fill in a diagnostic");
    case Permission::ViewPathway:
        return QCoreApplication::translate("Permission", "see people's pathways");
    case Permission::RecordPathway:
        return QCoreApplication::translate("Permission", "record a step of a person's pathway");
    case Permission::OrientPeople:
        return QCoreApplication::translate("Permission", "orient people");
    case Permission::ViewDirectory:
        return QCoreApplication::translate("Permission", "search the offer directory");
    case Permission::ManageDirectory:
        return QCoreApplication::translate("Permission", "update the offer directory");
    }
    return {};
}

} // namespace

bool isAllowed(const Actor& actor, Permission permission) {
    switch (permission) {
    case Permission::ViewPersons:
    case Permission::CreatePerson:
    case Permission::EditPerson:
    case Permission::ViewDiagnostics:
    case Permission::ConductDiagnostic:
    case Permission::ViewPathway:
    case Permission::OrientPeople:
        // The administrator manages accounts and referentials, not people's files.
        return actor.role != Role::Administrator;
    case Permission::ArchivePerson:
    case Permission::RecordPathway:
        return actor.role == Role::Adviser || actor.role == Role::StructureManager;
    case Permission::GenerateDemo:
        return actor.role == Role::Administrator || actor.role == Role::StructureManager ||
               actor.role == Role::Adviser;
    case Permission::ViewQuestionnaires:
    case Permission::ViewDirectory:
        return true;
    case Permission::ManageDirectory:
        return actor.role == Role::Adviser || actor.role == Role::StructureManager;
    case Permission::ManageQuestionnaires:
        return actor.role == Role::Administrator;
    }
    return false;
}

Status require(const Actor& actor, Permission permission) {
    if (isAllowed(actor, permission)) {
        return Status::ok();
    }
    return Status::fail(QCoreApplication::translate("Permission", "Your role (%1) does not allow you to %2.")
                            .arg(roleLabel(actor.role), operationLabel(permission)));
}

bool canSeeStructure(const Actor& actor, const QString& structureId) {
    return actor.role != Role::Administrator && actor.structureId == structureId;
}

} // namespace jalon
