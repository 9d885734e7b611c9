#include "core/services/bundleservice.h"

#include "core/attachments/attachmentservice.h"

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/sync/bundle.h"
#include "core/util/log.h"
#include "core/util/paths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace MotCua
{

namespace
{
const auto &bundleLog()
{
    static const auto log = Log::get("bundle");
    return log;
}

BundleInfo infoOf(const QString &path, const Bundle::Manifest &m)
{
    return {QFileInfo(path).absoluteFilePath(),
            m.communeCode,
            m.communeName,
            m.madeByTag,
            m.madeAt,
            m.events,
            m.deviceTags,
            QFileInfo(path).size()};
}

// Blobs in the bundle that this store lacks, written under their SHA-256 name (same bytes, stored once; bytes that do
// not hash to their name are refused).
Result<void> takeBlobs(Bundle::Reader &reader, const Store &store)
{
    for (const Bundle::Section &s : reader.manifest().sections) {
        if (!s.name.startsWith(u"blob-"))
            continue;
        const QString sha = s.name.mid(5);
        if (AttachmentService::holdsBlob(store.dataDir(), sha))
            continue;
        auto bytes = reader.blob(s);
        if (!bytes)
            return bytes.error();
        if (auto kept = AttachmentService::keepBlob(store.dataDir(), sha, *bytes); !kept)
            return kept.error();
    }
    return {};
}

Result<BundleImport> takeIn(Store &store, Bundle::Reader &reader, const Store::Progress &progress)
{
    // Blobs first: events may refer to them.
    if (auto r = takeBlobs(reader, store); !r)
        return r.error();
    auto report = store.ingestBatches(
        [&](QList<Event> &events, QList<QByteArray> &texts) { return reader.nextEvents(events, texts); },
        reader.manifest().events, progress);
    if (!report)
        return report.error();
    return BundleImport{report->added, report->alreadyHad, report->refolded, report->newConflicts};
}
} // namespace

Result<BundleInfo> BundleService::inspect(const QString &path)
{
    auto reader = Bundle::Reader::open(path);
    if (!reader)
        return reader.error();
    return infoOf(path, (*reader)->manifest());
}

Result<BundleInfo> BundleService::exportTo(const Session &actor, const QString &path, const Store::Progress &progress)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can export a bundle"));
    if (!m_store.isInitialised())
        return Error::invalid(QStringLiteral("the store has no commune yet"));
    if (path.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("no file given for the bundle"), QStringLiteral("path"));
    QString file = path;
    if (QFileInfo(path).isDir())
        file = QDir(path).filePath(
            QStringLiteral("motcua-%1-%2-%3.bundle")
                .arg(m_store.communeCode(), m_store.deviceTag(),
                     Time::toVietnam(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
        return Error::invalid(QStringLiteral("the folder of %1 does not exist").arg(file), QStringLiteral("path"));

    Bundle::Manifest m;
    m.communeCode = m_store.communeCode();
    m.communeName = m_store.communeName();
    m.madeByDevice = m_store.deviceId();
    m.madeByTag = m_store.deviceTag();
    m.madeAt = QDateTime::currentDateTimeUtc();
    {
        auto st = m_store.db().prepare(QStringLiteral("SELECT tag FROM devices ORDER BY tag"));
        if (!st)
            return st.error();
        while (st->next())
            m.deviceTags.append(st->text(0));
        if (!m.deviceTags.contains(m_store.deviceTag()))
            m.deviceTags.append(m_store.deviceTag());
    }
    auto total = m_store.log().count();
    if (!total)
        return total.error();

    // One read transaction: the bundle is a consistent cut of the log even while the counter keeps working.
    if (auto r = m_store.db().execScript("BEGIN;"); !r)
        return r.error();
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT id, entity, entity_id, type, payload, actor, device, hlc, device_seq,"
                       " prev_hash, hash FROM events ORDER BY device, device_seq"));
    if (!st) {
        (void)m_store.db().execScript("COMMIT;");
        return st.error();
    }
    qint64 done = 0;
    Bundle::EventSource source{[&](Event &e, QByteArray &text) -> Result<bool> {
        if (!st->next()) {
            if (st->failed())
                return st->lastError();
            return false;
        }
        e.id = st->text(0);
        e.entity = st->text(1);
        e.entityId = st->text(2);
        e.type = st->text(3);
        text = st->text(4).toUtf8();
        e.actor = st->text(5);
        e.device = st->text(6);
        e.hlc = st->integer(7);
        e.deviceSeq = st->integer(8);
        e.prevHash = st->text(9);
        e.hash = st->text(10);
        if (progress && (++done % 1000) == 0 && !progress(done, *total))
            return Error{Error::Code::Invalid, QStringLiteral("cancelled: no bundle was written"),
                         QStringLiteral("cancelled")};
        return true;
    }};
    QList<Bundle::Blob> blobs;
    QDirIterator it(AttachmentService::blobsDir(m_store.dataDir()), QDir::Files, QDirIterator::Subdirectories);
    static const QRegularExpression shaName(QStringLiteral("^[0-9a-f]{64}$"));
    while (it.hasNext()) {
        const QString f = it.next();
        if (shaName.match(QFileInfo(f).fileName()).hasMatch())
            blobs.append({QFileInfo(f).fileName(), f});
    }
    auto written = Bundle::write(file, m, source, blobs);
    st = Result<Db::Statement>(Db::Statement());
    (void)m_store.db().execScript("COMMIT;");
    if (!written)
        return written.error();
    bundleLog()->info("bundle written: {} ({} events)", file.toStdString(), written->events);
    return infoOf(file, *written);
}

Result<BundleImport> BundleService::importFrom(const Session &actor, const QString &path,
                                               const Store::Progress &progress)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can take in a bundle"));
    auto reader = Bundle::Reader::open(path);
    if (!reader)
        return reader.error();
    const Bundle::Manifest &m = (*reader)->manifest();
    if (m.communeCode != m_store.communeCode())
        return Error{Error::Code::Invalid,
                     QStringLiteral("the bundle is from %1 (%2), this counter keeps %3 (%4): nothing was taken in")
                         .arg(m.communeName, m.communeCode, m_store.communeName(), m_store.communeCode()),
                     QStringLiteral("other_commune")};
    auto report = takeIn(m_store, **reader, progress);
    if (!report)
        return report.error();
    bundleLog()->info("bundle taken in from {}: {} new events, {} already held, {} conflicts",
                      m.madeByTag.toStdString(), report->added, report->alreadyHad, report->conflicts.size());
    return report;
}

