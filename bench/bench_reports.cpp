// Reports benchmark (issue: "Reports and dashboard").
//
// Generates a store of N dossiers (default 1,000,000) received over the years before December 2026 through the real
// event log (Store::commit: canonical JSON, hash chain, projections, search index), with the lives a commune's
// dossiers have: refusals at the counter (some as duplicates), withdrawals, hand-overs, supplement requests (a few
// twice), results finished early, on time or late and handed back at the desk, by post or electronically, files
// attached to some; the last weeks' dossiers partly still open. Then measures on it:
//   1. ReportService::summary for the month of November 2026, the reporting month (15 October to 14 November), the
//      year 2026, and November grouped by field, procedure, staff, channel and reception point;
//   2. ReportService::dashboard (ten counts: five figures, mine and the whole center);
//   3. ReportService::series of the month by day and of the year by month.
// Each figure is the median and the slowest of K runs after one untimed run (the page cache warm, as on a counter
// that has its store open all day), and the first run's time (cold statement caches).
// With --also DIR, the same measures on another store (e.g. motcua_bench_search's million-dossier store, whose
// dossiers are all still open: the worst case of the carried-over count).
// Usage: motcua_bench_reports [--dossiers N] [--dir DIR] [--also DIR] [--runs K] [--markdown FILE]
//   --dir keeps the store: a second run on it skips the generation.
#include "core/domain/dossierevents.h"
#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/setupservice.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
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
#include <functional>

using namespace MotCua;

namespace
{
const QString kPassword = QStringLiteral("benchmark pass 1");

void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        fail(QLatin1String(what), r.error());
    return std::move(r.value());
}

const QStringList kNames = {
    QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),  QStringLiteral("Lê Hoàng Cường"),
    QStringLiteral("Phạm Thu Dung"), QStringLiteral("Hoàng Minh Đức"), QStringLiteral("Vũ Thị Giang"),
    QStringLiteral("Đặng Quốc Huy"), QStringLiteral("Bùi Thị Kim"),    QStringLiteral("Đỗ Minh Long"),
    QStringLiteral("Ngô Thị Mai"),   QStringLiteral("Dương Văn Nam"),  QStringLiteral("Lý Thị Oanh"),
    QStringLiteral("Hồ Văn Phúc"),   QStringLiteral("Mai Thị Quỳnh"),  QStringLiteral("Trịnh Văn Sơn"),
    QStringLiteral("Hà Thị Thảo")};

struct Staff
{
    QString id;
    QString name;
};

EventDraft step(const QString &id, const QString &type, const DossierStepEvent &e)
{
    return {QStringLiteral("dossier"), id, type, e.toPayload()};
}

