#include "core/sync/net/syncclient.h"

#include "core/util/sha256.h"
#include <algorithm>

#include <Poco/DeflatingStream.h>
#include <Poco/InflatingStream.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QJsonDocument>

#include <mutex>
#include <sstream>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace MotCua::Sync
{

namespace
{
Error transient(const QString &message)
{
    return Error{Error::Code::Network, message, QStringLiteral("transient")};
}

// Shuts the socket down for reading and writing (without closing it): a read or write blocked on it returns at once.
void shutdownSocket(std::intptr_t socket)
{
#ifdef _WIN32
    ::shutdown(static_cast<SOCKET>(socket), SD_BOTH);
#else
    ::shutdown(static_cast<int>(socket), SHUT_RDWR);
#endif
}

// The request in flight, known to the Interrupt while it sends and waits.
class InFlight
{
public:
    InFlight(Interrupt *interrupt, std::intptr_t socket) : m_interrupt(interrupt), m_socket(socket)
    {
        if (m_interrupt)
            m_interrupt->attach(socket);
    }
    ~InFlight()
    {
        if (m_interrupt)
            m_interrupt->detach(m_socket);
    }
    InFlight(const InFlight &) = delete;
    InFlight &operator=(const InFlight &) = delete;

private:
    Interrupt *m_interrupt;
    std::intptr_t m_socket;
};

void initialiseSsl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        // A certificate that does not verify is refused, never asked about (there is nobody to ask on a worker
        // thread) and never accepted: the handshake fails with a CertificateValidationException.
        Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> reject = new Poco::Net::RejectCertificateHandler(false);
        Poco::Net::SSLManager::instance().initializeClient(nullptr, reject, nullptr);
    });
}
} // namespace

void Interrupt::trigger()
{
    std::lock_guard lock(m_mutex);
    m_triggered = true;
    for (const std::intptr_t socket : m_sockets)
        shutdownSocket(socket);
}

void Interrupt::attach(std::intptr_t socket)
{
    if (socket < 0)
        return;
    std::lock_guard lock(m_mutex);
    m_sockets.push_back(socket);
    if (m_triggered)
        shutdownSocket(socket);
}

void Interrupt::detach(std::intptr_t socket)
{
    std::lock_guard lock(m_mutex);
    m_sockets.erase(std::remove(m_sockets.begin(), m_sockets.end(), socket), m_sockets.end());
}

Error Client::cancelled()
{
    return Error{Error::Code::Network, QStringLiteral("the run was stopped"), QStringLiteral("cancelled")};
}

struct Client::Impl
{
    Endpoint endpoint;
    std::shared_ptr<Interrupt> interrupt;
    Poco::URI uri;
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    Poco::Net::Context::Ptr context;

    Result<void> connect()
    {
        if (session)
            return {};
        try {
            uri = Poco::URI(endpoint.url.toStdString());
        } catch (const Poco::Exception &e) {
            return Error::invalid(QStringLiteral("the server address %1 is not a URL").arg(endpoint.url.left(100)),
                                  QStringLiteral("server"));
        }
        if (uri.getScheme() == "https") {
            initialiseSsl();
            if (!context) {
                // Verification on, always: the server's chain must lead to the given authority (or the system's),
                // and the name must match the address.
                context =
                    new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", endpoint.caFile.toStdString(),
                                           Poco::Net::Context::VERIFY_STRICT, 9, endpoint.caFile.isEmpty());
            }
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
        } else if (uri.getScheme() == "http") {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        } else {
            return Error::invalid(QStringLiteral("the server address must start with https:// or http://"),
                                  QStringLiteral("server"));
        }
        session->setTimeout(Poco::Timespan(Poco::Timespan::TimeDiff(endpoint.timeoutMs) * 1000));
        session->setKeepAlive(true);
        return {};
    }
};

Client::Client(Endpoint endpoint, std::shared_ptr<Interrupt> interrupt)
    : d(new Impl{std::move(endpoint), std::move(interrupt), {}, {}, {}})
{
}
Client::~Client() = default;

Result<Reply> Client::get(const QString &path)
{
    return request(Poco::Net::HTTPRequest::HTTP_GET, path, {});
}

Result<Reply> Client::post(const QString &path, const QByteArray &body)
{
    return request(Poco::Net::HTTPRequest::HTTP_POST, path, body);
}

Result<Reply> Client::postPacked(const QString &path, const QByteArray &packed)
{
    return request(Poco::Net::HTTPRequest::HTTP_POST, path, packed, false, true);
}

QByteArray Client::pack(const QByteArray &body)
{
    std::ostringstream packed;
    Poco::DeflatingOutputStream z(packed, Poco::DeflatingStreamBuf::STREAM_GZIP, 1);
    z.write(body.constData(), body.size());
    z.close();
    return QByteArray::fromStdString(packed.str());
}

