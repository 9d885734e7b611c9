#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>
#include <optional>

#include "core/services/session.h"

namespace MotCua
{
class AuthService;
class Store;
struct Error;
} // namespace MotCua

namespace MotCua::Ui
{

namespace Ui
{
class LoginDialog;
}

// Signs a person in with AuthService; a wrong password keeps the dialog open with a clear message.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(Store &store, const QString &username, QWidget *parent = nullptr);
    ~LoginDialog() override;

    const std::optional<Session> &session() const { return m_session; }
    // "Too many wrong passwords: locked until 14:05 (3 more minutes)…" (an invalid `until`: no time known).
    static QString lockedMessage(const QDateTime &until);
    // The sentence for a failed AuthService::authenticate of `username` (wrong password, locked, disabled...).
    static QString failureText(AuthService &auth, const QString &username, const Error &error);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Store &m_store;
    std::optional<Session> m_session;
};

} // namespace MotCua::Ui
