#include "ui/admin/userdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

UserDialog::UserDialog(AuthService &auth, const Session &admin, Mode mode, const User &user, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_admin(admin), m_mode(mode), m_user(user)
{
    setObjectName(u"userDialog"_s);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Account of %1").arg(user.username));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Temporary password for %1").arg(user.username));
        break;
    }
    auto message = [this](const QString &name) {
        auto *label = new MessageLabel(this);
        label->setObjectName(name);
        showHint(label, {});
        return label;
    };
    auto edit = [this](const QString &name, const QString &accessible) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, QLabel *msg) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        if (msg)
            form->addRow(QString(), msg);
    };

    m_username = edit(u"username"_s, tr("User name"));
    m_username->setText(user.username);
    m_username->setReadOnly(mode != Mode::Create);
    m_usernameMessage = message(u"usernameMessage"_s);
    addRow(tr("&User name:"), m_username, m_usernameMessage);
    if (mode == Mode::Create)
        showHint(m_usernameMessage,
                 {MessageLevel::Info, tr("2 to 32 characters: lower-case letters a-z, digits, '.', '_' or '-'.")});

    if (mode != Mode::ResetPassword) {
        m_fullName = edit(u"fullName"_s, tr("Full name"));
        m_fullName->setText(user.fullName);
        m_fullNameMessage = message(u"fullNameMessage"_s);
        addRow(tr("&Full name:"), m_fullName, m_fullNameMessage);

        auto *rolesBox = new QWidget(this);
        rolesBox->setObjectName(u"roles"_s);
        rolesBox->setAccessibleName(tr("Roles"));
        auto *rolesLayout = new QHBoxLayout(rolesBox);
        rolesLayout->setContentsMargins(0, 0, 0, 0);
        for (Role role : allRoles()) {
            auto *check = new QCheckBox(ErrorText::roleName(role), rolesBox);
            check->setObjectName(u"role_"_s + roleKey(role));
            check->setChecked(user.roles.contains(role));
            rolesLayout->addWidget(check);
            m_roles.append({role, check});
        }
        rolesLayout->addStretch(1);
        m_rolesMessage = message(u"rolesMessage"_s);
        addRow(tr("&Roles:"), rolesBox, m_rolesMessage);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(rolesBox)))
            label->setBuddy(m_roles.first().second);

        m_department = edit(u"department"_s, tr("Department"));
        m_department->setText(user.department);
        addRow(tr("&Department:"), m_department, nullptr);
    }
    if (mode != Mode::Edit) {
        m_password = edit(u"temporaryPassword"_s, tr("Temporary password"));
        m_passwordMessage = message(u"passwordMessage"_s);
        addRow(tr("&Temporary password:"), m_password, m_passwordMessage);
        showHint(m_passwordMessage,
                 {MessageLevel::Info, tr("At least %n characters. Give it to the person; they must choose their own "
                                         "password when they first sign in.",
                                         nullptr, AuthService::kMinPasswordLength)});
    }

    m_formMessage = message(u"formMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create          ? tr("&Create account")
                  : mode == Mode::ResetPassword ? tr("&Set temporary password")
                                                : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formMessage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    (mode == Mode::Create ? m_username : mode == Mode::Edit ? m_fullName : m_password)->setFocus();
}

UserDialog::~UserDialog() = default;

QList<Role> UserDialog::checkedRoles() const
{
    QList<Role> roles;
    for (const auto &[role, check] : m_roles) {
        if (check->isChecked())
            roles.append(role);
    }
    return roles;
}

void UserDialog::clearErrors()
{
    for (QLabel *label : {m_fullNameMessage, m_rolesMessage, m_formMessage}) {
        if (label)
            showHint(label, {});
    }
}

void UserDialog::showError(const Error &error)
{
    const QString text = ErrorText::message(error);
    QLabel *target = m_formMessage;
    QWidget *focus = nullptr;
    if (error.field == u"username" || error.field == u"username_taken") {
        target = m_usernameMessage;
        focus = m_username;
    } else if (error.field == u"full_name" && m_fullNameMessage) {
        target = m_fullNameMessage;
        focus = m_fullName;
    } else if (error.field == u"roles" && m_rolesMessage) {
        target = m_rolesMessage;
    } else if (error.field == u"password" && m_passwordMessage) {
        target = m_passwordMessage;
        focus = m_password;
    }
    if (error.field == u"username_taken")
        showHint(target, {MessageLevel::Error, tr("The user name %1 is already taken.").arg(m_username->text())});
    else if (error.field == u"last_admin")
        showHint(m_rolesMessage ? m_rolesMessage : m_formMessage,
                 {MessageLevel::Error, tr("%1 is the last active administrator: give another person the "
                                          "administrator role first.")
                                           .arg(m_user.username)});
    else if (error.field == u"roles")
        showHint(target, {MessageLevel::Error, tr("Tick at least one role.")});
    else
        showHint(target, {MessageLevel::Error, text});
    if (focus)
        focus->setFocus();
}

void UserDialog::accept()
{
    clearErrors();
    switch (m_mode) {
    case Mode::Create: {
        NewUser user{m_username->text().trimmed().toLower(),
                     m_fullName->text().trimmed(),
                     m_password->text(),
                     checkedRoles(),
                     m_department->text().trimmed(),
                     true};
        auto created = m_auth.createUser(m_admin, user);
        if (!created)
            return showError(created.error());
        m_saved = *created;
        break;
    }
    case Mode::Edit: {
        UserUpdate update;
        update.fullName = m_fullName->text().trimmed();
        update.roles = checkedRoles();
        update.department = m_department->text().trimmed();
        auto updated = m_auth.updateUser(m_admin, m_user.username, update);
        if (!updated)
            return showError(updated.error());
        m_saved = *updated;
        break;
    }
    case Mode::ResetPassword: {
        auto reset = m_auth.resetPassword(m_admin, m_user.username, m_password->text());
        if (!reset)
            return showError(reset.error());
        break;
    }
    }
    QDialog::accept();
}

} // namespace MotCua::Ui
