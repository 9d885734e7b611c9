// Attachments (issue 12, "Attachments"): blobs stored once by SHA-256 under the data directory, bad files refused
// with nothing written, file names kept as text and never used as paths, removal, bundles carrying blobs and rows,
// the search box finding an attachment by the text read from it, and the scanner's hot folder.
#include "core/attachments/attachmentservice.h"
#include "core/attachments/hotfolder.h"
#include "core/attachments/ocrservice.h"
#include "core/documents/documentservice.h"
#include "core/services/bundleservice.h"
#include "core/services/dossierservice.h"
#include "core/services/searchservice.h"
#include "core/store/event.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

// A file whose first bytes say PDF (what the store checks); the rest is whatever the test wants.
QByteArray pdfBytes(const QByteArray &body)
{
    return QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") + body + "\n%%EOF\n";
}

QByteArray pngBytes(const QByteArray &body)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + body;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// Every blob file in the store's attachments folder.
QStringList blobFiles(const Store &store)
{
    QStringList out;
    QDirIterator it(AttachmentService::blobsDir(store.dataDir()), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

Dossier receiveDossier(TempStore &t, const QString &name)
{
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = name;
    auto d = DossierService(*t.store).receive(t.admin, r);
    INFO(why(d));
    REQUIRE(d.has_value());
    return *d;
}

qint64 eventCount(Store &store)
{
    return *store.db().scalarInt(QStringLiteral("SELECT count(*) FROM events"));
}
} // namespace

TEST_CASE("The same bytes attached twice are stored once, under their SHA-256", "[attachments]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Nguyễn Văn Bình"));
    QTemporaryDir files;
    const QByteArray bytes = pdfBytes("giấy khai sinh bản sao");
    const QString one = writeFile(files.path(), QStringLiteral("khai-sinh.pdf"), bytes);
    const QString two = writeFile(files.path(), QStringLiteral("bản sao lần hai.pdf"), bytes);
    AttachmentService service(*t.store);
    auto a = service.attach(t.admin, QStringLiteral("dossier"), d.id, one);
    INFO(why(a));
    REQUIRE(a.has_value());
    auto b = service.attach(t.admin, QStringLiteral("dossier"), d.id, two);
    REQUIRE(b.has_value());
    CHECK(a->sha256 == b->sha256);
    CHECK(a->id != b->id);
    CHECK(a->mime == QStringLiteral("application/pdf"));
    CHECK(a->size == bytes.size());
    CHECK(b->fileName == QStringLiteral("bản sao lần hai.pdf"));
    CHECK(a->addedBy == t.admin.userId);
    CHECK(a->addedAt.isValid());
    const QStringList blobs = blobFiles(*t.store);
    REQUIRE(blobs.size() == 1);
    CHECK(blobs.first().endsWith(a->sha256.left(2) + u'/' + a->sha256));
    QFile stored(blobs.first());
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll() == bytes);
    CHECK(*service.blobPath(a->sha256) == blobs.first());
    auto listed = service.list(QStringLiteral("dossier"), d.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).id == a->id);
    CHECK(listed->at(0).textState == QStringLiteral("none"));
    // The row survives a rebuild byte for byte, and verify agrees.
    const QByteArray before = *t.store->exportCanonical();
    REQUIRE(t.store->rebuild().has_value());
    CHECK(*t.store->exportCanonical() == before);
    CHECK(before.contains("\"table\":\"attachments\""));
}

