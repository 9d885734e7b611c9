#include "core/sync/net/provinceserver.h"

#include "core/domain/dossierstate.h"
#include "core/domain/ids.h"
#include "core/sync/net/provincestore.h"
#include "core/util/log.h"
#include "core/util/sha256.h"
#include "version.h"

#include <Poco/DeflatingStream.h>
#include <Poco/InflatingStream.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <condition_variable>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

namespace MotCua::Province
{

namespace
{
const auto &syncLog()
{
    static const auto logger = Log::get("province");
    return logger;
}

constexpr qint64 kMaxBody = 16 * 1024 * 1024;
constexpr qint64 kMaxBlob = 64 * 1024 * 1024;
constexpr qint64 kMaxBlobPart = 16 * 1024 * 1024;

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

struct TooLarge
{
};

// The request body, inflated when it came gzip-compressed, at most `limit` bytes.
QByteArray readBody(HTTPServerRequest &request, qint64 limit)
{
    std::istream &raw = request.stream();
    std::unique_ptr<Poco::InflatingInputStream> inflating;
    std::istream *in = &raw;
    if (request.get("Content-Encoding", "") == "gzip") {
        inflating = std::make_unique<Poco::InflatingInputStream>(raw, Poco::InflatingStreamBuf::STREAM_GZIP);
        in = inflating.get();
    }
    QByteArray out;
    char buf[65536];
    while (*in) {
        in->read(buf, sizeof buf);
        const std::streamsize n = in->gcount();
        if (n <= 0)
            break;
        if (out.size() + n > limit)
            throw TooLarge{};
        out.append(buf, qsizetype(n));
    }
    return out;
}

void send(HTTPServerRequest &request, HTTPServerResponse &response, int status, const QByteArray &body,
          const char *type = "application/json")
{
    response.setStatus(HTTPResponse::HTTPStatus(status));
    response.set("MotCua-Api", "1");
    response.setContentType(type);
    const bool gzip = body.size() > 1024 && request.get("Accept-Encoding", "").find("gzip") != std::string::npos;
    if (!gzip) {
        response.setContentLength(body.size());
        response.send().write(body.constData(), body.size());
        return;
    }
    std::ostringstream packed;
    {
        Poco::DeflatingOutputStream z(packed, Poco::DeflatingStreamBuf::STREAM_GZIP, 6);
        z.write(body.constData(), body.size());
        z.close();
    }
    const std::string s = packed.str();
    response.set("Content-Encoding", "gzip");
    response.setContentLength(std::streamsize(s.size()));
    response.send().write(s.data(), std::streamsize(s.size()));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void sendError(HTTPServerRequest &request, HTTPServerResponse &response, int status, const QString &code,
               const QString &message, qint64 headSeq = -1, const QString &headHash = {})
{
    QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message.left(400)}};
    if (headSeq >= 0)
        o.insert(QStringLiteral("head"), QJsonObject{{QStringLiteral("device_seq"), QString::number(headSeq)},
                                                     {QStringLiteral("hash"), headHash}});
    send(request, response, status, json(o));
}

void sendRefusal(HTTPServerRequest &request, HTTPServerResponse &response, const Refusal &r)
{
    sendError(request, response, r.status, r.code, r.message, r.headSeq, r.headHash);
}

void sendInternal(HTTPServerRequest &request, HTTPServerResponse &response, const Error &e)
{
    syncLog()->error("province: {}", e.message.toStdString());
    // A disk that is full or was made read-only is the province's to fix, not the counter's: it tries again later
    // and keeps everything meanwhile.
    const bool disk = e.code == Error::Code::Io || e.code == Error::Code::ReadOnly;
    const bool transient = disk || e.code == Error::Code::Network || e.code == Error::Code::Db;
    sendError(request, response, transient ? 503 : 500,
              transient ? QStringLiteral("unavailable") : QStringLiteral("internal"),
              disk        ? QStringLiteral("the province cannot write its database (its disk is full or read-only); "
                                                  "try again later")
              : transient ? QStringLiteral("the province's database is not available; try again later")
                          : QStringLiteral("the server failed; try again later"));
}

QJsonObject headJson(const DeviceHead &h)
{
    return {{QStringLiteral("device_seq"), QString::number(h.seq)}, {QStringLiteral("hash"), h.hash}};
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The public pages are for citizens and in Vietnamese only; the states are said the way the national portal says
// them to the public (not the counter's working words).
QString publicState(DossierState s)
{
    switch (s) {
    case DossierState::Received:
        return QStringLiteral("Đã tiếp nhận");
    case DossierState::InProcessing:
    case DossierState::AwaitingApproval:
    case DossierState::Approved:
        return QStringLiteral("Đang giải quyết");
    case DossierState::SupplementRequested:
        return QStringLiteral("Chờ công dân bổ sung giấy tờ");
    case DossierState::Finished:
        return QStringLiteral("Đã có kết quả — mời nhận tại Bộ phận Một cửa");
    case DossierState::Returned:
        return QStringLiteral("Đã trả kết quả");
    case DossierState::Refused:
        return QStringLiteral("Không được tiếp nhận");
    case DossierState::Rejected:
        return QStringLiteral("Từ chối giải quyết (có văn bản trả lời)");
    case DossierState::Withdrawn:
        return QStringLiteral("Công dân đã rút hồ sơ");
    case DossierState::Stopped:
        return QStringLiteral("Dừng giải quyết");
    }
    return {};
}

QString vnTime(const QDateTime &utc, bool withTime = true)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return Time::toVietnam(utc).toString(withTime ? QStringLiteral("HH:mm 'ngày' dd/MM/yyyy")
                                                  : QStringLiteral("dd/MM/yyyy"));
}

QByteArray page(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<title>%1</title><style>body{font-family:'Noto Sans',Arial,sans-serif;max-width:46rem;"
                           "margin:1rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.3rem}table{border-collapse:"
                           "collapse;width:100%%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;"
                           "vertical-align:top}.state{font-size:1.2rem;font-weight:bold;color:#0b5394}"
                           "small{color:#666}</style></head><body>%2"
                           "<p><small>Trang công khai của Trung tâm Phục vụ hành chính công. Không hiển thị thông tin "
                           "cá nhân.</small></p></body></html>\n")
                .arg(title.toHtmlEscaped(), body))
        .toUtf8();
}
} // namespace

