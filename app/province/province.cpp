#include "app/province/province.h"

#include "core/services/catalogservice.h"
#include "core/sync/net/provinceserver.h"
#include "core/sync/net/provincestore.h"
#include "core/util/log.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace MotCua::ProvinceCli
{

using Province::ProvinceStore;

namespace
{
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

int fail(const Error &e)
{
    std::fprintf(stderr, "motcua-province: %s\n", e.message.left(400).toUtf8().constData());
    return e.isUserError() ? kBadInput : kFailure;
}

int usage(const QString &why)
{
    std::fprintf(stderr,
                 "motcua-province: %s\n"
                 "usage: motcua-province --db URL serve [--host 127.0.0.1] --port PORT [--threads N]\n"
                 "       motcua-province --db URL enroll-code --commune CODE [--days N]\n"
                 "       motcua-province --db URL stats [--json]\n"
                 "       motcua-province --db URL revoke-device DEVICE_ID\n"
                 "       motcua-province --db URL set-unit-code --commune CODE UNIT_CODE\n"
                 "       motcua-province --db URL init [--catalog FILE]\n"
                 "       motcua-province --db URL publish-holidays FILE | publish-catalog FILE [--withdraw]\n"
                 "       motcua-province --db URL export-catalog FILE\n"
                 "URL: sqlite:PATH or postgresql://user@host:port/db\n",
                 why.left(400).toUtf8().constData());
    return kBadInput;
}

struct Args
{
    QStringList positional;
    QMap<QString, QString> options;
    bool json = false;
    bool withdraw = false; // publish-catalog: the procedures the file no longer lists are to be withdrawn
};

std::optional<Args> parse(const QStringList &argv, QString &error)
{
    static const QStringList valued{
        QStringLiteral("--db"),   QStringLiteral("--host"),    QStringLiteral("--port"),   QStringLiteral("--commune"),
        QStringLiteral("--days"), QStringLiteral("--threads"), QStringLiteral("--faults"), QStringLiteral("--catalog")};
    Args a;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &w = argv.at(i);
        if (w == u"--json") {
            a.json = true;
        } else if (w == u"--withdraw") {
            a.withdraw = true;
        } else if (valued.contains(w)) {
            if (i + 1 >= argv.size() || argv.at(i + 1).isEmpty()) {
                error = QStringLiteral("%1 needs a value").arg(w);
                return std::nullopt;
            }
            a.options.insert(w, argv.at(++i));
        } else if (w.startsWith(u"--")) {
            error = QStringLiteral("unknown option %1").arg(w.left(60));
            return std::nullopt;
        } else {
            a.positional.append(w);
        }
    }
    return a;
}

// A publication's file: at most 32 MB of JSON, checked as the province may publish it (ProvinceStore::
// checkPublication); `count` gets how many procedures or years it holds.
Result<QByteArray> readPublication(const QString &kind, const QString &path, int &count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("cannot read %1").arg(path.left(200)));
    const QByteArray content = f.read(32 * 1024 * 1024 + 1);
    if (content.size() > 32 * 1024 * 1024)
        return Error::invalid(QStringLiteral("%1 is larger than 32 MB").arg(path.left(200)));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &perr);
    if (perr.error != QJsonParseError::NoError || doc.isNull())
        return Error::invalid(QStringLiteral("%1 is not JSON: %2").arg(path.left(200), perr.errorString()));
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    auto n = ProvinceStore::checkPublication(kind, compact);
    if (!n)
        return Error::invalid(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName().left(100), n.error().message),
                              n.error().field);
    count = *n;
    return compact;
}

QString counted(const QString &kind, int n)
{
    return kind == u"catalog" ? QStringLiteral("%1 procedures").arg(n) : QStringLiteral("%1 years").arg(n);
}

