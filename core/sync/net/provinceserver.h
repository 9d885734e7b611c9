#pragma once

#include "core/util/result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace MotCua::Province
{

class ProvinceStore;

// Faults a test asks the server to inject, to prove the client loses and duplicates nothing (the probabilities
// apply per request; the seed makes a schedule repeatable). Never set in production.
struct FaultPlan
{
    double dropReplyAfterCommit = 0; // a push is committed, then the connection is closed without a reply
    double failBeforeCommit = 0;     // 500 before anything is done
    int delayMs = 0;                 // every request waits this long first (a slow link)
    qint64 clockOffsetSeconds = 0;   // the time the server gives (health) is this far off: a PC's clock seen as wrong
    // A request held this long before it is served at all, at random (the client's timeout passes, it tries again
    // while the first request is still to be done: a reply that comes late, or never).
    double hang = 0;
    int hangMs = 0;
    quint32 seed = 1;
    // "drop=0.2,fail=0.1,delay=50,hang=0.1,hang_ms=800,clock=-900,seed=7"
    static Result<FaultPlan> parse(const QString &spec);
};

// The reference provincial server (docs/sync-protocol.md): Poco's HTTPServer over a ProvinceStore. Plain HTTP on
// loopback or behind nginx, which terminates TLS (packaging/nginx/motcua-province.conf).
class ProvinceServer
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0; // 0: any free port
        int threads = 8;
        FaultPlan faults;
    };
    ProvinceServer(ProvinceStore &store, Options options);
    ~ProvinceServer();
    Result<void> start();
    int port() const;
    void stop();
    qint64 requestsServed() const;

    struct Impl; // public for the request handlers in the .cpp

private:
    std::unique_ptr<Impl> d;
};

} // namespace MotCua::Province