namespace
{
// What a data directory may hold before its store is set up: the desktop program's logs and settings (it writes them
// before the first-run dialog), and the store it opened for that dialog, never set up (checked below).
bool isStartUpFile(const QString &name)
{
    const QString db = QLatin1String(Store::kDatabaseFile);
    return name == QFileInfo(Paths::logDir(QStringLiteral("."))).fileName() ||
           name == QFileInfo(Paths::settingsFile(QStringLiteral("."))).fileName() || name == db ||
           name == db + QStringLiteral("-wal") || name == db + QStringLiteral("-shm");
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

Result<BundleService::Joined> joinFresh(Bundle::Reader &reader, const QString &dataDir, const QString &username,
                                        const QString &password, const Store::Progress &progress)
{
    const Bundle::Manifest &m = reader.manifest();
    const bool created = !QFileInfo::exists(dataDir);
    auto cleanUp = [&](const Error &e) -> Error {
        // Nothing is left behind by a join that did not finish.
        QDir d(dataDir);
        if (created)
            d.removeRecursively();
        else
            for (const QString &f : entriesOf(dataDir))
                QFileInfo(d.filePath(f)).isDir() ? (void)QDir(d.filePath(f)).removeRecursively() : (void)d.remove(f);
        return e;
    };
    BundleService::Joined joined;
    {
        auto opened = Store::open(dataDir, true);
        if (!opened)
            return cleanUp(opened.error());
        joined.store = std::move(opened.value());
    }
    Store &store = *joined.store;
    // A code tag of its own: never one of the counters already in the bundle.
    if (auto r = store.renewDeviceTag(m.deviceTags); !r)
        return cleanUp(r.error());
    if (auto r = store.adoptCommune(m.communeCode, m.communeName); !r)
        return cleanUp(r.error());
    auto report = takeIn(store, reader, progress);
    if (!report) {
        joined.store.reset();
        return cleanUp(report.error());
    }
    joined.import = *report;
    // Whoever sets up the counter signs in with an administrator's account the commune already has.
    auto session = AuthService(store).authenticate(username, password);
    if (!session) {
        joined.store.reset();
        return cleanUp(session.error());
    }
    if (!session->can(Permission::ManageUsers)) {
        joined.store.reset();
        return cleanUp(
            Error::forbidden(QStringLiteral("only an administrator of the commune can set up a new counter")));
    }
    joined.admin = *session;
    return joined;
}
} // namespace

Result<BundleService::Joined> BundleService::join(const QString &bundlePath, const QString &dataDir,
                                                  const QString &username, const QString &password,
                                                  const Store::Progress &progress)
{
    auto reader = Bundle::Reader::open(bundlePath);
    if (!reader)
        return reader.error();
    const Bundle::Manifest &m = (*reader)->manifest();
    const QFileInfo dir(dataDir);
    const auto notEmpty = [&] {
        return Error::conflict(
            QStringLiteral("%1 is not an empty folder: a counter joins into a new, empty data directory").arg(dataDir));
    };
    if (dir.exists() && !dir.isDir())
        return notEmpty();
    const QStringList entries = dir.exists() ? entriesOf(dataDir) : QStringList();
    const bool startUpFiles = !entries.isEmpty();
    if (startUpFiles) {
        for (const QString &e : entries) {
            if (!isStartUpFile(e))
                return notEmpty();
        }
        if (entries.contains(QLatin1String(Store::kDatabaseFile))) {
            // The store the desktop opened for its first-run dialog (and closed again): never set up, no events.
            auto empty = Store::open(dataDir, false);
            if (!empty)
                return empty.error();
            auto events = (*empty)->log().count();
            if (!events)
                return events.error();
            if ((*empty)->isInitialised() || *events > 0)
                return notEmpty();
        }
    }
    if (!startUpFiles) {
        auto joined = joinFresh(**reader, dataDir, username, password, progress);
        if (!joined)
            return joined.error();
        bundleLog()->info("joined commune {} from a bundle of {} as device {}", m.communeCode.toStdString(),
                          m.madeByTag.toStdString(), joined->store->deviceTag().toStdString());
        return joined;
    }

    // The desktop's first run: the counter is set up in a folder inside the data directory, which join() leaves as
    // it was on any failure, then its files take the place of the empty store.
    const QString staging = QDir(dataDir).filePath(QStringLiteral(".motcua-join-") + newUuidV7());
    auto joined = joinFresh(**reader, staging, username, password, progress);
    if (!joined)
        return joined.error();
    const QString tag = joined->store->deviceTag();
    joined->store.reset();
    const auto fail = [&](const QString &what) {
        QDir(staging).removeRecursively();
        return Error::io(
            QStringLiteral("cannot move the new counter's store into %1 (%2); nothing was set up").arg(dataDir, what));
    };
    QDir d(dataDir);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString f = QLatin1String(Store::kDatabaseFile) + suffix;
        if (d.exists(f) && !d.remove(f))
            return fail(QStringLiteral("the empty store's %1 cannot be removed").arg(f));
    }
    for (const QString &f : entriesOf(staging)) {
        if (d.exists(f) || !d.rename(QDir(staging).filePath(f), d.filePath(f)))
            return fail(f);
    }
    QDir(staging).removeRecursively();
    auto reopened = Store::open(dataDir, false);
    if (!reopened)
        return reopened.error();
    joined->store = std::move(*reopened);
    bundleLog()->info("joined commune {} from a bundle of {} as device {} (first run of the desktop)",
                      m.communeCode.toStdString(), m.madeByTag.toStdString(), tag.toStdString());
    return joined;
}

} // namespace MotCua
