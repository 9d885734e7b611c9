#include "app/cli/cli.h"

#include "core/domain/citizenid.h"
#include "core/domain/holidays.h"
#include "core/domain/ids.h"
#include "core/domain/lunar.h"
#include "core/services/auditservice.h"
#include "core/services/authservice.h"
#include "core/services/backupservice.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/searchservice.h"
#include "core/services/setupservice.h"
#include "core/services/units.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "core/util/paths.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace MotCua::Cli
{

namespace
{

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const QSet<QString> kValueOptions = {
    QStringLiteral("--data-dir"),    QStringLiteral("--user"),           QStringLiteral("--commune"),
    QStringLiteral("--procedure"),   QStringLiteral("--applicant-name"), QStringLiteral("--citizen-id"),
    QStringLiteral("--phone"),       QStringLiteral("--address"),        QStringLiteral("--channel"),
    QStringLiteral("--received-at"), QStringLiteral("--paper"),          QStringLiteral("--state"),
    QStringLiteral("--limit"),       QStringLiteral("--filter"),         QStringLiteral("--full-name"),
    QStringLiteral("--role"),        QStringLiteral("--department"),     QStringLiteral("--from"),
    QStringLiteral("--unit"),        QStringLiteral("--policy"),         QStringLiteral("--to"),
    QStringLiteral("--days"),        QStringLiteral("--reason"),         QStringLiteral("--item"),
    QStringLiteral("--how"),         QStringLiteral("--new-due"),        QStringLiteral("--note"),
    QStringLiteral("--at"),          QStringLiteral("--queue"),          QStringLiteral("--duplicate-reason"),
    QStringLiteral("--keep"),        QStringLiteral("--entity"),         QStringLiteral("--record"),
    QStringLiteral("--until"),       QStringLiteral("--kind"),           QStringLiteral("--assignee"),
    QStringLiteral("--field"),
};
const QSet<QString> kFlags = {
    QStringLiteral("--json"),
    QStringLiteral("--password-stdin"),
    QStringLiteral("--canonical"),
    QStringLiteral("--help"),
    QStringLiteral("--version"),
    QStringLiteral("--temporary-password"),
    QStringLiteral("--refuse-duplicate"),
    QStringLiteral("--disable"),
    QStringLiteral("--enable"),
    QStringLiteral("--all"),
};

struct Args
{
    QStringList positional;
    QHash<QString, QStringList> values;
    QSet<QString> flags;

    QString value(const QString &name) const { return values.value(name).value(0); }
    QStringList all(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};

class UsageError
{
public:
    explicit UsageError(QString m) : message(std::move(m)) {}
    QString message;
};

// Failure with its exit code, raised inside a command and turned into a message and code by run().
struct Failure
{
    int code;
    QString message;
};

Failure fromError(const Error &e)
{
    return {e.isUserError() ? kBadInput : kFailure, e.message};
}

class Output
{
public:
    explicit Output(bool json) : m_json(json), m_out(stdout) { m_out.setEncoding(QStringConverter::Utf8); }
    bool json() const { return m_json; }
    void line(const QJsonObject &o)
    {
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        m_out.flush();
    }
    void text(const QString &s)
    {
        m_out << s << '\n';
        m_out.flush();
    }
    void raw(const QByteArray &bytes)
    {
        m_out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    // A plain aligned table for people.
    void table(const QStringList &headers, const QList<QStringList> &rows)
    {
        QList<int> widths;
        for (const QString &h : headers)
            widths.append(int(h.size()));
        for (const QStringList &r : rows)
            for (int i = 0; i < r.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(r.at(i).size()));
        auto printRow = [&](const QStringList &cells) {
            QString s;
            for (int i = 0; i < cells.size(); ++i)
                s += (i ? QStringLiteral("  ") : QString()) +
                     cells.at(i).leftJustified(i + 1 < cells.size() ? widths[i] : 0);
            text(s);
        };
        printRow(headers);
        for (const QStringList &r : rows)
            printRow(r);
    }

private:
    bool m_json;
    QTextStream m_out;
};

Args parse(const QStringList &argv)
{
    Args a;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg;
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            if (kFlags.contains(name)) {
                if (inlineValue)
                    throw UsageError(QStringLiteral("%1 takes no value").arg(name));
                a.flags.insert(name);
            } else if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= argv.size())
                        throw UsageError(QStringLiteral("%1 needs a value").arg(name));
                    value = argv.at(++i);
                }
                a.values[name].append(value);
            } else {
                throw UsageError(QStringLiteral("unknown option %1 (see motcua-cli --help)").arg(name));
            }
        } else {
            a.positional.append(arg);
        }
    }
    return a;
}

QString readPasswordFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    QString pw = QString::fromStdString(line);
    if (pw.endsWith(u'\r'))
        pw.chop(1);
    return pw;
}