TEST_CASE("Bad files are refused with a field to word them by, and nothing is stored", "[attachments]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Trần Thị Lan"));
    QTemporaryDir files;
    AttachmentService service(*t.store);
    const qint64 events = eventCount(*t.store);
    auto refused = [&](const QString &path, const char *field) {
        auto r = service.attach(t.admin, QStringLiteral("dossier"), d.id, path);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().message;
    };
    SECTION("empty")
    {
        refused(writeFile(files.path(), QStringLiteral("trống.pdf"), {}), "attachment_empty");
    }
    SECTION("over 64 MiB (a sparse file, never read)")
    {
        const QString path = QDir(files.path()).filePath(QStringLiteral("lớn.pdf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(pdfBytes("x"));
        REQUIRE(f.resize(65 * 1024 * 1024));
        f.close();
        const QString message = refused(path, "attachment_too_large");
        CHECK(message.contains(QStringLiteral("65.0 MiB")));
        CHECK(message.contains(QStringLiteral("64 MiB")));
    }
    SECTION("text with a .pdf name")
    {
        const QString message =
            refused(writeFile(files.path(), QStringLiteral("công văn.pdf"), "Kính gửi: UBND xã\n"), "attachment_type");
        CHECK(message.contains(QStringLiteral("not a PDF or an image")));
    }
    SECTION("no such file")
    {
        refused(QDir(files.path()).filePath(QStringLiteral("không có.pdf")), "attachment_missing");
    }
    SECTION("a folder")
    {
        refused(files.path(), "attachment_missing");
    }
    SECTION("one bad file among good ones attaches none")
    {
        const QString good = writeFile(files.path(), QStringLiteral("tốt.pdf"), pdfBytes("tốt"));
        const QString bad = writeFile(files.path(), QStringLiteral("xấu.pdf"), "không phải pdf");
        auto r = service.attachAll(t.admin, QStringLiteral("dossier"), d.id, {good, bad});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("attachment_type"));
    }
    CHECK(blobFiles(*t.store).isEmpty());
    CHECK(eventCount(*t.store) == events);
    CHECK(service.list(QStringLiteral("dossier"), d.id)->isEmpty());
}

TEST_CASE("The name of a file is kept as text to show and never used as a path", "[attachments]")
{
    CHECK(AttachmentService::displayName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(AttachmentService::displayName(QStringLiteral("C:\\x\\y.pdf")) == QStringLiteral("y.pdf"));
    CHECK(AttachmentService::displayName(QStringLiteral("C:y.pdf")) == QStringLiteral("y.pdf"));
    CHECK(AttachmentService::displayName(QStringLiteral("/tmp/quyết định.pdf")) == QStringLiteral("quyết định.pdf"));
    CHECK(AttachmentService::displayName(QString::fromUtf8("a\0b\x01\x1b[31mc.pdf", 14)) ==
          QStringLiteral("ab[31mc.pdf"));
    CHECK(AttachmentService::displayName(QStringLiteral("t\u202Efdp.exe")) == QStringLiteral("tfdp.exe"));
    CHECK(AttachmentService::displayName(QStringLiteral("..")).isEmpty());
    CHECK(AttachmentService::displayName(QStringLiteral("dir/")).isEmpty());
    // Decomposed Vietnamese (as some systems write names) is kept composed.
    CHECK(AttachmentService::displayName(QStringLiteral("Quye\u0302\u0301t.pdf")) == QStringLiteral("Quyết.pdf"));

    // Stored for real: a name with a backslash path and control characters (legal in a Linux file name) is shown
    // as its last part, and the blob goes under its hash only.
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Lê Văn Hùng"));
    QTemporaryDir files;
    const QString path =
        writeFile(files.path(), QStringLiteral("..\\..\\Windows\\h\u0001\u0007ồ sơ.png"), pngBytes("ảnh quét"));
    auto a = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id, path);
    INFO(why(a));
    REQUIRE(a.has_value());
    CHECK(a->fileName == QStringLiteral("hồ sơ.png"));
    CHECK(a->mime == QStringLiteral("image/png"));
    const QStringList blobs = blobFiles(*t.store);
    REQUIRE(blobs.size() == 1);
    CHECK(QFileInfo(blobs.first()).fileName() == a->sha256);
    // A name that is nothing once cleaned gets one from its type.
    const QString dots = writeFile(files.path(), QStringLiteral("\u0001\u0002"), pdfBytes("không tên"));
    auto b = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id, dots);
    REQUIRE(b.has_value());
    CHECK(b->fileName == QStringLiteral("scan.pdf"));
    // blobPath takes only a hash, never a name.
    auto tricked = AttachmentService(*t.store).blobPath(QStringLiteral("../../motcua.db"));
    REQUIRE_FALSE(tricked.has_value());
    CHECK(tricked.error().code == Error::Code::Invalid);
}

