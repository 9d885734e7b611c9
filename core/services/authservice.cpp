#include "core/services/authservice.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include <argon2.h>

#include <algorithm>

#include <QCollator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace MotCua
{

namespace
{
// Argon2id cost: 3 passes over 64 MiB, one lane (OWASP's second recommended set is 19 MiB x 2; we take the
// stronger one since a counter PC logs in a few times a day). The parameters are kept in each encoded hash.
constexpr uint32_t kTimeCost = 3;
constexpr uint32_t kMemoryKiB = 64 * 1024;
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLength = 16;
constexpr size_t kHashLength = 32;

const auto &authLog()
{
    static const auto log = Log::get("auth");
    return log;
}

QList<Role> rolesFromJson(const QString &json)
{
    QList<Role> roles;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (auto r = roleFromKey(v.toString()))
            roles.append(*r);
    }
    return roles;
}

// The first eight columns of every user query: id, username, full_name, roles, department, active,
// must_change_password, created_at.
User readUser(const Db::Statement &st)
{
    User u;
    u.id = st.text(0);
    u.username = st.text(1);
    u.fullName = st.text(2);
    u.roles = rolesFromJson(st.text(3));
    u.department = st.text(4);
    u.active = st.integer(5) != 0;
    u.mustChangePassword = st.integer(6) != 0;
    u.createdAt = QDateTime::fromString(st.text(7), Qt::ISODate);
    return u;
}
} // namespace

Result<QString> AuthService::hashPassword(const QString &password)
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), int(kSaltLength / 4));
    const QByteArray pw = password.toUtf8();
    const size_t encodedLength =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLength, kHashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, pw.constData(), size_t(pw.size()),
                                         salt.constData(), kSaltLength, kHashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return Error{
            Error::Code::Internal, QStringLiteral("argon2: %1").arg(QLatin1String(argon2_error_message(rc))), {}};
    return QString::fromLatin1(encoded.constData());
}

bool AuthService::verifyPassword(const QString &encoded, const QString &password)
{
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pw = password.toUtf8();
    return argon2id_verify(enc.constData(), pw.constData(), size_t(pw.size())) == ARGON2_OK;
}

namespace
{
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> set;
        QFile f(QStringLiteral(":/motcua/security/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                const QString word = QString::fromUtf8(line).trimmed();
                if (!word.isEmpty() && !word.startsWith(u'#'))
                    set.insert(word);
            }
        }
        return set;
    }();
    return list;
}

// 12345678, abcdefghij, 9876543210: one run up or down.
bool isSequence(const QString &pw)
{
    if (pw.size() < 3)
        return true;
    const int step = pw.at(1).unicode() - pw.at(0).unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 2; i < pw.size(); ++i) {
        if (pw.at(i).unicode() - pw.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

// abcabcabcabc, 12121212: a short block repeated.
bool isRepeatedBlock(const QString &pw)
{
    for (qsizetype len = 1; len <= pw.size() / 2; ++len) {
        if (pw.size() % len)
            continue;
        if (pw == pw.left(len).repeated(pw.size() / len))
            return true;
    }
    return false;
}
} // namespace

Result<void> AuthService::checkPasswordPolicy(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Error::invalid(QStringLiteral("the password must have at least %1 characters").arg(kMinPasswordLength),
                              QStringLiteral("password"));
    if (password.size() > 256)
        return Error::invalid(QStringLiteral("the password is too long (256 characters at most)"),
                              QStringLiteral("password"));
    const QString folded = Text::fold(password).remove(u' ');
    const QString lower = password.toLower().remove(u' ');
    const QSet<QChar> distinct(lower.cbegin(), lower.cend());
    const Error weak{Error::Code::Invalid,
                     QStringLiteral("the password is too easy to guess (a common password or a simple pattern): "
                                    "use a few words or a phrase only you know"),
                     QStringLiteral("password_common")};
    if (commonPasswords().contains(lower) || commonPasswords().contains(folded))
        return weak;
    // A common password with a year or a few digits stuck on (matkhau2026, password!!) is no better.
    QString stem = folded;
    while (!stem.isEmpty() && !stem.back().isLetter())
        stem.chop(1);
    if (stem.size() >= 4 && commonPasswords().contains(stem))
        return weak;
    if (distinct.size() < 4 || isSequence(lower) || isRepeatedBlock(lower))
        return weak;
    return {};
}

Result<void> AuthService::checkUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return Error::invalid(
            QStringLiteral("user names are 2-32 characters: lower-case letters a-z, digits, '.', '_' or '-' (got '%1')")
                .arg(Text::elided(username, 40)),
            QStringLiteral("username"));
    return {};
}