int serve(Province::ProvinceStore &store, const Args &a)
{
    Province::ProvinceServer::Options o;
    o.host = a.options.value(QStringLiteral("--host"), QStringLiteral("127.0.0.1"));
    bool ok = false;
    o.port = a.options.value(QStringLiteral("--port")).toInt(&ok);
    if (!ok || o.port < 1 || o.port > 65535)
        return usage(QStringLiteral("serve needs --port 1..65535"));
    if (a.options.contains(QStringLiteral("--threads"))) {
        o.threads = a.options.value(QStringLiteral("--threads")).toInt(&ok);
        if (!ok || o.threads < 1 || o.threads > 256)
            return usage(QStringLiteral("--threads takes 1..256"));
    }
    // For the fault-injection tests only.
    if (a.options.contains(QStringLiteral("--faults"))) {
        auto plan = Province::FaultPlan::parse(a.options.value(QStringLiteral("--faults")));
        if (!plan)
            return fail(plan.error());
        o.faults = *plan;
    }
    Province::ProvinceServer server(store, o);
    if (auto r = server.start(); !r)
        return fail(r.error());
    if (auto catalog = store.published(QStringLiteral("catalog")); catalog && !*catalog)
        std::fprintf(stderr, "motcua-province: no catalog is published yet, so counters keep the one they ship: run "
                             "motcua-province --db URL init\n");
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::fprintf(stdout, "motcua-province listening on http://%s:%d\n", o.host.toUtf8().constData(), server.port());
    std::fflush(stdout);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server.stop();
    return kOk;
}

} // namespace