QString promptPassword()
{
#ifdef Q_OS_UNIX
    std::fputs("Password: ", stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios noEcho = old;
    noEcho.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    const QString pw = readPasswordFromStdin();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
#else
    return readPasswordFromStdin();
#endif
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

struct Credentials
{
    QString user;
    QString password;
};

// MOTCUA_USER / MOTCUA_PASSWORD, or --user with --password-stdin; a prompt only on a terminal.
Credentials credentials(const Args &a)
{
    Credentials c;
    c.user = a.value(QStringLiteral("--user"));
    if (c.user.isEmpty())
        c.user = qEnvironmentVariable("MOTCUA_USER");
    if (c.user.isEmpty())
        c.user = QStringLiteral("admin");
    if (a.has(QStringLiteral("--password-stdin")))
        c.password = readPasswordFromStdin();
    else if (qEnvironmentVariableIsSet("MOTCUA_PASSWORD"))
        c.password = qEnvironmentVariable("MOTCUA_PASSWORD");
    else if (stdinIsTerminal())
        c.password = promptPassword();
    return c;
}

QString dataDirOf(const Args &a)
{
    return Paths::dataDir(a.value(QStringLiteral("--data-dir")));
}

std::unique_ptr<Store> openStore(const Args &a)
{
    auto store = Store::open(dataDirOf(a), /*create=*/false);
    if (!store)
        throw fromError(store.error());
    return std::move(store.value());
}

Session login(Store &store, const Args &a, QString *password = nullptr, bool allowTemporary = false)
{
    const Credentials c = credentials(a);
    if (c.password.isEmpty())
        throw Failure{
            kBadInput,
            QStringLiteral("no password: set MOTCUA_USER and MOTCUA_PASSWORD, or use --user NAME --password-stdin")};
    auto session = AuthService(store).authenticate(c.user, c.password);
    if (!session)
        throw fromError(session.error());
    if (session->mustChangePassword && !allowTemporary)
        throw Failure{kBadInput,
                      QStringLiteral("the password of '%1' is temporary: change it first with `motcua-cli user passwd`")
                          .arg(session->username)};
    if (password)
        *password = c.password;
    return *session;
}

template <typename T> T unwrap(Result<T> r)
{
    if (!r)
        throw fromError(r.error());
    return std::move(r.value());
}

void unwrap(Result<void> r)
{
    if (!r)
        throw fromError(r.error());
}

void expectPositional(const Args &a, qsizetype count, const QString &usage)
{
    if (a.positional.size() != count)
        throw UsageError(QStringLiteral("usage: motcua-cli %1").arg(usage));
}

// An optional --option DATE (YYYY-MM-DD): null when absent, exit 2 when malformed.
QDate dateOption(const Args &a, const char *option)
{
    if (!a.has(QLatin1String(option)))
        return {};
    const QDate d = QDate::fromString(a.value(QLatin1String(option)), Qt::ISODate);
    if (!d.isValid())
        throw Failure{kBadInput, QStringLiteral("%1 must be a date (YYYY-MM-DD)").arg(QLatin1String(option))};
    return d;
}

// A positive whole-number option, `fallback` when absent, exit 2 when malformed or outside [low, high].
int intOption(const Args &a, const char *option, int fallback, int low, int high)
{
    if (!a.has(QLatin1String(option)))
        return fallback;
    bool ok = false;
    const int v = a.value(QLatin1String(option)).toInt(&ok);
    if (!ok || v < low || v > high)
        throw Failure{
            kBadInput,
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(option)).arg(low).arg(high)};
    return v;
}

QJsonObject dossierJson(const Dossier &d)
{
    QJsonObject o{{QStringLiteral("code"), d.code},
                  {QStringLiteral("id"), d.id},
                  {QStringLiteral("code_provisional"), d.codeProvisional},
                  {QStringLiteral("procedure_code"), d.procedureCode},
                  {QStringLiteral("procedure_name"), d.procedureName},
                  {QStringLiteral("applicant_name"), d.applicantName},
                  {QStringLiteral("citizen_id"), d.citizenId.isEmpty() ? QJsonValue() : QJsonValue(d.citizenId)},
                  {QStringLiteral("phone"), d.phone.isEmpty() ? QJsonValue() : QJsonValue(d.phone)},
                  {QStringLiteral("address"), d.address.isEmpty() ? QJsonValue() : QJsonValue(d.address)},
                  {QStringLiteral("channel"), d.channel},
                  {QStringLiteral("received_at"), Time::toVietnamIso(d.receivedAt)},
                  {QStringLiteral("received_by"), d.receivedByName},
                  {QStringLiteral("due_at"), Time::toVietnamIso(d.dueAt)},
                  {QStringLiteral("due_unit_assumed"), d.dueUnitAssumed},
                  {QStringLiteral("time_limit"), d.timeLimit ? QJsonValue(*d.timeLimit) : QJsonValue()},
                  {QStringLiteral("time_unit"), timeUnitKey(d.timeUnit)},
                  {QStringLiteral("papers"), QJsonArray::fromStringList(d.papers)},
                  {QStringLiteral("state"), d.state},
                  {QStringLiteral("status_code"), d.statusCode}};
    auto optional = [&o](const char *key, const QString &v) {
        o.insert(QLatin1String(key), v.isEmpty() ? QJsonValue() : QJsonValue(v));
    };
    auto optionalTime = [&o](const char *key, const QDateTime &t) {
        o.insert(QLatin1String(key), t.isValid() ? QJsonValue(Time::toVietnamIso(t)) : QJsonValue());
    };
    optional("assignee", d.assigneeName);
    optional("department", d.department);
    o.insert(QStringLiteral("supplement_count"), d.supplementCount);
    optionalTime("paused_at", d.pausedAt);
    optionalTime("original_due_at", d.originalDueAt);
    optionalTime("new_due_at", d.newDueAt);
    optionalTime("ended_at", d.endedAt);
    optionalTime("returned_at", d.returnedAt);
    optional("return_how", d.returnHow);
    optional("reason", d.outcomeReason);
    optional("duplicate_of", d.duplicateOf);
    o.insert(QStringLiteral("late"), d.isLate(QDateTime::currentDateTimeUtc()));
    return o;
}

QString vnDateTime(const QDateTime &dt)
{
    return Time::toVietnam(dt).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// ---- commands -------------------------------------------------------------------------------------------------

int cmdInit(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("init --commune CODE"));
    const QString commune = a.value(QStringLiteral("--commune"));
    if (commune.isEmpty())
        throw UsageError(QStringLiteral("init needs --commune CODE (the 5-digit unit code, e.g. 00004)"));
    // Check the input before anything touches the disk.
    const auto unit = Units::find(commune);
    if (!unit)
        throw Failure{
            kBadInput,
            QStringLiteral("'%1' is not a commune code: use the 5-digit code of a xã, phường or đặc khu (e.g. 00004)")
                .arg(commune)};
    const QString user =
        qEnvironmentVariableIsSet("MOTCUA_USER") ? qEnvironmentVariable("MOTCUA_USER") : QStringLiteral("admin");
    const QString password =
        a.has(QStringLiteral("--password-stdin")) ? readPasswordFromStdin() : qEnvironmentVariable("MOTCUA_PASSWORD");
    if (password.isEmpty())
        throw Failure{kBadInput, QStringLiteral("no password for the first administrator: set MOTCUA_PASSWORD (and "
                                                "MOTCUA_USER, default 'admin'); no account was created")};
    unwrap(AuthService::checkUsername(user.trimmed().toLower()));
    unwrap(AuthService::checkPasswordPolicy(password));

    auto store = unwrap(Store::open(dataDirOf(a), true));
    const SetupResult r =
        unwrap(SetupService(*store).initialise({commune, user, password, a.value(QStringLiteral("--full-name"))}));
    if (out.json()) {
        out.line({{QStringLiteral("data_dir"), store->dataDir()},
                  {QStringLiteral("commune"), r.communeCode},
                  {QStringLiteral("commune_name"), r.communeName},
                  {QStringLiteral("device"), store->deviceId()},
                  {QStringLiteral("device_tag"), store->deviceTag()},
                  {QStringLiteral("admin"), r.admin.username},
                  {QStringLiteral("procedures"), r.procedures}});
    } else {
        out.text(tr("Store created at %1").arg(store->databasePath()));
        out.text(tr("Commune: %1 (%2)").arg(r.communeName, r.communeCode));
        out.text(tr("Administrator: %1").arg(r.admin.username));
        out.text(tr("Procedures imported: %1").arg(r.procedures));
    }
    return kOk;
}

int cmdDossierReceive(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("dossier receive --procedure CODE --applicant-name NAME [...]"));
    ReceiveRequest req;
    req.procedureCode = a.value(QStringLiteral("--procedure"));
    req.applicantName = a.value(QStringLiteral("--applicant-name"));
    if (req.procedureCode.isEmpty() || req.applicantName.isEmpty())
        throw UsageError(QStringLiteral("dossier receive needs --procedure CODE and --applicant-name NAME"));
    req.citizenId = a.value(QStringLiteral("--citizen-id"));
    req.phone = a.value(QStringLiteral("--phone"));
    req.address = a.value(QStringLiteral("--address"));
    if (a.has(QStringLiteral("--channel")))
        req.channel = a.value(QStringLiteral("--channel"));
    if (a.has(QStringLiteral("--received-at"))) {
        const QString text = a.value(QStringLiteral("--received-at"));
        req.receivedAt = Time::parseIso(text);
        if (!req.receivedAt.isValid())
            throw Failure{kBadInput, QStringLiteral("--received-at '%1' is not an ISO 8601 date or date-time (e.g. "
                                                    "2026-02-17 or 2026-02-17T09:30:00+07:00)")
                                         .arg(text)};
    }
    req.papers = a.all(QStringLiteral("--paper"));
    req.duplicateReason = a.value(QStringLiteral("--duplicate-reason"));
    req.refuseAsDuplicate = a.has(QStringLiteral("--refuse-duplicate"));

    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).receive(session, req));
    if (out.json()) {
        out.line(dossierJson(d));
    } else {
        out.text(tr("Dossier %1 received; result due %2").arg(d.code, vnDateTime(d.dueAt)));
    }
    return kOk;
}