Result<qint64> AuthService::userCount()
{
    return m_store.db().scalarInt(QStringLiteral("SELECT count(*) FROM users"));
}

Result<std::optional<User>> AuthService::findByUsername(const QString &username, QString *passwordHash)
{
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT id, username, full_name, roles, department, active, must_change_password, created_at, password"
        " FROM users WHERE username = ?1 AND username_conflict = 0"));
    if (!st)
        return st.error();
    st->bind(1, username);
    if (!st->next()) {
        if (st->failed())
            return st->lastError();
        return std::optional<User>();
    }
    const User u = readUser(*st);
    if (passwordHash)
        *passwordHash = st->text(8);
    return std::optional<User>(u);
}

Result<std::pair<User, EventDraft>> AuthService::prepareUser(const NewUser &in)
{
    const QString username = in.username.trimmed().toLower();
    if (auto r = checkUsername(username); !r)
        return r.error();
    if (auto r = checkPasswordPolicy(in.password); !r)
        return r.error();
    auto cleanName = Text::cleanText(in.fullName, QStringLiteral("full_name"), QStringLiteral("the full name"), 100);
    if (!cleanName)
        return cleanName.error();
    const QString fullName = *cleanName;
    if (fullName.isEmpty())
        return Error::invalid(QStringLiteral("the full name must have 1-100 characters"), QStringLiteral("full_name"));
    auto department =
        Text::cleanText(in.department, QStringLiteral("department"), QStringLiteral("the department"), 100);
    if (!department)
        return department.error();
    if (in.roles.isEmpty())
        return Error::invalid(QStringLiteral("a user needs at least one role"), QStringLiteral("roles"));
    auto existing = findByUsername(username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{Error::Code::Conflict,
                     QStringLiteral("the user name '%1' is taken").arg(Text::elided(username, 40)),
                     QStringLiteral("username_taken")};
    auto hash = hashPassword(in.password);
    if (!hash)
        return hash.error();

    User u;
    u.id = newUuidV7();
    u.username = username;
    u.fullName = fullName;
    u.roles = in.roles;
    u.department = *department;
    u.mustChangePassword = in.temporaryPassword;
    u.createdAt = QDateTime::currentDateTimeUtc();

    QJsonArray roles;
    for (Role r : in.roles)
        roles.append(roleKey(r));
    QJsonObject payload{{QStringLiteral("username"), u.username},
                        {QStringLiteral("full_name"), u.fullName},
                        {QStringLiteral("roles"), roles},
                        {QStringLiteral("password"), *hash},
                        {QStringLiteral("must_change_password"), u.mustChangePassword},
                        {QStringLiteral("created_at"), Time::toUtcIso(u.createdAt)}};
    if (!u.department.isEmpty())
        payload.insert(QStringLiteral("department"), u.department);
    return std::pair{u, EventDraft{QStringLiteral("user"), u.id, EventType::UserCreated, payload}};
}

Result<User> AuthService::createFirstAdmin(const QString &username, const QString &password, const QString &fullName)
{
    auto count = userCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::conflict(QStringLiteral("the store already has users; ask an administrator for an account"));
    auto prepared = prepareUser({username, fullName, password, {Role::Admin}, {}, false});
    if (!prepared)
        return prepared.error();
    // The first administrator creates itself.
    if (auto r = m_store.commit({prepared->second}, prepared->first.id); !r)
        return r.error();
    authLog()->info("first administrator {} created", prepared->first.id.toStdString());
    return prepared->first;
}

Result<User> AuthService::createUser(const Session &actor, const NewUser &user)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can create accounts"));
    auto prepared = prepareUser(user);
    if (!prepared)
        return prepared.error();
    if (auto r = m_store.commit({prepared->second}, actor.userId); !r)
        return r.error();
    authLog()->info("user {} created by {}", prepared->first.id.toStdString(), actor.userId.toStdString());
    return prepared->first;
}

