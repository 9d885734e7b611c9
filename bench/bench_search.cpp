// Search benchmark (issue: "Search that works the way Vietnamese users type").
//
// Generates a realistic store (N dossiers with their applicants: Vietnamese names, real commune and province
// names from the unit list, the real procedure catalog), then measures:
//   1. index build throughput of MotCua's search projection (SearchIndex::rebuildAll: folding, documents, FTS5)
//      against a raw SQLite baseline measured in the same run on the same text (plain INSERT into a table and an
//      FTS5 table, no folding, one transaction);
//   2. search-as-you-type latency: 1- to 4-word queries, with and without diacritics, typed prefix by prefix
//      (every prefix is one SearchService::search call), p50/p95/p99;
//   3. peak memory (VmHWM).
// Usage: motcua_bench_search [--dossiers N] [--dir DIR] [--markdown FILE] [--skip-index] [--skip-queries] [--slowest N]
//   --dir keeps the store: a second run on it skips the generation (and, with --skip-index, the index build).
#include "bench/benchutil.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/searchservice.h"
#include "core/services/setupservice.h"
#include "core/services/units.h"
#include "core/store/searchindex.h"
#include "core/store/store.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace MotCua;
using namespace MotCua::Bench;

namespace
{

const QStringList kSurnames = {
    QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),    QStringLiteral("Phạm"),
    QStringLiteral("Hoàng"),  QStringLiteral("Huỳnh"), QStringLiteral("Phan"),  QStringLiteral("Vũ"),
    QStringLiteral("Võ"),     QStringLiteral("Đặng"),  QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
    QStringLiteral("Hồ"),     QStringLiteral("Ngô"),   QStringLiteral("Dương"), QStringLiteral("Lý"),
    QStringLiteral("Đinh"),   QStringLiteral("Trịnh"), QStringLiteral("Mai"),   QStringLiteral("Hà")};
const QStringList kMiddle = {QStringLiteral("Văn"),  QStringLiteral("Thị"),  QStringLiteral("Hữu"),
                             QStringLiteral("Đức"),  QStringLiteral("Minh"), QStringLiteral("Thanh"),
                             QStringLiteral("Ngọc"), QStringLiteral("Quốc"), QStringLiteral("Thu"),
                             QStringLiteral("Xuân"), QStringLiteral("Kim"),  QStringLiteral("Gia")};
const QStringList kGiven = {
    QStringLiteral("An"),    QStringLiteral("Anh"),   QStringLiteral("Bình"),   QStringLiteral("Châu"),
    QStringLiteral("Cường"), QStringLiteral("Dũng"),  QStringLiteral("Dung"),   QStringLiteral("Đức"),
    QStringLiteral("Giang"), QStringLiteral("Hà"),    QStringLiteral("Hải"),    QStringLiteral("Hạnh"),
    QStringLiteral("Hòa"),   QStringLiteral("Hoà"),   QStringLiteral("Hùng"),   QStringLiteral("Hương"),
    QStringLiteral("Khánh"), QStringLiteral("Lan"),   QStringLiteral("Linh"),   QStringLiteral("Long"),
    QStringLiteral("Mai"),   QStringLiteral("Minh"),  QStringLiteral("Nam"),    QStringLiteral("Ngọc"),
    QStringLiteral("Nhung"), QStringLiteral("Phúc"),  QStringLiteral("Phương"), QStringLiteral("Quang"),
    QStringLiteral("Sơn"),   QStringLiteral("Tâm"),   QStringLiteral("Thảo"),   QStringLiteral("Thủy"),
    QStringLiteral("Thuỷ"),  QStringLiteral("Trang"), QStringLiteral("Trung"),  QStringLiteral("Tuấn"),
    QStringLiteral("Uyên"),  QStringLiteral("Vân"),   QStringLiteral("Việt"),   QStringLiteral("Yến")};
