#pragma once

#include "services/session.h"
#include "store/event.h"
#include "util/result.h"

#include <QDateTime>

namespace MotCua {

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

    static constexpr int kMinPasswordLength = 8;

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &encoded, const QString &password);
    static Result<void> checkPasswordPolicy(const QString &password);
    static Result<void> checkUsername(const QString &username);

    Result<qint64> userCount();
    // The first administrator of a new store; refused once any user exists.
    Result<User> createFirstAdmin(const QString &username, const QString &password, const QString &fullName);
    Result<User> createUser(const Session &actor, const NewUser &user);
    Result<QList<User>> listUsers(const Session &actor);

    Result<Session> authenticate(const QString &username, const QString &password);

    // The drafts for a UserCreated event (used by the setup service to commit it with the catalog).
    Result<std::pair<User, EventDraft>> prepareUser(const NewUser &user);

private:
    Result<std::optional<User>> findByUsername(const QString &username, QString *passwordHash = nullptr);

    Store &m_store;
};

} // namespace MotCua
