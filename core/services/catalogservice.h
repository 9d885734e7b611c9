#pragma once

#include "core/domain/calendar.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QStringList>

namespace MotCua
{

class Store;

// One administrative procedure (thủ tục hành chính) the commune handles.
struct Procedure
{
    QString code; // "1.001193"
    QString name;
    QString field;    // lĩnh vực
    QString decision; // the act that published it
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
    QString timeText; // as the source says it
    QString feeText;
    QStringList papers; // required papers (thành phần hồ sơ), where known
    bool papersKnown = false;
    QStringList issues; // what is missing or unclear in the source data
    QString url;
};

class CatalogService
{
public:
    explicit CatalogService(Store &store) : m_store(store) {}

    // The 147-procedure seed shipped in the resources, as ProcedureDefined drafts.
    static Result<QList<EventDraft>> seedDrafts();
    static QString seedSource();

    Result<qint64> count();
    // The fields (lĩnh vực) of the active procedures, in Vietnamese alphabetical order.
    Result<QStringList> fields();
    Result<Procedure> find(const QString &code);
    // Every word of the query must match the code or the name, without regard to case or diacritics.
    // Exact code first, then names that start with the query, then the rest by name.
    Result<QList<Procedure>> search(const QString &query, int limit = 50);

private:
    Store &m_store;
};

} // namespace MotCua
