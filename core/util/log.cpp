#include "core/util/log.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QtGlobal>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <vector>

namespace MotCua::Log
{

namespace
{
QMutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::warn;
bool g_initialised = false;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    static const auto log = get("qt");
    const std::string text = msg.toStdString();
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        log->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        log->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        log->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        log->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        log->critical("[{}] {}", category, text);
        log->flush();
        break;
    }
}
} // namespace

void init(const QString &logDir, spdlog::level::level_enum level, bool toStderr)
{
    QMutexLocker locker(&g_mutex);
    const QByteArray envLevel = qgetenv("MOTCUA_LOG_LEVEL");
    if (!envLevel.isEmpty())
        level = spdlog::level::from_str(envLevel.toStdString());
    g_level = level;
    g_sinks.clear();
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        QFile::setPermissions(logDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        try {
            const QString path = QDir(logDir).filePath(QStringLiteral("motcua.log"));
            // The log names users and records: readable by this user only, whatever the umask (the file is made
            // before spdlog opens it, so it never exists with wider rights; rotated files inherit them by rename).
            if (!QFile::exists(path)) {
                QFile f(path);
                (void)f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
            }
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            g_sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            // A log file we cannot open must never stop the application.
        }
    }
    if (toStderr)
        g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    // Re-point loggers created before init.
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = g_sinks;
        logger->set_level(g_level);
    });
    spdlog::flush_every(std::chrono::seconds(2));
    g_initialised = true;
    locker.unlock();
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> get(std::string_view module)
{
    const std::string name = "motcua." + std::string(module);
    QMutexLocker locker(&g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    std::shared_ptr<spdlog::logger> logger;
    if (g_sinks.empty())
        logger = std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::null_sink_mt>());
    else
        logger = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_initialised ? g_level : spdlog::level::warn);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace MotCua::Log
