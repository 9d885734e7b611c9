#include "logindialog.h"

#include <QGuiApplication>
#include <QPushButton>

#include "errortext.h"
#include "services/authservice.h"
#include "store/store.h"

#include "ui_logindialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

LoginDialog::LoginDialog(Store &store, const QString &username, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(u"loginDialog"_s);
    m_ui->introLabel->setText(m_ui->introLabel->text().arg(store.communeName()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    showHint(m_ui->formMessage, {});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_ui->password, &QLineEdit::textEdited, this, [this] { showHint(m_ui->formMessage, {}); });

    m_ui->username->setText(username);
    if (username.isEmpty())
        m_ui->username->setFocus();
    else
        m_ui->password->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::accept()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = AuthService(m_store).authenticate(m_ui->username->text().trimmed().toLower(), m_ui->password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        const Error &e = result.error();
        const QString text =
            e.code == Error::Code::Auth ? tr("Wrong user name or password. Please try again.") : ErrorText::message(e);
        showHint(m_ui->formMessage, {MessageLevel::Error, text});
        m_ui->password->selectAll();
        m_ui->password->setFocus();
        return;
    }
    m_session = *result;
    QDialog::accept();
}

} // namespace MotCua::Ui