TEST_CASE("Attaching needs a record that exists, of a kind that takes files, and a person with a role", "[attachments]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Phạm Thị Thu"));
    QTemporaryDir files;
    const QString path = writeFile(files.path(), QStringLiteral("đơn.pdf"), pdfBytes("đơn"));
    AttachmentService service(*t.store);
    auto noRecord = service.attach(t.admin, QStringLiteral("dossier"), QStringLiteral("khong-co"), path);
    REQUIRE_FALSE(noRecord.has_value());
    CHECK(noRecord.error().code == Error::Code::NotFound);
    auto wrongKind = service.attach(t.admin, QStringLiteral("user"), t.admin.userId, path);
    REQUIRE_FALSE(wrongKind.has_value());
    CHECK(wrongKind.error().field == QStringLiteral("owner_entity"));
    Session nobody = t.admin;
    nobody.roles.clear();
    auto forbidden = service.attach(nobody, QStringLiteral("dossier"), d.id, path);
    REQUIRE_FALSE(forbidden.has_value());
    CHECK(forbidden.error().code == Error::Code::Forbidden);
    // A receptionist (who sees the dossier) may.
    const Session receptionist = t.createUser(QStringLiteral("hoa"), {Role::Receptionist});
    CHECK(service.attach(receptionist, QStringLiteral("dossier"), d.id, path).has_value());
    CHECK(blobFiles(*t.store).size() == 1);
}

TEST_CASE("A store that takes no changes stores no file and records nothing", "[attachments]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Hoàng Văn Nam"));
    QTemporaryDir files;
    const QString path = writeFile(files.path(), QStringLiteral("tờ khai.pdf"), pdfBytes("tờ khai"));
    const qint64 events = eventCount(*t.store);
    // Read-only by permissions where that holds (not for root), else marked damaged: both are write blocks.
    const QString dbFile = t.store->databasePath();
    QFile::setPermissions(dbFile, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    t.reopen();
    if (!t.store->writeBlock()) {
        QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile marker(QDir(t.dir.path()).filePath(QLatin1String(Store::kDamagedMarker)));
        REQUIRE(marker.open(QIODevice::WriteOnly));
        marker.write("test: damaged");
        marker.close();
        t.reopen();
    }
    REQUIRE(t.store->writeBlock().has_value());
    AttachmentService service(*t.store);
    auto stored = service.store(path);
    REQUIRE_FALSE(stored.has_value());
    CHECK(stored.error().code == t.store->writeBlock()->error().code);
    auto attached = service.attach(t.admin, QStringLiteral("dossier"), d.id, path);
    REQUIRE_FALSE(attached.has_value());
    CHECK_FALSE(QDir(AttachmentService::blobsDir(t.store->dataDir())).exists());
    CHECK(eventCount(*t.store) == events);
    // Reads still work.
    CHECK(service.list(QStringLiteral("dossier"), d.id)->isEmpty());
    QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dbFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A removed attachment leaves the list of its record and the search, and its bytes stay", "[attachments]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Đỗ Thị Hạnh"));
    QTemporaryDir files;
    AttachmentService service(*t.store);
    auto a = service.attach(t.admin, QStringLiteral("dossier"), d.id,
                            writeFile(files.path(), QStringLiteral("biên nhận.pdf"), pdfBytes("biên nhận")));
    REQUIRE(a.has_value());
    SearchQuery q;
    q.text = QStringLiteral("bien nhan");
    q.kinds = {SearchIndex::Attachment};
    auto found = SearchService(*t.store).search(t.admin, q);
    REQUIRE(found.has_value());
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits.first().id == a->id);
    CHECK(found->hits.first().title == QStringLiteral("biên nhận.pdf"));
    REQUIRE(service.remove(t.admin, a->id).has_value());
    CHECK(service.list(QStringLiteral("dossier"), d.id)->isEmpty());
    CHECK(service.attachment(a->id)->removed);
    CHECK(SearchService(*t.store).search(t.admin, q)->hits.isEmpty());
    CHECK(blobFiles(*t.store).size() == 1);
    // Removing it again records nothing more.
    const qint64 events = eventCount(*t.store);
    REQUIRE(service.remove(t.admin, a->id).has_value());
    CHECK(eventCount(*t.store) == events);
    auto none = service.remove(t.admin, QStringLiteral("khong-co"));
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == Error::Code::NotFound);
    // A rebuild gives the same tables and the same (empty) search.
    const QByteArray before = *t.store->exportCanonical();
    REQUIRE(t.store->rebuild().has_value());
    CHECK(*t.store->exportCanonical() == before);
    CHECK(SearchService(*t.store).search(t.admin, q)->hits.isEmpty());
}

