// Sync benchmark (issue: "Sync with the province over HTTP(S)").
//
// In one run, on loopback, against the reference server in this process (Poco HTTPServer over a ProvinceStore):
//   - baselines: the same server answering empty requests (GET /v1/health on a kept-alive connection), and parsing
//     the very push bodies with Qt's JSON reader (the bound on taking them in at all);
//   - push: a counter's backlog of N events (default 100,000) pushed by SyncService (read from its store, batches of
//     2,000 (SyncService::kBatch), gzip, the server checks each hash and chain and stores them);
//   - pull: a second counter of the commune pulls them: the transport alone (pages of 2,000 read and parsed), and
//     the whole SyncService pull (taken in through Store::ingest: chains, folds, search index).
// With --pg URL (an empty PostgreSQL database) the province runs on PostgreSQL instead of SQLite.
// Usage: motcua_bench_sync [--events N] [--pg URL] [--markdown FILE]
#include "bench/benchutil.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/setupservice.h"
#include "core/sync/eventline.h"
#include "core/sync/net/provinceserver.h"
#include "core/sync/net/provincestore.h"
#include "core/sync/net/syncclient.h"
#include "core/sync/net/syncservice.h"
#include "tests/support/manyevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace MotCua;
using namespace MotCua::Bench;

namespace
{
double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 events = 100000;
    QString pg;
    QString markdown;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--events") && i + 1 < args.size())
            events = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--pg") && i + 1 < args.size())
            pg = args.at(++i);
        else if (args.at(i) == QLatin1String("--markdown") && i + 1 < args.size())
            markdown = args.at(++i);
    }
    QList<std::pair<QString, QString>> rows;
    const auto report = [&](const QString &what, const QString &value) {
        rows.append({what, value});
        std::printf("%s: %s\n", qPrintable(what), qPrintable(value));
        std::fflush(stdout);
    };

    QTemporaryDir tmp;
    const QString password = QStringLiteral("correct horse 1");
    const QString dbUrl =
        pg.isEmpty() ? QStringLiteral("sqlite:") + QDir(tmp.path()).filePath(QStringLiteral("p.db")) : pg;
    auto province = must(Province::ProvinceStore::open(dbUrl), "province");
    Province::ProvinceServer server(*province, {});
    must(server.start(), "listen");
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    report(QStringLiteral("province database"),
           pg.isEmpty() ? QStringLiteral("SQLite (synchronous=FULL)") : QStringLiteral("PostgreSQL"));

    // Counter A with the backlog; counter B joined from A's bundle before the backlog (so it pulls all of it).
    const QString aDir = QDir(tmp.path()).filePath(QStringLiteral("a"));
    auto a = must(Store::open(aDir), "open a");
    must(SetupService(*a).initialise({QStringLiteral("00004"), QStringLiteral("admin"), password, {}}), "setup");
    const Session admin = must(AuthService(*a).authenticate(QStringLiteral("admin"), password), "login");
    const QString bundle = QDir(tmp.path()).filePath(QStringLiteral("a.bundle"));
    must(BundleService(*a).exportTo(admin, bundle), "bundle");
    auto joined = must(
        BundleService::join(bundle, QDir(tmp.path()).filePath(QStringLiteral("b")), QStringLiteral("admin"), password),
        "join");
    std::unique_ptr<Store> b = std::move(joined.store);
    must(SyncService(*a).enrol(admin, url, must(province->issueEnrolmentCode(QStringLiteral("00004")), "code")),
         "enrol a");
    must(SyncService(*b).enrol(joined.admin, url, must(province->issueEnrolmentCode(QStringLiteral("00004")), "code")),
         "enrol b");
    Test::addManyDossiers(*a, admin.userId, int(events / 4));
    const qint64 backlog = must(a->log().count(), "count");
    report(QStringLiteral("backlog"), QStringLiteral("%1 events").arg(backlog));

    // Baseline 1: the same server answering empty requests.
    {
        Sync::Client c({url, {}, {}, 30000});
        const int n = 5000;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            must(c.get(QStringLiteral("/v1/health")), "health");
        const double rps = n / seconds(t);
        report(QStringLiteral("baseline: empty requests on the same server"),
               QStringLiteral("%1 requests/s (%2 µs each; a batch of 2,000 events costs one)")
                   .arg(qint64(rps))
                   .arg(1e6 / rps, 0, 'f', 0));
    }
    // The backlog as push batches (the event lines SyncService sends), for the two measures without HTTP.
    QList<QJsonArray> batches;
    for (qint64 after = 0;;) {
        auto batch = must(a->log().chainAfter(a->deviceId(), after, SyncService::kBatch), "read");
        if (batch.isEmpty())
            break;
        QJsonArray lines;
        for (const auto &[e, text] : std::as_const(batch))
            lines.append(EventLine::toJson(e, text));
        batches.append(lines);
        after = batch.last().first.deviceSeq;
    }
    QList<QByteArray> bodies;
    for (const QJsonArray &lines : std::as_const(batches))
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("events"), lines}}).toJson(QJsonDocument::Compact));
    // Baseline 2: parsing the push bodies.
    {
        QElapsedTimer t;
        t.start();
        qint64 parsed = 0;
        for (const QByteArray &body : std::as_const(bodies))
            parsed += QJsonDocument::fromJson(body).object().value(u"events").toArray().size();
        report(QStringLiteral("baseline: parsing the same push bodies (QJsonDocument)"),
               QStringLiteral("%1 events/s").arg(qint64(double(parsed) / seconds(t))));
        qint64 checked = 0;
        t.restart();
        for (const QByteArray &body : std::as_const(bodies)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(u"events").toArray()) {
                QByteArray text;
                auto e = EventLine::fromJson(v.toObject(), text);
                if (e && e->hash == e->computeHash(text))
                    ++checked;
            }
        }
        report(QStringLiteral("baseline: parsing and checking each event's hash, no database"),
               QStringLiteral("%1 events/s").arg(qint64(double(checked) / seconds(t))));
    }
    // The province's store alone (no HTTP): the same batches into a fresh database.
    {
        const QString url2 =
            pg.isEmpty() ? QStringLiteral("sqlite:") + QDir(tmp.path()).filePath(QStringLiteral("q.db")) : QString();
        if (!url2.isEmpty()) {
            auto alone = must(Province::ProvinceStore::open(url2), "province 2");
            const QString code = must(alone->issueEnrolmentCode(QStringLiteral("00004")), "code");
            auto enrolled = alone->enrol(code, QStringLiteral("00004"), a->deviceId(), a->deviceTag());
            auto who = alone->authenticate(std::get<Province::ProvinceStore::Enrolled>(enrolled).token);
            const Province::Caller caller = std::get<Province::Caller>(who);
            QElapsedTimer t;
            t.start();
            qint64 stored = 0;
            for (const QByteArray &body : std::as_const(bodies)) {
                const auto lines = Province::ProvinceStore::splitPushBody(body);
                if (!lines)
                    must(Result<void>(Error::invalid(QStringLiteral("a push body does not split"))), "split");
                auto r = alone->push(caller, *lines);
                if (auto *ok = std::get_if<Province::PushResult>(&r))
                    stored += ok->accepted;
            }
            report(QStringLiteral("the province's store alone (ProvinceStore::push of the batches' lines, no HTTP)"),
                   QStringLiteral("%1 events/s").arg(qint64(double(stored) / seconds(t))));
        }
    }
    // Push.
    {
        QElapsedTimer t;
        t.start();
        const SyncReport r = must(SyncService(*a).syncNow(admin), "push");
        const double s = seconds(t);
        report(QStringLiteral("**push** (SyncService: read, batch, gzip, HTTP, hash and chain checks, insert)"),
               QStringLiteral("**%1 events/s** (%2 events in %3 s)")
                   .arg(qint64(double(r.pushed) / s))
                   .arg(r.pushed)
                   .arg(s, 0, 'f', 2));
    }
    // Pull, the transport alone.
    {
        QFile tokenFile(QDir(b->dataDir()).filePath(QLatin1String(SyncService::kTokenFile)));
        tokenFile.open(QIODevice::ReadOnly);
        Sync::Client c({url, QString::fromLatin1(tokenFile.readAll()).trimmed(), {}, 30000});
        QString cursor;
        qint64 got = 0;
        QElapsedTimer t;
        t.start();
        for (;;) {
            auto r = must(c.get(QStringLiteral("/v1/events?limit=%1").arg(SyncService::kBatch) +
                                (cursor.isEmpty() ? QString() : QStringLiteral("&after=") + cursor)),
                          "pull");
            got += r.body.value(u"events").toArray().size();
            cursor = r.body.value(u"cursor").toString();
            if (!r.body.value(u"more").toBool())
                break;
        }
        const double s = seconds(t);
        report(QStringLiteral("**pull**, transport (pages of 2,000 read, un-gzipped and parsed)"),
               QStringLiteral("**%1 events/s** (%2 events in %3 s)")
                   .arg(qint64(double(got) / s))
                   .arg(got)
                   .arg(s, 0, 'f', 2));
    }
    // Pull, taken in.
    {
        QElapsedTimer t;
        t.start();
        const SyncReport r = must(SyncService(*b).syncNow(joined.admin), "pull");
        const double s = seconds(t);
        report(QStringLiteral("pull taken in by the other counter (SyncService: chains, folds, search index)"),
               QStringLiteral("%1 events/s (%2 events in %3 s)")
                   .arg(qint64(double(r.pulled) / s))
                   .arg(r.pulled)
                   .arg(s, 0, 'f', 2));
        const bool same = must(a->exportCanonical(), "export a") == must(b->exportCanonical(), "export b");
        report(QStringLiteral("the two counters' exports are equal"),
               same ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    server.stop();
    if (!markdown.isEmpty()) {
        QFile f(markdown);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream out(&f);
            out << "| figure | value |\n| --- | --- |\n";
            for (const auto &[what, value] : rows)
                out << "| " << what << " | " << value << " |\n";
        }
    }
    return 0;
}
