#include "ui/admin/userspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/admin/userdialog.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

UsersPanel::UsersPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_auth(store), m_session(session)
{
    setObjectName(u"usersPanel"_s);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Roles"), tr("Department"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&New account…"), this);
    m_add->setObjectName(u"addUserButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editUserButton"_s);
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(u"toggleUserButton"_s);
    m_reset = new QPushButton(tr("&Temporary password…"), this);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"usersMessage"_s);
    showHint(m_message, {});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { addUser(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editUser(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetPassword(); });
    connect(m_toggle, &QPushButton::clicked, this, &UsersPanel::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editUser(); });
    reload();
}

UsersPanel::~UsersPanel() = default;

void UsersPanel::reload()
{
    const QString selected = selectedUser() ? selectedUser()->username : QString();
    auto users = m_auth.listUsers(m_session);
    if (!users) {
        m_users.clear();
        m_table->setRowCount(0);
        showResult(ErrorText::message(users.error()), true);
        updateButtons();
        return;
    }
    m_users = *users;
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        QStringList roles;
        for (Role r : u.roles)
            roles.append(ErrorText::roleName(r));
        QString status = u.active ? tr("Active") : tr("Disabled");
        if (u.active && u.mustChangePassword)
            status = tr("Active, must change the temporary password");
        const QStringList cells{u.username, u.fullName, roles.join(u", "_s), u.department, status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!u.active) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_table->setItem(row, c, item);
        }
        if (u.username == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

std::optional<User> UsersPanel::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_users.at(row);
}

void UsersPanel::updateButtons()
{
    const auto user = selectedUser();
    m_edit->setEnabled(user.has_value());
    m_reset->setEnabled(user.has_value());
    m_toggle->setEnabled(user.has_value());
    m_toggle->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
}

void UsersPanel::showResult(const QString &text, bool error)
{
    showHint(m_message, {error ? MessageLevel::Error : MessageLevel::Success, text});
}

UserDialog *UsersPanel::addUser()
{
    auto *dialog = new UserDialog(m_auth, m_session, UserDialog::Mode::Create, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->savedUser())
            showResult(tr("Account %1 created. Give the temporary password to %2.")
                           .arg(dialog->savedUser()->username, dialog->savedUser()->fullName),
                       false);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

UserDialog *UsersPanel::editUser()
{
    const auto user = selectedUser();
    if (!user)
        return nullptr;
    auto *dialog = new UserDialog(m_auth, m_session, UserDialog::Mode::Edit, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = user->username] {
        reload();
        showResult(tr("Account %1 saved.").arg(name), false);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

UserDialog *UsersPanel::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return nullptr;
    auto *dialog = new UserDialog(m_auth, m_session, UserDialog::Mode::ResetPassword, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = user->username] {
        reload();
        showResult(tr("Temporary password set for %1: they must change it when they sign in.").arg(name), false);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void UsersPanel::toggleActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserUpdate update;
    update.active = !user->active;
    auto result = m_auth.updateUser(m_session, user->username, update);
    if (!result) {
        const Error &e = result.error();
        if (e.field == u"last_admin")
            showResult(tr("%1 is the last active administrator and cannot be disabled: give another person the "
                          "administrator role first.")
                           .arg(user->username),
                       true);
        else
            showResult(ErrorText::message(e), true);
        return;
    }
    reload();
    showResult(result->active ? tr("Account %1 enabled.").arg(user->username)
                              : tr("Account %1 disabled: it can no longer sign in.").arg(user->username),
               false);
}

} // namespace MotCua::Ui
