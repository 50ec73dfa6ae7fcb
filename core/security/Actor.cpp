#include "security/Actor.h"

#include <QCoreApplication>

namespace jalon {

QString roleCode(Role role) {
    switch (role) {
    case Role::Adviser:
        return QStringLiteral("adviser");
    case Role::OrientationOfficer:
        return QStringLiteral("orientation_officer");
    case Role::StructureManager:
        return QStringLiteral("structure_manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

bool roleFromCode(const QString& code, Role* role) {
    for (Role candidate :
         {Role::Adviser, Role::OrientationOfficer, Role::StructureManager, Role::Administrator}) {
        if (roleCode(candidate) == code) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Adviser:
        return QCoreApplication::translate("Role", "adviser");
    case Role::OrientationOfficer:
        return QCoreApplication::translate("Role", "orientation officer");
    case Role::StructureManager:
        return QCoreApplication::translate("Role", "structure manager");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "administrator");
    }
    return {};
}

} // namespace jalon
