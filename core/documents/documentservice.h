#pragma once

// Official document registers (Decree 30/2020, DOMAIN.md §1): incoming documents with their arrival numbers and the
// leader's directions, outgoing documents from draft to filed with their numbers from a configurable register. The
// window and the CLI both call this; every rule (numbering, the duplicate warning, the secrecy rule, who may do what,
// which queue, overdue) lives here once.
#include "core/documents/documentrules.h"
#include "core/services/session.h"
#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace MotCua
{

class Store;

// ---- Incoming (văn bản đến) ----

enum class Medium { Paper, Electronic };
QString mediumKey(Medium m); // paper, electronic
std::optional<Medium> mediumFromKey(const QString &key);

struct IncomingRequest
{
    QString fromAgency; // Tác giả: the issuing agency
    QString number;     // Số của văn bản, as written ("12", "125a")
    QString symbol;     // Ký hiệu ("UBND-VP", "QĐ-UBND")
    QDate issuedOn;     // Ngày tháng văn bản
    QString type;       // Appendix III abbreviation (documentTypeFromAbbr)
    QString summary;    // Trích yếu
    QString language = QStringLiteral("Tiếng Việt");
    int pages = 0; // 0: not counted
    QString signer;
    QString signerPosition;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString recipients; // Đơn vị hoặc người nhận (ToPlaces), free text
    QDate due;          // the sender's requested reply date, or the agency's deadline
    Medium medium = Medium::Paper;
    QDateTime receivedAt; // null: now
    QString note;
    QStringList attachments; // files to attach (refused for a document with a confidentiality level)
    // A document with the same number, symbol and agency is registered: register this one anyway (recorded).
    bool acceptDuplicate = false;
};

// One person or department a direction names.
struct Assignee
{
    QString userId; // empty when a department without a named person
    QString name;   // the person's full name (or the department's)
    QString department;
    bool lead = false; // chủ trì; otherwise phối hợp
    QDate due;         // per assignee; null: the direction's deadline
    QDateTime doneAt;  // the assignee finished their part (the lead's finish finishes the document)
};

struct Direction
{
    QDateTime at;
    QString byUser; // the leader's user id
    QString byName;
    QList<Assignee> assignees; // the lead first
    QDate due;                 // thời hạn giải quyết
    QString note;              // ý kiến chỉ đạo
};

struct ProgressNote
{
    QDateTime at;
    QString byUser;
    QString byName;
    QString note;
};

struct IncomingDocument
{
    QString id;
    int year = 0;
    qint64 arrivalNumber = 0;
    bool arrivalConflict = false; // another counter gave the same arrival number first (needs attention)
    QDateTime receivedAt;         // UTC
    QString registeredBy;
    QString registeredByName;
    QString fromAgency;
    QString number;
    QString symbol;
    QDate issuedOn;
    QString type;
    QString summary;
    QString language;
    int pages = 0;
    QString signer;
    QString signerPosition;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString recipients;
    QDate due; // the current deadline: the latest direction's, else the requested one
    Medium medium = Medium::Paper;
    QString note;
    QString duplicateOf; // registered although this document (id) has the same number, symbol and agency
    IncomingState state = IncomingState::Registered;
    QList<Direction> directions; // oldest first: a re-direction keeps the earlier ones
    QList<ProgressNote> progress;
    QDateTime finishedAt;
    QString finishedBy;
    QString replyId;     // the outgoing document answering it
    QString replySymbol; // its number and symbol when it was linked ("12/UBND-VP")
    QString finishNote;

    // "12/UBND-VP".
    QString numberSymbol() const;
    bool isOpen() const { return state != IncomingState::Finished; }
    // Open and past its deadline (the end of the due day, Vietnam time).
    bool isOverdue(const QDateTime &now) const;
    // The assignees of the latest direction.
    QList<Assignee> currentAssignees() const;
};

// The incoming queues of the navigation, with counts.
enum class IncomingQueue {
    All,
    ToDirect, // registered, not directed yet (leaders)
    Mine,     // open and given to me (lead or co-operating) by the latest direction
    Overdue,
    Open,
    Finished,
};
QString incomingQueueKey(IncomingQueue q); // all, to-direct, mine, overdue, open, finished
std::optional<IncomingQueue> incomingQueueFromKey(const QString &key);

struct IncomingFilter
{
    int year = 0; // 0: every year
    IncomingQueue queue = IncomingQueue::All;
    QString text; // folded words over summary, agency, number and symbol
};

struct DirectRequest
{
    QString id;
    QString leadUser;       // user name of the person in charge ...
    QString leadDepartment; // ... or a department
    QStringList coUsers;    // user names co-operating
    QStringList coDepartments;
    QDate due;                       // the deadline of the direction
    QHash<QString, QDate> dueByUser; // per-assignee deadlines (user name or department -> date)
    QString note;
    QDateTime at; // null: now
};

// ---- Outgoing (văn bản đi) ----

struct Recipient
{
    QString name;
    QString how; // post, hand, electronic, ...
    QDateTime dispatchedAt;
    QDateTime acknowledgedAt; // delivery acknowledged (ký nhận)
};

struct OutgoingRequest
{
    QString type; // Appendix III abbreviation, or CV
    QString summary;
    QString department; // drafting unit abbreviation (VP, KT, VHXH): a công văn's symbol ends with it
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString series;         // the register it is numbered in; empty: the one RegisterConfig picks
    int copies = 0;         // số lượng bản
    QDate replyDue;         // hạn trả lời
    QStringList recipients; // planned Nơi nhận
    QString signerName;     // planned signer (filled in at signing when empty)
    QString signerPosition;
    DocumentRelation relation = DocumentRelation::None;
    QString relatedTo; // the original's id, for a correction, replacement or recall
    QString note;
    QStringList attachments;
};

struct OutgoingEvent // one step of its history, for the window and `outgoing show`
{
    QDateTime at;
    QString action; // created, submit, approve, send-back, sign, number, dispatch, acknowledge, file
    QString byUser;
    QString byName;
    QString note;
};

struct OutgoingDocument
{
    QString id;
    QString type;
    QString summary;
    QString department;
    QString issuer; // UBND, or the advisory body's abbreviation
    QString series;
    Urgency urgency = Urgency::Normal;
    Secrecy secrecy = Secrecy::None;
    QString createdBy;
    QString createdByName;
    QDateTime createdAt;
    OutgoingState state = OutgoingState::Draft;
    QString signerName;
    QString signerPosition;
    QDateTime signedAt;
    qint64 number = 0; // 0 until numbered
    QString symbol;    // "QĐ-UBND" once numbered
    QDate issuedOn;
    int year = 0;
    bool numberFromProvince = false; // from a block the province allotted; otherwise issued on this counter
    bool numberConflict = false;     // another counter gave the same number first (needs attention)
    int copies = 0;
    QDate replyDue;
    QList<Recipient> recipients;
    DocumentRelation relation = DocumentRelation::None;
    QString relatedTo;
    QString note;
    QList<OutgoingEvent> history;
    QString sentBackReason; // the latest send-back's reason while it is a draft again

    QString numberSymbol() const; // "05/QĐ-UBND", empty until numbered
};

struct OutgoingFilter
{
    int year = 0; // by issue year once numbered, else the creation year; 0: every year
    std::optional<OutgoingState> state;
    QString text;
    bool mineOnly = false; // drafted by me
};

// ---- Registers (sổ) ----

// A number series of outgoing documents (Đ15: set by the head of the agency). The default configuration has one
// shared administrative series and a separate one for documents with a confidentiality level.
struct NumberSeries
{
    QString key;         // "hanh-chinh", "mat", "hdtd"
    QString name;        // "Sổ văn bản hành chính"
    QStringList types;   // the types numbered here; empty: every type not taken by another series
    bool secret = false; // documents with a confidentiality level (Đ15.2: their own series)
    QString issuer;      // an advisory body's own abbreviation (Appendix I §3); empty: the office's issuer
    // Appended to the symbol ("01/QĐ-UBND-M"), so that a number and symbol stay unique within the year (Đ15.1) when
    // two series number the same type for the same issuer: the classified series' default is "M" (an office
    // choice, not a rule of Decree 30, which says only that classified documents have their own series).
    QString mark;
};

struct RegisterConfig
{
    QString issuer = QStringLiteral("UBND"); // the issuer abbreviation of the commune's documents
    QString defaultDepartment = QStringLiteral("VP");
    QList<std::pair<QString, QString>> departments; // abbreviation, name
    QList<NumberSeries> series;

    static RegisterConfig defaults();
    // The series a document of `type` and `secrecy` is numbered in (an explicit `series` key wins when it exists).
    const NumberSeries *seriesFor(const QString &type, Secrecy secrecy, const QString &series = {}) const;
};

// The range a printed register covers.
struct RegisterRange
{
    int year = 0;
    QDate from;     // null: from 1 January
    QDate until;    // null: to 31 December
    QString series; // outgoing: one series; empty: every series
};

// Counts for the navigation.
struct DocumentCounts
{
    qint64 toDirect = 0;
    qint64 mine = 0;
    qint64 overdue = 0;
    qint64 open = 0;
    qint64 drafts = 0;     // outgoing drafts of mine
    qint64 toApprove = 0;  // outgoing submitted (leaders)
    qint64 toNumber = 0;   // outgoing signed, waiting for a number (clerks)
    qint64 toDispatch = 0; // outgoing numbered, not dispatched
};

class DocumentService
{
public:
    // `clock` gives "now" (UTC); none: the system clock. Tests set it to number across a new year.
    using Clock = std::function<QDateTime()>;
    explicit DocumentService(Store &store, Clock clock = {}) : m_store(store), m_clock(std::move(clock)) {}

    // Incoming.
    // Documents already registered with this number, symbol and agency (the duplicate warning, Appendix VI III.1.h).
    Result<QList<IncomingDocument>> duplicatesOf(const QString &number, const QString &symbol,
                                                 const QString &fromAgency);
    // Validates everything, then gives the next arrival number of the year inside the write transaction. A duplicate
    // is refused (Error::Conflict, field "duplicate") unless request.acceptDuplicate.
    Result<IncomingDocument> registerIncoming(const Session &actor, const IncomingRequest &request);
    Result<IncomingDocument> direct(const Session &actor, const DirectRequest &request);
    Result<IncomingDocument> recordProgress(const Session &actor, const QString &id, const QString &note);
    // The lead (or a leader) finishes the document; `replyId` links the outgoing document that answers it.
    Result<IncomingDocument> finishIncoming(const Session &actor, const QString &id, const QString &replyId = {},
                                            const QString &note = {});
    Result<IncomingDocument> incoming(const QString &id);
    // Newest first (urgent ones first within the open queues), `limit` rows after `after` (an id; empty: the start).
    Result<QList<IncomingDocument>> listIncoming(const Session &actor, const IncomingFilter &filter, int limit = 200,
                                                 int offset = 0);
    Result<qint64> nextArrivalNumber(int year); // what the next registration would get (shown in the form)

    // Outgoing.
    Result<OutgoingDocument> createOutgoing(const Session &actor, const OutgoingRequest &request);
    // submit, approve, send-back (note = reason), sign, file; number and dispatch have their own calls.
    Result<OutgoingDocument> act(const Session &actor, const QString &id, OutgoingAction action,
                                 const QString &note = {});
    // Gives the next number of the document's series for the year of `date` (null: today), inside the write
    // transaction: two processes numbering at once never give the same number.
    Result<OutgoingDocument> number(const Session &actor, const QString &id, const QDate &date = {});
    Result<OutgoingDocument> dispatch(const Session &actor, const QString &id, const QList<Recipient> &recipients);
    Result<OutgoingDocument> acknowledge(const Session &actor, const QString &id, const QString &recipient);
    Result<OutgoingDocument> outgoing(const QString &id);
    Result<QList<OutgoingDocument>> listOutgoing(const Session &actor, const OutgoingFilter &filter, int limit = 200,
                                                 int offset = 0);
    // Documents linked to `id` (its corrections, replacements, recalls).
    Result<QList<OutgoingDocument>> linkedTo(const QString &id);
    // Whether numbers are issued on this counter (no block from the province): the window says so.
    Result<bool> numbersIssuedHere();

    // Registers.
    Result<RegisterConfig> registerConfig();
    Result<void> setRegisterConfig(const Session &actor, const RegisterConfig &config);
    // Rows of the printed registers, in register order (arrival number; number within series).
    Result<QList<IncomingDocument>> incomingRegister(const RegisterRange &range);
    Result<QList<OutgoingDocument>> outgoingRegister(const RegisterRange &range);

    Result<DocumentCounts> counts(const Session &actor, const QDateTime &now = {});

    // One document's file as a ZIP (for a leader's e-mail, a USB stick, the archive): its record as JSON
    // (van-ban.json), a summary to read (thong-tin.txt), and its attachments under tep/ by their names (made unique).
    // `entity` is "incoming" or "outgoing". Written through a temporary file: a failure leaves no file.
    Result<void> exportFile(const Session &actor, const QString &entity, const QString &id, const QString &zipPath);

private:
    QDateTime now() const { return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc(); }
    QDate today() const;
    // Commits one event on an incoming document that must still be open (checked inside the write transaction).
    Result<IncomingDocument> commitIncoming(const Session &actor, const QString &id, const QString &type,
                                            const QJsonObject &payload);
    // Commits one action on an outgoing document, its checks made again inside the write transaction.
    Result<OutgoingDocument> commitOutgoing(const Session &actor, const QString &id, OutgoingAction action,
                                            const QJsonObject &payload);

    Store &m_store;
    Clock m_clock;
};

} // namespace MotCua
