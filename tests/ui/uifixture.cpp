#include "tests/ui/uifixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

#include <stdexcept>

#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/dossierservice.h"
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

namespace
{
template <typename T> T need(Result<T> r, const char *what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message.toStdString());
    return std::move(r.value());
}
} // namespace

TwoCounters::TwoCounters()
{
    const QString first = bundleOf(*a.store, a.session, QStringLiteral("khoi-tao.bundle"));
    auto joined = need(BundleService::join(first, QDir(bHome.path()).filePath(QStringLiteral("data")),
                                           QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword)),
                       "join");
    b = std::move(joined.store);
    bAdmin = joined.admin;
}

QString TwoCounters::bundleOf(Store &store, const Session &who, const QString &name)
{
    return need(BundleService(store).exportTo(who, QDir(usb.path()).filePath(name)), "bundle export").path;
}

void TwoCounters::exchange()
{
    need(BundleService(*b).importFrom(bAdmin, bundleOf(*a.store, a.session, QStringLiteral("tu-a.bundle"))),
         "B takes A's bundle");
    need(BundleService(*a.store).importFrom(a.session, bundleOf(*b, bAdmin, QStringLiteral("tu-b.bundle"))),
         "A takes B's bundle");
}

QString TwoCounters::makeClashes(bool exchangeAfter)
{
    // B numbers with A's code tag, as two counters given one tag would (B has written nothing yet).
    if (auto r = b->setMeta(QStringLiteral("device_tag"), a.store->deviceTag()); !r)
        throw std::runtime_error(r.error().message.toStdString());
    const QString bData = b->dataDir();
    b.reset();
    b = need(Store::open(bData, false), "reopen B");

    // A dossier whose result is ready on both counters.
    DossierService onA(*a.store);
    ReceiveRequest mai;
    mai.procedureCode = QStringLiteral("1.001193");
    mai.applicantName = QStringLiteral("Nguyễn Thị Mai");
    mai.citizenId = QStringLiteral("001190100001");
    const Dossier clash = need(onA.receive(a.session, mai), "receive");
    DossierActionRequest transfer;
    transfer.action = DossierAction::Transfer;
    transfer.code = clash.code;
    transfer.toUser = QString::fromLatin1(kAdmin);
    need(onA.act(a.session, transfer), "transfer");
    DossierActionRequest finish;
    finish.action = DossierAction::Finish;
    finish.code = clash.code;
    need(onA.act(a.session, finish), "finish");
    need(BundleService(*b).importFrom(bAdmin, bundleOf(*a.store, a.session, QStringLiteral("ket-qua.bundle"))),
         "B takes the finished dossier");

    // Offline, on both: the result returned, an account "ngan", a dossier received with the same code.
    DossierActionRequest giveBack;
    giveBack.action = DossierAction::Return;
    giveBack.code = clash.code;
    giveBack.how = ReturnHow::Desk;
    need(onA.act(a.session, giveBack), "return on A");
    need(DossierService(*b).act(bAdmin, giveBack), "return on B");
    need(AuthService(*a.store).createUser(a.session, {QStringLiteral("ngan"),
                                                      QStringLiteral("Nguyễn Thị Ngân"),
                                                      QStringLiteral("ngan o quay mot"),
                                                      {Role::Receptionist},
                                                      {},
                                                      false}),
         "ngan on A");
    need(AuthService(*b).createUser(bAdmin, {QStringLiteral("ngan"),
                                             QStringLiteral("Lê Thị Ngân"),
                                             QStringLiteral("ngan o quay hai"),
                                             {Role::Receptionist},
                                             {},
                                             false}),
         "ngan on B");
    ReceiveRequest lan;
    lan.procedureCode = QStringLiteral("1.001193");
    lan.applicantName = QStringLiteral("Phạm Thị Lan");
    lan.citizenId = QStringLiteral("001190300001");
    const Dossier onACode = need(onA.receive(a.session, lan), "receive on A");
    ReceiveRequest tu;
    tu.procedureCode = QStringLiteral("1.001193");
    tu.applicantName = QStringLiteral("Hoàng Văn Tú");
    tu.citizenId = QStringLiteral("001090400001");
    const Dossier onBCode = need(DossierService(*b).receive(bAdmin, tu), "receive on B");
    if (onACode.code != onBCode.code)
        throw std::runtime_error("the two counters gave different codes");
    if (exchangeAfter)
        exchange();
    return clash.code;
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