int cmdDossierList(const Args &a, Output &out)
{
    expectPositional(
        a, 2, QStringLiteral("dossier list [--state STATE] [--queue QUEUE] [--filter TEXT] [--limit N] [--json]"));
    const int limit = intOption(a, "--limit", 50, 1, 1000000);
    DossierFilter filter{a.value(QStringLiteral("--state")), a.value(QStringLiteral("--filter")),
                         a.value(QStringLiteral("--queue"))};
    if (!filter.queue.isEmpty() && !DossierService::queues().contains(filter.queue))
        throw Failure{kBadInput, QStringLiteral("unknown queue '%1'; known: %2")
                                     .arg(filter.queue, DossierService::queues().join(QStringLiteral(", ")))};
    if (!filter.state.isEmpty() && !DossierService::knownStates().contains(filter.state))
        throw Failure{kBadInput, QStringLiteral("unknown state '%1'; known: %2")
                                     .arg(filter.state, DossierService::knownStates().join(QStringLiteral(", ")))};

    auto store = openStore(a);
    const Session session = login(*store, a);
    DossierService service(*store);
    QList<Dossier> rows;
    DossierCursor cursor;
    while (rows.size() < limit) {
        const DossierPage page =
            unwrap(service.list(session, filter, cursor, std::min(1000, limit - int(rows.size()))));
        rows += page.rows;
        if (page.next.isNull())
            break;
        cursor = page.next;
    }
    if (out.json()) {
        for (const Dossier &d : rows)
            out.line(dossierJson(d));
    } else {
        QList<QStringList> table;
        for (const Dossier &d : rows)
            table.append(
                {d.code, d.procedureCode, d.applicantName, vnDateTime(d.receivedAt), vnDateTime(d.dueAt), d.state});
        out.table({tr("Code"), tr("Procedure"), tr("Applicant"), tr("Received"), tr("Due"), tr("State")}, table);
    }
    return kOk;
}

int cmdDossierShow(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("dossier show CODE [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).findByCode(session, a.positional.at(2)));
    if (out.json()) {
        out.line(dossierJson(d));
        return kOk;
    }
    const QList<QPair<QString, QString>> fields = {
        {tr("Code"), d.code + (d.codeProvisional ? tr(" (provisional)") : QString())},
        {tr("Procedure"), d.procedureCode + QStringLiteral(" ") + d.procedureName},
        {tr("Applicant"), d.applicantName},
        {tr("Citizen ID"), d.citizenId},
        {tr("Phone"), d.phone},
        {tr("Address"), d.address},
        {tr("Channel"), d.channel},
        {tr("Received"), vnDateTime(d.receivedAt) + QStringLiteral(" (") + d.receivedByName + u')'},
        {tr("Due"),
         vnDateTime(d.dueAt) +
             (d.dueUnitAssumed ? tr(" (time unit not stated in the catalog: counted as working days)") : QString())},
        {tr("Papers"), d.papers.join(QStringLiteral("; "))},
        {tr("State"), QStringLiteral("%1 (%2)").arg(d.state).arg(d.statusCode)},
    };
    for (const auto &[k, v] : fields)
        out.text(k.leftJustified(12) + v);
    return kOk;
}

int cmdDossierAct(const Args &a, Output &out)
{
    const QString actionKey = a.positional.value(1);
    const auto action = dossierActionFromKey(actionKey);
    if (!action)
        throw UsageError(QStringLiteral("unknown command 'dossier %1' (see motcua-cli --help)").arg(actionKey));
    expectPositional(a, 3, QStringLiteral("dossier %1 CODE [options]").arg(actionKey));
    DossierActionRequest req;
    req.action = *action;
    req.code = a.positional.at(2);
    req.toUser = a.value(QStringLiteral("--to"));
    req.toDepartment = a.value(QStringLiteral("--department"));
    if (a.has(QStringLiteral("--days"))) {
        bool ok = false;
        req.stepDays = a.value(QStringLiteral("--days")).toInt(&ok);
        if (!ok)
            throw Failure{kBadInput, QStringLiteral("--days must be a whole number of working days")};
    }
    req.reason = a.value(QStringLiteral("--reason"));
    req.items = a.all(QStringLiteral("--item"));
    if (a.has(QStringLiteral("--how")))
        req.how = a.value(QStringLiteral("--how"));
    req.note = a.value(QStringLiteral("--note"));
    for (const auto &[option, target] : {std::pair{"--new-due", &req.newDueAt}, std::pair{"--at", &req.at}}) {
        if (!a.has(QLatin1String(option)))
            continue;
        const QString text = a.value(QLatin1String(option));
        *target = Time::parseIso(text);
        if (!target->isValid())
            throw Failure{
                kBadInput,
                QStringLiteral("%1 '%2' is not an ISO 8601 date or date-time").arg(QLatin1String(option), text)};
    }
    // A new appointment given as a bare date is at the end of that working day.
    if (a.has(QStringLiteral("--new-due")) && !a.value(QStringLiteral("--new-due")).contains(u'T'))
        req.newDueAt = QDateTime(Time::toVietnam(req.newDueAt).date(), QTime(17, 0), Time::vietnam());

    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).act(session, req));
    if (out.json())
        out.line(dossierJson(d));
    else
        out.text(tr("Dossier %1: %2 (status %3)").arg(d.code, d.state).arg(d.statusCode));
    return kOk;
}