// One dossier's life, received at `received` (Vietnam working hours), as it stands at `end` (the generation's now).
QList<EventDraft> lifeOf(qint64 n, const QDateTime &received, const QDateTime &end, const Procedure &p,
                         const QList<Staff> &staff, const QString &commune, QRandomGenerator &rng)
{
    // The reception's actor (received_by) is the session that commits the batch: generate() keeps one batch per
    // desk clerk; the payloads name the specialists.
    const QString id = newUuidV7(received.toMSecsSinceEpoch());
    const int limit = p.timeLimit.value_or(5) > 0 ? std::min(p.timeLimit.value_or(5), 30) : 5;
    // The appointment: the limit in working days, about 7/5 calendar days each, at the end of a working day.
    QDateTime due = received.addDays(qint64(limit) * 7 / 5 + 1);
    due.setTime(QTime(9, 30)); // 16:30 in Vietnam
    const int roll = int(rng.bounded(1000));
    const QString channel = roll < 700   ? QStringLiteral("direct")
                            : roll < 950 ? QStringLiteral("online")
                                         : QStringLiteral("post");
    const Staff &expert = staff.at(2 + int(rng.bounded(3))); // three specialists
    const QString at = Time::toUtcIso(received);
    QList<EventDraft> out{
        {QStringLiteral("dossier"), id, EventType::DossierReceived,
         QJsonObject{
             {QStringLiteral("code"), QStringLiteral("%1.BENCH-%2").arg(commune).arg(n, 8, 10, QLatin1Char('0'))},
             {QStringLiteral("code_provisional"), true},
             {QStringLiteral("procedure_code"), p.code},
             {QStringLiteral("procedure_name"), p.name},
             {QStringLiteral("applicant"),
              QJsonObject{{QStringLiteral("full_name"), kNames.at(int(rng.bounded(int(kNames.size()))))},
                          {QStringLiteral("citizen_id"),
                           QStringLiteral("0010900%1").arg(rng.bounded(0, 100000), 5, 10, QLatin1Char('0'))}}},
             {QStringLiteral("channel"), channel},
             {QStringLiteral("received_at"), at},
             {QStringLiteral("due_at"), Time::toUtcIso(due)},
             {QStringLiteral("due_unit_assumed"), false},
             {QStringLiteral("time_unit"), QStringLiteral("working_days")},
             {QStringLiteral("time_limit"), limit},
             {QStringLiteral("papers"), QJsonArray()},
             {QStringLiteral("commune"), commune}}}};
    const int fate = int(rng.bounded(1000));
    if (fate < 10) { // refused at the counter as a duplicate of an open dossier
        DossierStepEvent e;
        e.at = received.addSecs(300);
        e.reason = QStringLiteral("Trùng hồ sơ đang giải quyết");
        e.duplicateOf =
            QStringLiteral("%1.BENCH-%2").arg(commune).arg(std::max<qint64>(0, n - 1), 8, 10, QLatin1Char('0'));
        out.append(step(id, EventType::DossierRefused, e));
        return out;
    }
    if (fate < 25) { // refused for a reason
        DossierStepEvent e;
        e.at = received.addSecs(300);
        e.reason = QStringLiteral("Không thuộc thẩm quyền");
        out.append(step(id, EventType::DossierRefused, e));
        return out;
    }
    // How long processing takes: most well before the appointment, some on its day, a few after it.
    const qint64 span = received.secsTo(due);
    const int speed = int(rng.bounded(1000));
    qint64 takes = speed < 850   ? qint64(double(span) * (0.1 + 0.6 * rng.generateDouble()))
                   : speed < 950 ? span - 3600 * 2
                                 : span + 86400 * qint64(1 + rng.bounded(5));
    DossierStepEvent hand;
    hand.at = received.addSecs(900);
    hand.toUser = expert.id;
    hand.toUserName = expert.name;
    hand.toLeader = false;
    if (hand.at > end)
        return out;
    out.append(step(id, EventType::DossierTransferred, hand));
    if (fate < 35) { // withdrawn at the citizen's request
        DossierStepEvent e;
        e.at = received.addSecs(86400);
        e.reason = QStringLiteral("Công dân xin rút hồ sơ");
        if (e.at <= end)
            out.append(step(id, EventType::DossierWithdrawn, e));
        return out;
    }
    QDateTime appointment = due;
    const int supplements = fate < 150 ? 1 : fate < 165 ? 2 : 0;
    QDateTime t = received.addSecs(3600 * 3);
    for (int i = 0; i < supplements; ++i) {
        DossierStepEvent ask;
        ask.at = t;
        ask.items = {QStringLiteral("Bản sao giấy khai sinh")};
        ask.repeat = i > 0;
        if (ask.at > end)
            return out;
        out.append(step(id, EventType::SupplementRequested, ask));
        const qint64 pause = 86400 * qint64(1 + rng.bounded(3));
        DossierStepEvent back;
        back.at = t.addSecs(pause);
        appointment = appointment.addSecs(pause);
        back.dueAt = appointment;
        if (back.at > end)
            return out;
        out.append(step(id, EventType::SupplementReceived, back));
        t = back.at.addSecs(3600);
        takes += pause;
    }
    DossierStepEvent finish;
    finish.at = std::max(t, received.addSecs(takes));
    if (finish.at > end)
        return out; // still in process
    out.append(step(id, EventType::DossierFinished, finish));
    DossierStepEvent ret;
    ret.at = finish.at.addSecs(86400 * qint64(rng.bounded(3)) + 1800);
    const int how = int(rng.bounded(100));
    ret.how = channel == u"post" ? ReturnHow::Post : how < 20 ? ReturnHow::Electronic : ReturnHow::Desk;
    if (ret.at <= end)
        out.append(step(id, EventType::ResultReturned, ret));
    return out;
}

