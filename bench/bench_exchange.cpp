// Exchange benchmark (issue: "Many counters, one truth").
//
// Measures, beside the store's plain append rate in the same run:
//   1. taking in a bundle of N events (default 100,000) on a new counter (BundleService::join): events/s, and the
//      same bundle again (every event already held);
//   2. with --big DIR (a large store, e.g. the 1,000,000-dossier store of motcua_bench_search --dir DIR): the append
//      rate on that store, and re-folding one record after an out-of-order event: another device's event that sorts
//      before the dossier's last one is taken in, and the dossier is folded again from its events. Timed alone
//      (Store::refoldRecord inside a transaction) and with the whole ingest (chain check, fold, commit).
// Usage: motcua_bench_exchange [--events N] [--big DIR] [--samples K] [--markdown FILE]
#include "bench/benchutil.h"
#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/catalogservice.h"
#include "core/services/setupservice.h"
#include "core/store/store.h"
#include "core/sync/bundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace MotCua;
using namespace MotCua::Bench;

namespace
{

// A dossier's life as drafts: received, handed over, finished, returned (a supplement for one in five).
QList<EventDraft> lifeOf(qint64 n, const Procedure &p, const QString &userId, QRandomGenerator &rng)
{
    const QDateTime received = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Time::vietnam()).addSecs(n * 60);
    const QString id = newUuidV7(received.toMSecsSinceEpoch());
    const QString at = Time::toUtcIso(received);
    QList<EventDraft> out{
        {QStringLiteral("dossier"), id, EventType::DossierReceived,
         QJsonObject{{QStringLiteral("code"), QStringLiteral("00004.BENCH-%1").arg(n, 8, 10, QLatin1Char('0'))},
                     {QStringLiteral("code_provisional"), true},
                     {QStringLiteral("procedure_code"), p.code},
                     {QStringLiteral("procedure_name"), p.name},
                     {QStringLiteral("applicant"),
                      QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Bình")},
                                  {QStringLiteral("citizen_id"),
                                   QStringLiteral("0010900%1").arg(rng.bounded(0, 100000), 5, 10, QLatin1Char('0'))}}},
                     {QStringLiteral("channel"), QStringLiteral("direct")},
                     {QStringLiteral("received_at"), at},
                     {QStringLiteral("due_at"), Time::toUtcIso(received.addDays(5))},
                     {QStringLiteral("due_unit_assumed"), false},
                     {QStringLiteral("time_unit"), QStringLiteral("working_days")},
                     {QStringLiteral("time_limit"), 3},
                     {QStringLiteral("papers"), QJsonArray()},
                     {QStringLiteral("commune"), QStringLiteral("00004")}}},
        {QStringLiteral("dossier"), id, EventType::DossierTransferred,
         QJsonObject{{QStringLiteral("at"), at},
                     {QStringLiteral("to_user"), userId},
                     {QStringLiteral("to_user_name"), QStringLiteral("Quản trị")},
                     {QStringLiteral("to_leader"), false}}}};
    if (rng.bounded(5) == 0) {
        out.append({QStringLiteral("dossier"), id, EventType::SupplementRequested,
                    QJsonObject{{QStringLiteral("at"), at},
                                {QStringLiteral("items"), QJsonArray{QStringLiteral("Bản sao giấy khai sinh")}}}});
        out.append(
            {QStringLiteral("dossier"), id, EventType::SupplementReceived,
             QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("due_at"), Time::toUtcIso(received.addDays(6))}}});
    }
    out.append({QStringLiteral("dossier"), id, EventType::DossierFinished, QJsonObject{{QStringLiteral("at"), at}}});
    out.append({QStringLiteral("dossier"), id, EventType::ResultReturned,
                QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("how"), QStringLiteral("desk")}}});
    return out;
}