TEST_CASE("The text read from a blob finds its attachments without diacritics, here and on another counter",
          "[attachments][search]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Vũ Minh Tuấn"));
    QTemporaryDir files;
    AttachmentService service(*t.store);
    auto a = service.attach(t.admin, QStringLiteral("dossier"), d.id,
                            writeFile(files.path(), QStringLiteral("scan0001.png"), pngBytes("ảnh")));
    REQUIRE(a.has_value());
    // What OCR would record.
    auto committed = t.store->commit(
        {{QStringLiteral("blob"), a->sha256, EventType::BlobTextExtracted,
          QJsonObject{{QStringLiteral("text"), QStringLiteral("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\nthửa số 12")},
                      {QStringLiteral("state"), QStringLiteral("done")},
                      {QStringLiteral("engine"), QStringLiteral("tesseract")},
                      {QStringLiteral("pages"), 1}}}},
        QStringLiteral("system"));
    REQUIRE(committed.has_value());
    CHECK(service.attachment(a->id)->textState == QStringLiteral("done"));
    SearchQuery q;
    q.text = QStringLiteral("quyen su dung dat");
    // The one search box (every kind: procedures of land use match too) lists it among the attachments.
    auto everything = SearchService(*t.store).search(t.admin, q);
    REQUIRE(everything.has_value());
    CHECK(std::count_if(everything->hits.cbegin(), everything->hits.cend(),
                        [&](const SearchHit &h) { return h.kind == SearchIndex::Attachment && h.id == a->id; }) == 1);
    q.kinds = {SearchIndex::Attachment};
    auto found = SearchService(*t.store).search(t.admin, q);
    REQUIRE(found.has_value());
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits.first().kind == SearchIndex::Attachment);
    CHECK(found->hits.first().id == a->id);
    CHECK(found->hits.first().snippet.contains(QStringLiteral("[QUYỀN] [SỬ] [DỤNG] [ĐẤT]")));
    // A failed reading later never replaces the text.
    REQUIRE(t.store
                ->commit({{QStringLiteral("blob"), a->sha256, EventType::BlobTextExtracted,
                           QJsonObject{{QStringLiteral("text"), QString()},
                                       {QStringLiteral("state"), QStringLiteral("failed")},
                                       {QStringLiteral("engine"), QStringLiteral("tesseract")},
                                       {QStringLiteral("pages"), 0}}}},
                         QStringLiteral("system"))
                .has_value());
    CHECK(SearchService(*t.store).search(t.admin, q)->hits.size() == 1);
    // Nothing is pending for OCR any more.
    CHECK(OcrService(*t.store).pending()->isEmpty());
    // A new attachment of the same bytes is found at once (the blob's text is read once for all its attachments).
    auto again = service.attach(t.admin, QStringLiteral("dossier"), d.id,
                                writeFile(files.path(), QStringLiteral("scan0002.png"), pngBytes("ảnh")));
    REQUIRE(again.has_value());
    CHECK(SearchService(*t.store).search(t.admin, q)->hits.size() == 2);
    // Only attachments are kinds of search; a blob is not.
    q.kinds = {QStringLiteral("blob")};
    CHECK_FALSE(SearchService(*t.store).search(t.admin, q).has_value());

    // A bundle carries the blob, the attachment rows and the text to a new counter.
    const QString bundle = QDir(files.path()).filePath(QStringLiteral("xa.motcua"));
    auto exported = BundleService(*t.store).exportTo(t.admin, bundle);
    INFO(why(exported));
    REQUIRE(exported.has_value());
    QTemporaryDir other;
    auto joined = BundleService::join(bundle, QDir(other.path()).filePath(QStringLiteral("data")),
                                      QStringLiteral("admin"), kAdminPassword);
    INFO(why(joined));
    REQUIRE(joined.has_value());
    Store &b = *joined->store;
    AttachmentService there(b);
    auto listed = there.list(QStringLiteral("dossier"), d.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).fileName == QStringLiteral("scan0001.png"));
    CHECK(listed->at(0).textState == QStringLiteral("done"));
    auto path = there.blobPath(a->sha256);
    INFO(why(path));
    REQUIRE(path.has_value());
    QFile f(*path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == pngBytes("ảnh"));
    q.kinds = {SearchIndex::Attachment};
    CHECK(SearchService(b).search(joined->admin, q)->hits.size() == 2);
    CHECK(b.verify()->ok());

    // And a bundle taken in by a counter that already works (importFrom) brings a later attachment.
    auto later = service.attach(t.admin, QStringLiteral("dossier"), d.id,
                                writeFile(files.path(), QStringLiteral("phụ lục.pdf"), pdfBytes("phụ lục")));
    REQUIRE(later.has_value());
    const QString bundle2 = QDir(files.path()).filePath(QStringLiteral("xa2.motcua"));
    REQUIRE(BundleService(*t.store).exportTo(t.admin, bundle2).has_value());
    auto taken = BundleService(b).importFrom(joined->admin, bundle2);
    INFO(why(taken));
    REQUIRE(taken.has_value());
    CHECK(there.list(QStringLiteral("dossier"), d.id)->size() == 3);
    CHECK(there.blobPath(later->sha256).has_value());
}