// Writes `count` dossiers received on the working days up to `end`, the newest on its last day; ~1,000 events per
// transaction. Returns the events written.
qint64 generate(Store &store, qint64 count, const QDateTime &end, const QList<Staff> &staff)
{
    const QList<Procedure> catalog = must(CatalogService(store).search(QString(), 1000), "catalog");
    // About 500 dossiers a working day (a large ward), so a million reach back some eight years.
    const int perDay = 500;
    QList<QDate> days;
    for (QDate d = Time::toVietnam(end).date(); qint64(days.size()) * perDay < count; d = d.addDays(-1))
        if (d.dayOfWeek() <= 5)
            days.prepend(d);
    QRandomGenerator rng(20261201);
    qint64 serial = 0, events = 0;
    QList<EventDraft> batch[2]; // one per desk clerk (staff 0 and 1)
    QElapsedTimer t;
    t.start();
    auto flush = [&](int desk) {
        must(store.commit(batch[desk], staff.at(desk).id), "commit");
        events += batch[desk].size();
        batch[desk].clear();
    };
    for (const QDate &day : days) {
        for (int i = 0; i < perDay && serial < count; ++i) {
            const QDateTime received =
                QDateTime(day, QTime(7, 30), Time::vietnam()).addSecs(qint64(i) * 9 * 3600 / perDay).toUTC();
            const int desk = int(rng.bounded(2));
            batch[desk] += lifeOf(serial++, received, end, catalog.at(int(rng.bounded(int(catalog.size())))), staff,
                                  store.communeCode(), rng);
            if (batch[desk].size() >= 1000) {
                flush(desk);
                if (serial % 50000 < 150)
                    std::fprintf(stderr, "  %lld dossiers, %lld events, %.0f s\n", (long long)serial, (long long)events,
                                 double(t.elapsed()) / 1000.0);
            }
        }
    }
    for (int desk : {0, 1})
        if (!batch[desk].isEmpty())
            flush(desk);
    return events;
}

struct Timing
{
    double first = 0, median = 0, slowest = 0;
};

Timing measure(int runs, const std::function<void()> &fn)
{
    Timing out;
    QElapsedTimer t;
    t.start();
    fn();
    out.first = double(t.nsecsElapsed()) / 1e6;
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        fn();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out.median = ms.isEmpty() ? out.first : ms.at(ms.size() / 2);
    out.slowest = ms.isEmpty() ? out.first : ms.last();
    return out;
}

QString ms(double v)
{
    return v < 10 ? QString::number(v, 'f', 2) : QString::number(qint64(v + 0.5));
}

