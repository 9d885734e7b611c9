#pragma once

#include <QDialog>

#include "core/services/session.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace MotCua
{
class AuthService;
}

namespace MotCua::Ui
{

// The person changes their own password: the current one, the new one twice, with the policy shown as they type.
// `forced`: after signing in with a temporary password (Session::mustChangePassword), before the main window.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(AuthService &auth, const Session &session, bool forced, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

public slots:
    void accept() override; // changes the password; stays open when the core refuses

private:
    void updateHints();

    AuthService &m_auth;
    Session m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_currentMessage = nullptr;
    QLabel *m_newMessage = nullptr;
    QLabel *m_confirmMessage = nullptr;
    QLabel *m_formMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace MotCua::Ui