TEST_CASE("The hot folder shows a scan only once it stopped growing, and taking or dismissing it empties the inbox",
          "[attachments][hotfolder]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Ngô Thị Hương"));
    QTemporaryDir scanner;
    REQUIRE(HotFolder::configure(*t.store, scanner.path()).has_value());
    CHECK(*HotFolder::configured(*t.store) == QFileInfo(scanner.path()).absoluteFilePath());
    HotFolder hot(*t.store);
    CHECK(hot.folder() == QFileInfo(scanner.path()).absoluteFilePath());
    hot.setStableMs(400);

    // A scanner writing a PDF slowly, a chunk every 150 ms, from another thread.
    const QString slow = QDir(scanner.path()).filePath(QStringLiteral("scan_0001.pdf"));
    std::atomic<bool> written = false;
    std::thread writer([&] {
        QFile f(slow);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(pdfBytes("trang 1"));
        f.flush();
        for (int i = 0; i < 8; ++i) {
            QThread::msleep(150);
            f.write(QByteArray(4096, 'x'));
            f.flush();
        }
        f.close();
        written = true;
    });
    // Also a text file (not a scan) and a hidden one, which never show.
    writeFile(scanner.path(), QStringLiteral("ghi chú.txt"), "không phải bản quét");
    writeFile(scanner.path(), QStringLiteral(".scan_0002.pdf.part"), pdfBytes("đang ghi"));
    QElapsedTimer clock;
    clock.start();
    bool seenWhileWriting = false;
    while (!written) {
        auto inbox = hot.scan();
        REQUIRE(inbox.has_value());
        for (const ScanFile &f : *inbox)
            seenWhileWriting = seenWhileWriting || f.path == slow;
        QThread::msleep(50);
    }
    writer.join();
    CHECK_FALSE(seenWhileWriting);
    CHECK(clock.elapsed() >= 1000);
    // Once it stopped, it shows after the stable time (and not before).
    QElapsedTimer since;
    since.start();
    QList<ScanFile> inbox;
    while (since.elapsed() < 5000) {
        auto r = hot.scan();
        REQUIRE(r.has_value());
        inbox = *r;
        if (!inbox.isEmpty())
            break;
        QThread::msleep(50);
    }
    CHECK(since.elapsed() >= 300);
    REQUIRE(inbox.size() == 1);
    CHECK(inbox.first().path == QFileInfo(slow).absoluteFilePath());
    CHECK(inbox.first().name == QStringLiteral("scan_0001.pdf"));
    CHECK(inbox.first().mime == QStringLiteral("application/pdf"));
    CHECK(inbox.first().size == QFileInfo(slow).size());

    // Taking it attaches it and moves it out of the inbox.
    auto a = hot.take(t.admin, inbox.first().path, QStringLiteral("dossier"), d.id);
    INFO(why(a));
    REQUIRE(a.has_value());
    CHECK(a->fileName == QStringLiteral("scan_0001.pdf"));
    CHECK_FALSE(QFileInfo::exists(slow));
    CHECK(QFileInfo::exists(QDir(scanner.path()).filePath(QStringLiteral(".motcua-taken/scan_0001.pdf"))));
    CHECK(hot.scan()->isEmpty());
    CHECK(AttachmentService(*t.store).list(QStringLiteral("dossier"), d.id)->size() == 1);

    // A second scan of the same name is dismissed, and kept beside the first without overwriting anything.
    writeFile(scanner.path(), QStringLiteral("scan_0001.pdf"), pdfBytes("trang khác"));
    (void)hot.scan();
    QThread::msleep(450);
    auto second = hot.scan();
    REQUIRE(second->size() == 1);
    REQUIRE(hot.dismiss(second->first().path).has_value());
    CHECK(hot.scan()->isEmpty());
    CHECK(QFileInfo::exists(QDir(scanner.path()).filePath(QStringLiteral(".motcua-dismissed/scan_0001.pdf"))));
    // A scan too big to attach is listed, and taking it says why it cannot be (it stays in the inbox).
    {
        QFile big(QDir(scanner.path()).filePath(QStringLiteral("scan_0009.pdf")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.write(pdfBytes("600 dpi màu"));
        REQUIRE(big.resize(AttachmentService::kMaxBytes + 1));
    }
    (void)hot.scan();
    QThread::msleep(450);
    auto huge = hot.scan();
    REQUIRE(huge->size() == 1);
    auto tooBig = hot.take(t.admin, huge->first().path, QStringLiteral("dossier"), d.id);
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().field == QStringLiteral("attachment_too_large"));
    CHECK(hot.scan()->size() == 1);
    REQUIRE(hot.dismiss(huge->first().path).has_value());
    // Nothing outside the hot folder can be moved through it.
    QTemporaryDir elsewhere;
    const QString outside = writeFile(elsewhere.path(), QStringLiteral("khác.pdf"), pdfBytes("khác"));
    auto refused = hot.dismiss(outside);
    REQUIRE_FALSE(refused.has_value());
    CHECK(QFileInfo::exists(outside));
    auto escaped = hot.dismiss(
        QDir(scanner.path())
            .filePath(QStringLiteral("../") + QFileInfo(elsewhere.path()).fileName() + QStringLiteral("/khác.pdf")));
    REQUIRE_FALSE(escaped.has_value());
    CHECK(QFileInfo::exists(outside));
    // A folder that is gone is an error with its field, not a crash.
    hot.setFolder(QDir(scanner.path()).filePath(QStringLiteral("không có")));
    auto gone = hot.scan();
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().field == QStringLiteral("hot_folder"));
    CHECK_FALSE(HotFolder::configure(*t.store, QDir(scanner.path()).filePath(QStringLiteral("không có"))).has_value());
}

