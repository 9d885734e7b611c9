#include "app/cli/common.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/services/authservice.h"
#include "core/store/store.h"
#include "core/util/paths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <iostream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace MotCua::Cli
{

QString tr(const char *text)
{
    // The context lupdate files these under (tr() calls in namespace MotCua::Cli).
    return QCoreApplication::translate("MotCua::Cli", text);
}

bool installLanguage()
{
    // MOTCUA_LANG=vi|en chooses; else the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as CLI.md asks
    // ("a human-readable table in the user's language"). JSON output does not change with it.
    const QString asked = qEnvironmentVariable("MOTCUA_LANG").trimmed().toLower();
    const QStringList languages = QLocale::system().uiLanguages();
    const bool vietnamese =
        asked.isEmpty() ? !languages.isEmpty() && languages.first().startsWith(u"vi") : asked.startsWith(u"vi");
    if (!vietnamese)
        return false;
    static QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/motcua_vi.qm")))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

Failure fromError(const Error &e)
{
    return {e.isUserError() ? kBadInput : kFailure, e.message};
}

Output::Output(bool json) : m_json(json), m_out(stdout)
{
    m_out.setEncoding(QStringConverter::Utf8);
}

void Output::line(const QJsonObject &o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Output::orderedLine(const QList<std::pair<QString, QJsonValue>> &members)
{
    QByteArray line("{");
    for (const auto &[key, value] : members) {
        if (line.size() > 1)
            line += ',';
        // A one-member object gives the member's text exactly as QJsonDocument writes it (escapes included).
        QByteArray one = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact);
        line += one.mid(1, one.size() - 2);
    }
    line += "}\n";
    raw(line);
}

void Output::text(const QString &s)
{
    m_out << s << '\n';
    m_out.flush();
}

void Output::raw(const QByteArray &bytes)
{
    m_out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
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

const QStringList &globalOptions()
{
    static const QStringList options{QStringLiteral("--data-dir")};
    return options;
}

const QStringList &globalFlags()
{
    static const QStringList flags{QStringLiteral("--json"), QStringLiteral("--help")};
    return flags;
}

namespace
{
struct Token
{
    QString name;
    QString value;
    bool inlineValue = false;
};

Token splitOption(const QString &arg)
{
    Token t{arg, {}, false};
    if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
        t.name = arg.left(eq);
        t.value = arg.mid(eq + 1);
        t.inlineValue = true;
    }
    return t;
}

void checkValue(const QString &name, const QString &value)
{
    if (value.trimmed().isEmpty())
        throw UsageError(QStringLiteral("%1 needs a value (an empty one is not accepted)").arg(name));
    if (value.size() > kMaxArgumentLength)
        throw UsageError(
            QStringLiteral("the value of %1 is longer than %2 characters").arg(name).arg(kMaxArgumentLength));
}
} // namespace

QStringList commandWords(const QStringList &argv, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    QStringList words;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            words.append(arg);
            continue;
        }
        const Token t = splitOption(arg);
        if (valueOptions.contains(t.name)) {
            if (!t.inlineValue)
                ++i;
        } else if (!flags.contains(t.name)) {
            throw UsageError(QStringLiteral("unknown option %1 (see motcua-cli --help)").arg(shown(t.name)));
        }
    }
    return words;
}

Args parse(const QStringList &argv, const Command &command)
{
    QStringList options = globalOptions() + command.options;
    QStringList flags = globalFlags() + command.flags;
    if (command.signsIn) {
        options.append(QStringLiteral("--user"));
        flags.append(QStringLiteral("--password-stdin"));
    }
    const QString name = command.words.join(u' ');
    Args a;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            a.positional.append(arg);
            continue;
        }
        Token t = splitOption(arg);
        if (flags.contains(t.name)) {
            if (t.inlineValue)
                throw UsageError(QStringLiteral("%1 takes no value").arg(t.name));
            a.flags.insert(t.name);
        } else if (options.contains(t.name)) {
            if (!t.inlineValue) {
                if (i + 1 >= argv.size())
                    throw UsageError(QStringLiteral("%1 needs a value").arg(t.name));
                t.value = argv.at(++i);
            }
            checkValue(t.name, t.value);
            a.values[t.name].append(t.value);
        } else {
            const QStringList own = command.options + command.flags;
            throw UsageError(QStringLiteral("'%1' does not take %2 (it takes: %3)")
                                 .arg(name, shown(t.name),
                                      own.isEmpty() ? QStringLiteral("no options of its own") : own.join(u' ')));
        }
    }
    for (const QString &p : std::as_const(a.positional)) {
        if (p.size() > kMaxArgumentLength)
            throw UsageError(QStringLiteral("an argument is longer than %1 characters").arg(kMaxArgumentLength));
    }
    return a;
}