int cmdDossierControlSheet(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("dossier control-sheet CODE [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const ControlSheet sheet = unwrap(DossierService(*store).controlSheet(session, a.positional.at(2)));
    QList<QStringList> rows;
    for (const ControlStep &s : sheet.steps) {
        auto t = [](const QDateTime &dt) { return dt.isValid() ? Time::toVietnamIso(dt) : QString(); };
        if (out.json())
            out.line({{QStringLiteral("from"), s.from},
                      {QStringLiteral("to"), s.to},
                      {QStringLiteral("handed_at"), t(s.handedAt)},
                      {QStringLiteral("allowed_until"), t(s.allowedUntil)},
                      {QStringLiteral("done_at"), s.doneAt.isValid() ? QJsonValue(t(s.doneAt)) : QJsonValue()},
                      {QStringLiteral("result"), s.result},
                      {QStringLiteral("note"), s.note}});
        rows.append({s.from, s.to, vnDateTime(s.handedAt),
                     s.allowedUntil.isValid() ? vnDateTime(s.allowedUntil) : QString(),
                     s.doneAt.isValid() ? vnDateTime(s.doneAt) : QString(), s.result, s.note});
    }
    if (!out.json())
        out.table({tr("From"), tr("To"), tr("Handed over"), tr("Allowed until"), tr("Done"), tr("Result"), tr("Note")},
                  rows);
    return kOk;
}

int cmdRebuild(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("rebuild"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(MaintenanceService(*store).rebuild(session));
    const qint64 events = unwrap(store->log().count());
    if (out.json())
        out.line({{QStringLiteral("rebuilt"), true}, {QStringLiteral("events"), events}});
    else
        out.text(tr("Projections rebuilt from %1 events").arg(events));
    return kOk;
}

int cmdVerify(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("verify"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const VerifyReport r = unwrap(MaintenanceService(*store).verify(session));
    if (out.json()) {
        QJsonArray problems;
        for (const ChainProblem &p : r.chainProblems)
            problems.append(
                QJsonObject{{QStringLiteral("kind"), chainProblemKindName(p.kind)},
                            {QStringLiteral("device"), p.device},
                            {QStringLiteral("event"), p.eventId.isEmpty() ? QJsonValue() : QJsonValue(p.eventId)},
                            {QStringLiteral("device_seq"), p.deviceSeq},
                            {QStringLiteral("detail"), p.detail}});
        out.line({{QStringLiteral("ok"), r.ok()},
                  {QStringLiteral("events"), r.events},
                  {QStringLiteral("devices"), r.devices},
                  {QStringLiteral("chain_problems"), problems},
                  {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(r.integrityProblems)},
                  {QStringLiteral("projections_match"), r.projectionsMatch},
                  {QStringLiteral("projection_diffs"), QJsonArray::fromStringList(r.projectionDiffs)}});
    } else {
        out.text(tr("%1 events from %2 devices").arg(r.events).arg(r.devices));
        for (const ChainProblem &p : r.chainProblems)
            out.text(tr("BROKEN CHAIN: device %1, event #%2 %3: %4")
                         .arg(p.device)
                         .arg(p.deviceSeq)
                         .arg(p.eventId, p.detail));
        for (const QString &p : r.integrityProblems)
            out.text(tr("DAMAGED FILE: %1").arg(p));
        if (!r.projectionsMatch)
            out.text(tr("PROJECTIONS DIFFER from the event log: %1").arg(r.projectionDiffs.join(QStringLiteral(", "))));
        if (r.ok())
            out.text(tr("OK: every hash chain holds and the projections match the event log"));
    }
    return r.ok() ? kOk : kFailure;
}

int cmdExport(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("export --canonical"));
    if (!a.has(QStringLiteral("--canonical")))
        throw UsageError(QStringLiteral("export needs --canonical (the only export format so far)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    out.raw(unwrap(MaintenanceService(*store).exportCanonical(session)));
    return kOk;
}

QStringList valuesOrStdin(const Args &a, qsizetype from)
{
    QStringList values = a.positional.mid(from);
    if (values.isEmpty()) {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString v = QString::fromStdString(line).trimmed();
            if (!v.isEmpty())
                values.append(v);
        }
    }
    return values;
}

int cmdValidateCitizenId(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral("usage: motcua-cli validate citizen-id ID... [--json]"));
    const QStringList ids = valuesOrStdin(a, 2);
    bool allValid = true;
    for (const QString &id : ids) {
        const CitizenIdInfo info = validateCitizenId(id);
        allValid = allValid && info.valid;
        const bool cccd = info.kind == CitizenIdInfo::Kind::Cccd;
        if (out.json()) {
            out.line(
                {{QStringLiteral("id"), info.id},
                 {QStringLiteral("valid"), info.valid},
                 {QStringLiteral("kind"), cccd ? QStringLiteral("cccd") : QStringLiteral("cmnd")},
                 {QStringLiteral("province_code"),
                  info.provinceCode.isEmpty() ? QJsonValue() : QJsonValue(info.provinceCode)},
                 {QStringLiteral("gender"), info.gender.isEmpty() ? QJsonValue() : QJsonValue(info.gender)},
                 {QStringLiteral("birth_century"), info.birthCentury ? QJsonValue(info.birthCentury) : QJsonValue()},
                 {QStringLiteral("birth_year"), info.birthYear ? QJsonValue(info.birthYear) : QJsonValue()},
                 {QStringLiteral("reason"), info.reason.isEmpty() ? QJsonValue() : QJsonValue(info.reason)}});
        } else {
            QString s = info.id + QStringLiteral(": ") + (info.valid ? tr("valid") : tr("INVALID"));
            if (info.valid && cccd)
                s += QStringLiteral(", %1, %2, %3")
                         .arg(info.gender)
                         .arg(info.birthYear)
                         .arg(info.provinceName.isEmpty() ? info.provinceCode : info.provinceName);
            if (!info.reason.isEmpty())
                s += QStringLiteral(" (") + info.reason + u')';
            out.text(s);
        }
    }
    return allValid ? kOk : kBadInput;
}

QList<Role> rolesOf(const Args &a)
{
    QList<Role> roles;
    for (const QString &r : a.all(QStringLiteral("--role"))) {
        const auto role = roleFromKey(r);
        if (!role)
            throw Failure{
                kBadInput,
                QStringLiteral("unknown role '%1'; known: receptionist, specialist, leader, clerk, admin").arg(r)};
        roles.append(*role);
    }
    return roles;
}

int cmdUserAdd(const Args &a, Output &out)
{
    expectPositional(a, 3,
                     QStringLiteral("user add NAME --role ROLE [--role ROLE] [--full-name NAME] [--department D] "
                                    "[--temporary-password]  (the new user's password on stdin)"));
    NewUser nu;
    nu.username = a.positional.at(2);
    nu.fullName = a.value(QStringLiteral("--full-name"));
    if (nu.fullName.isEmpty())
        nu.fullName = nu.username;
    nu.department = a.value(QStringLiteral("--department"));
    nu.temporaryPassword = a.has(QStringLiteral("--temporary-password"));
    nu.roles = rolesOf(a);
    if (nu.roles.isEmpty())
        throw UsageError(QStringLiteral("user add needs at least one --role"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    // The acting user's password comes from the environment; the new user's from standard input.
    nu.password = readPasswordFromStdin();
    const User u = unwrap(AuthService(*store).createUser(session, nu));
    if (out.json()) {
        QJsonArray roles;
        for (Role r : u.roles)
            roles.append(roleKey(r));
        out.line(
            {{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}, {QStringLiteral("roles"), roles}});
    } else {
        out.text(tr("User %1 created").arg(u.username));
    }
    return kOk;
}

int cmdUserPasswd(const Args &a, Output &out)
{
    expectPositional(
        a, 2, QStringLiteral("user passwd  (the current password as usual; the new one on the next line of stdin)"));
    auto store = openStore(a);
    QString current;
    const Session session = login(*store, a, &current, /*allowTemporary=*/true);
    const QString next = readPasswordFromStdin();
    if (next.isEmpty())
        throw Failure{kBadInput, QStringLiteral("no new password on standard input")};
    unwrap(AuthService(*store).changePassword(session, current, next));
    if (out.json())
        out.line({{QStringLiteral("username"), session.username}, {QStringLiteral("changed"), true}});
    else
        out.text(tr("Password of %1 changed").arg(session.username));
    return kOk;
}

int cmdUserReset(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("user reset NAME  (the temporary password on stdin)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QString temporary = readPasswordFromStdin();
    unwrap(AuthService(*store).resetPassword(session, a.positional.at(2), temporary));
    if (out.json())
        out.line({{QStringLiteral("username"), a.positional.at(2)}, {QStringLiteral("must_change_password"), true}});
    else
        out.text(tr("Temporary password set for %1; it must be changed at the next sign-in").arg(a.positional.at(2)));
    return kOk;
}

int cmdUserSet(const Args &a, Output &out)
{
    expectPositional(
        a, 3, QStringLiteral("user set NAME [--role ROLE]... [--full-name N] [--department D] [--disable|--enable]"));
    UserUpdate update;
    if (a.has(QStringLiteral("--role")))
        update.roles = rolesOf(a);
    if (a.has(QStringLiteral("--full-name")))
        update.fullName = a.value(QStringLiteral("--full-name"));
    if (a.has(QStringLiteral("--department")))
        update.department = a.value(QStringLiteral("--department"));
    if (a.has(QStringLiteral("--disable")) && a.has(QStringLiteral("--enable")))
        throw UsageError(QStringLiteral("--disable and --enable exclude each other"));
    if (a.has(QStringLiteral("--disable")))
        update.active = false;
    if (a.has(QStringLiteral("--enable")))
        update.active = true;
    auto store = openStore(a);
    const Session session = login(*store, a);
    const User u = unwrap(AuthService(*store).updateUser(session, a.positional.at(2), update));
    QStringList roles;
    for (Role r : u.roles)
        roles.append(roleKey(r));
    if (out.json())
        out.line({{QStringLiteral("username"), u.username},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                  {QStringLiteral("active"), u.active},
                  {QStringLiteral("full_name"), u.fullName}});
    else
        out.text(tr("User %1: %2%3").arg(u.username, roles.join(u','), u.active ? QString() : tr(" (disabled)")));
    return kOk;
}

int cmdUserList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("user list [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<User> users = unwrap(AuthService(*store).listUsers(session));
    QList<QStringList> rows;
    for (const User &u : users) {
        QStringList roles;
        for (Role r : u.roles)
            roles.append(roleKey(r));
        if (out.json())
            out.line({{QStringLiteral("id"), u.id},
                      {QStringLiteral("username"), u.username},
                      {QStringLiteral("full_name"), u.fullName},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                      {QStringLiteral("active"), u.active}});
        rows.append({u.username, u.fullName, roles.join(u',')});
    }
    if (!out.json())
        out.table({tr("User"), tr("Full name"), tr("Roles")}, rows);
    return kOk;
}

int cmdCatalogSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 3)
        throw UsageError(QStringLiteral("usage: motcua-cli catalog search WORDS... [--limit N] [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    Q_UNUSED(session);
    const int limit = intOption(a, "--limit", 20, 1, 1000);
    const QList<Procedure> found = unwrap(CatalogService(*store).search(a.positional.mid(2).join(u' '), limit));
    QList<QStringList> rows;
    for (const Procedure &p : found) {
        if (out.json())
            out.line({{QStringLiteral("code"), p.code},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("field"), p.field},
                      {QStringLiteral("time_limit"), p.timeLimit ? QJsonValue(*p.timeLimit) : QJsonValue()},
                      {QStringLiteral("time_unit"), timeUnitKey(p.timeUnit)}});
        rows.append({p.code, p.name.left(80), p.timeText});
    }
    if (!out.json())
        out.table({tr("Code"), tr("Procedure"), tr("Time limit")}, rows);
    return kOk;
}

// Calendar commands read the store's published arrangements when a store exists; they need no account.
QList<YearArrangement> storedArrangements(const Args &a)
{
    const QString dir = dataDirOf(a);
    if (!QFile::exists(QDir(dir).filePath(QLatin1String(Store::kDatabaseFile))))
        return {};
    auto store = unwrap(Store::open(dir, false));
    return unwrap(CalendarService(*store).arrangements());
}

int cmdCalendarLunar(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral("usage: motcua-cli calendar lunar DATE... [--json]"));
    const QStringList dates = valuesOrStdin(a, 2);
    for (const QString &text : dates) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || d.year() < 1901 || d.year() > 2100)
            throw Failure{kBadInput,
                          QStringLiteral("'%1' is not a date from 1901-01-01 to 2100-12-31 (YYYY-MM-DD)").arg(text)};
    }
    for (const QString &text : dates) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        const LunarDate l = Lunar::fromSolar(d);
        if (out.json())
            out.line({{QStringLiteral("date"), d.toString(Qt::ISODate)},
                      {QStringLiteral("lunar_day"), l.day},
                      {QStringLiteral("lunar_month"), l.month},
                      {QStringLiteral("lunar_year"), l.year},
                      {QStringLiteral("leap"), l.leap}});
        else
            out.text(QStringLiteral("%1  %2/%3%4/%5")
                         .arg(d.toString(Qt::ISODate))
                         .arg(l.day, 2, 10, QLatin1Char('0'))
                         .arg(l.month, 2, 10, QLatin1Char('0'))
                         .arg(l.leap ? tr(" (leap)") : QString())
                         .arg(l.year));
    }
    return kOk;
}