Result<Reply> Client::request(const std::string &method, const QString &path, const QByteArray &body, bool binary,
                              bool packed, const std::string &range)
{
    Interrupt *interrupt = d->interrupt.get();
    if (interrupt && interrupt->isTriggered())
        return cancelled();
    if (auto r = d->connect(); !r)
        return r.error();
    Reply reply;
    // A request an Interrupt cut fails in whatever way the socket's shutdown makes it fail: it was stopped, not
    // refused.
    const auto stopped = [&] {
        d->session.reset();
        return interrupt && interrupt->isTriggered();
    };
    try {
        std::string target = d->uri.getPath();
        while (!target.empty() && target.back() == '/')
            target.pop_back();
        target += path.toStdString();
        Poco::Net::HTTPRequest req(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
        req.set("Accept-Encoding", "gzip");
        req.set("MotCua-Api", "1");
        if (!d->endpoint.token.isEmpty())
            req.set("Authorization", "Bearer " + d->endpoint.token.toStdString());
        std::string payload;
        if (binary && method == Poco::Net::HTTPRequest::HTTP_PUT) {
            // Scans and PDFs are compressed already: sent as they are.
            req.setContentType("application/octet-stream");
            if (!range.empty())
                req.set("Content-Range", range);
            payload.assign(body.constData(), size_t(body.size()));
            req.setContentLength(std::streamsize(payload.size()));
        } else if (method == Poco::Net::HTTPRequest::HTTP_POST) {
            req.setContentType("application/json");
            if (packed || body.size() > 4096) {
                payload = (packed ? body : pack(body)).toStdString();
                req.set("Content-Encoding", "gzip");
            } else {
                payload.assign(body.constData(), size_t(body.size()));
            }
            req.setContentLength(std::streamsize(payload.size()));
        }
        std::ostream &out = d->session->sendRequest(req);
        // Connected: from here until the answer is read, trigger() cuts the socket.
        const InFlight inFlight(interrupt, std::intptr_t(d->session->socket().impl()->sockfd()));
        out.write(payload.data(), std::streamsize(payload.size()));
        Poco::Net::HTTPResponse res;
        std::istream &in = d->session->receiveResponse(res);
        std::string text;
        if (res.get("Content-Encoding", "") == "gzip") {
            Poco::InflatingInputStream z(in, Poco::InflatingStreamBuf::STREAM_GZIP);
            Poco::StreamCopier::copyToString(z, text);
        } else {
            Poco::StreamCopier::copyToString(in, text);
        }
        reply.status = int(res.getStatus());
        reply.raw = QByteArray::fromStdString(text);
        if (res.has("Upload-Offset")) {
            bool ok = false;
            const qint64 offset = QByteArray::fromStdString(res.get("Upload-Offset")).toLongLong(&ok);
            reply.uploadOffset = ok && offset >= 0 ? offset : -1;
        }
    } catch (const Poco::Net::SSLException &e) {
        if (stopped())
            return cancelled();
        // A certificate that does not verify is not a passing fault: a person must look at it.
        return Error{Error::Code::Auth,
                     QStringLiteral("the server's certificate was refused (%1): check the address and the authority "
                                    "file")
                         .arg(QString::fromStdString(e.displayText()).left(200)),
                     QStringLiteral("certificate")};
    } catch (const Poco::TimeoutException &) {
        if (stopped())
            return cancelled();
        return transient(
            QStringLiteral("the server did not answer within %1 s").arg(double(d->endpoint.timeoutMs) / 1000.0));
    } catch (const Poco::Exception &e) {
        if (stopped())
            return cancelled();
        return transient(QStringLiteral("no connection to %1: %2")
                             .arg(d->endpoint.url.left(100), QString::fromStdString(e.displayText()).left(200)));
    } catch (const std::exception &e) {
        if (stopped())
            return cancelled();
        return transient(
            QStringLiteral("no connection to %1: %2").arg(d->endpoint.url.left(100), QString::fromUtf8(e.what())));
    }
    QJsonParseError perr;
    perr.error = QJsonParseError::NoError;
    // A blob's bytes come back as they are; the answer to a PUT is JSON like any other.
    const bool bytes =
        binary && method != Poco::Net::HTTPRequest::HTTP_PUT && reply.status >= 200 && reply.status < 300;
    const QJsonDocument doc = bytes ? QJsonDocument() : QJsonDocument::fromJson(reply.raw, &perr);
    if (doc.isObject())
        reply.body = doc.object();
    // Too many requests (a proxy's rate limit) and a request timeout pass like a server that is down: later.
    if (reply.status == 429 || reply.status == 408)
        return transient(QStringLiteral("the province asks to try again later (%1)").arg(reply.status));
    if (reply.status >= 500)
        return transient(QStringLiteral("the server failed (%1): %2")
                             .arg(reply.status)
                             .arg(reply.body.value(u"message").toString().left(200)));
    // A HEAD on a blob not held is an answer, with how much of it was sent so far.
    if (reply.status == 404 && method == Poco::Net::HTTPRequest::HTTP_HEAD)
        return reply;
    if (reply.status >= 400) {
        const QString code = reply.body.value(u"error").toString();
        const QString message = reply.body.value(u"message").toString().left(300);
        Error::Code c = Error::Code::Invalid;
        if (reply.status == 401 || reply.status == 403)
            c = Error::Code::Auth;
        else if (reply.status == 409)
            c = Error::Code::Conflict;
        else if (reply.status == 404)
            c = Error::Code::NotFound;
        return Error{c,
                     QStringLiteral("the province refused (%1 %2): %3")
                         .arg(reply.status)
                         .arg(code.isEmpty() ? QStringLiteral("?") : code, message),
                     code.isEmpty() ? QStringLiteral("refused") : code};
    }
    if (perr.error != QJsonParseError::NoError && !reply.raw.isEmpty())
        return transient(QStringLiteral("the server's answer is not JSON"));
    return reply;
}

Result<bool> Client::hasBlob(const QString &sha256)
{
    auto r = request(Poco::Net::HTTPRequest::HTTP_HEAD, QStringLiteral("/v1/blobs/") + sha256, {}, true);
    if (!r)
        return r.error();
    return r->status != 404;
}

Result<bool> Client::uploadBlob(const QString &sha256, const QByteArray &bytes)
{
    const QString path = QStringLiteral("/v1/blobs/") + sha256;
    auto head = request(Poco::Net::HTTPRequest::HTTP_HEAD, path, {}, true);
    if (!head)
        return head.error();
    if (head->status != 404)
        return false;
    // Whole when small, and to a server that does not take parts (its HEAD says no Upload-Offset).
    if (bytes.size() <= kBlobPart || head->uploadOffset < 0) {
        auto put = putBlob(sha256, bytes);
        if (!put)
            return put.error();
        return true;
    }
    qint64 offset = std::clamp<qint64>(head->uploadOffset, 0, bytes.size() - 1);
    // Each part answers how much the province holds; one refused for its offset (the province lost the parts, or
    // another run of this device sent more) asks where to go on from, a few times at most; parts that together did
    // not hash to the name (damaged on the way) are sent once more from the first byte.
    bool resent = false;
    for (int restarts = 0;;) {
        const qsizetype size = qsizetype(std::min<qint64>(kBlobPart, bytes.size() - offset));
        const std::string range = "bytes " + std::to_string(offset) + '-' + std::to_string(offset + size - 1) + '/' +
                                  std::to_string(bytes.size());
        auto put =
            request(Poco::Net::HTTPRequest::HTTP_PUT, path, bytes.mid(qsizetype(offset), size), true, false, range);
        if (!put) {
            if (put.error().field == u"hash_mismatch" && !resent) {
                resent = true;
                offset = 0;
                continue;
            }
            if (put.error().field != u"upload_offset" || ++restarts > 3)
                return put.error();
            auto again = request(Poco::Net::HTTPRequest::HTTP_HEAD, path, {}, true);
            if (!again)
                return again.error();
            if (again->status != 404)
                return true;
            offset = std::clamp<qint64>(again->uploadOffset, 0, bytes.size() - 1);
            continue;
        }
        if (put->status != 202)
            return true; // stored (201), or held already (200)
        const qint64 received = put->body.value(u"received").toInteger(-1);
        if (received <= offset || received >= bytes.size())
            return Error{Error::Code::Network,
                         QStringLiteral("the province's answer to a part of %1 does not add up").arg(sha256.left(12)),
                         QStringLiteral("transient")};
        offset = received;
    }
}

Result<Reply> Client::putBlob(const QString &sha256, const QByteArray &bytes)
{
    return request(Poco::Net::HTTPRequest::HTTP_PUT, QStringLiteral("/v1/blobs/") + sha256, bytes, true);
}

Result<QByteArray> Client::getBlob(const QString &sha256)
{
    auto r = request(Poco::Net::HTTPRequest::HTTP_GET, QStringLiteral("/v1/blobs/") + sha256, {}, true);
    if (!r)
        return r.error();
    if (Sha256::hex(r->raw) != sha256)
        return Error{Error::Code::Invalid,
                     QStringLiteral("the province sent bytes for %1 that do not hash to it").arg(sha256),
                     QStringLiteral("hash_mismatch")};
    return r->raw;
}

} // namespace MotCua::Sync
