#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace MotCua::Sync
{

// Lets another thread stop a run without waiting for the network: trigger() shuts down the sockets of the requests
// in flight (their reads and writes return at once) and every later request of a client holding it refuses to start. A
// request that is still connecting or resolving the name is not cut (the OS gives no way to): it ends at the
// client's timeout. Both sides answer Error::Code::Network with field "cancelled", which is neither a refusal to park
// nor a failure to back off from.
class Interrupt
{
public:
    void trigger();
    bool isTriggered() const { return m_triggered.load(); }

    // For Client: the sockets of the requests in flight (a push keeps two batches on the wire, on two clients holding
    // one Interrupt), under m_mutex. A request detaches its socket before its session closes it, so trigger() never
    // shuts down a descriptor the OS gave to someone else.
    void attach(std::intptr_t socket);
    void detach(std::intptr_t socket);

private:
    std::atomic<bool> m_triggered{false};
    std::mutex m_mutex;
    std::vector<std::intptr_t> m_sockets;
};

// Where and how a counter reaches its province.
struct Endpoint
{
    QString url;    // http://127.0.0.1:8080 or https://motcua.dienbien.gov.vn (no path; /v1 is added)
    QString token;  // the device token (empty before enrolment)
    QString caFile; // PEM of the authority that signs the server's certificate; empty: the system's
    int timeoutMs = 30000;
};

// A reply the protocol defines, or why there is none. Transient failures (no connection, a timeout, 5xx) come
// back as Error::Code::Network with field "transient": the caller retries later. A refusal (4xx) comes back with
// field = the protocol's error code ("gap", "fork", "token_revoked", ...): retrying the same request is pointless.
struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    qint64 uploadOffset = -1; // the Upload-Offset header of a HEAD on a blob not held (§9); -1 without one
};

// The client side of docs/sync-protocol.md over Poco's HTTP(S)ClientSession, one request at a time, keep-alive.
// Used from a worker thread (SyncService); never from the GUI thread.
class Client
{
public:
    // `interrupt` (optional) cuts the requests from another thread.
    explicit Client(Endpoint endpoint, std::shared_ptr<Interrupt> interrupt = {});
    ~Client();

    Result<Reply> get(const QString &path);
    // `body` is gzip-compressed on the way when it is large.
    Result<Reply> post(const QString &path, const QByteArray &body);
    // A JSON body compressed beforehand by pack(): a push batch is packed while the one before is on the wire.
    Result<Reply> postPacked(const QString &path, const QByteArray &packed);
    // `body` in gzip (level 1: a fraction of the time for nearly the same size on JSON lines).
    static QByteArray pack(const QByteArray &body);

    // Blobs (§9): whether the province holds `sha256`; put the bytes there; fetch them (checked against the name: bytes
    // that do not hash to it are refused, field "hash_mismatch").
    Result<bool> hasBlob(const QString &sha256);
    Result<Reply> putBlob(const QString &sha256, const QByteArray &bytes);
    // Puts the file unless the province holds it (true: put now). A file larger than kBlobPart goes up in parts of
    // that size, from where this device's last upload of it stopped, so a line that breaks costs one part, not the
    // whole scan.
    Result<bool> uploadBlob(const QString &sha256, const QByteArray &bytes);
    static constexpr qsizetype kBlobPart = 1024 * 1024;
    Result<QByteArray> getBlob(const QString &sha256);

    // Whether `error` is a refusal (a 4xx with a protocol code) rather than a transient failure.
    static bool isRefusal(const Error &error) { return error.code != Error::Code::Network; }
    // The error of a request an Interrupt stopped.
    static Error cancelled();

private:
    // `binary`: the body and the answer are bytes (a blob), not JSON. `packed`: the JSON body is in gzip already.
    // `range`: the Content-Range of a blob part.
    Result<Reply> request(const std::string &method, const QString &path, const QByteArray &body, bool binary = false,
                          bool packed = false, const std::string &range = {});
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace MotCua::Sync