int cmdCalendarHolidays(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("calendar holidays YEAR [--json]"));
    bool ok = false;
    const int year = a.positional.at(2).toInt(&ok);
    if (!ok || year < 1901 || year > 2100)
        throw Failure{kBadInput, QStringLiteral("'%1' is not a year from 1901 to 2100").arg(a.positional.at(2))};
    const QList<Holiday> days = Holidays::forYear(year, storedArrangements(a));
    QList<QStringList> rows;
    for (const Holiday &h : days) {
        if (out.json())
            out.line({{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                      {QStringLiteral("name"), h.name},
                      {QStringLiteral("kind"), holidayKindKey(h.kind)}});
        rows.append({h.date.toString(Qt::ISODate), QLocale::c().dayName(h.date.dayOfWeek(), QLocale::ShortFormat),
                     holidayKindKey(h.kind), h.name});
    }
    if (!out.json())
        out.table({tr("Date"), tr("Day"), tr("Kind"), tr("Name")}, rows);
    return kOk;
}

int cmdCalendarDue(const Args &a, Output &out)
{
    expectPositional(a, 2,
                     QStringLiteral("calendar due --from DATETIME --limit N --unit working-days|working-hours|days "
                                    "[--policy civil-code|working-hours] [--json]"));
    const QString fromText = a.value(QStringLiteral("--from"));
    const QDateTime from = Time::parseIso(fromText);
    if (!from.isValid())
        throw Failure{
            kBadInput,
            QStringLiteral(
                "--from '%1' is not an ISO 8601 date or date-time (e.g. 2026-04-23 or 2026-04-23T09:30:00+07:00)")
                .arg(fromText)};
    bool ok = false;
    const int limit = a.value(QStringLiteral("--limit")).toInt(&ok);
    if (!ok || limit < 0 || limit > 3650)
        throw Failure{kBadInput, QStringLiteral("--limit must be a whole number from 0 to 3650")};
    const auto unit = timeUnitFromKey(a.value(QStringLiteral("--unit")));
    if (!unit || *unit == TimeUnit::Unspecified)
        throw Failure{kBadInput, QStringLiteral("--unit must be working-days, working-hours, days or hours")};
    WorkingCalendar cal = Holidays::workingCalendar(Time::toVietnam(from).date().year(),
                                                    Time::toVietnam(from).date().year() + 10, storedArrangements(a));
    if (a.has(QStringLiteral("--policy"))) {
        const auto policy = countingFromKey(a.value(QStringLiteral("--policy")));
        if (!policy)
            throw Failure{kBadInput, QStringLiteral("--policy must be civil-code or working-hours")};
        cal.setCounting(*policy);
    }
    const auto due = cal.dueDate(from, limit, *unit);
    if (out.json())
        out.line(
            {{QStringLiteral("from"), Time::toVietnamIso(from)}, {QStringLiteral("due"), Time::toVietnamIso(due.at)}});
    else
        out.text(Time::toVietnamIso(due.at));
    return kOk;
}

