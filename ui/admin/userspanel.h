#pragma once

#include <QWidget>

#include "core/services/authservice.h"
#include "core/services/session.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace MotCua::Ui
{

// Administration, "Users" tab: the accounts of the commune and what an administrator does with them.
class UsersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)

public:
    enum Column {
        UsernameColumn,
        FullNameColumn,
        RolesColumn,
        DepartmentColumn,
        StatusColumn,
        ColumnCount,
    };

    UsersPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~UsersPanel() override;

    QTableWidget *table() const { return m_table; }
    void reload();
    // The account on the selected row, if any.
    std::optional<User> selectedUser() const;
    // Opens the form (window-modal, not blocking); returns it for tests.
    class UserDialog *addUser();
    class UserDialog *editUser();
    class UserDialog *resetPassword();
    void toggleActive();

private:
    void updateButtons();
    void showResult(const QString &text, bool error);

    AuthService m_auth;
    Session m_session;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