Result<FaultPlan> FaultPlan::parse(const QString &spec)
{
    FaultPlan plan;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        bool ok = false;
        if (key == u"drop")
            plan.dropReplyAfterCommit = value.toDouble(&ok);
        else if (key == u"fail")
            plan.failBeforeCommit = value.toDouble(&ok);
        else if (key == u"delay")
            plan.delayMs = value.toInt(&ok);
        else if (key == u"hang")
            plan.hang = value.toDouble(&ok);
        else if (key == u"hang_ms")
            plan.hangMs = value.toInt(&ok);
        else if (key == u"clock")
            plan.clockOffsetSeconds = value.toLongLong(&ok);
        else if (key == u"seed")
            plan.seed = value.toUInt(&ok);
        if (!ok)
            return Error::invalid(
                QStringLiteral("--faults takes drop=P,fail=P,delay=MS,hang=P,hang_ms=MS,clock=S,seed=N, not %1")
                    .arg(part),
                QStringLiteral("faults"));
    }
    return plan;
}

struct ProvinceServer::Impl
{
    Impl(ProvinceStore &s, Options o) : store(s), options(std::move(o)) { rng.seed(options.faults.seed); }
    ProvinceStore &store;
    Options options;
    // The server's own threads (not Poco's default pool), so that stop() can wait for every one of them.
    std::unique_ptr<Poco::ThreadPool> pool;
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::atomic<qint64> served{0};
    std::mutex faultMutex;
    std::mt19937 rng;
    // The requests being served, so that stop() returns only once none is left to touch this (a request held by a
    // fault wakes up when the server stops).
    std::mutex activeMutex;
    std::condition_variable activeChanged;
    int active = 0;
    bool stopping = false;

    // Waits `ms`, or less when the server stops meanwhile.
    void pause(int ms)
    {
        std::unique_lock lock(activeMutex);
        activeChanged.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
    }

    bool roll(double p)
    {
        if (p <= 0)
            return false;
        std::lock_guard lock(faultMutex);
        return std::uniform_real_distribution<double>(0, 1)(rng) < p;
    }

