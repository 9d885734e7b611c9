#include "app/cli/cli.h"

#include "app/cli/common.h"
#include "core/domain/text.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "core/util/paths.h"
#include "version.h"

#include <QDir>
#include <QFile>

namespace MotCua::Cli
{

namespace
{

QList<Command> allCommands();

// The help is the command table itself: every command's usage, as it parses them.
void printHelp(Output &out)
{
    out.text(QStringLiteral("motcua-cli %1: the headless side of MotCua Desk\n\n"
                            "Usage: motcua-cli [--data-dir DIR] [--json] COMMAND ...   (COMMAND --help: its usage)\n"
                            "Signing in: MOTCUA_USER and MOTCUA_PASSWORD, or --user NAME --password-stdin\n")
                 .arg(QLatin1String(MOTCUA_VERSION)));
    for (const Command &c : allCommands())
        out.text(QStringLiteral("  ") + c.usage);
    out.text(QStringLiteral("\nExit codes: 0 success, 2 bad usage or input (nothing changed), 1 other failure.\n"
                            "Data directory: --data-dir, else MOTCUA_DATA_DIR, else %1")
                 .arg(Paths::dataDir()));
}

QList<Command> allCommands()
{
    QList<Command> commands = dossierCommands() + userCommands() + calendarCommands() + maintenanceCommands() +
                              searchCommands() + exchangeCommands() + syncCommands() + documentCommands() +
                              reportCommands() + attachmentCommands();
#ifdef MOTCUA_CLI_PRINT
    commands += registerCommands();
#endif
    return commands;
}

// One bounded line on stderr, whatever the message held (a 100 kB input echoed back, line breaks).
void printError(QTextStream &err, const QString &message)
{
    err << "motcua-cli: " << Text::elided(message, 400) << '\n';
    err.flush();
}

} // namespace

int run(const QStringList &argv)
{
    installLanguage();
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    const QList<Command> commands = allCommands();
    QSet<QString> valueOptions{globalOptions().cbegin(), globalOptions().cend()};
    QSet<QString> flags{globalFlags().cbegin(), globalFlags().cend()};
    valueOptions.insert(QStringLiteral("--user"));
    flags.insert(QStringLiteral("--password-stdin"));
    flags.insert(QStringLiteral("--version"));
    for (const Command &c : commands) {
        valueOptions.unite(QSet<QString>(c.options.cbegin(), c.options.cend()));
        flags.unite(QSet<QString>(c.flags.cbegin(), c.flags.cend()));
    }

    QStringList words;
    try {
        words = commandWords(argv, valueOptions, flags);
    } catch (const UsageError &e) {
        printError(err, e.message);
        return kBadInput;
    }
    if (words.isEmpty()) {
        Output out(argv.contains(QStringLiteral("--json")));
        if (argv.contains(QStringLiteral("--version"))) {
            out.text(QStringLiteral("motcua-cli ") + QLatin1String(MOTCUA_VERSION));
            return kOk;
        }
        printHelp(out);
        return argv.contains(QStringLiteral("--help")) ? kOk : kBadInput;
    }

    // The command named by the most leading words.
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (words.mid(0, c.words.size()) == c.words && (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (!command) {
        printError(err, QStringLiteral("unknown command '%1' (see motcua-cli --help)").arg(shown(words.join(u' '))));
        return kBadInput;
    }
    try {
        const Args a = parse(argv, *command);
        Output out(a.has(QStringLiteral("--json")));
        if (a.has(QStringLiteral("--help"))) {
            out.text(QStringLiteral("usage: motcua-cli ") + command->usage);
            return kOk;
        }
        const QString dataDir = dataDirOf(a);
        // Logs go to the store's log directory only when the store exists (never create a directory for bad input).
        if (QFile::exists(QDir(dataDir).filePath(QLatin1String(Store::kDatabaseFile))))
            Log::init(Paths::logDir(dataDir), spdlog::level::info, false);
        return command->run(a, out);
    } catch (const UsageError &e) {
        printError(err, e.message);
        return kBadInput;
    } catch (const Failure &f) {
        printError(err, f.message);
        return f.code;
    }
}

} // namespace MotCua::Cli
