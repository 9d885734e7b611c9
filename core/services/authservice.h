#pragma once

#include "core/services/session.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace MotCua
{

class Store;

struct User
{
    QString id;
    QString username;
    QString fullName;
    QList<Role> roles;
    QString department;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
};

// What an administrator may change about an account (unset fields stay as they are).
struct UserUpdate
{
    std::optional<QString> fullName;
    std::optional<QList<Role>> roles;
    std::optional<QString> department;
    std::optional<bool> active;
};

struct NewUser
{
    QString username;
    QString fullName;
    QString password;
    QList<Role> roles;
    QString department;
    bool temporaryPassword = false; // the person must change it at first login
};

// Accounts: Argon2id password hashes, users as events, sessions for the UI and the CLI.
class AuthService
{
public:
    explicit AuthService(Store &store) : m_store(store) {}

    static constexpr int kMinPasswordLength = 10;

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &encoded, const QString &password);
    // At least kMinPasswordLength characters, not a common password (resources/security/common-passwords.txt, also
    // with digits or signs added at the end), at least 4 different characters, not a run (12345678...) or a
    // repeated block. Applied wherever a password is set: init, the setup dialog, new users, resets, changes.
    static Result<void> checkPasswordPolicy(const QString &password);
    static Result<void> checkUsername(const QString &username);

    Result<qint64> userCount();
    // The first administrator of a new store; refused once any user exists.
    Result<User> createFirstAdmin(const QString &username, const QString &password, const QString &fullName);
    Result<User> createUser(const Session &actor, const NewUser &user);
    Result<QList<User>> listUsers(const Session &actor);
    // The active people of the commune (id, user name, full name, roles, department), ordered by full name: whom a
    // dossier can be handed to. Anyone who may view dossiers may list them.
    Result<QList<User>> listColleagues(const Session &actor);

    // Offline login against the local store. After kFreeAttempts failures in a row the name is locked for
    // kBaseLockSeconds, doubling with each further failure up to kMaxLockSeconds; a success resets it.
    Result<Session> authenticate(const QString &username, const QString &password);
    static constexpr int kFreeAttempts = 5;
    static constexpr int kBaseLockSeconds = 60;
    static constexpr int kMaxLockSeconds = 3600;
    // When the name is locked, until when.
    Result<std::optional<QDateTime>> lockedUntil(const QString &username);

    // The person changes their own password (required after a temporary one).
    Result<void> changePassword(const Session &actor, const QString &oldPassword, const QString &newPassword);
    // An administrator sets a temporary password that must be changed at the next login.
    Result<void> resetPassword(const Session &actor, const QString &username, const QString &temporaryPassword);
    // Gives an account another user name (administrators): `who` is a user id, or the user name of the account
    // that holds it. The way out when two counters created the same user name offline (ConflictKind::Username).
    Result<User> renameUser(const Session &actor, const QString &who, const QString &newUsername);
    // Roles, department, name, enabled: administrators only; the last active administrator stays one.
    Result<User> updateUser(const Session &actor, const QString &username, const UserUpdate &update);

    // Test seam: the clock used for lockouts.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The drafts for a UserCreated event (used by the setup service to commit it with the catalog).
    Result<std::pair<User, EventDraft>> prepareUser(const NewUser &user);

private:
    // The users matching `condition` (constant SQL, no user input), in `order`.
    Result<QList<User>> selectUsers(const QString &condition, const QString &order);
    Result<std::optional<User>> findByUsername(const QString &username, QString *passwordHash = nullptr);
    // Counts one sign-in attempt for `username` and checks the lock, atomically; the lock's end when locked.
    Result<std::optional<QDateTime>> takeAttempt(const QString &username);
    Result<void> clearFailures(const QString &username);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Store &m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace MotCua