Result<QList<User>> AuthService::listUsers(const Session &actor)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can list accounts"));
    return selectUsers({}, QStringLiteral("username"));
}

Result<QList<User>> AuthService::listColleagues(const Session &actor)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    auto users = selectUsers(QStringLiteral("active <> 0"), QStringLiteral("full_name, username"));
    if (!users)
        return users;
    // SQLite orders by bytes; people expect Vietnamese alphabetical order of full names.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::stable_sort(users->begin(), users->end(),
                     [&](const User &a, const User &b) { return collator.compare(a.fullName, b.fullName) < 0; });
    return users;
}

Result<QList<User>> AuthService::selectUsers(const QString &condition, const QString &order)
{
    auto st = m_store.db().prepare(
        QStringLiteral(
            "SELECT id, username, full_name, roles, department, active, must_change_password, created_at FROM users") +
        (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition) + QStringLiteral(" ORDER BY ") +
        order);
    if (!st)
        return st.error();
    QList<User> users;
    while (st->next())
        users.append(readUser(*st));
    if (st->failed())
        return st->lastError();
    return users;
}

Result<std::optional<QDateTime>> AuthService::lockedUntil(const QString &username)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT locked_until FROM login_failures WHERE username = ?1"));
    if (!st)
        return st.error();
    st->bind(1, username.trimmed().toLower());
    std::optional<QDateTime> until;
    if (st->next() && !st->isNull(0)) {
        const QDateTime t = QDateTime::fromString(st->text(0), Qt::ISODate);
        if (t > now())
            until = t;
    }
    if (st->failed())
        return st->lastError();
    return until;
}

