#include "ui/shell/lockscreen.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

LockScreen::LockScreen(QWidget *parent) : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("MotCua Desk is locked"));
    setWindowModality(Qt::ApplicationModal);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x1f, 0x3a, 0x5f));
    setPalette(pal);

    auto *card = new QFrame(this);
    card->setObjectName(u"lockCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    QPalette cardPal = QWidget::palette();
    cardPal.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xfa));
    card->setPalette(cardPal);

    m_title = new QLabel(card);
    m_title->setObjectName(u"lockTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_who = new MessageLabel(card);
    m_who->setObjectName(u"lockWho"_s);
    m_others = new MessageLabel(card);
    m_others->setObjectName(u"lockOthers"_s);

    m_username = new QLineEdit(card);
    m_username->setObjectName(u"lockUsername"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(card);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new MessageLabel(card);
    m_message->setObjectName(u"lockMessage"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *usernameLabel = new QLabel(tr("&User name:"), card);
    usernameLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), card);
    passwordLabel->setBuddy(m_password);
    form->addRow(usernameLabel, m_username);
    form->addRow(passwordLabel, m_password);

    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_switch = new QPushButton(card);
    m_switch->setObjectName(u"switchUserButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_who);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_others);
    card->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_switch, &QPushButton::clicked, this, [this] { setSwitchMode(!m_switching); });
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_username, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { showHint(m_message, {}); });
    setSwitchMode(false);
}

LockScreen::~LockScreen() = default;

void LockScreen::setPeople(const Session &current, const QStringList &others)
{
    m_current = current;
    const QString names = others.join(tr(", ", "list separator"));
    m_others->setText(others.isEmpty() ? QString()
                      : current.userId.isEmpty()
                          ? tr("Signed in on this computer, their work kept: %1.").arg(names)
                          : tr("Also signed in on this computer, their work kept: %1.").arg(names));
    m_others->setVisible(!others.isEmpty());
    setSwitchMode(false);
}

bool LockScreen::isSignInMode() const
{
    return m_current.userId.isEmpty();
}

void LockScreen::setSwitchMode(bool switching)
{
    m_switch->setVisible(!isSignInMode());
    if (isSignInMode()) {
        // Nobody's work is on screen (the last person signed out): anyone signs in.
        m_switching = true;
        m_title->setText(tr("Sign in"));
        m_who->setText(tr("Sign in with your user name and password."));
        m_username->setReadOnly(false);
        m_username->clear();
        m_unlock->setText(tr("&Sign in"));
        reset();
        return;
    }
    m_switching = switching;
    m_title->setText(switching ? tr("Another person signs in") : tr("The screen is locked"));
    m_who->setText(switching
                       ? tr("The work of %1 stays open and is shown again when they sign in.").arg(m_current.fullName)
                       : tr("%1 (%2) is signed in. Enter the password to continue: everything stays as it "
                            "was.")
                             .arg(m_current.fullName, m_current.username));
    m_username->setReadOnly(!switching);
    m_username->setText(switching ? QString() : m_current.username);
    m_unlock->setText(switching ? tr("&Sign in") : tr("&Unlock"));
    m_switch->setText(switching ? tr("&Back to %1").arg(m_current.fullName) : tr("&Another person signs in"));
    reset();
}

void LockScreen::reset()
{
    m_password->clear();
    showHint(m_message, {});
    if (m_switching && m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LockScreen::showError(const QString &text)
{
    showHint(m_message, {MessageLevel::Error, text});
    m_password->selectAll();
    m_password->setFocus();
}

void LockScreen::submit()
{
    const QString username = m_username->text().trimmed().toLower();
    if (username.isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    emit unlockRequested(username, m_password->text());
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // No Escape, no shortcuts through to the windows underneath.
    if (event->key() == Qt::Key_Escape && m_switching && !isSignInMode()) {
        setSwitchMode(false);
        return;
    }
    event->accept();
}

} // namespace MotCua::Ui
