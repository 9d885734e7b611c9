#pragma once

#include <QSet>

#include "core/domain/calendar.h"
#include "core/services/session.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace MotCua
{

class Store;

// One administrative procedure (thủ tục hành chính) the commune handles.
struct Procedure
{
    QString code; // "1.001193"
    // Empty when the source lost the procedure's name (nameKnown false): the front ends then say so with the code
    // ("tên thủ tục chưa rõ — mã 2.001428") instead of showing a wrong name.
    QString name;
    bool nameKnown = true;
    QString field;    // lĩnh vực
    QString decision; // the act that published it
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
    QString timeText;  // as the source says it; empty when the source gives no time limit
    QString timeSetBy; // the administrator who set timeLimit and timeUnit (user id); empty: as the catalog has it
    QDateTime timeSetAt;
    std::optional<qint64> feeAmount; // whole đồng, 0 when free; unset when the source has no usable amount
    QString feeUnit;                 // what the amount is counted per: "trang", "trường hợp"
    QString feeText;                 // in Vietnamese: "2.000 đồng/trang", "Miễn phí"; empty when not known
    QString feeNote;                 // the portal's note on the fee, whole
    QString notes;                   // the rest of the portal's description of the in-person channel, whole
    QStringList papers;              // required papers (thành phần hồ sơ), where known
    bool papersKnown = false;
    QStringList issues; // what is missing or unclear in the source data
    QString url;
    bool everyday = false; // one of the procedures every counter receives daily (a ranking hint of the catalog)

    // The legal time limit is known with its unit, so a due date is counted as the law says.
    bool timeLimitKnown() const { return timeLimit.has_value() && timeUnit != TimeUnit::Unspecified; }
};

class CatalogService
{
public:
    explicit CatalogService(Store &store) : m_store(store) {}

    // The 147-procedure seed shipped in the resources, as ProcedureDefined drafts.
    static Result<QList<EventDraft>> seedDrafts();
    static QString seedSource();
    // A catalog file ({"source": ..., "procedures": [...]}, the format of resources/catalog/procedures.json) as
    // ProcedureDefined drafts.
    static Result<QList<EventDraft>> catalogDrafts(const QJsonObject &catalog);
    // A catalog a province is about to publish, checked strictly (catalogDrafts skips what it cannot use; a
    // publication must have nothing to skip): 1 to kMaxPublished procedures, each an object with a code of letters,
    // digits, '.' and '-' found once in the file, a name (empty only with "name_known": false), a time limit and a
    // fee that are whole numbers of at least 0 or null, and papers that are a list of texts. Returns how many.
    static Result<int> checkPublishable(const QJsonObject &catalog);
    // The codes a catalog file lists, as written (entries without a code are left out).
    static QSet<QString> codesOf(const QJsonObject &catalog);
    static constexpr int kMaxPublished = 5000;
    // The catalog the province published: records (as the province, actor "province") each procedure whose
    // definition differs from the one held or that was withdrawn, and withdraws each one offered here that the
    // publication no longer holds (ProcedureWithdrawn). Returns how many changed.
    Result<qint64> applyPublished(const QJsonObject &catalog);

    Result<qint64> count();
    // The fields (lĩnh vực) of the active procedures, in Vietnamese alphabetical order.
    Result<QStringList> fields();
    Result<Procedure> find(const QString &code);
    // Every word of the query must match the code, the name or the field, without regard to case or diacritics.
    // Ranked: the exact code; a name that is the query (maybe after "Thủ tục"); names that start with it; names
    // holding it as a phrase; a field holding it as a phrase; every word at a word start; every word anywhere. Among
    // equal matches: the everyday procedures of a counter, then the procedures of the larger fields, then the
    // shorter names (up to the first comma, semicolon or parenthesis). An empty query lists every procedure in that
    // order.
    Result<QList<Procedure>> search(const QString &query, int limit = 50);
    // The active procedures by field (Vietnamese order) and code; with `missingTimeLimitOnly`, only those whose time
    // limit or its unit is not known (timeLimitKnown() false): what an administrator has to fill in.
    Result<QList<Procedure>> list(bool missingTimeLimitOnly = false);

    // Records the legal time limit of a procedure (ProcedureTimeLimitSet): administrators only
    // (Permission::ManageCatalog). Dossiers received from then on are due by it; dossiers already received keep
    // their due date. `unit` is working days, days or working hours; `limit` is 0-365 days (0: the same day) or
    // 1-2920 working hours. Setting the limit it already has records nothing. Errors: Forbidden, NotFound (no such
    // procedure), Invalid (field "time_limit" or "time_unit").
    Result<Procedure> setTimeLimit(const Session &actor, const QString &code, int limit, TimeUnit unit);

private:
    Store &m_store;
};

} // namespace MotCua
