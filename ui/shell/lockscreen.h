#pragma once

#include <QWidget>

#include "core/services/session.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace MotCua::Ui
{

// The locked screen: an application-modal window over everything (the work underneath, open forms included, stays
// as it is). It asks for the signed-in person's password, or lets another person sign in ("switch user"). It does
// not check passwords itself: it emits unlockRequested() and AppController answers with showError() or hides it.
// After a person signs out it is the sign-in screen. Closing it (Alt+F4) is quitting: AppController decides.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(QWidget *parent = nullptr);
    ~LockScreen() override;

    // The person whose work is on screen, and the names of the other people with open sessions on this PC. An empty
    // `current` (no user id: the last person signed out) makes it the sign-in screen: anyone signs in.
    void setPeople(const Session &current, const QStringList &others);
    bool isSignInMode() const;
    // Unlock mode (the current person's password) or switch mode (any user name).
    void setSwitchMode(bool switching);
    bool isSwitchMode() const { return m_switching; }
    void showError(const QString &text);
    // Clears the password and the message and puts the focus on the first empty field.
    void reset();

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }

signals:
    void unlockRequested(const QString &username, const QString &password);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    Session m_current;
    bool m_switching = false;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_others = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_switch = nullptr;
};

} // namespace MotCua::Ui
