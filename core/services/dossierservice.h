#pragma once

#include "domain/calendar.h"
#include "services/session.h"
#include "util/result.h"

#include <QDateTime>
#include <QStringList>

namespace MotCua {

class Store;

// How the dossier reached the center (KenhThucHien 1/2/3).
enum class Channel { Direct, Online, Post };
QString channelKey(Channel c); // "direct", "online", "post"
std::optional<Channel> channelFromKey(const QString &key);

struct ReceiveRequest
{
    QString procedureCode;
    QString applicantName;
    QString citizenId;   // optional
    QString phone;       // optional
    QString address;     // optional
    QString channel = QStringLiteral("direct");
    QDateTime receivedAt; // null: now
    QStringList papers;   // papers ticked as received
};

struct Dossier
{
    QString id;
    QString code;
    bool codeProvisional = true;
    QString procedureCode;
    QString procedureName;
    QString applicantId;
    QString applicantName;
    QString citizenId;
    QString phone;
    QString address;
    QString channel;
    QDateTime receivedAt;   // UTC
    QString receivedBy;     // user id
    QString receivedByName;
    QDateTime dueAt;        // UTC
    bool dueUnitAssumed = false;
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
    QStringList papers;
    QString state;
    int statusCode = 0;     // national portal TrangThaiHoSo
};

struct DossierFilter
{
    QString state;  // empty: all
    QString text;   // folded words over code, applicant, citizen id, procedure
};

// Keyset position in the newest-first list: the last row seen.
struct DossierCursor
{
    QString receivedAt;
    QString id;
    bool isNull() const { return id.isEmpty(); }
};

struct DossierPage
{
    QList<Dossier> rows;
    DossierCursor next; // null when there is no more
};

class DossierService
{
public:
    explicit DossierService(Store &store) : m_store(store) {}

    // Validates everything before writing anything; on success the dossier, its code and due date are stored.
    Result<Dossier> receive(const Session &actor, const ReceiveRequest &request);

    Result<Dossier> findByCode(const Session &actor, const QString &code);
    Result<DossierPage> list(const Session &actor, const DossierFilter &filter, const DossierCursor &after, int limit);
    Result<qint64> count(const Session &actor, const DossierFilter &filter);

    static QStringList knownStates();

private:
    Result<QString> nextCode(const QDateTime &receivedAt);

    Store &m_store;
};

} // namespace MotCua