const QStringList kStreets = {
    QStringLiteral("Lê Lợi"),        QStringLiteral("Trần Hưng Đạo"), QStringLiteral("Nguyễn Trãi"),
    QStringLiteral("Hai Bà Trưng"),  QStringLiteral("Quang Trung"),   QStringLiteral("Lý Thường Kiệt"),
    QStringLiteral("Điện Biên Phủ"), QStringLiteral("Hùng Vương"),    QStringLiteral("Phan Đình Phùng")};

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 dossiers = 1000000;
    QString dirArg;
    QString markdown;
    bool skipIndex = false;
    bool skipQueries = false;
    int slowest = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dossiers") && i + 1 < args.size())
            dossiers = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dirArg = args.at(++i);
        else if (args.at(i) == QLatin1String("--markdown") && i + 1 < args.size())
            markdown = args.at(++i);
        else if (args.at(i) == QLatin1String("--skip-index"))
            skipIndex = true;
        else if (args.at(i) == QLatin1String("--skip-queries"))
            skipQueries = true;
        else if (args.at(i) == QLatin1String("--slowest") && i + 1 < args.size())
            slowest = args.at(++i).toInt();
    }
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    QTextStream out(stdout);
    out << "generating " << dossiers << " dossiers in " << dir << Qt::endl;

    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(dir); // an older store is migrated and its projections rebuilt here
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    out << "store opened in " << openTimer.elapsed() << " ms" << Qt::endl;
    Store &store = **opened;
    if (!store.isInitialised()) {
        auto setup = SetupService(store).initialise(
            {QStringLiteral("00004"), QStringLiteral("admin"), QStringLiteral("benchmark pass 1"), {}});
        if (!setup)
            fail(QStringLiteral("setup"), setup.error());
    }
    auto session = AuthService(store).authenticate(QStringLiteral("admin"), QStringLiteral("benchmark pass 1"));
    if (!session)
        fail(QStringLiteral("login"), session.error());
    auto procedures = CatalogService(store).search(QString(), 1000);
    if (!procedures)
        fail(QStringLiteral("catalog"), procedures.error());
    const QList<AdminUnit> &units = Units::all();

    // --- 1. generate the store through the event log (batches of 1000 events per transaction) ---------------------
    QRandomGenerator rng(20261123);
    auto pick = [&rng](const QStringList &l) { return l.at(rng.bounded(int(l.size()))); };
    const qint64 existing = *store.db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers"));
    QElapsedTimer genTimer;
    genTimer.start();
    const QDateTime base(QDate(2025, 7, 1), QTime(8, 0), Time::vietnam());
    for (qint64 done = existing; done < dossiers;) {
        QList<EventDraft> drafts;
        for (int i = 0; i < 1000 && done < dossiers; ++i, ++done) {
            const Procedure &p = procedures->at(rng.bounded(int(procedures->size())));
            const AdminUnit &u = units.at(rng.bounded(int(units.size())));
            const QString name = pick(kSurnames) + u' ' + pick(kMiddle) + u' ' + pick(kGiven);
            const QString cid = QStringLiteral("0%1%2%3")
                                    .arg(rng.bounded(1, 97), 2, 10, QLatin1Char('0'))
                                    .arg(rng.bounded(0, 4))
                                    .arg(rng.bounded(0, 100000000), 8, 10, QLatin1Char('0'));
            const QDateTime received = base.addSecs(done * 30);
            const QString code = QStringLiteral("00004.BENCH-%1-%2")
                                     .arg(Time::toVietnam(received).toString(QStringLiteral("yyMMdd")))
                                     .arg(done % 100000, 5, 10, QLatin1Char('0'));
            QJsonObject applicant{
                {QStringLiteral("full_name"), name},
                {QStringLiteral("citizen_id"), cid.left(12)},
                {QStringLiteral("phone"), QStringLiteral("09%1").arg(rng.bounded(10000000, 99999999))},
                {QStringLiteral("address"), QStringLiteral("Số %1 %2, %3, %4")
                                                .arg(rng.bounded(1, 300))
                                                .arg(pick(kStreets), u.fullName, u.provinceName)}};
            drafts.append(
                {QStringLiteral("dossier"), newUuidV7(received.toMSecsSinceEpoch()), EventType::DossierReceived,
                 QJsonObject{{QStringLiteral("code"), code},
                             {QStringLiteral("code_provisional"), true},
                             {QStringLiteral("procedure_code"), p.code},
                             {QStringLiteral("procedure_name"), p.name},
                             {QStringLiteral("applicant"), applicant},
                             {QStringLiteral("channel"), QStringLiteral("direct")},
                             {QStringLiteral("received_at"), Time::toUtcIso(received)},
                             {QStringLiteral("due_at"), Time::toUtcIso(received.addDays(5))},
                             {QStringLiteral("due_unit_assumed"), false},
                             {QStringLiteral("time_unit"), timeUnitKey(p.timeUnit)},
                             {QStringLiteral("time_limit"), p.timeLimit ? QJsonValue(*p.timeLimit) : QJsonValue()},
                             {QStringLiteral("papers"), QJsonArray()},
                             {QStringLiteral("commune"), QStringLiteral("00004")}}});
        }
        auto r = store.commit(drafts, session->userId);
        if (!r)
            fail(QStringLiteral("commit"), r.error());
        if (done % 100000 == 0)
            out << "  " << done << " dossiers, "
                << qint64(double(done - existing) / (double(genTimer.elapsed()) / 1000.0)) << "/s" << Qt::endl;
    }
    const double genSeconds = double(genTimer.elapsed()) / 1000.0;

    // --- 2. index build: MotCua's projection vs the raw SQLite baseline ----------------------------------------------
    double indexSeconds = 0;
    double rawSeconds = 0;
    Result<qint64> docs = *store.db().scalarInt(QStringLiteral("SELECT count(*) FROM search_docs"));
    if (!skipIndex) {
        QElapsedTimer t;
        t.start();
        {
            Db::Transaction tx(store.db());
            docs = SearchIndex::rebuildAll(store.db());
            if (!docs)
                fail(QStringLiteral("rebuild index"), docs.error());
            if (auto r = tx.commit(); !r)
                fail(QStringLiteral("commit"), r.error());
        }
        indexSeconds = double(t.elapsed()) / 1000.0;

        // Raw baseline: the same documents' display text, inserted as is into a table and an FTS5 table.
        const QString rawPath = dir + QStringLiteral("/raw-baseline.db");
        QFile::remove(rawPath);
        auto raw = Db::Database::open(rawPath);
        if (!raw)
            fail(QStringLiteral("raw"), raw.error());
        (void)raw->execScript("CREATE TABLE docs (id INTEGER PRIMARY KEY, kind TEXT, ref TEXT, title TEXT, body TEXT);"
                              "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, tokenize = 'unicode61 "
                              "remove_diacritics 2', prefix = '1 2 3');");
        QList<std::array<QString, 4>> texts;
        {
            auto st = store.db().prepare(QStringLiteral("SELECT kind, ref, title, body FROM search_docs ORDER BY id"));
            while (st->next())
                texts.append({st->text(0), st->text(1), st->text(2), st->text(3)});
        }
        t.restart();
        (void)raw->execScript("BEGIN;");
        {
            auto ins =
                raw->prepare(QStringLiteral("INSERT INTO docs (kind, ref, title, body) VALUES (?1, ?2, ?3, ?4)"));
            auto fts = raw->prepare(QStringLiteral("INSERT INTO docs_fts (rowid, title, body) VALUES (?1, ?2, ?3)"));
            for (const auto &d : texts) {
                (void)ins->reset();
                ins->bind(1, d[0]).bind(2, d[1]).bind(3, d[2]).bind(4, d[3]);
                (void)ins->exec();
                (void)fts->reset();
                fts->bind(1, raw->lastInsertRowId()).bind(2, d[2]).bind(3, d[3]);
                (void)fts->exec();
            }
        }
        (void)raw->execScript("COMMIT;");
        rawSeconds = double(t.elapsed()) / 1000.0;
        texts.clear();
    }
    const double ours = indexSeconds > 0 ? double(*docs) / indexSeconds : 0;
    const double baseline = rawSeconds > 0 ? double(*docs) / rawSeconds : 0;

    // --- 3. search as you type
    // ----------------------------------------------------------------------------------------
    const QStringList queries = {
        QStringLiteral("nguyen"),
        QStringLiteral("Nguyễn"),
        QStringLiteral("tran thi"),
        QStringLiteral("Trần Thị"),
        QStringLiteral("le van hoa"),
        QStringLiteral("Lê Văn Hoà"),
        QStringLiteral("dang ky khai sinh"),
        QStringLiteral("Đăng ký khai sinh"),
        QStringLiteral("pham minh duc"),
        QStringLiteral("Phạm Minh Đức"),
        QStringLiteral("yen hoa"),
        QStringLiteral("chung thuc ban sao"),
        QStringLiteral("hoang ngoc lan"),
        QStringLiteral("Hoàng Ngọc Lan"),
        QStringLiteral("phuong ba dinh"),
        QStringLiteral("vo thu thuy"),
    };
    SearchService search(store);
    QMap<int, QList<double>> byWords;
    QList<double> all;
    QList<std::pair<double, QString>> timed;
    qint64 hits = 0;
    for (const QString &query : skipQueries ? QStringList() : queries) {
        const int words = int(query.split(u' ').size());
        for (qsizetype len = 1; len <= query.size(); ++len) {
            SearchQuery q;
            q.text = query.left(len);
            QElapsedTimer qt;
            qt.start();
            auto r = search.search(*session, q);
            const double ms = double(qt.nsecsElapsed()) / 1e6;
            if (!r)
                fail(QStringLiteral("search"), r.error());
            hits += r->hits.size();
            all.append(ms);
            byWords[words].append(ms);
            timed.append({ms, q.text});
        }
    }

    const qint64 rss = peakRssKiB();
    QString md;
    QTextStream m(&md);
    m << "| figure | value |\n| --- | --- |\n";
    m << "| dossiers (and applicants) | " << dossiers << " |\n";
    m << "| search documents | " << *docs << " |\n";
    if (dossiers > existing)
        m << "| store generation through the event log | " << qint64(double(dossiers - existing) / genSeconds)
          << " dossiers/s (" << QString::number(genSeconds, 'f', 1) << " s) |\n";
    if (!skipIndex) {
        m << "| index build, MotCua (fold + documents + FTS5) | " << qint64(ours) << " docs/s ("
          << QString::number(indexSeconds, 'f', 1) << " s) |\n";
        m << "| index build, raw SQLite insert + FTS5 baseline | " << qint64(baseline) << " docs/s ("
          << QString::number(rawSeconds, 'f', 1) << " s) |\n";
        m << "| MotCua / baseline | " << QString::number(100.0 * ours / baseline, 'f', 0) << " % (target ≥ 30 %) |\n";
    }
    if (!skipQueries) {
        m << "| search as you type, all prefixes (" << all.size() << " queries) | p50 "
          << QString::number(percentile(all, 0.5), 'f', 2) << " ms, p95 "
          << QString::number(percentile(all, 0.95), 'f', 2) << " ms, p99 "
          << QString::number(percentile(all, 0.99), 'f', 2) << " ms (target p95 < 20 ms) |\n";
    }
    for (auto it = byWords.cbegin(); it != byWords.cend(); ++it)
        m << "| " << it.key() << "-word queries, every prefix | p50 "
          << QString::number(percentile(it.value(), 0.5), 'f', 2) << " ms, p95 "
          << QString::number(percentile(it.value(), 0.95), 'f', 2) << " ms, p99 "
          << QString::number(percentile(it.value(), 0.99), 'f', 2) << " ms |\n";
    m << "| peak memory (VmHWM) | " << rss / 1024 << " MiB |\n";
    m << "| store file (and -wal) | " << QFileInfo(store.databasePath()).size() / (1024 * 1024) << " MiB ("
      << QFileInfo(store.databasePath() + QStringLiteral("-wal")).size() / (1024 * 1024) << " MiB) |\n";
    m << "| machine | " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, SQLite "
      << sqlite3_libversion() << ", Qt " << qVersion() << " |\n";
    m.flush();
    out << Qt::endl << md << Qt::endl << "(" << hits << " hits in total)" << Qt::endl;
    std::sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < slowest && i < timed.size(); ++i)
        out << "  " << QString::number(timed.at(i).first, 'f', 2) << " ms  " << timed.at(i).second << Qt::endl;
    if (!markdown.isEmpty()) {
        QFile f(markdown);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(md.toUtf8());
    }
    return 0;
}
