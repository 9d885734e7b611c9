#include "app/cli/common.h"

#include "core/services/authservice.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

QList<Role> rolesOf(const Args &a)
{
    QList<Role> roles;
    for (const QString &r : a.all(QStringLiteral("--role"))) {
        const auto role = roleFromKey(r);
        if (!role)
            throw Failure{
                kBadInput,
                QStringLiteral("unknown role '%1'; known: receptionist, specialist, leader, clerk, admin").arg(r)};
        roles.append(*role);
    }
    return roles;
}

int cmdUserAdd(const Args &a, Output &out)
{
    expectPositional(a, 3,
                     QStringLiteral("user add NAME --role ROLE [--role ROLE] [--full-name NAME] [--department D] "
                                    "[--temporary-password]  (the new user's password on stdin)"));
    NewUser nu;
    nu.username = a.positional.at(2);
    nu.fullName = a.value(QStringLiteral("--full-name"));
    if (nu.fullName.isEmpty())
        nu.fullName = nu.username;
    nu.department = a.value(QStringLiteral("--department"));
    nu.temporaryPassword = a.has(QStringLiteral("--temporary-password"));
    nu.roles = rolesOf(a);
    if (nu.roles.isEmpty())
        throw UsageError(QStringLiteral("user add needs at least one --role"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    // The acting user's password comes from the environment; the new user's from standard input.
    nu.password = readLineFromStdin();
    const User u = unwrap(AuthService(*store).createUser(session, nu));
    if (out.json()) {
        QJsonArray roles;
        for (Role r : u.roles)
            roles.append(roleKey(r));
        out.line(
            {{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}, {QStringLiteral("roles"), roles}});
    } else {
        out.text(tr("User %1 created").arg(u.username));
    }
    return kOk;
}

int cmdUserPasswd(const Args &a, Output &out)
{
    expectPositional(
        a, 2, QStringLiteral("user passwd  (the current password as usual; the new one on the next line of stdin)"));
    auto store = openStore(a);
    QString current;
    const Session session = login(*store, a, &current, /*allowTemporary=*/true);
    const QString next = readLineFromStdin();
    if (next.isEmpty())
        throw Failure{kBadInput, QStringLiteral("no new password on standard input")};
    unwrap(AuthService(*store).changePassword(session, current, next));
    if (out.json())
        out.line({{QStringLiteral("username"), session.username}, {QStringLiteral("changed"), true}});
    else
        out.text(tr("Password of %1 changed").arg(session.username));
    return kOk;
}

int cmdUserReset(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("user reset NAME  (the temporary password on stdin)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QString temporary = readLineFromStdin();
    unwrap(AuthService(*store).resetPassword(session, a.positional.at(2), temporary));
    if (out.json())
        out.line({{QStringLiteral("username"), a.positional.at(2)}, {QStringLiteral("must_change_password"), true}});
    else
        out.text(tr("Temporary password set for %1; it must be changed at the next sign-in").arg(a.positional.at(2)));
    return kOk;
}

int cmdUserSet(const Args &a, Output &out)
{
    expectPositional(
        a, 3, QStringLiteral("user set NAME [--role ROLE]... [--full-name N] [--department D] [--disable|--enable]"));
    UserUpdate update;
    if (a.has(QStringLiteral("--role")))
        update.roles = rolesOf(a);
    if (a.has(QStringLiteral("--full-name")))
        update.fullName = a.value(QStringLiteral("--full-name"));
    if (a.has(QStringLiteral("--department")))
        update.department = a.value(QStringLiteral("--department"));
    if (a.has(QStringLiteral("--disable")) && a.has(QStringLiteral("--enable")))
        throw UsageError(QStringLiteral("--disable and --enable exclude each other"));
    if (a.has(QStringLiteral("--disable")))
        update.active = false;
    if (a.has(QStringLiteral("--enable")))
        update.active = true;
    auto store = openStore(a);
    const Session session = login(*store, a);
    const User u = unwrap(AuthService(*store).updateUser(session, a.positional.at(2), update));
    QStringList roles;
    for (Role r : u.roles)
        roles.append(roleKey(r));
    if (out.json())
        out.line({{QStringLiteral("username"), u.username},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                  {QStringLiteral("active"), u.active},
                  {QStringLiteral("full_name"), u.fullName}});
    else
        out.text(tr("User %1: %2%3").arg(u.username, roles.join(u','), u.active ? QString() : tr(" (disabled)")));
    return kOk;
}

int cmdUserList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("user list [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<User> users = unwrap(AuthService(*store).listUsers(session));
    QList<QStringList> rows;
    for (const User &u : users) {
        QStringList roles;
        for (Role r : u.roles)
            roles.append(roleKey(r));
        if (out.json())
            out.line({{QStringLiteral("id"), u.id},
                      {QStringLiteral("username"), u.username},
                      {QStringLiteral("full_name"), u.fullName},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                      {QStringLiteral("active"), u.active}});
        rows.append({u.username, u.fullName, roles.join(u',')});
    }
    if (!out.json())
        out.table({tr("User"), tr("Full name"), tr("Roles")}, rows);
    return kOk;
}

int cmdUserRename(const Args &a, Output &out)
{
    expectPositional(a, 4, QStringLiteral("user rename NAME_OR_ID NEW_NAME"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const User u = unwrap(AuthService(*store).renameUser(session, a.positional.at(2), a.positional.at(3)));
    if (out.json())
        out.line({{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}});
    else
        out.text(tr("User %1 is now %2").arg(u.fullName, u.username));
    return kOk;
}

} // namespace

QList<Command> userCommands()
{
    const QStringList account{QStringLiteral("--role"), QStringLiteral("--full-name"), QStringLiteral("--department")};
    return {
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add NAME --role ROLE... [--full-name N] [--department D] [--temporary-password]  "
                        "(the new user's password on stdin)"),
         account,
         {QStringLiteral("--temporary-password")},
         cmdUserAdd},
        {{QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("user list [--json]"), {}, {}, cmdUserList},
        {{QStringLiteral("user"), QStringLiteral("rename")},
         QStringLiteral("user rename NAME_OR_ID NEW_NAME"),
         {},
         {},
         cmdUserRename},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         QStringLiteral("user passwd  (the current password as usual; the new one on the next line of stdin)"),
         {},
         {},
         cmdUserPasswd},
        {{QStringLiteral("user"), QStringLiteral("reset")},
         QStringLiteral("user reset NAME  (the temporary password on stdin)"),
         {},
         {},
         cmdUserReset},
        {{QStringLiteral("user"), QStringLiteral("set")},
         QStringLiteral("user set NAME [--role ROLE]... [--full-name N] [--department D] [--disable|--enable]"),
         account,
         {QStringLiteral("--disable"), QStringLiteral("--enable")},
         cmdUserSet},
    };
}

} // namespace MotCua::Cli