    void handle(HTTPServerRequest &request, HTTPServerResponse &response);
    void route(HTTPServerRequest &request, HTTPServerResponse &response);
};

namespace
{
class Handler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(ProvinceServer::Impl &d) : m_d(d) {}
    void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override;

private:
    ProvinceServer::Impl &m_d;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(ProvinceServer::Impl &d) : m_d(d) {}
    Poco::Net::HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &) override { return new Handler(m_d); }

private:
    ProvinceServer::Impl &m_d;
};

void Handler::handleRequest(HTTPServerRequest &request, HTTPServerResponse &response)
{
    m_d.handle(request, response);
}
} // namespace

void ProvinceServer::Impl::handle(HTTPServerRequest &request, HTTPServerResponse &response)
{
    ++served;
    {
        std::lock_guard lock(activeMutex);
        ++active;
    }
    struct Served
    {
        Impl &d;
        ~Served()
        {
            std::lock_guard lock(d.activeMutex);
            --d.active;
            d.activeChanged.notify_all();
        }
    } leaving{*this};
    try {
        if (options.faults.delayMs > 0)
            pause(options.faults.delayMs);
        if (options.faults.hangMs > 0 && roll(options.faults.hang))
            pause(options.faults.hangMs);
        if (roll(options.faults.failBeforeCommit)) {
            sendError(request, response, 500, QStringLiteral("internal"), QStringLiteral("injected failure"));
            return;
        }
        route(request, response);
    } catch (const TooLarge &) {
        sendError(request, response, 413, QStringLiteral("too_large"),
                  QStringLiteral("the request body is larger than this server takes"));
    } catch (const Poco::Exception &e) {
        syncLog()->warn("province: request failed: {}", e.displayText());
        if (!response.sent())
            sendError(request, response, 400, QStringLiteral("malformed"),
                      QStringLiteral("the request could not be read"));
    } catch (const std::exception &e) {
        syncLog()->error("province: request failed: {}", e.what());
        if (!response.sent())
            sendError(request, response, 500, QStringLiteral("internal"), QStringLiteral("the server failed"));
    }
}

