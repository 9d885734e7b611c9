#pragma once

// What every motcua-cli command shares: its own option list, parsing against it, output, sign-in, errors.
// Commands are grouped one file per group (dossier.cpp, users.cpp, calendar.cpp, maintenance.cpp, search.cpp,
// exchange.cpp); each group lists its commands with the options they take, so a command never accepts another
// one's option. The logic is in core services; a command parses, calls one service, prints.

#include "core/services/session.h"
#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace MotCua
{
class Store;
}

namespace MotCua::Cli
{

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

// Longest value an option or a line of standard input may have (free text is bounded again by the services).
constexpr qsizetype kMaxArgumentLength = 4096;

QString tr(const char *text);
// Installs the Vietnamese translation when the user's language is Vietnamese (MOTCUA_LANG=vi|en overrides the
// locale). True when installed.
bool installLanguage();

// A parsed command line: positional words, option values, flags.
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

// Failure with its exit code, raised inside a command and turned into one line on stderr and the code by run().
struct Failure
{
    int code;
    QString message;
};
Failure fromError(const Error &e);

class Output
{
public:
    explicit Output(bool json);
    bool json() const { return m_json; }
    void line(const QJsonObject &o);
    // One JSON line with its members in the order given (QJsonObject sorts them): where CLI.md shows an order,
    // e.g. sync's {"pushed":N,"pulled":M,"pending":0}, scripts may match it as text.
    void orderedLine(const QList<std::pair<QString, QJsonValue>> &members);
    void text(const QString &s);
    void raw(const QByteArray &bytes);
    // A plain aligned table for people.
    void table(const QStringList &headers, const QList<QStringList> &rows);

private:
    bool m_json;
    QTextStream m_out;
};

// One command: the words that name it, the options it takes (with a value) and its flags, and what it runs.
struct Command
{
    QStringList words;
    QString usage; // after "motcua-cli "
    QStringList options;
    QStringList flags;
    std::function<int(const Args &, Output &)> run;
    bool signsIn = true; // takes --user and --password-stdin
};

// Options every command takes.
const QStringList &globalOptions(); // --data-dir
const QStringList &globalFlags();   // --json, --help

QList<Command> dossierCommands();
QList<Command> userCommands();
QList<Command> calendarCommands();
QList<Command> maintenanceCommands();
QList<Command> searchCommands();
QList<Command> exchangeCommands();
QList<Command> syncCommands();
QList<Command> documentCommands();
QList<Command> reportCommands();
// register ..., incoming slip (registers.cpp; only in a build with the print library, MOTCUA_CLI_PRINT).
QList<Command> registerCommands();
QList<Command> attachmentCommands();

// Reads the words of a command line, with the option names that take a value (so their values are not taken for
// words); unknown options are a UsageError.
QStringList commandWords(const QStringList &argv, const QSet<QString> &valueOptions, const QSet<QString> &flags);
// Parses argv strictly against one command's options.
Args parse(const QStringList &argv, const Command &command);

QString readLineFromStdin();
// Every non-empty line of stdin, or the positional words from `from` on when there are any.
QStringList valuesOrStdin(const Args &a, qsizetype from);

QString dataDirOf(const Args &a);
std::unique_ptr<Store> openStore(const Args &a);
// Signs in as MOTCUA_USER / MOTCUA_PASSWORD (or --user NAME --password-stdin). `password` receives the password.
Session login(Store &store, const Args &a, QString *password = nullptr, bool allowTemporary = false);

template <typename T> T unwrap(Result<T> r)
{
    if (!r)
        throw fromError(r.error());
    return std::move(r.value());
}
void unwrap(Result<void> r);

void expectPositional(const Args &a, qsizetype count, const QString &usage);
// An optional --option DATE (YYYY-MM-DD): null when absent, exit 2 when malformed.
QDate dateOption(const Args &a, const char *option);
// An optional --option DATE or DATE-TIME (ISO 8601): null when absent, exit 2 when malformed.
QDateTime dateTimeOption(const Args &a, const char *option);
// A whole-number option, `fallback` when absent, exit 2 when malformed or outside [low, high].
int intOption(const Args &a, const char *option, int fallback, int low, int high);
// A file given as input: a regular file of at most `maxBytes`, read whole; exit 2 otherwise (a FIFO, a device,
// a directory or a file too big is refused before reading).
QByteArray readInputFile(const QString &path, qint64 maxBytes);

QString vnDateTime(const QDateTime &dt);
// init --join FILE (exchange.cpp).
int joinFromBundle(const Args &a, Output &out, const QString &user, const QString &password);
// A value shown back in a message: at most 60 characters.
QString shown(const QString &value);

} // namespace MotCua::Cli