// The measures on one store; rows of the markdown table.
QStringList measureStore(Store &store, const Session &admin, int runs, QTextStream &out)
{
    QStringList rows;
    ReportService reports(store);
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Time::vietnam());
    auto row = [&](const QString &what, const Timing &t, const QString &target, const QString &result) {
        rows.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                        .arg(what, ms(t.first), ms(t.median), ms(t.slowest), target, result));
        out << what << ": first " << ms(t.first) << " ms, median " << ms(t.median) << " ms, slowest " << ms(t.slowest)
            << " ms; " << result << Qt::endl;
    };
    auto summaryOf = [&](const QString &what, const ReportPeriod &period, ReportGrouping g, const QString &target) {
        QList<ReportFigures> last;
        const Timing t = measure(runs, [&] { last = must(reports.summary(admin, period, g, now), "summary"); });
        const ReportFigures &f = last.first();
        qint64 received = 0;
        for (const ReportFigures &r : last)
            received += r.received;
        const QString result = g == ReportGrouping::None
                                   ? QStringLiteral("%1 received, %2 carried over, %3 finished (%4 % on time), %5 open")
                                         .arg(f.received)
                                         .arg(f.carriedOver)
                                         .arg(f.finished())
                                         .arg(f.onTimeRate.value_or(0), 0, 'f', 1)
                                         .arg(f.inProcess)
                                   : QStringLiteral("%1 groups, %2 received").arg(last.size()).arg(received);
        row(what, t, target, result);
    };
    const ReportPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    summaryOf(QStringLiteral("summary, November 2026"), november, ReportGrouping::None, QStringLiteral("< 1000"));
    summaryOf(QStringLiteral("summary, reporting month 15 Oct - 14 Nov"),
              ReportPeriod::containing(ReportPeriod::Kind::ReportingMonth, QDate(2026, 11, 14)), ReportGrouping::None,
              QStringLiteral("< 1000"));
    summaryOf(QStringLiteral("summary, year 2026"), {QDate(2026, 1, 1), QDate(2026, 12, 31)}, ReportGrouping::None,
              QStringLiteral("-"));
    for (ReportGrouping g : {ReportGrouping::Field, ReportGrouping::Procedure, ReportGrouping::Staff,
                             ReportGrouping::Channel, ReportGrouping::Point})
        summaryOf(QStringLiteral("summary, November by ") + reportGroupingKey(g), november, g,
                  QStringLiteral("< 1000"));
    Dashboard d;
    const Timing dash = measure(runs * 2, [&] { d = must(reports.dashboard(admin), "dashboard"); });
    row(QStringLiteral("dashboard (10 counts)"), dash, QStringLiteral("< 100"),
        QStringLiteral("center: %1 received today, %2 due today, %3 overdue, %4 awaiting supplement, %5 to return")
            .arg(d.center.receivedToday)
            .arg(d.center.dueToday)
            .arg(d.center.overdue)
            .arg(d.center.awaitingSupplement)
            .arg(d.center.readyToReturn));
    QList<ReportPoint> points;
    const Timing byDay =
        measure(runs, [&] { points = must(reports.series(admin, november, ReportStep::Day), "series"); });
    row(QStringLiteral("series, November by day"), byDay, QStringLiteral("-"),
        QStringLiteral("%1 points").arg(points.size()));
    const Timing byMonth = measure(runs, [&] {
        points = must(reports.series(admin, {QDate(2026, 1, 1), QDate(2026, 12, 31)}, ReportStep::Month), "series");
    });
    row(QStringLiteral("series, 2026 by month"), byMonth, QStringLiteral("-"),
        QStringLiteral("%1 points").arg(points.size()));
    return rows;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 count = 1000000;
    QString dir, also, markdown;
    int runs = 9;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dossiers") && i + 1 < args.size())
            count = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--also") && i + 1 < args.size())
            also = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--markdown") && i + 1 < args.size())
            markdown = args.at(++i);
    }
    QTemporaryDir tmp;
    if (dir.isEmpty())
        dir = QDir(tmp.path()).filePath(QStringLiteral("store"));
    QTextStream out(stdout);
    const bool fresh = !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("motcua.db")));
    auto store = must(Store::open(dir), "open");
    if (fresh)
        must(SetupService(*store).initialise({QStringLiteral("00004"), QStringLiteral("admin"), kPassword, {}}),
             "setup");
    const Session admin = must(AuthService(*store).authenticate(QStringLiteral("admin"), kPassword), "login");
    QStringList lines;
    if (fresh) {
        // Two counter clerks and three specialists, named in the events' payloads.
        QList<Staff> staff;
        AuthService auth(*store);
        const QList<QPair<QString, QString>> people{{QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan")},
                                                    {QStringLiteral("hung"), QStringLiteral("Trần Văn Hùng")},
                                                    {QStringLiteral("mai"), QStringLiteral("Lê Thị Mai")},
                                                    {QStringLiteral("tuan"), QStringLiteral("Phạm Minh Tuấn")},
                                                    {QStringLiteral("thao"), QStringLiteral("Vũ Thu Thảo")}};
        for (const auto &[user, name] : people) {
            const auto u = must(
                auth.createUser(
                    admin,
                    {user, name, kPassword, {staff.size() < 2 ? Role::Receptionist : Role::Specialist}, {}, false}),
                "user");
            staff.append({u.id, name});
        }
        QElapsedTimer t;
        t.start();
        const QDateTime end = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Time::vietnam()).toUTC();
        const qint64 events = generate(*store, count, end, staff);
        const double s = double(t.nsecsElapsed()) / 1e9;
        lines.append(
            QStringLiteral("Generated %1 dossiers (%2 events) in %3 s.").arg(count).arg(events).arg(qint64(s)));
        out << lines.last() << Qt::endl;
    }
    const qint64 dossiers = must(store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")), "count");
    const qint64 open = must(store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers WHERE ended_at IS "
                                                                  "NULL")),
                             "count");
    lines.append(QStringLiteral("Store: %1 dossiers, %2 still open, %3 MiB.")
                     .arg(dossiers)
                     .arg(open)
                     .arg(QFileInfo(QDir(dir).filePath(QStringLiteral("motcua.db"))).size() >> 20));
    out << lines.last() << Qt::endl;
    const QString header =
        QStringLiteral("| measure | first (ms) | median (ms) | slowest (ms) | target (ms) | result |\n"
                       "| --- | --- | --- | --- | --- | --- |");
    lines.append(header);
    lines += measureStore(*store, admin, runs, out);
    if (!also.isEmpty()) {
        auto other = must(Store::open(also, false), "open --also");
        const Session otherAdmin = must(AuthService(*other).authenticate(QStringLiteral("admin"), kPassword), "login");
        const qint64 n = must(other->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")), "count");
        const qint64 o = must(
            other->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers WHERE ended_at IS NULL")), "count");
        lines.append(QString());
        lines.append(QStringLiteral("Store %1: %2 dossiers, %3 still open.").arg(also).arg(n).arg(o));
        out << lines.last() << Qt::endl;
        lines.append(header);
        lines += measureStore(*other, otherAdmin, runs, out);
    }
    lines.append(QString());
    lines.append(QStringLiteral("Machine: %1, %2 cores; Qt %3; SQLite as linked.")
                     .arg(QSysInfo::prettyProductName())
                     .arg(QThread::idealThreadCount())
                     .arg(QLatin1String(qVersion())));
    if (!markdown.isEmpty()) {
        QFile f(markdown);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(lines.join(u'\n').toUtf8() + '\n');
    }
    return 0;
}