void ProvinceServer::Impl::route(HTTPServerRequest &request, HTTPServerResponse &response)
{
    const QString method = QString::fromStdString(request.getMethod());
    const QString target = QString::fromStdString(request.getURI());
    const QString path = target.section(u'?', 0, 0);
    const QUrlQuery query(target.section(u'?', 1));

    if (path == u"/v1/health") {
        if (method != u"GET")
            return sendError(request, response, 405, QStringLiteral("method_not_allowed"), QStringLiteral("GET only"));
        return send(request, response, 200,
                    json({{QStringLiteral("service"), QStringLiteral("motcua-province")},
                          {QStringLiteral("api"), 1},
                          {QStringLiteral("version"), QStringLiteral(MOTCUA_VERSION)},
                          {QStringLiteral("time"), Time::toUtcIso(QDateTime::currentDateTimeUtc().addSecs(
                                                       options.faults.clockOffsetSeconds))}}));
    }
    if (path == u"/v1/enroll") {
        if (method != u"POST")
            return sendError(request, response, 405, QStringLiteral("method_not_allowed"), QStringLiteral("POST only"));
        const auto body = parseObject(readBody(request, 64 * 1024));
        if (!body)
            return sendError(request, response, 400, QStringLiteral("malformed"),
                             QStringLiteral("the body is not a JSON object"));
        // The enrolling store's own chain head, when it says it (clients since v0.3 do): checked against what the
        // province holds before the token is replaced.
        std::optional<DeviceHead> claimed;
        if (body->value(u"head").isObject()) {
            const QJsonObject h = body->value(u"head").toObject();
            bool ok = false;
            const qint64 seq = h.value(u"device_seq").toString().toLongLong(&ok);
            static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
            if (!ok || seq < 0 || (seq > 0 && !hex64.match(h.value(u"hash").toString()).hasMatch()))
                return sendError(request, response, 400, QStringLiteral("malformed"),
                                 QStringLiteral("head is {\"device_seq\": \"N\", \"hash\": \"…\"}"));
            claimed = DeviceHead{seq, h.value(u"hash").toString()};
        }
        auto r = store.enrol(body->value(u"code").toString(), body->value(u"commune").toString(),
                             body->value(u"device_id").toString(), body->value(u"device_name").toString(), claimed);
        if (auto *refused = std::get_if<Refusal>(&r))
            return sendRefusal(request, response, *refused);
        if (auto *failed = std::get_if<Error>(&r))
            return sendInternal(request, response, *failed);
        const auto &ok = std::get<ProvinceStore::Enrolled>(r);
        syncLog()->info("province: device {} enrolled for commune {}",
                        body->value(u"device_id").toString().toStdString(),
                        body->value(u"commune").toString().toStdString());
        return send(request, response, 200,
                    json({{QStringLiteral("token"), ok.token},
                          {QStringLiteral("commune"), body->value(u"commune").toString()},
                          {QStringLiteral("device_id"), body->value(u"device_id").toString()},
                          {QStringLiteral("head"), headJson(ok.head)}}));
    }
    static const QRegularExpression publicDossierPath(
        QStringLiteral("^/public/([0-9]{5})/dossiers/([A-Za-z0-9.\\-]{1,80})$"));
    static const QRegularExpression publicProceduresPath(QStringLiteral("^/public/([0-9]{5})/procedures$"));
    if (const auto m = publicDossierPath.match(path); m.hasMatch() && method == u"GET") {
        auto d = store.publicDossier(m.captured(1), m.captured(2));
        if (!d)
            return sendInternal(request, response, d.error());
        if (!*d)
            return send(request, response, 404,
                        page(QStringLiteral("Không tìm thấy hồ sơ"),
                             QStringLiteral("<h1>Không tìm thấy hồ sơ %1</h1><p>Xin kiểm tra lại mã hồ sơ trên giấy "
                                            "tiếp nhận. Hồ sơ vừa nộp có thể chưa được đồng bộ lên tỉnh.</p>")
                                 .arg(m.captured(2).toHtmlEscaped())),
                        "text/html; charset=utf-8");
        const PublicDossier &x = **d;
        QString body = QStringLiteral("<h1>Hồ sơ %1</h1>").arg(x.code.toHtmlEscaped());
        if (!x.provisionalCode.isEmpty())
            body += QStringLiteral("<p><small>Mã tạm trên giấy tiếp nhận: %1</small></p>")
                        .arg(x.provisionalCode.toHtmlEscaped());
        body += QStringLiteral("<p class=\"state\">%1</p><table>"
                               "<tr><th>Thủ tục</th><td>%2 <small>(%3)</small></td></tr>"
                               "<tr><th>Ngày tiếp nhận</th><td>%4</td></tr>"
                               "<tr><th>Ngày hẹn trả kết quả</th><td>%5</td></tr></table>")
                    .arg(publicState(x.state), x.procedureName.toHtmlEscaped(), x.procedureCode.toHtmlEscaped(),
                         vnTime(x.receivedAt), vnTime(x.dueAt));
        return send(request, response, 200, page(QStringLiteral("Hồ sơ ") + x.code, body), "text/html; charset=utf-8");
    }
    if (const auto m = publicProceduresPath.match(path); m.hasMatch() && method == u"GET") {
        auto p = store.published(QStringLiteral("catalog"));
        if (!p)
            return sendInternal(request, response, p.error());
        QString body = QStringLiteral("<h1>Danh mục thủ tục hành chính cấp xã</h1>");
        if (!*p) {
            body += QStringLiteral("<p>Tỉnh chưa công bố danh mục.</p>");
        } else {
            const QJsonArray list = QJsonDocument::fromJson((*p)->content).object().value(u"procedures").toArray();
            body +=
                QStringLiteral("<p><small>Phiên bản %1, công bố %2 — %3 thủ tục.</small></p><table><tr><th>Mã</th>"
                               "<th>Thủ tục</th><th>Thời hạn</th><th>Phí, lệ phí</th><th>Thành phần hồ sơ</th></tr>")
                    .arg((*p)->version)
                    .arg(vnTime((*p)->publishedAt, false))
                    .arg(list.size());
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                const bool named = o.value(u"name_known").toBool(true) && !o.value(u"name").toString().isEmpty();
                QString papers;
                for (const QJsonValue &paper : o.value(u"papers").toArray())
                    papers += QStringLiteral("<li>%1</li>").arg(paper.toString().toHtmlEscaped());
                body += QStringLiteral("<tr><td>%1</td><td>%2<br><small>%3</small></td><td>%4</td><td>%5</td><td><ul>%6"
                                       "</ul></td></tr>")
                            .arg(o.value(u"code").toString().toHtmlEscaped(),
                                 named ? o.value(u"name").toString().toHtmlEscaped()
                                       : QStringLiteral("<i>Tên thủ tục chưa rõ</i>"),
                                 o.value(u"field").toString().toHtmlEscaped(),
                                 o.value(u"time_text").toString().isEmpty()
                                     ? QStringLiteral("Chưa rõ")
                                     : o.value(u"time_text").toString().toHtmlEscaped(),
                                 o.value(u"fee_text").toString().isEmpty()
                                     ? QStringLiteral("Chưa rõ")
                                     : o.value(u"fee_text").toString().toHtmlEscaped(),
                                 papers);
            }
            body += QStringLiteral("</table>");
        }
        return send(request, response, 200, page(QStringLiteral("Danh mục thủ tục hành chính"), body),
                    "text/html; charset=utf-8");
    }
    if (!path.startsWith(u"/v1/"))
        return sendError(request, response, 404, QStringLiteral("not_found"),
                         QStringLiteral("no such address (this server speaks /v1)"));

    // Everything else needs a device token.
    const std::string auth = request.get("Authorization", "");
    const QString token = auth.rfind("Bearer ", 0) == 0 ? QString::fromStdString(auth.substr(7)).trimmed() : QString();
    auto who = store.authenticate(token);
    if (auto *refused = std::get_if<Refusal>(&who))
        return sendRefusal(request, response, *refused);
    if (auto *failed = std::get_if<Error>(&who))
        return sendInternal(request, response, *failed);
    const Caller caller = std::get<Caller>(who);

    if (path == u"/v1/head") {
        if (method != u"GET")
            return sendError(request, response, 405, QStringLiteral("method_not_allowed"), QStringLiteral("GET only"));
        auto h = store.head(caller.deviceId);
        if (!h)
            return sendInternal(request, response, h.error());
        return send(request, response, 200, json(headJson(*h)));
    }
    if (path == u"/v1/events" && method == u"POST") {
        const QByteArray raw = readBody(request, kMaxBody);
        // The usual body is split into its lines by a scan, and the lines are parsed on two threads (push); any other
        // form is read by the general parser, and its lines written out again for push.
        auto lines = ProvinceStore::splitPushBody(raw);
        QList<QByteArray> rewritten;
        if (!lines) {
            const auto body = parseObject(raw);
            if (!body || !body->value(u"events").isArray())
                return sendError(request, response, 400, QStringLiteral("malformed"),
                                 QStringLiteral("the body is not {\"events\": [...]}"));
            for (const QJsonValue &v : body->value(u"events").toArray()) {
                if (!v.isObject())
                    return sendError(request, response, 400, QStringLiteral("malformed"),
                                     QStringLiteral("an event is not a JSON object"));
                rewritten.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            }
            lines.emplace(rewritten.cbegin(), rewritten.cend());
        }
        auto r = store.push(caller, *lines);
        if (auto *refused = std::get_if<Refusal>(&r))
            return sendRefusal(request, response, *refused);
        if (auto *failed = std::get_if<Error>(&r))
            return sendInternal(request, response, *failed);
        const auto &ok = std::get<PushResult>(r);
        if (roll(options.faults.dropReplyAfterCommit)) {
            // Committed, and the reply never reaches the client.
            static_cast<Poco::Net::HTTPServerRequestImpl &>(request).socket().close();
            return;
        }
        return send(request, response, 200,
                    json({{QStringLiteral("accepted"), ok.accepted},
                          {QStringLiteral("already_had"), ok.alreadyHad},
                          {QStringLiteral("head"), headJson(ok.head)}}));
    }
    if (path == u"/v1/events" && method == u"GET") {
        bool ok = true;
        const QString afterText = query.queryItemValue(QStringLiteral("after"));
        const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
        bool limitOk = true;
        const QString limitText = query.queryItemValue(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&limitOk);
        if (!ok || after < 0 || !limitOk || limit < 1 || limit > ProvinceStore::kMaxPull)
            return sendError(
                request, response, 400, QStringLiteral("malformed"),
                QStringLiteral("after is a cursor this server gave, limit 1 to %1").arg(ProvinceStore::kMaxPull));
        auto events = store.pull(caller, after, limit);
        if (!events)
            return sendInternal(request, response, events.error());
        // The stored lines are served as they are: no parse, no re-serialisation.
        QByteArray out = "{\"events\":[";
        qint64 cursor = after;
        for (qsizetype i = 0; i < events->size(); ++i) {
            if (i)
                out += ',';
            out += events->at(i).line;
            cursor = events->at(i).cursor;
        }
        out += "],\"cursor\":\"" + QByteArray::number(cursor) +
               "\",\"more\":" + (events->size() == limit ? "true" : "false") + '}';
        return send(request, response, 200, out);
    }
    if (path == u"/v1/reconcile/events" && method == u"GET") {
        // The events of one day that the province holds for the caller's commune, to name those that differ.
        const QString day = query.queryItemValue(QStringLiteral("day"));
        if (!Time::parseDate(day).isValid() || day.size() != 10)
            return sendError(request, response, 400, QStringLiteral("malformed"), QStringLiteral("day is YYYY-MM-DD"));
        auto held = store.dayEvents(caller.commune, day, ProvinceStore::kMaxDayEvents + 1);
        if (!held)
            return sendInternal(request, response, held.error());
        const bool truncated = held->size() > ProvinceStore::kMaxDayEvents;
        if (truncated)
            held->removeLast();
        QJsonArray events;
        for (const auto &[id, hash] : std::as_const(*held))
            events.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("hash"), hash}});
        return send(request, response, 200,
                    json({{QStringLiteral("day"), day},
                          {QStringLiteral("events"), events},
                          {QStringLiteral("truncated"), truncated}}));
    }
    if (path == u"/v1/reconcile" && method == u"POST") {
        const auto body = parseObject(readBody(request, 1024 * 1024));
        if (!body || !body->value(u"days").isArray() || body->value(u"days").toArray().size() > 400)
            return sendError(request, response, 400, QStringLiteral("malformed"),
                             QStringLiteral("the body is not {\"days\": [...]} of at most 400 days"));
        QStringList days;
        QList<QJsonObject> asked;
        for (const QJsonValue &v : body->value(u"days").toArray()) {
            const QJsonObject d = v.toObject();
            if (!Time::parseDate(d.value(u"day").toString()).isValid())
                return sendError(request, response, 400, QStringLiteral("malformed"),
                                 QStringLiteral("a day is YYYY-MM-DD"));
            days.append(d.value(u"day").toString());
            asked.append(d);
        }
        auto held = store.daySummaries(caller.commune, days);
        if (!held)
            return sendInternal(request, response, held.error());
        QJsonArray outDays;
        QJsonArray differs;
        for (qsizetype i = 0; i < asked.size(); ++i) {
            const QJsonObject &a = asked.at(i);
            const DaySummary &s = held->at(i);
            const bool matches = a.value(u"count").toInteger() == s.count && a.value(u"digest").toString() == s.digest;
            outDays.append(QJsonObject{{QStringLiteral("day"), s.day},
                                       {QStringLiteral("client_count"), a.value(u"count").toInteger()},
                                       {QStringLiteral("client_digest"), a.value(u"digest").toString()},
                                       {QStringLiteral("server_count"), s.count},
                                       {QStringLiteral("server_digest"), s.digest},
                                       {QStringLiteral("matches"), matches}});
            if (!matches)
                differs.append(s.day);
        }
        return send(request, response, 200,
                    json({{QStringLiteral("days"), outDays}, {QStringLiteral("differs"), differs}}));
    }
    if (path == u"/v1/numbers" && method == u"POST") {
        const auto body = parseObject(readBody(request, 64 * 1024));
        if (!body || !body->value(u"requests").isArray())
            return sendError(request, response, 400, QStringLiteral("malformed"),
                             QStringLiteral("the body is not {\"kind\": ..., \"requests\": [...]}"));
        QList<std::pair<QString, int>> asked;
        for (const QJsonValue &v : body->value(u"requests").toArray())
            asked.append({v.toObject().value(u"day").toString(), v.toObject().value(u"count").toInt()});
        if (body->contains(u"series") && !body->value(u"series").isString())
            return sendError(request, response, 400, QStringLiteral("malformed"),
                             QStringLiteral("series is a string (a register's series key)"));
        auto r = store.allot(caller, body->value(u"kind").toString(), asked, body->value(u"series").toString());
        if (auto *refused = std::get_if<Refusal>(&r))
            return sendRefusal(request, response, *refused);
        if (auto *failed = std::get_if<Error>(&r))
            return sendInternal(request, response, *failed);
        const auto &ok = std::get<Allotment>(r);
        QJsonArray blocks;
        for (const Allotment::Block &b : ok.blocks)
            blocks.append(QJsonObject{
                {QStringLiteral("day"), b.day}, {QStringLiteral("first"), b.first}, {QStringLiteral("last"), b.last}});
        return send(request, response, 200,
                    ok.series.isEmpty() ? json({{QStringLiteral("kind"), ok.kind},
                                                {QStringLiteral("unit_code"), ok.unitCode},
                                                {QStringLiteral("blocks"), blocks}})
                                        : json({{QStringLiteral("kind"), ok.kind},
                                                {QStringLiteral("series"), ok.series},
                                                {QStringLiteral("unit_code"), ok.unitCode},
                                                {QStringLiteral("blocks"), blocks}}));
    }
    static const QRegularExpression blobPath(QStringLiteral("^/v1/blobs/([0-9a-f]{64})$"));
    if (const auto m = blobPath.match(path); m.hasMatch()) {
        const QString sha = m.captured(1);
        if (method == u"HEAD") {
            auto has = store.hasBlob(sha);
            if (!has)
                return sendInternal(request, response, has.error());
            response.setStatus(*has ? HTTPResponse::HTTP_OK : HTTPResponse::HTTP_NOT_FOUND);
            response.set("MotCua-Api", "1");
            if (!*has) {
                // How much of it this device sent so far, for an upload in parts to go on from there.
                auto offset = store.uploadOffset(caller, sha);
                if (!offset)
                    return sendInternal(request, response, offset.error());
                response.set("Upload-Offset", std::to_string(*offset));
            }
            response.setContentLength(0);
            response.send();
            return;
        }
        if (method == u"PUT" && request.has("Content-Range")) {
            // One part of an upload in parts: "bytes START-END/TOTAL", END included.
            static const QRegularExpression range(QStringLiteral("^bytes ([0-9]{1,12})-([0-9]{1,12})/([0-9]{1,12})$"));
            const auto r = range.match(QString::fromStdString(request.get("Content-Range")));
            const qint64 start = r.captured(1).toLongLong(), end = r.captured(2).toLongLong(),
                         total = r.captured(3).toLongLong();
            if (!r.hasMatch() || end < start || end >= total)
                return sendError(request, response, 400, QStringLiteral("malformed"),
                                 QStringLiteral("Content-Range is bytes START-END/TOTAL, END included, below TOTAL"));
            if (total > kMaxBlob)
                return sendError(request, response, 413, QStringLiteral("too_large"),
                                 QStringLiteral("a blob is at most %1 MiB").arg(kMaxBlob / (1024 * 1024)));
            // Read no further than the part says it is (a part is at most kMaxBlobPart).
            if (end - start + 1 > kMaxBlobPart)
                return sendError(request, response, 413, QStringLiteral("too_large"),
                                 QStringLiteral("a part is at most %1 MiB").arg(kMaxBlobPart / (1024 * 1024)));
            const QByteArray part = readBody(request, end - start + 1);
            if (part.size() != end - start + 1)
                return sendError(
                    request, response, 400, QStringLiteral("malformed"),
                    QStringLiteral("the body is not the %1 bytes Content-Range names").arg(end - start + 1));
            auto put = store.putBlobPart(caller, sha, start, total, part);
            if (auto *refused = std::get_if<Refusal>(&put))
                return sendRefusal(request, response, *refused);
            if (auto *failed = std::get_if<Error>(&put))
                return sendInternal(request, response, *failed);
            const BlobUpload &u = std::get<BlobUpload>(put);
            return send(request, response, u.received < u.total ? 202 : (u.stored ? 201 : 200),
                        json({{QStringLiteral("sha256"), sha},
                              {QStringLiteral("size"), u.total},
                              {QStringLiteral("received"), u.received}}));
        }
        if (method == u"PUT") {
            const QByteArray bytes = readBody(request, kMaxBlob);
            if (Sha256::hex(bytes) != sha)
                return sendError(request, response, 422, QStringLiteral("hash_mismatch"),
                                 QStringLiteral("the bytes do not hash to the address they were put at"));
            auto fresh = store.putBlob(sha, bytes);
            if (!fresh)
                return sendInternal(request, response, fresh.error());
            return send(request, response, *fresh ? 201 : 200,
                        json({{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), qint64(bytes.size())}}));
        }
        if (method == u"GET") {
            // The bytes whole, as they were put (a counter of the commune fetches the files another one attached).
            auto bytes = store.blob(sha);
            if (!bytes)
                return sendInternal(request, response, bytes.error());
            if (!*bytes)
                return sendError(request, response, 404, QStringLiteral("not_found"),
                                 QStringLiteral("the province holds no blob %1").arg(sha));
            return send(request, response, 200, **bytes, "application/octet-stream");
        }
        return sendError(request, response, 405, QStringLiteral("method_not_allowed"),
                         QStringLiteral("HEAD, GET or PUT"));
    }
    if ((path == u"/v1/published/catalog" || path == u"/v1/published/holidays") && method == u"GET") {
        const QString kind = path.section(u'/', 3);
        auto p = store.published(kind);
        if (!p)
            return sendInternal(request, response, p.error());
        if (!*p)
            return sendError(request, response, 404, QStringLiteral("not_found"),
                             QStringLiteral("the province has published no %1 yet").arg(kind));
        QByteArray out = "{\"kind\":\"" + kind.toLatin1() + "\",\"version\":\"" + QByteArray::number((*p)->version) +
                         "\",\"published_at\":\"" + Time::toUtcIso((*p)->publishedAt).toLatin1() +
                         "\",\"content\":" + (*p)->content + '}';
        return send(request, response, 200, out);
    }
    if (path == u"/v1/events" || path == u"/v1/reconcile" || path == u"/v1/reconcile/events" ||
        path == u"/v1/numbers" || path.startsWith(u"/v1/published/"))
        return sendError(request, response, 405, QStringLiteral("method_not_allowed"), QStringLiteral("GET or POST"));
    return sendError(request, response, 404, QStringLiteral("not_found"), QStringLiteral("no such address"));
}