TEST_CASE("The hot folder lists scans oldest first, and scans of one time in the order of their names",
          "[attachments][hotfolder]")
{
    TempStore t;
    QTemporaryDir scanner;
    HotFolder hot(*t.store);
    hot.setFolder(scanner.path());
    hot.setStableMs(0);
    // A scanner that wrote three pages within one tick of the clock (FAT and SMB keep only seconds), and one older.
    const QDateTime tick = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QStringList names = {QStringLiteral("scan_0003.pdf"), QStringLiteral("scan_0001.pdf"),
                               QStringLiteral("scan_0002.pdf"), QStringLiteral("scan_0000.pdf")};
    for (const QString &name : names) {
        QFile f(writeFile(scanner.path(), name, pdfBytes(name.toUtf8())));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(name == names.last() ? tick.addSecs(-30) : tick, QFileDevice::FileModificationTime));
    }
    (void)hot.scan();
    auto inbox = hot.scan();
    REQUIRE(inbox.has_value());
    QStringList order;
    for (const ScanFile &f : *inbox)
        order << f.name;
    CHECK(order == QStringList{QStringLiteral("scan_0000.pdf"), QStringLiteral("scan_0001.pdf"),
                               QStringLiteral("scan_0002.pdf"), QStringLiteral("scan_0003.pdf")});
}

