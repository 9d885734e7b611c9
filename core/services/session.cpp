#include "core/services/session.h"

namespace MotCua
{

bool Session::can(Permission permission) const
{
    for (Role r : roles) {
        if (roleAllows(r, permission))
            return true;
    }
    return false;
}

QStringList Session::roleKeys() const
{
    QStringList keys;
    for (Role r : roles)
        keys.append(roleKey(r));
    return keys;
}

} // namespace MotCua
