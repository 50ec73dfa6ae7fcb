#pragma once

#include <QString>

namespace jalon {

// The roles of DOMAIN.md. Stored by code in users.role.
enum class Role { Adviser, OrientationOfficer, StructureManager, Administrator };

QString roleCode(Role role);
bool roleFromCode(const QString& code, Role* role);
QString roleLabel(Role role); // translated, for messages and screens

// The acting user, passed to every core operation on personal data so that permission
// is checked in core, whatever the caller (GUI, CLI, worker).
struct Actor {
    QString userId;
    Role role = Role::Adviser;
    QString structureId;
    QString displayName;
};

} // namespace jalon
