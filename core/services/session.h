#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/domain/roles.h"

namespace MotCua
{

// An authenticated person: every event they cause names them.
struct Session
{
    QString userId;
    QString username;
    QString fullName;
    QList<Role> roles;
    QString department; // as the account said at sign-in: a dossier handed to this department is also theirs
    bool mustChangePassword = false;

    bool can(Permission permission) const;
    bool hasRole(Role role) const { return roles.contains(role); }
    QStringList roleKeys() const;
};

} // namespace MotCua