TEST_CASE("OCR over pending blobs reads rendered Vietnamese text and records it for every counter",
          "[attachments][ocr]")
{
    TempStore t;
    OcrService ocr(*t.store);
    if (!ocr.available()) {
        WARN("Tesseract with Vietnamese is not installed here: " << ocr.unavailableReason().toStdString());
        SUCCEED();
        return;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("convert")).isEmpty()) {
        WARN("ImageMagick's convert is not installed: the image is rendered in the ui tests instead");
        SUCCEED();
        return;
    }
    const Dossier d = receiveDossier(t, QStringLiteral("Bùi Văn Khánh"));
    QTemporaryDir files;
    const QString image = QDir(files.path()).filePath(QStringLiteral("quet.png"));
    QProcess convert;
    convert.start(QStringLiteral("convert"),
                  {QStringLiteral("-size"), QStringLiteral("1000x160"), QStringLiteral("xc:white"),
                   QStringLiteral("-font"), QStringLiteral("DejaVu-Sans"), QStringLiteral("-pointsize"),
                   QStringLiteral("44"), QStringLiteral("-fill"), QStringLiteral("black"), QStringLiteral("-annotate"),
                   QStringLiteral("+20+95"), QStringLiteral("Giấy chứng nhận quyền sử dụng đất"), image});
    REQUIRE(convert.waitForFinished(30000));
    REQUIRE(convert.exitCode() == 0);
    auto a = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id, image);
    REQUIRE(a.has_value());
    REQUIRE(ocr.pending()->size() == 1);
    QList<int> progress;
    auto report = ocr.run([&](int done, int total) {
        progress.append(done * 10 + total);
        return true;
    });
    INFO(why(report));
    REQUIRE(report.has_value());
    CHECK(report->done == 1);
    // Asked while the page is read (0 of 1, so it can cancel), then 1 of 1 when done.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.constLast() == 11);
    CHECK(std::is_sorted(progress.cbegin(), progress.cend()));
    CHECK(std::all_of(progress.cbegin(), progress.cend(), [](int p) { return p == 1 || p == 11; }));
    CHECK(ocr.pending()->isEmpty());
    const Attachment read = *AttachmentService(*t.store).attachment(a->id);
    CHECK(read.textState == QStringLiteral("done"));
    CHECK(read.text.contains(QStringLiteral("quyền sử dụng đất")));
    SearchQuery q;
    q.text = QStringLiteral("quyen su dung");
    q.kinds = {SearchIndex::Attachment};
    auto found = SearchService(*t.store).search(t.admin, q);
    REQUIRE(found.has_value());
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits.first().id == a->id);
    // Recorded as an event of the blob by "system".
    CHECK(*t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM events WHERE entity = 'blob'"
                                                  " AND type = 'BlobTextExtracted' AND actor = 'system'")) == 1);
}

TEST_CASE("Without Tesseract nothing breaks: images stay not read, and are read once it is there", "[attachments][ocr]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Đinh Thị Yến"));
    QTemporaryDir files;
    auto a = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id,
                                                writeFile(files.path(), QStringLiteral("ảnh.png"), pngBytes("x")));
    REQUIRE(a.has_value());
    OcrService::Options none;
    none.tesseract = QStringLiteral("/nonexistent/tesseract");
    OcrService ocr(*t.store, none);
    CHECK_FALSE(ocr.available());
    CHECK(ocr.unavailableReason().contains(QStringLiteral("not installed")));
    auto report = ocr.run();
    REQUIRE(report.has_value());
    CHECK(report->unavailable);
    CHECK(report->skipped == 1);
    CHECK(report->done == 0);
    CHECK(ocr.pending()->size() == 1);
    CHECK(AttachmentService(*t.store).attachment(a->id)->textState == QStringLiteral("none"));
    // A language that is not installed is the same.
    OcrService::Options klingon;
    klingon.language = QStringLiteral("tlh");
    OcrService noLanguage(*t.store, klingon);
    if (OcrService(*t.store).available()) {
        CHECK_FALSE(noLanguage.available());
        CHECK(noLanguage.unavailableReason().contains(QStringLiteral("tlh")));
    }
}

TEST_CASE("A store at schema 13 migrates to 14 and folds the attachment events its log holds", "[attachments][store]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Lý Thị Nga"));
    QTemporaryDir files;
    auto a = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id,
                                                writeFile(files.path(), QStringLiteral("đơn.pdf"), pdfBytes("đơn")));
    REQUIRE(a.has_value());
    const QByteArray before = *t.store->exportCanonical();
    // As a version-13 store would be: no attachment tables, nor what later versions add (its log may hold a newer
    // counter's events all the same).
    REQUIRE(t.store->db()
                .execScript("DROP TABLE attachments; DROP TABLE blob_texts; DROP INDEX IF EXISTS dossiers_ended;"
                            " PRAGMA user_version = 13;")
                .has_value());
    t.reopen();
    CHECK(t.store->db().userVersion() == Db::migrations().back().version);
    CHECK(Db::migrations().back().version >= 14);
    CHECK(*t.store->exportCanonical() == before);
    auto listed = AttachmentService(*t.store).list(QStringLiteral("dossier"), d.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == a->id);
}