int cmdCalendarImport(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("calendar import FILE"));
    QFile f(a.positional.at(2));
    if (!f.open(QIODevice::ReadOnly))
        throw Failure{kBadInput, QStringLiteral("cannot read %1").arg(a.positional.at(2))};
    const YearArrangement arrangement = unwrap(CalendarService::parseArrangement(f.readAll()));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(CalendarService(*store).publish(session, arrangement));
    if (out.json())
        out.line({{QStringLiteral("year"), arrangement.year}, {QStringLiteral("days"), int(arrangement.days.size())}});
    else
        out.text(
            tr("Holiday arrangement for %1 recorded (%2 days)").arg(arrangement.year).arg(arrangement.days.size()));
    return kOk;
}

QJsonObject backupJson(const BackupInfo &b)
{
    return {{QStringLiteral("path"), b.path},
            {QStringLiteral("commune"), b.communeCode},
            {QStringLiteral("commune_name"), b.communeName},
            {QStringLiteral("schema_version"), b.schemaVersion},
            {QStringLiteral("events"), b.events},
            {QStringLiteral("dossiers"), b.dossiers},
            {QStringLiteral("users"), b.users},
            {QStringLiteral("last_event_at"),
             b.lastEventAt.isValid() ? QJsonValue(Time::toVietnamIso(b.lastEventAt)) : QJsonValue()},
            {QStringLiteral("size_bytes"), b.sizeBytes},
            {QStringLiteral("ok"), b.ok()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(b.problems)}};
}

void printBackup(Output &out, const BackupInfo &b)
{
    if (out.json()) {
        out.line(backupJson(b));
        return;
    }
    out.text(tr("File:      %1 (%2 KB)").arg(b.path).arg(b.sizeBytes / 1024));
    out.text(tr("Commune:   %1 (%2)").arg(b.communeName, b.communeCode));
    out.text(tr("Holds:     %1 events, %2 dossiers, %3 users").arg(b.events).arg(b.dossiers).arg(b.users));
    out.text(tr("Last change: %1").arg(b.lastEventAt.isValid() ? vnDateTime(b.lastEventAt) : QStringLiteral("-")));
    out.text(b.ok() ? tr("Check:     OK (integrity, hash chains)")
                    : tr("Check:     FAILED: %1").arg(b.problems.join(QStringLiteral("; "))));
}