ProvinceServer::ProvinceServer(ProvinceStore &store, Options options) : d(new Impl(store, std::move(options))) {}

ProvinceServer::~ProvinceServer()
{
    stop();
}

Result<void> ProvinceServer::start()
{
    try {
        Poco::Net::ServerSocket socket;
        socket.bind(Poco::Net::SocketAddress(d->options.host.toStdString(), Poco::UInt16(d->options.port)), true);
        socket.listen(64);
        auto *params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(d->options.threads);
        params->setMaxQueued(256);
        params->setKeepAlive(true);
        params->setTimeout(Poco::Timespan(60, 0));
        d->pool = std::make_unique<Poco::ThreadPool>(2, d->options.threads + 2, 60);
        d->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*d), *d->pool, socket, params);
        d->server->start();
    } catch (const Poco::Exception &e) {
        return Error{Error::Code::Network,
                     QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(d->options.host)
                         .arg(d->options.port)
                         .arg(QString::fromStdString(e.displayText())),
                     QStringLiteral("port")};
    }
    return {};
}

int ProvinceServer::port() const
{
    return d->server ? int(d->server->port()) : 0;
}

void ProvinceServer::stop()
{
    if (d->server) {
        {
            std::lock_guard lock(d->activeMutex);
            d->stopping = true;
        }
        d->activeChanged.notify_all();
        d->server->stopAll(true);
        // Every connection's thread has returned (a connection taken up while stopping included) before this goes.
        d->pool->joinAll();
        {
            std::unique_lock lock(d->activeMutex);
            d->activeChanged.wait(lock, [this] { return d->active == 0; });
            d->stopping = false;
        }
        d->server.reset();
        d->pool.reset();
    }
}

qint64 ProvinceServer::requestsServed() const
{
    return d->served.load();
}

} // namespace MotCua::Province
