#include "ui/shell/logindialog.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/store/store.h"
#include "ui/shell/errortext.h"

#include "ui_logindialog.h"

#include <algorithm>

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

QString LoginDialog::failureText(AuthService &auth, const QString &username, const Error &e)
{
    if (e.code != Error::Code::Auth)
        return ErrorText::message(e);
    // The failure that reaches the limit locks the name at once: say so now, not at the next attempt.
    if (auto until = auth.lockedUntil(username); until && *until)
        return lockedMessage(**until);
    if (e.field == u"locked")
        return lockedMessage({});
    if (e.field == u"disabled")
        return tr("This account is disabled. Ask the administrator of the commune.");
    return tr("Wrong user name or password. Please try again.");
}

QString LoginDialog::lockedMessage(const QDateTime &until)
{
    if (!until.isValid())
        return tr("Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator.");
    const qint64 seconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until));
    const int minutes = int((seconds + 59) / 60);
    return tr("Too many wrong passwords: this account is locked until %1 (%n more minute(s)). Wait, or ask the "
              "administrator to reset the password.",
              nullptr, minutes)
        .arg(QLocale().toString(Time::toVietnam(until).time(), u"HH:mm"_s));
}

void LoginDialog::accept()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    AuthService auth(m_store);
    const QString username = m_ui->username->text().trimmed().toLower();
    auto result = auth.authenticate(username, m_ui->password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        const QString text = failureText(auth, username, result.error());
        showHint(m_ui->formMessage, {MessageLevel::Error, text});
        m_ui->password->selectAll();
        m_ui->password->setFocus();
        return;
    }
    m_session = *result;
    QDialog::accept();
}

} // namespace MotCua::Ui