int run(const QStringList &argv)
{
    QString error;
    const auto parsed = parse(argv, error);
    if (!parsed)
        return usage(error);
    const Args &a = *parsed;
    const QString db = a.options.value(QStringLiteral("--db"));
    if (db.isEmpty())
        return usage(QStringLiteral("--db URL is needed"));
    if (a.positional.isEmpty())
        return usage(QStringLiteral("no command"));
    const QString command = a.positional.first();
    static const QStringList commands{QStringLiteral("serve"),
                                      QStringLiteral("enroll-code"),
                                      QStringLiteral("stats"),
                                      QStringLiteral("revoke-device"),
                                      QStringLiteral("publish-holidays"),
                                      QStringLiteral("publish-catalog"),
                                      QStringLiteral("set-unit-code"),
                                      QStringLiteral("init"),
                                      QStringLiteral("export-catalog")};
    if (!commands.contains(command))
        return usage(QStringLiteral("unknown command %1").arg(command.left(60)));
    auto store = ProvinceStore::open(db);
    if (!store)
        return fail(store.error());
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);

    if (command == u"serve")
        return serve(**store, a);
    if (command == u"enroll-code") {
        bool ok = true;
        const int days =
            a.options.contains(QStringLiteral("--days")) ? a.options.value(QStringLiteral("--days")).toInt(&ok) : 7;
        if (!ok || days < 1 || days > 90)
            return usage(QStringLiteral("--days takes 1..90"));
        auto code = (*store)->issueEnrolmentCode(a.options.value(QStringLiteral("--commune")), days);
        if (!code)
            return fail(code.error());
        if (a.json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("code"), *code},
                                             {QStringLiteral("commune"), a.options.value(QStringLiteral("--commune"))},
                                             {QStringLiteral("valid_days"), days}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << *code << '\n';
        return kOk;
    }
    if (command == u"stats") {
        auto s = (*store)->stats();
        if (!s)
            return fail(s.error());
        const QJsonObject o{{QStringLiteral("events"), s->events},
                            {QStringLiteral("devices"), s->devices},
                            {QStringLiteral("revoked_devices"), s->revokedDevices},
                            {QStringLiteral("communes"), s->communes},
                            {QStringLiteral("blobs"), s->blobs},
                            {QStringLiteral("open_codes"), s->openCodes},
                            {QStringLiteral("published"), s->published}};
        if (a.json)
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        else
            for (auto it = o.begin(); it != o.end(); ++it)
                out << it.key() << ": " << it.value().toInteger() << '\n';
        return kOk;
    }
    if (command == u"set-unit-code") {
        if (a.positional.size() != 2)
            return usage(QStringLiteral("set-unit-code takes --commune CODE and one UNIT_CODE"));
        if (auto r = (*store)->setUnitCode(a.options.value(QStringLiteral("--commune")), a.positional.at(1)); !r)
            return fail(r.error());
        out << "official codes of " << a.options.value(QStringLiteral("--commune")) << " start with "
            << a.positional.at(1) << '\n';
        return kOk;
    }
    if (command == u"revoke-device") {
        if (a.positional.size() != 2)
            return usage(QStringLiteral("revoke-device takes one DEVICE_ID"));
        auto done = (*store)->revokeDevice(a.positional.at(1));
        if (!done)
            return fail(done.error());
        if (!*done)
            return fail(Error::notFound(QStringLiteral("no device %1").arg(a.positional.at(1).left(60))));
        out << "revoked " << a.positional.at(1) << '\n';
        return kOk;
    }
    if (command == u"init") {
        // The catalog the province starts from: every commune-level procedure (resources/province/catalog.json, built
        // into this program), or the file given.
        if (a.positional.size() != 1)
            return usage(QStringLiteral("init takes no FILE: the catalog is --catalog FILE"));
        const QString path = a.options.value(QStringLiteral("--catalog"), QStringLiteral(":/province/catalog.json"));
        int n = 0;
        auto content = readPublication(QStringLiteral("catalog"), path, n);
        if (!content)
            return fail(content.error());
        auto first = (*store)->publishFirst(QStringLiteral("catalog"), *content);
        if (!first)
            return fail(first.error());
        auto held = (*store)->published(QStringLiteral("catalog"));
        if (!held || !*held)
            return fail(held ? Error::notFound(QStringLiteral("no catalog")) : held.error());
        if (a.json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("catalog_version"), (*held)->version},
                                             {QStringLiteral("published"), first->has_value()},
                                             {QStringLiteral("procedures"), first->has_value() ? n : -1}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else if (*first)
            out << "published catalog version " << (*held)->version << " (" << counted(QStringLiteral("catalog"), n)
                << ")\n";
        else
            out << "catalog version " << (*held)->version << " was published before: unchanged\n";
        return kOk;
    }
    if (command == u"export-catalog") {
        if (a.positional.size() != 2)
            return usage(QStringLiteral("export-catalog takes one FILE"));
        auto held = (*store)->published(QStringLiteral("catalog"));
        if (!held)
            return fail(held.error());
        if (!*held)
            return fail(Error::notFound(QStringLiteral("no catalog is published yet: run init")));
        QSaveFile f(a.positional.at(1));
        if (!f.open(QIODevice::WriteOnly))
            return fail(Error::invalid(QStringLiteral("cannot write %1").arg(a.positional.at(1).left(200))));
        f.write(QJsonDocument::fromJson((*held)->content).toJson(QJsonDocument::Indented));
        if (!f.commit())
            return fail(
                Error::io(QStringLiteral("cannot write %1: %2").arg(a.positional.at(1).left(200), f.errorString())));
        out << "exported catalog version " << (*held)->version << " to " << a.positional.at(1) << '\n';
        return kOk;
    }
    // publish-holidays / publish-catalog FILE
    if (a.positional.size() != 2)
        return usage(QStringLiteral("%1 takes one FILE").arg(command));
    const QString kind = command == u"publish-holidays" ? QStringLiteral("holidays") : QStringLiteral("catalog");
    int n = 0;
    auto content = readPublication(kind, a.positional.at(1), n);
    if (!content)
        return fail(content.error());
    if (kind == u"catalog") {
        // Every counter withdraws what a catalog no longer lists: a file that drops procedures (a partial file, an
        // old export) is published only when that is what is meant.
        auto previous = (*store)->published(kind);
        if (!previous)
            return fail(previous.error());
        if (*previous) {
            const QSet<QString> before =
                CatalogService::codesOf(QJsonDocument::fromJson((*previous)->content).object());
            QStringList dropped =
                (before - CatalogService::codesOf(QJsonDocument::fromJson(*content).object())).values();
            std::sort(dropped.begin(), dropped.end());
            if (!dropped.isEmpty() && !a.withdraw)
                return fail(Error::invalid(
                    QStringLiteral("version %1 lists %2 procedure(s) this file does not (%3%4): every counter would "
                                   "withdraw them; publish with --withdraw if that is meant")
                        .arg((*previous)->version)
                        .arg(dropped.size())
                        .arg(dropped.mid(0, 8).join(QStringLiteral(", ")))
                        .arg(dropped.size() > 8 ? QStringLiteral(", …") : QString())));
        }
    }
    auto p = (*store)->publish(kind, *content);
    if (!p)
        return fail(p.error());
    out << "published " << p->kind << " version " << p->version << " (" << counted(kind, n) << ")\n";
    return kOk;
}

} // namespace MotCua::ProvinceCli
