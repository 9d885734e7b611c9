#include "ui/attention/renameuserdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

RenameUserDialog::RenameUserDialog(AuthService &auth, const Session &admin, const QString &userId,
                                   const QString &username, const QString &about, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_admin(admin), m_userId(userId), m_current(username)
{
    setObjectName(u"renameUserDialog"_s);
    setWindowTitle(tr("Rename the account %1").arg(username));
    auto *intro = new MessageLabel(this);
    intro->setObjectName(u"renameAbout"_s);
    intro->setText(about);
    m_username = new QLineEdit(this);
    m_username->setObjectName(u"newUsername"_s);
    m_username->setAccessibleName(tr("New user name"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"renameMessage"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&New user name:"), this);
    label->setBuddy(m_username);
    form->addRow(label, m_username);
    form->addRow(QString(), m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenameUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RenameUserDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &RenameUserDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    //: Placeholder of the new user name: the old one with something added
    m_username->setPlaceholderText(tr("for example %1.hai or %1.tn").arg(username));
    m_username->setFocus();
    validate();
}

RenameUserDialog::~RenameUserDialog() = default;

void RenameUserDialog::validate()
{
    const QString name = m_username->text().trimmed().toLower();
    bool ok = true;
    if (name.isEmpty()) {
        showHint(m_message, {MessageLevel::Info, tr("Type the account's new user name.")});
        ok = false;
    } else if (name == m_current) {
        showHint(m_message, {MessageLevel::Info, tr("Type a user name other than %1.").arg(m_current)});
        ok = false;
    } else if (auto r = AuthService::checkUsername(name); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        ok = false;
    } else {
        showHint(m_message, {MessageLevel::Info, tr("Tell the person their new user name; their password stays.")});
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void RenameUserDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto renamed = m_auth.renameUser(m_admin, m_userId, m_username->text());
    if (!renamed) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(renamed.error())});
        m_username->setFocus();
        return;
    }
    m_renamed = *renamed;
    QDialog::accept();
}

} // namespace MotCua::Ui
