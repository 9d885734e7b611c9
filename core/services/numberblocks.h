#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace MotCua
{

class Store;

// Serials the province allotted this counter, per kind ("dossier"; outgoing documents next) and day, so that it
// gives official numbers offline (docs/sync-protocol.md, "Numbers"). Kept in the store's local settings (never
// synced: a block is this device's alone). Every change runs inside a write transaction of the store: a serial is
// given once, whoever asks (two processes on one store, a sync adding blocks meanwhile).
struct NumberBlock
{
    QString day; // YYYY-MM-DD, Vietnam time
    qint64 next = 0;
    qint64 last = 0;
    qint64 left() const { return last >= next ? last - next + 1 : 0; }
};

class NumberBlocks
{
public:
    explicit NumberBlocks(Store &store) : m_store(store) {}

    // The next official number for `day` as a full code, or empty when no block for that day has one left. Call it
    // inside the caller's write transaction (Store::commit's build).
    Result<QString> take(const QString &kind, const QString &day);
    // The next serial itself (0 when no block for `day` has one left), for numbers that are not dossier codes (an
    // outgoing series: kind "outgoing:<series>", day the year's 1 January). Inside the caller's write transaction.
    Result<qint64> takeSerial(const QString &kind, const QString &day);
    // Records blocks the province allotted, with the unit code the official codes start with (own transaction).
    Result<void> add(const QString &kind, const QString &unitCode, const QList<NumberBlock> &blocks);
    Result<QList<NumberBlock>> blocks(const QString &kind);
    // Whether the province ever allotted blocks of `kind` to this counter: from then on its numbers come only from
    // blocks (a number of its own could be one the province gave another counter).
    Result<bool> allotted(const QString &kind);
    Result<qint64> left(const QString &kind, const QString &day);
    // <unit code>-YYMMDD-NNNN (four digits at least).
    static QString format(const QString &unitCode, const QString &day, qint64 serial);

private:
    Store &m_store;
};

} // namespace MotCua
