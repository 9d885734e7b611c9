#pragma once

#include <QDialog>

#include <optional>

#include "core/services/authservice.h"
#include "core/services/session.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace MotCua::Ui
{

// An administrator creates an account (with a temporary password), edits one (full name, roles, department), or
// sets a temporary password. AuthService judges; its errors are shown next to the field they concern.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    enum class Mode {
        Create,
        Edit,
        ResetPassword,
    };

    // `user` is the account to edit or reset (ignored for Create).
    UserDialog(AuthService &auth, const Session &admin, Mode mode, const User &user = {}, QWidget *parent = nullptr);
    ~UserDialog() override;

    // The account as saved (Create, Edit).
    const std::optional<User> &savedUser() const { return m_saved; }

public slots:
    void accept() override; // saves; stays open when the core refuses

private:
    void clearErrors();
    void showError(const Error &error);
    QList<Role> checkedRoles() const;

    AuthService &m_auth;
    Session m_admin;
    Mode m_mode;
    User m_user;
    std::optional<User> m_saved;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_password = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    QLabel *m_usernameMessage = nullptr;
    QLabel *m_fullNameMessage = nullptr;
    QLabel *m_rolesMessage = nullptr;
    QLabel *m_passwordMessage = nullptr;
    QLabel *m_formMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace MotCua::Ui
