#include "tests/ui/uifixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

#include <stdexcept>

#include "core/services/authservice.h"
#include "core/services/setupservice.h"

namespace MotCua::Test
{

UiStore::UiStore()
{
    if (!dir.isValid())
        throw std::runtime_error("no temporary directory");
    auto opened = Store::open(dir.path(), true);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    store = std::move(*opened);
    SetupRequest request;
    request.communeCode = QString::fromLatin1(kCommune);
    request.adminUsername = QString::fromLatin1(kAdmin);
    request.adminPassword = QString::fromLatin1(kPassword);
    request.adminFullName = QStringLiteral("Trần Thị Bình");
    auto setup = SetupService(*store).initialise(request);
    if (!setup)
        throw std::runtime_error(setup.error().message.toStdString());
    auto auth = AuthService(*store).authenticate(QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword));
    if (!auth)
        throw std::runtime_error(auth.error().message.toStdString());
    session = *auth;
}

bool waitUntil(const std::function<bool()> &pred, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace MotCua::Test