int cmdBackup(const Args &a, Output &out)
{
    if (a.positional.size() == 3 && a.positional.at(1) == QLatin1String("inspect")) {
        const BackupInfo info = unwrap(BackupService::inspect(a.positional.at(2)));
        printBackup(out, info);
        return info.ok() ? kOk : kFailure;
    }
    expectPositional(a, 1, QStringLiteral("backup --to FOLDER [--keep N]   |   backup inspect FILE"));
    const QString folder = a.value(QStringLiteral("--to"));
    if (folder.isEmpty())
        throw UsageError(QStringLiteral("backup needs --to FOLDER (a folder or a USB drive)"));
    const int keep = intOption(a, "--keep", BackupService::kDefaultKeep, 1, 365);
    auto store = openStore(a);
    const Session session = login(*store, a);
    BackupService service(*store);
    const BackupInfo info = unwrap(service.backup(session, folder));
    const QStringList pruned = unwrap(service.prune(session, folder, keep));
    printBackup(out, info);
    if (!out.json() && !pruned.isEmpty())
        out.text(tr("Deleted %1 older backup(s)").arg(pruned.size()));
    return kOk;
}

int cmdRestore(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("--data-dir NEW_DIR restore --from FILE"));
    const QString from = a.value(QStringLiteral("--from"));
    if (from.isEmpty())
        throw UsageError(QStringLiteral("restore needs --from FILE"));
    const BackupInfo info = unwrap(BackupService::restore(from, dataDirOf(a)));
    printBackup(out, info);
    if (!out.json())
        out.text(tr("Restored into %1").arg(dataDirOf(a)));
    return kOk;
}

int cmdAudit(const Args &a, Output &out)
{
    expectPositional(
        a, 1, QStringLiteral("audit [--user NAME] [--entity E] [--record R] [--from DATE] [--until DATE] [--limit N]"));
    AuditFilter filter;
    filter.actor = a.value(QStringLiteral("--user"));
    filter.entity = a.value(QStringLiteral("--entity"));
    filter.record = a.value(QStringLiteral("--record"));
    filter.from = dateOption(a, "--from");
    filter.to = dateOption(a, "--until");
    const int limit = intOption(a, "--limit", 100, 1, 1000000);
    // --user names the account being audited here; sign in through MOTCUA_USER (or --user with --password-stdin).
    Args auth = a;
    auth.values.remove(QStringLiteral("--user"));
    auto store = openStore(a);
    const Session session = login(*store, auth);
    AuditService audit(*store);
    QList<AuditEntry> entries;
    qint64 before = 0;
    do {
        const AuditPage page = unwrap(audit.list(session, filter, before, std::min(1000, limit - int(entries.size()))));
        entries += page.entries;
        before = page.nextBefore;
    } while (before > 0 && entries.size() < limit);
    QList<QStringList> rows;
    for (const AuditEntry &e : entries) {
        if (out.json())
            out.line({{QStringLiteral("at"), Time::toVietnamIso(e.at)},
                      {QStringLiteral("actor"), e.actorName},
                      {QStringLiteral("type"), e.event.type},
                      {QStringLiteral("entity"), e.event.entity},
                      {QStringLiteral("record"), e.recordLabel},
                      {QStringLiteral("device"), e.event.device},
                      {QStringLiteral("event"), e.event.id}});
        rows.append({vnDateTime(e.at), e.actorName, e.event.type, e.recordLabel, e.event.device.left(8)});
    }
    if (!out.json())
        out.table({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Device")}, rows);
    return kOk;
}

int cmdSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral(
            "usage: motcua-cli search QUERY [--kind dossier|applicant|procedure]... [--state S] [--from DATE] [--until "
            "DATE] [--procedure CODE] [--field F] [--assignee USER] [--limit N | --all] [--json]"));
    SearchQuery q;
    q.text = a.positional.mid(1).join(u' ');
    q.kinds = a.all(QStringLiteral("--kind"));
    q.state = a.value(QStringLiteral("--state"));
    q.receivedFrom = dateOption(a, "--from");
    q.receivedTo = dateOption(a, "--until");
    q.procedureCode = a.value(QStringLiteral("--procedure"));
    q.field = a.value(QStringLiteral("--field"));
    q.assignee = a.value(QStringLiteral("--assignee"));
    q.limit = intOption(a, "--limit", q.limit, 1, 200);
    // --all: every match, newest first, page by page (keyset), instead of the best few per kind.
    q.paged = a.has(QStringLiteral("--all"));
    if (q.paged)
        q.limit = 200;
    auto store = openStore(a);
    const Session session = login(*store, a);
    SearchService service(*store);
    QList<QStringList> rows;
    for (;;) {
        const SearchResult r = unwrap(service.search(session, q));
        for (const SearchHit &h : r.hits) {
            if (out.json())
                out.line({{QStringLiteral("kind"), h.kind},
                          {QStringLiteral("id"), h.kind == QLatin1String("dossier") ? h.code : h.id},
                          {QStringLiteral("title"), h.title},
                          {QStringLiteral("snippet"), h.snippet}});
            rows.append({h.kind, h.title.left(70), h.snippet.left(90)});
        }
        if (!q.paged || r.nextBefore <= 0)
            break;
        q.before = r.nextBefore;
    }
    if (!out.json())
        out.table({tr("Kind"), tr("Title"), tr("Match")}, rows);
    return kOk;
}

