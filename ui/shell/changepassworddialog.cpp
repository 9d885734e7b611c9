#include "ui/shell/changepassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/authservice.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
QLineEdit *passwordEdit(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(AuthService &auth, const Session &session, bool forced, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_session(session)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    auto *intro = new MessageLabel(this);
    intro->setObjectName(u"introLabel"_s);
    intro->setText(forced ? tr("%1, you signed in with a temporary password. Choose your own password now: only you "
                               "should know it.")
                                .arg(session.fullName)
                          : tr("Change the password of %1 (%2).").arg(session.fullName, session.username));

    m_current = passwordEdit(u"currentPassword"_s, tr("Current password"), this);
    m_new = passwordEdit(u"newPassword"_s, tr("New password"), this);
    m_confirm = passwordEdit(u"confirmPassword"_s, tr("Repeat the new password"), this);
    m_currentMessage = new MessageLabel(this);
    m_currentMessage->setObjectName(u"currentPasswordMessage"_s);
    m_newMessage = new MessageLabel(this);
    m_newMessage->setObjectName(u"newPasswordMessage"_s);
    m_confirmMessage = new MessageLabel(this);
    m_confirmMessage->setObjectName(u"confirmPasswordMessage"_s);
    m_formMessage = new MessageLabel(this);
    m_formMessage->setObjectName(u"formMessage"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QLineEdit *edit, QLabel *message) {
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        form->addRow(QString(), message);
    };
    addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current, m_currentMessage);
    addRow(tr("&New password:"), m_new, m_newMessage);
    addRow(tr("&Repeat it:"), m_confirm, m_confirmMessage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(forced ? tr("Sign out") : tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_formMessage);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateHints);
    showHint(m_currentMessage, {});
    showHint(m_formMessage, {});
    updateHints();
    m_current->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::updateHints()
{
    const QString pw = m_new->text();
    const int min = AuthService::kMinPasswordLength;
    if (pw.isEmpty())
        showHint(m_newMessage, {MessageLevel::Info, tr("At least %n characters; a short sentence is easy to remember "
                                                       "and hard to guess.",
                                                       nullptr, min)});
    else if (pw.size() < min)
        showHint(m_newMessage, {MessageLevel::Error,
                                tr("Too short: at least %n characters (%1 typed).", nullptr, min).arg(pw.size())});
    else if (auto policy = AuthService::checkPasswordPolicy(pw); !policy)
        showHint(m_newMessage, {MessageLevel::Error, ErrorText::message(policy.error())});
    else if (pw == m_current->text())
        showHint(m_newMessage, {MessageLevel::Error, tr("The new password must differ from the current one.")});
    else
        showHint(m_newMessage, {MessageLevel::Success, tr("Good: long enough and not a common password.")});
    if (m_confirm->text().isEmpty())
        showHint(m_confirmMessage, {});
    else if (m_confirm->text() != pw)
        showHint(m_confirmMessage, {MessageLevel::Error, tr("The two new passwords differ.")});
    else
        showHint(m_confirmMessage, {MessageLevel::Success, tr("The two new passwords match.")});
    showHint(m_currentMessage, {});
    showHint(m_formMessage, {});
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_confirm->text()) {
        showHint(m_confirmMessage, {MessageLevel::Error, tr("The two new passwords differ.")});
        m_confirm->setFocus();
        return;
    }
    auto result = m_auth.changePassword(m_session, m_current->text(), m_new->text());
    if (!result) {
        const Error &e = result.error();
        if (e.field == u"old_password") {
            showHint(m_currentMessage, {MessageLevel::Error, tr("The current password is wrong.")});
            m_current->selectAll();
            m_current->setFocus();
        } else if (e.field == u"password") {
            showHint(m_newMessage, {MessageLevel::Error, e.message.contains(u"differ")
                                                             ? tr("The new password must differ from the current one.")
                                                             : ErrorText::message(e)});
            m_new->setFocus();
        } else {
            showHint(m_formMessage, {MessageLevel::Error, ErrorText::message(e)});
        }
        return;
    }
    QDialog::accept();
}

} // namespace MotCua::Ui
