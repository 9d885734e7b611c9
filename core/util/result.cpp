#include "core/util/result.h"

namespace MotCua
{

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Invalid:
        return QStringLiteral("invalid");
    case Error::Code::NotFound:
        return QStringLiteral("not_found");
    case Error::Code::Conflict:
        return QStringLiteral("conflict");
    case Error::Code::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Code::Auth:
        return QStringLiteral("auth");
    case Error::Code::Db:
        return QStringLiteral("db");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::Corrupt:
        return QStringLiteral("corrupt");
    case Error::Code::ReadOnly:
        return QStringLiteral("read_only");
    case Error::Code::Network:
        return QStringLiteral("network");
    case Error::Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace MotCua