void printHelp(Output &out)
{
    out.text(
        QStringLiteral(
            "motcua-cli %1: the headless side of MotCua Desk\n"
            "\n"
            "Usage: motcua-cli [--data-dir DIR] [--json] [--user NAME --password-stdin] COMMAND ...\n"
            "  init --commune CODE                 create the store and the first administrator "
            "(MOTCUA_USER/MOTCUA_PASSWORD)\n"
            "  dossier receive --procedure CODE --applicant-name NAME [--citizen-id ID] [--phone P] [--address A]\n"
            "                  [--channel direct|online|post] [--received-at DATETIME] [--paper TEXT]...\n"
            "                  [--duplicate-reason TEXT | --refuse-duplicate]\n"
            "  dossier list [--state STATE] [--queue QUEUE] [--filter TEXT] [--limit N]\n"
            "         queues: to_receive mine awaiting_supplement awaiting_approval due_today due_soon overdue "
            "ready_to_return\n"
            "  dossier show CODE\n"
            "  dossier control-sheet CODE          the processing control sheet, from the events\n"
            "  dossier transfer CODE --to USER [--department D] [--days N]\n"
            "  dossier request-supplement CODE --item TEXT... [--reason R]   |  dossier supplement-received CODE\n"
            "  dossier refuse|reject|stop CODE --reason R   |  dossier withdraw CODE [--reason R]\n"
            "  dossier approve|finish CODE   |  dossier return CODE [--how desk|post|electronic]\n"
            "  dossier apologize CODE --reason R --new-due DATE      (every action takes [--note N] [--at DATETIME])\n"
            "  catalog search WORDS... [--limit N]\n"
            "  search QUERY [--kind K]... [--state S] [--from DATE] [--until DATE] [--procedure CODE] [--field F]\n"
            "         [--assignee USER] [--limit N | --all]\n"
            "                                      one search over dossiers, applicants and procedures, diacritics "
            "optional\n"
            "  user add NAME --role ROLE... [--full-name N] [--department D] [--temporary-password]  (password on "
            "stdin)\n"
            "  user list   |  user passwd (new password on stdin)   |  user reset NAME (temporary password on stdin)\n"
            "  user set NAME [--role ROLE]... [--full-name N] [--department D] [--disable|--enable]\n"
            "  validate citizen-id ID...           (IDs on stdin when none are given)\n"
            "  calendar lunar DATE...              solar -> Vietnamese lunar date\n"
            "  calendar holidays YEAR              days off: the published arrangement, else the Labour Code default\n"
            "  calendar due --from DATETIME --limit N --unit working-days|working-hours|days [--policy "
            "civil-code|working-hours]\n"
            "  calendar import FILE                record a year's official arrangement (JSON; administrators)\n"
            "  rebuild                             drop and rebuild every projection from the event log\n"
            "  verify                              check every hash chain and the projections (exit 1 if broken)\n"
            "  export --canonical                  every projection as deterministic JSON Lines\n"
            "  audit [--user NAME] [--entity E] [--record CODE] [--from DATE] [--until DATE] [--limit N]\n"
            "                                      who did what, when, from which device (newest first)\n"
            "  backup --to FOLDER [--keep N]       a verified copy of the store (and attachments); keeps the newest N "
            "(14)\n"
            "  backup inspect FILE                 what a backup holds, and whether it verifies\n"
            "  --data-dir NEW_DIR restore --from FILE   into a new data directory only\n"
            "\n"
            "Exit codes: 0 success, 2 bad usage or input (nothing changed), 1 other failure.\n"
            "Data directory: --data-dir, else MOTCUA_DATA_DIR, else %2")
            .arg(QLatin1String(MOTCUA_VERSION), Paths::dataDir()));
}

} // namespace

int run(const QStringList &argv)
{
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    Args a;
    try {
        a = parse(argv);
    } catch (const UsageError &e) {
        err << "motcua-cli: " << e.message << '\n';
        return kBadInput;
    }
    Output out(a.has(QStringLiteral("--json")));
    if (a.has(QStringLiteral("--version"))) {
        out.text(QStringLiteral("motcua-cli ") + QLatin1String(MOTCUA_VERSION));
        return kOk;
    }
    if (a.has(QStringLiteral("--help")) || a.positional.isEmpty()) {
        printHelp(out);
        return a.positional.isEmpty() && !a.has(QStringLiteral("--help")) ? kBadInput : kOk;
    }

    const QString dataDir = dataDirOf(a);
    // Logs go to the store's log directory only when the store exists (never create a directory for bad input).
    if (QFile::exists(QDir(dataDir).filePath(QLatin1String(Store::kDatabaseFile))))
        Log::init(Paths::logDir(dataDir), spdlog::level::info, false);

    using Command = std::function<int(const Args &, Output &)>;
    const QList<std::pair<QStringList, Command>> commands = {
        {{QStringLiteral("init")}, cmdInit},
        {{QStringLiteral("dossier"), QStringLiteral("receive")}, cmdDossierReceive},
        {{QStringLiteral("dossier"), QStringLiteral("list")}, cmdDossierList},
        {{QStringLiteral("dossier"), QStringLiteral("show")}, cmdDossierShow},
        {{QStringLiteral("dossier"), QStringLiteral("control-sheet")}, cmdDossierControlSheet},
        {{QStringLiteral("dossier")}, cmdDossierAct},
        {{QStringLiteral("catalog"), QStringLiteral("search")}, cmdCatalogSearch},
        {{QStringLiteral("user"), QStringLiteral("add")}, cmdUserAdd},
        {{QStringLiteral("user"), QStringLiteral("list")}, cmdUserList},
        {{QStringLiteral("user"), QStringLiteral("passwd")}, cmdUserPasswd},
        {{QStringLiteral("user"), QStringLiteral("reset")}, cmdUserReset},
        {{QStringLiteral("user"), QStringLiteral("set")}, cmdUserSet},
        {{QStringLiteral("validate"), QStringLiteral("citizen-id")}, cmdValidateCitizenId},
        {{QStringLiteral("calendar"), QStringLiteral("lunar")}, cmdCalendarLunar},
        {{QStringLiteral("calendar"), QStringLiteral("holidays")}, cmdCalendarHolidays},
        {{QStringLiteral("calendar"), QStringLiteral("due")}, cmdCalendarDue},
        {{QStringLiteral("calendar"), QStringLiteral("import")}, cmdCalendarImport},
        {{QStringLiteral("search")}, cmdSearch},
        {{QStringLiteral("audit")}, cmdAudit},
        {{QStringLiteral("backup")}, cmdBackup},
        {{QStringLiteral("restore")}, cmdRestore},
        {{QStringLiteral("rebuild")}, cmdRebuild},
        {{QStringLiteral("verify")}, cmdVerify},
        {{QStringLiteral("export")}, cmdExport},
    };
    for (const auto &[words, command] : commands) {
        if (a.positional.mid(0, words.size()) != words)
            continue;
        try {
            return command(a, out);
        } catch (const UsageError &e) {
            err << "motcua-cli: " << e.message << '\n';
            return kBadInput;
        } catch (const Failure &f) {
            err << "motcua-cli: " << f.message << '\n';
            return f.code;
        }
    }
    err << "motcua-cli: unknown command '" << a.positional.join(u' ') << "' (see motcua-cli --help)\n";
    return kBadInput;
}

} // namespace MotCua::Cli