QString readLineFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    if (line.size() > size_t(kMaxArgumentLength))
        throw Failure{kBadInput,
                      QStringLiteral("a line on standard input is longer than %1 bytes").arg(kMaxArgumentLength)};
    if (!Text::isValidUtf8(QByteArrayView(line.data(), qsizetype(line.size()))))
        throw Failure{kBadInput, QStringLiteral("standard input is not valid UTF-8")};
    QString text = QString::fromStdString(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

QStringList valuesOrStdin(const Args &a, qsizetype from)
{
    QStringList values = a.positional.mid(from);
    if (values.isEmpty()) {
        constexpr int kMaxLines = 100000;
        while (std::cin.good() && !std::cin.eof()) {
            const QString v = readLineFromStdin().trimmed();
            if (!v.isEmpty())
                values.append(v);
            if (values.size() > kMaxLines)
                throw Failure{kBadInput, QStringLiteral("more than %1 values on standard input").arg(kMaxLines)};
        }
    }
    return values;
}

namespace
{
QString promptPassword()
{
#ifdef Q_OS_UNIX
    std::fputs("Password: ", stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios noEcho = old;
    noEcho.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    const QString pw = readLineFromStdin();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
#else
    return readLineFromStdin();
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
} // namespace

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

Session login(Store &store, const Args &a, QString *password, bool allowTemporary)
{
    // --user NAME, else MOTCUA_USER, else the first administrator's default name. A variable that is set but empty
    // names nobody: it is refused rather than taken as the default.
    QString user = a.value(QStringLiteral("--user"));
    if (user.isEmpty() && qEnvironmentVariableIsSet("MOTCUA_USER")) {
        user = qEnvironmentVariable("MOTCUA_USER").trimmed();
        if (user.isEmpty())
            throw Failure{kBadInput, QStringLiteral("MOTCUA_USER is empty: set it to your user name")};
    }
    if (user.isEmpty())
        user = QStringLiteral("admin");
    QString pw;
    if (a.has(QStringLiteral("--password-stdin")))
        pw = readLineFromStdin();
    else if (qEnvironmentVariableIsSet("MOTCUA_PASSWORD"))
        pw = qEnvironmentVariable("MOTCUA_PASSWORD");
    else if (stdinIsTerminal())
        pw = promptPassword();
    if (pw.isEmpty())
        throw Failure{kBadInput, QStringLiteral("no password: set MOTCUA_USER and MOTCUA_PASSWORD, or use --user NAME "
                                                "--password-stdin")};
    auto session = AuthService(store).authenticate(user, pw);
    if (!session)
        throw fromError(session.error());
    if (session->mustChangePassword && !allowTemporary)
        throw Failure{kBadInput, QStringLiteral("the password of '%1' is temporary: change it first with `motcua-cli "
                                                "user passwd`")
                                     .arg(session->username)};
    if (password)
        *password = pw;
    return *session;
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

QDate dateOption(const Args &a, const char *option)
{
    if (!a.has(QLatin1String(option)))
        return {};
    const QDate d = Time::parseDate(a.value(QLatin1String(option)));
    if (!d.isValid())
        throw Failure{kBadInput, QStringLiteral("%1 must be a date (YYYY-MM-DD), got '%2'")
                                     .arg(QLatin1String(option), shown(a.value(QLatin1String(option))))};
    return d;
}

QDateTime dateTimeOption(const Args &a, const char *option)
{
    if (!a.has(QLatin1String(option)))
        return {};
    const QString text = a.value(QLatin1String(option));
    const QDateTime t = Time::parseIso(text);
    if (!t.isValid())
        throw Failure{kBadInput, QStringLiteral("%1 '%2' is not an ISO 8601 date or date-time (e.g. 2026-02-17 or "
                                                "2026-02-17T09:30:00+07:00)")
                                     .arg(QLatin1String(option), shown(text))};
    return t;
}

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

QByteArray readInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Failure{kBadInput, QStringLiteral("no file %1").arg(shown(path))};
    // A FIFO would block forever and a device (/dev/zero) never ends: only regular files are read.
    if (!info.isFile())
        throw Failure{kBadInput, QStringLiteral("%1 is not a regular file").arg(shown(path))};
    if (info.size() > maxBytes)
        throw Failure{kBadInput, QStringLiteral("%1 is larger than %2 KB").arg(shown(path)).arg(maxBytes / 1024)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Failure{kBadInput, QStringLiteral("cannot read %1: %2").arg(shown(path), f.errorString())};
    QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw Failure{kBadInput, QStringLiteral("%1 is larger than %2 KB").arg(shown(path)).arg(maxBytes / 1024)};
    return bytes;
}

QString vnDateTime(const QDateTime &dt)
{
    return Time::toVietnam(dt).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString shown(const QString &value)
{
    return Text::elided(value, 60);
}

} // namespace MotCua::Cli