TEST_CASE("An OCR program that hangs is stopped by its time limit, and a cancel stops the page being read",
          "[attachments][ocr]")
{
    TempStore t;
    const Dossier d = receiveDossier(t, QStringLiteral("Quách Văn Sơn"));
    QTemporaryDir files;
    auto a = AttachmentService(*t.store).attach(t.admin, QStringLiteral("dossier"), d.id,
                                                writeFile(files.path(), QStringLiteral("treo.png"), pngBytes("x")));
    REQUIRE(a.has_value());
    // A "tesseract" that knows Vietnamese and then never answers.
    const QString hang = writeFile(files.path(), QStringLiteral("tesseract"),
                                   "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo 'List of available languages "
                                   "(1):'; echo vie; exit 0; fi\nexec sleep 30\n");
    REQUIRE(QFile::setPermissions(hang, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    OcrService::Options options;
    options.tesseract = hang;
    SECTION("cancelled while the program runs: nothing recorded, still pending")
    {
        OcrService ocr(*t.store, options);
        REQUIRE(ocr.available());
        QElapsedTimer clock;
        clock.start();
        auto report = ocr.run([&](int, int) { return clock.elapsed() < 300; });
        REQUIRE(report.has_value());
        CHECK(clock.elapsed() < 5000);
        CHECK(report->cancelled);
        CHECK(report->done == 0);
        CHECK(report->failed == 0);
        CHECK(ocr.pending()->size() == 1);
    }
    SECTION("past its time limit: recorded as failed, not tried again")
    {
        options.timeoutMs = 400;
        OcrService ocr(*t.store, options);
        QElapsedTimer clock;
        clock.start();
        auto report = ocr.run();
        REQUIRE(report.has_value());
        CHECK(clock.elapsed() < 5000);
        CHECK(report->failed == 1);
        CHECK(ocr.pending()->isEmpty());
        CHECK(AttachmentService(*t.store).attachment(a->id)->textState == QStringLiteral("failed"));
    }
}

TEST_CASE("Documents take attachments, except a classified one, which is kept by its details only",
          "[attachments][documents]")
{
    TempStore t;
    DocumentService docs(*t.store);
    QTemporaryDir files;
    const QString pdf = writeFile(files.path(), QStringLiteral("công văn.pdf"), pdfBytes("công văn"));
    IncomingRequest open;
    open.fromAgency = QStringLiteral("UBND tỉnh Bắc Ninh");
    open.number = QStringLiteral("125");
    open.symbol = QStringLiteral("UBND-VP");
    open.issuedOn = QDate(2026, 3, 2);
    open.type = QStringLiteral("CV");
    open.summary = QStringLiteral("Về việc triển khai chuyển đổi số");
    open.receivedAt = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Time::vietnam());
    open.attachments = {pdf};
    auto registered = docs.registerIncoming(t.admin, open);
    INFO(why(registered));
    REQUIRE(registered.has_value());
    AttachmentService service(*t.store);
    REQUIRE(service.list(QStringLiteral("incoming"), registered->id)->size() == 1);
    CHECK(service.list(QStringLiteral("incoming"), registered->id)->first().fileName == QStringLiteral("công văn.pdf"));

    IncomingRequest secret = open;
    secret.number = QStringLiteral("7");
    secret.symbol = QStringLiteral("CA-PV01");
    secret.secrecy = Secrecy::Confidential;
    secret.attachments.clear();
    auto classified = docs.registerIncoming(t.admin, secret);
    INFO(why(classified));
    REQUIRE(classified.has_value());
    const qint64 events = eventCount(*t.store);
    auto refused = service.attach(t.admin, QStringLiteral("incoming"), classified->id, pdf);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("secrecy"));
    CHECK(eventCount(*t.store) == events);
    CHECK(service.list(QStringLiteral("incoming"), classified->id)->isEmpty());
}