// Appends dossiers' lives until `events` were written; returns events/s (1,000 events or so per transaction).
double appendEvents(Store &store, const QString &userId, qint64 events, qint64 firstSerial,
                    const QList<Procedure> &catalog)
{
    QRandomGenerator rng(firstSerial + 11);
    qint64 written = 0;
    qint64 serial = firstSerial;
    QElapsedTimer t;
    t.start();
    while (written < events) {
        QList<EventDraft> drafts;
        while (drafts.size() < 1000 && written + drafts.size() < events)
            drafts += lifeOf(serial++, catalog.at(int(rng.bounded(int(catalog.size())))), userId, rng);
        must(store.commit(drafts, userId), "append");
        written += drafts.size();
    }
    return double(written) / (double(t.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 events = 100000;
    QString big;
    QString markdown;
    int samples = 50;
    QString importOnly;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--events") && i + 1 < args.size())
            events = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--big") && i + 1 < args.size())
            big = args.at(++i);
        else if (args.at(i) == QLatin1String("--samples") && i + 1 < args.size())
            samples = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--markdown") && i + 1 < args.size())
            markdown = args.at(++i);
        else if (args.at(i) == QLatin1String("--import-only") && i + 1 < args.size())
            importOnly = args.at(++i);
    }
    // Profiling aid: only the intake of an existing bundle into an empty counter.
    if (!importOnly.isEmpty()) {
        QTemporaryDir tmp;
        auto empty = must(Store::open(tmp.path()), "open empty");
        auto reader = must(Bundle::Reader::open(importOnly), "read");
        must(empty->adoptCommune(reader->manifest().communeCode, reader->manifest().communeName), "adopt");
        QElapsedTimer t;
        t.start();
        auto report = must(
            empty->ingestBatches([&](QList<Event> &ev, QList<QByteArray> &tx) { return reader->nextEvents(ev, tx); },
                                 reader->manifest().events),
            "ingest");
        std::printf("%lld events in %.2f s: %.0f events/s\n", (long long)report.added, double(t.nsecsElapsed()) / 1e9,
                    double(report.added) / (double(t.nsecsElapsed()) / 1e9));
        return 0;
    }
    QTextStream out(stdout);
    QStringList rows;
    auto row = [&](const QString &figure, const QString &value) {
        rows.append(QStringLiteral("| %1 | %2 |").arg(figure, value));
        out << figure << ": " << value << Qt::endl;
    };

    // --- 1. a counter with N events, its bundle, a new counter joining from it -------------------------------------
    QTemporaryDir tmp;
    const QString password = QStringLiteral("benchmark pass 1");
    auto source = must(Store::open(QDir(tmp.path()).filePath(QStringLiteral("a"))), "open");
    must(SetupService(*source).initialise({QStringLiteral("00004"), QStringLiteral("admin"), password, {}}), "setup");
    const Session admin = must(AuthService(*source).authenticate(QStringLiteral("admin"), password), "login");
    const QList<Procedure> catalog = must(CatalogService(*source).search(QString(), 1000), "catalog");
    const qint64 seeded = must(source->log().count(), "count");
    const double appendRate = appendEvents(*source, admin.userId, events - seeded, 0, catalog);
    const qint64 total = must(source->log().count(), "count");
    row(QStringLiteral("events in the bundle"), QString::number(total));
    row(QStringLiteral("plain append rate, same run (Store::commit, ~1,000 events per transaction)"),
        QStringLiteral("%1 events/s").arg(qint64(appendRate)));

    QElapsedTimer t;
    t.start();
    const BundleInfo bundle =
        must(BundleService(*source).exportTo(admin, qEnvironmentVariableIsSet("MOTCUA_BENCH_BUNDLE")
                                                        ? qEnvironmentVariable("MOTCUA_BENCH_BUNDLE")
                                                        : QDir(tmp.path()).filePath(QStringLiteral("a.bundle"))),
             "export");
    const double exportSeconds = double(t.nsecsElapsed()) / 1e9;
    row(QStringLiteral("bundle export"), QStringLiteral("%1 s, %2 KiB (%3 events/s)")
                                             .arg(exportSeconds, 0, 'f', 2)
                                             .arg(bundle.sizeBytes / 1024)
                                             .arg(qint64(double(total) / exportSeconds)));
    // The intake alone: an empty counter of the commune takes the bundle in (no sign-in, whose Argon2 check is a
    // fixed third of a second).
    {
        auto empty = must(Store::open(QDir(tmp.path()).filePath(QStringLiteral("c"))), "open empty");
        must(empty->adoptCommune(QStringLiteral("00004"), source->communeName()), "adopt");
        auto reader = must(Bundle::Reader::open(bundle.path), "read");
        t.restart();
        auto report = must(
            empty->ingestBatches([&](QList<Event> &ev, QList<QByteArray> &tx) { return reader->nextEvents(ev, tx); },
                                 reader->manifest().events),
            "ingest");
        const double s = double(t.nsecsElapsed()) / 1e9;
        row(QStringLiteral(
                "bundle import into an empty counter (chains checked, every record folded, applicants, search index)"),
            QStringLiteral("**%1 events/s** (%2 s; target ≥ 20,000)")
                .arg(qint64(double(report.added) / s))
                .arg(s, 0, 'f', 2));
    }
    t.restart();
    auto joined = must(BundleService::join(bundle.path, QDir(tmp.path()).filePath(QStringLiteral("b")),
                                           QStringLiteral("admin"), password),
                       "join");
    const double joinSeconds = double(t.nsecsElapsed()) / 1e9;
    row(QStringLiteral("init --join from the bundle (the same, plus the administrator's sign-in)"),
        QStringLiteral("%1 events/s (%2 s)")
            .arg(qint64(double(joined.import.added) / joinSeconds))
            .arg(joinSeconds, 0, 'f', 2));
    t.restart();
    const BundleImport again = must(BundleService(*joined.store).importFrom(joined.admin, bundle.path), "import again");
    const double againSeconds = double(t.nsecsElapsed()) / 1e9;
    row(QStringLiteral("the same bundle again (every event already held)"),
        QStringLiteral("%1 events/s (%2 s, %3 added)")
            .arg(qint64(double(again.alreadyHad) / againSeconds))
            .arg(againSeconds, 0, 'f', 2)
            .arg(again.added));
    const bool same = *joined.store->exportCanonical() == *source->exportCanonical();
    row(QStringLiteral("the joined counter's export equals the source's"),
        same ? QStringLiteral("yes") : QStringLiteral("NO"));

    // --- 2. re-folding one record on a big store -------------------------------------------------------------------
    if (!big.isEmpty()) {
        auto store = must(Store::open(big, false), "open big");
        const Session bigAdmin = must(AuthService(*store).authenticate(QStringLiteral("admin"), password), "login big");
        const qint64 dossiers = must(store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")), "count");
        row(QStringLiteral("big store"),
            QStringLiteral("%1 dossiers, %2 events").arg(dossiers).arg(must(store->log().count(), "count")));
        const QList<Procedure> bigCatalog = must(CatalogService(*store).search(QString(), 1000), "catalog");
        const double bigAppend = appendEvents(*store, bigAdmin.userId, 10000, 90000000, bigCatalog);
        row(QStringLiteral("plain append rate on the big store, same run"),
            QStringLiteral("%1 events/s").arg(qint64(bigAppend)));

        // Another device's hand-over of a dossier, made before the dossier's last event: out of fold order.
        QList<double> refoldMs;
        QList<double> ingestMs;
        QRandomGenerator rng(4242);
        const QString device = newUuidV7();
        QString prev;
        for (int i = 0; i < samples; ++i) {
            QString id;
            qint64 receivedHlc = 0;
            {
                auto st =
                    must(store->db().prepare(QStringLiteral("SELECT id, received_hlc FROM dossiers LIMIT 1 OFFSET ?1")),
                         "pick");
                st.bind(1, qint64(rng.bounded(qint64(0), std::max<qint64>(1, dossiers - 1))));
                if (!st.next())
                    continue;
                id = st.text(0);
                receivedHlc = st.integer(1);
            }
            // The dossier is handed over here first (now) ...
            must(store->commit({{QStringLiteral("dossier"), id, EventType::DossierTransferred,
                                 QJsonObject{{QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())},
                                             {QStringLiteral("to_department"), QStringLiteral("Tư pháp")}}}},
                               bigAdmin.userId),
                 "local hand-over");
            // ... and another counter's hand-over, made earlier (just after the reception), arrives now.
            Event e;
            e.id = newUuidV7(HybridClock::physicalMs(receivedHlc) + 1);
            e.entity = QStringLiteral("dossier");
            e.entityId = id;
            e.type = EventType::DossierTransferred;
            e.payload = QJsonObject{{QStringLiteral("at"), Time::toUtcIso(QDateTime::fromMSecsSinceEpoch(
                                                               HybridClock::physicalMs(receivedHlc), Qt::UTC))},
                                    {QStringLiteral("to_department"), QStringLiteral("Văn phòng")},
                                    {QStringLiteral("to_leader"), false}};
            e.actor = bigAdmin.userId;
            e.device = device;
            e.hlc = receivedHlc + 1;
            e.deviceSeq = i + 1;
            e.prevHash = prev;
            e.hash = e.computeHash();
            prev = e.hash;
            QElapsedTimer one;
            one.start();
            const auto report = must(store->ingest({e}), "ingest");
            ingestMs.append(double(one.nsecsElapsed()) / 1e6);
            if (report.refolded != 1)
                fail(QStringLiteral("refold"),
                     Error::invalid(QStringLiteral("the out-of-order event did not re-fold its record")));
            // The re-fold alone, the same record, inside a transaction rolled back.
            {
                Db::Transaction tx(store->db());
                one.restart();
                must(store->refoldRecord(QStringLiteral("dossier"), id), "refold");
                refoldMs.append(double(one.nsecsElapsed()) / 1e6);
                tx.rollback();
            }
        }
        row(QStringLiteral("re-fold one dossier after an out-of-order event (%1 samples)").arg(refoldMs.size()),
            QStringLiteral("**p50 %1 ms, p95 %2 ms** (target < 5 ms)")
                .arg(percentile(refoldMs, 0.5), 0, 'f', 2)
                .arg(percentile(refoldMs, 0.95), 0, 'f', 2));
        row(QStringLiteral("the whole ingest of that event (chain check, fold, search index, commit with fsync)"),
            QStringLiteral("p50 %1 ms, p95 %2 ms")
                .arg(percentile(ingestMs, 0.5), 0, 'f', 2)
                .arg(percentile(ingestMs, 0.95), 0, 'f', 2));
    }
    if (!markdown.isEmpty()) {
        QFile f(markdown);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("| figure | value |\n| --- | --- |\n");
            f.write(rows.join(u'\n').toUtf8() + '\n');
        }
    }
    return 0;
}
