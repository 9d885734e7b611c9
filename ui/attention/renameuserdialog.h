#pragma once

#include <QDialog>

#include <optional>

#include "core/services/authservice.h"
#include "core/services/session.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace MotCua::Ui
{

// An administrator gives an account another user name (AuthService::renameUser): the way out when two counters
// created the same user name offline. The new name is checked as it is typed; the core judges.
class RenameUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameUserDialog)

public:
    // `userId`: the account to rename; `username`: its user name now; `about`: a sentence saying whose account it is.
    RenameUserDialog(AuthService &auth, const Session &admin, const QString &userId, const QString &username,
                     const QString &about, QWidget *parent = nullptr);
    ~RenameUserDialog() override;

    const std::optional<User> &renamed() const { return m_renamed; }
    QLineEdit *usernameEdit() const { return m_username; }

public slots:
    void accept() override; // renames; stays open when the core refuses

private:
    void validate();

    AuthService &m_auth;
    Session m_admin;
    QString m_userId;
    QString m_current;
    std::optional<User> m_renamed;
    QLineEdit *m_username = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace MotCua::Ui