Result<std::optional<QDateTime>> AuthService::takeAttempt(const QString &username)
{
    // One immediate transaction takes the attempt and checks the lock, so parallel attempts (twelve processes started
    // together) are counted one after another: after kFreeAttempts the rest find the name locked, unchecked.
    // The attempt counts as a failure until the password is proven right (then clearFailures()).
    Db::Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    auto st =
        m_store.db().prepare(QStringLiteral("SELECT failures, locked_until FROM login_failures WHERE username = ?1"));
    if (!st)
        return st.error();
    st->bind(1, username);
    int failures = 0;
    QDateTime lockedUntil;
    if (st->next()) {
        failures = int(st->integer(0));
        if (!st->isNull(1))
            lockedUntil = QDateTime::fromString(st->text(1), Qt::ISODate);
    }
    if (st->failed())
        return st->lastError();
    st = Result<Db::Statement>(Db::Statement());
    if (lockedUntil.isValid() && lockedUntil > now())
        return std::optional<QDateTime>(lockedUntil);
    ++failures;
    QString until;
    if (failures >= kFreeAttempts) {
        const int steps = std::min(failures - kFreeAttempts, 16);
        const qint64 seconds = std::min<qint64>(qint64(kBaseLockSeconds) << steps, kMaxLockSeconds);
        until = Time::toUtcIso(now().addSecs(seconds));
    }
    auto up = m_store.db().prepare(QStringLiteral(
        "INSERT INTO login_failures (username, failures, last_failure, locked_until) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT(username) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure,"
        " locked_until = excluded.locked_until"));
    if (!up)
        return up.error();
    up->bind(1, username).bind(2, failures).bind(3, Time::toUtcIso(now())).bindOptional(4, until);
    if (auto r = up->exec(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    // This attempt was allowed; the failures counted so far (this one included) lock the name for the next ones.
    return std::optional<QDateTime>();
}

Result<void> AuthService::clearFailures(const QString &username)
{
    auto st = m_store.db().prepare(QStringLiteral("DELETE FROM login_failures WHERE username = ?1"));
    if (!st)
        return st.error();
    st->bind(1, username);
    return st->exec();
}

Result<Session> AuthService::authenticate(const QString &username, const QString &password)
{
    const QString name = username.trimmed().toLower();
    if (name.isEmpty())
        return Error{Error::Code::Auth, QStringLiteral("no user name given"), QStringLiteral("username")};
    // A read-only store cannot count attempts; it can still be signed into to read, verify and back it up.
    if (!m_store.isReadOnly()) {
        auto locked = takeAttempt(name);
        if (!locked)
            return locked.error();
        if (*locked) {
            const qint64 minutes = std::max<qint64>(1, (now().secsTo(**locked) + 59) / 60);
            return Error{
                Error::Code::Auth,
                QStringLiteral("too many wrong passwords: this account is locked for %1 more minute(s)").arg(minutes),
                QStringLiteral("locked")};
        }
    }
    QString hash;
    auto found = findByUsername(name, &hash);
    if (!found)
        return found.error();
    // Same message whether the user or the password is wrong.
    const Error wrong = Error::auth(QStringLiteral("wrong user name or password"));
    if (!found->has_value() || !verifyPassword(hash, password)) {
        authLog()->info("login refused{}",
                        found->has_value() ? " for " + (*found)->id.toStdString() : std::string(": unknown user"));
        return wrong;
    }
    const User &u = **found;
    if (!u.active)
        return Error{Error::Code::Auth, QStringLiteral("this account is disabled"), QStringLiteral("disabled")};
    if (!m_store.isReadOnly()) {
        if (auto r = clearFailures(name); !r)
            return r.error();
    }
    Session s;
    s.userId = u.id;
    s.username = u.username;
    s.fullName = u.fullName;
    s.roles = u.roles;
    s.department = u.department;
    s.mustChangePassword = u.mustChangePassword;
    authLog()->info("login {}", u.id.toStdString());
    return s;
}

Result<void> AuthService::changePassword(const Session &actor, const QString &oldPassword, const QString &newPassword)
{
    QString hash;
    auto found = findByUsername(actor.username, &hash);
    if (!found)
        return found.error();
    if (!found->has_value() || !verifyPassword(hash, oldPassword))
        return Error{Error::Code::Auth, QStringLiteral("the current password is wrong"),
                     QStringLiteral("old_password")};
    if (auto r = checkPasswordPolicy(newPassword); !r)
        return r;
    if (newPassword == oldPassword)
        return Error::invalid(QStringLiteral("the new password must differ from the current one"),
                              QStringLiteral("password"));
    auto newHash = hashPassword(newPassword);
    if (!newHash)
        return newHash.error();
    auto events = m_store.commit(
        {{QStringLiteral("user"), actor.userId, EventType::UserPasswordChanged,
          QJsonObject{{QStringLiteral("password"), *newHash}, {QStringLiteral("must_change_password"), false}}}},
        actor.userId);
    if (!events)
        return events.error();
    authLog()->info("password changed by {}", actor.userId.toStdString());
    return {};
}

Result<void> AuthService::resetPassword(const Session &actor, const QString &username, const QString &temporaryPassword)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can reset passwords"));
    auto found = findByUsername(username.trimmed().toLower());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no user '%1'").arg(Text::elided(username, 40)));
    if (auto r = checkPasswordPolicy(temporaryPassword); !r)
        return r;
    auto hash = hashPassword(temporaryPassword);
    if (!hash)
        return hash.error();
    auto events = m_store.commit(
        {{QStringLiteral("user"), (*found)->id, EventType::UserPasswordChanged,
          QJsonObject{{QStringLiteral("password"), *hash}, {QStringLiteral("must_change_password"), true}}}},
        actor.userId);
    if (!events)
        return events.error();
    if (auto r = clearFailures((*found)->username); !r)
        return r;
    return {};
}

Result<User> AuthService::updateUser(const Session &actor, const QString &username, const UserUpdate &update)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can change accounts"));
    auto found = findByUsername(username.trimmed().toLower());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no user '%1'").arg(Text::elided(username, 40)));
    User u = **found;
    if (update.fullName) {
        auto clean =
            Text::cleanText(*update.fullName, QStringLiteral("full_name"), QStringLiteral("the full name"), 100);
        if (!clean)
            return clean.error();
        const QString n = *clean;
        if (n.isEmpty())
            return Error::invalid(QStringLiteral("the full name must have 1-100 characters"),
                                  QStringLiteral("full_name"));
        u.fullName = n;
    }
    if (update.roles) {
        if (update.roles->isEmpty())
            return Error::invalid(QStringLiteral("a user needs at least one role"), QStringLiteral("roles"));
        u.roles = *update.roles;
    }
    if (update.department) {
        auto department =
            Text::cleanText(*update.department, QStringLiteral("department"), QStringLiteral("the department"), 100);
        if (!department)
            return department.error();
        u.department = *department;
    }
    if (update.active)
        u.active = *update.active;
    // Never leave the commune without an administrator.
    const bool wasAdmin = (*found)->roles.contains(Role::Admin) && (*found)->active;
    const bool staysAdmin = u.roles.contains(Role::Admin) && u.active;
    if (wasAdmin && !staysAdmin) {
        auto admins = m_store.db().scalarInt(
            QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND roles LIKE '%\"admin\"%'"));
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error{Error::Code::Conflict, QStringLiteral("'%1' is the last active administrator").arg(u.username),
                         QStringLiteral("last_admin")};
    }
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(roleKey(r));
    const QJsonObject payload{{QStringLiteral("full_name"), u.fullName},
                              {QStringLiteral("roles"), roles},
                              {QStringLiteral("department"), u.department},
                              {QStringLiteral("active"), u.active}};
    auto events = m_store.commit({{QStringLiteral("user"), u.id, EventType::UserUpdated, payload}}, actor.userId);
    if (!events)
        return events.error();
    authLog()->info("user {} updated by {}", u.id.toStdString(), actor.userId.toStdString());
    return u;
}

Result<User> AuthService::renameUser(const Session &actor, const QString &who, const QString &newUsername)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can rename accounts"));
    const QString name = newUsername.trimmed().toLower();
    if (auto r = checkUsername(name); !r)
        return r.error();
    auto users = selectUsers(QStringLiteral("1"), QStringLiteral("username"));
    if (!users)
        return users.error();
    auto target = std::find_if(users->begin(), users->end(), [&](const User &u) { return u.id == who.trimmed(); });
    if (target == users->end()) {
        auto holder = findByUsername(who.trimmed().toLower());
        if (!holder)
            return holder.error();
        if (!holder->has_value())
            return Error::notFound(QStringLiteral("no user '%1'").arg(Text::elided(who, 40)));
        target = std::find_if(users->begin(), users->end(), [&](const User &u) { return u.id == (*holder)->id; });
    }
    auto taken = findByUsername(name);
    if (!taken)
        return taken.error();
    if (taken->has_value() && (*taken)->id != target->id)
        return Error{Error::Code::Conflict, QStringLiteral("the user name '%1' is taken").arg(name),
                     QStringLiteral("username_taken")};
    auto events = m_store.commit(
        {{QStringLiteral("user"), target->id, EventType::UserRenamed,
          QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("previous"), target->username}}}},
        actor.userId);
    if (!events)
        return events.error();
    authLog()->info("user {} renamed by {}", target->id.toStdString(), actor.userId.toStdString());
    User u = *target;
    u.username = name;
    return u;
}

} // namespace MotCua
