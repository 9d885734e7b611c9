#pragma once

#include "core/services/session.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace MotCua
{

// What a bundle file holds, read from its manifest.
struct BundleInfo
{
    QString path;
    QString communeCode;
    QString communeName;
    QString madeByTag; // the counter that made it
    QDateTime madeAt;
    qint64 events = 0;
    QStringList deviceTags; // the counters whose events it carries
    qint64 sizeBytes = 0;
};

struct BundleImport
{
    qint64 added = 0;
    qint64 alreadyHad = 0;
    qint64 refolded = 0;
    QStringList conflicts; // ids of the needs-attention items it raised (ConflictService)
};

// Bundles: the exchange between the counters of one commune when there is no line (ARCHITECTURE.md, "Sync"). A
// bundle carries every event of the store (and the attachments' blobs); taking one in adds what is new, once.
class BundleService
{
public:
    explicit BundleService(Store &store) : m_store(store) {}

    // Writes the bundle to `path` (a file; a folder gets motcua-<commune>-<tag>-<time>.bundle inside). Administrators.
    Result<BundleInfo> exportTo(const Session &actor, const QString &path, const Store::Progress &progress = {});
    // Takes a bundle of this commune in, in one transaction. A corrupt, truncated, changed, other-commune or
    // newer-format bundle, or one whose events do not hold (a tampered chain), is refused and nothing changes.
    Result<BundleImport> importFrom(const Session &actor, const QString &path, const Store::Progress &progress = {});

    // Reads a bundle's manifest after checking the whole file.
    static Result<BundleInfo> inspect(const QString &path);

    // A second counter of the bundle's commune, set up in `dataDir` (absent or empty) from the bundle made on the
    // first: the commune, accounts, catalog, settings and records, with a device id and code tag of its own.
    // `username` / `password` must be an administrator's account in the bundle; otherwise nothing is left behind.
    // `dataDir` may also hold what the desktop program writes before its first-run dialog (its logs, its settings,
    // and the store it opened for the dialog, never set up and closed again): the counter is then set up in a folder
    // inside it and takes the empty store's place at the end; on any failure those files stay as they were.
    struct Joined
    {
        std::unique_ptr<Store> store;
        BundleImport import;
        Session admin;
    };
    static Result<Joined> join(const QString &bundlePath, const QString &dataDir, const QString &username,
                               const QString &password, const Store::Progress &progress = {});

private:
    Store &m_store;
};

} // namespace MotCua
