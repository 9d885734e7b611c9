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
            "  catalog search WORDS... [--limit N]   the procedures, everyday ones first, diacritics optional\n"
            "  catalog list [--missing-time-limit]  every procedure, or those whose time limit or unit is not known\n"
            "  catalog set-time-limit CODE --limit N --unit working-days|working-hours|days   (administrators)\n"
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

QList<Command> allCommands()
{
    return dossierCommands() + userCommands() + calendarCommands() + maintenanceCommands() + searchCommands() +
           exchangeCommands();
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
