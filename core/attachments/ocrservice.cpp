#include "core/attachments/ocrservice.h"

#include "core/attachments/attachmentservice.h"
#include "core/store/event.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace MotCua
{

namespace
{
const auto &ocrLog()
{
    static const auto log = Log::get("ocr");
    return log;
}

qsizetype letterCount(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += c.isLetter() ? 1 : 0;
    return n;
}

// Text as kept: NFC (Tesseract may give decomposed marks), lines trimmed, runs of blank lines made one.
QString tidy(const QString &raw)
{
    QStringList lines;
    bool blank = true;
    for (const QString &line : raw.normalized(QString::NormalizationForm_C).split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            if (!blank)
                lines.append(QString());
            blank = true;
            continue;
        }
        lines.append(t);
        blank = false;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}
} // namespace

OcrService::OcrService(Store &store) : OcrService(store, Options{}) {}

OcrService::OcrService(Store &store, Options options) : m_store(store), m_options(std::move(options)) {}

OcrService::ProcessRun OcrService::runProcess(const QString &program, const QStringList &args)
{
    ProcessRun run;
    QProcess p;
    // One thread each: OCR runs in the background on a counter PC people are working at.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args, QIODevice::ReadOnly);
    if (!p.waitForStarted(10'000)) {
        run.error = QStringLiteral("%1 could not be started: %2").arg(program, p.errorString());
        return run;
    }
    run.started = true;
    QElapsedTimer clock;
    clock.start();
    // Waits in short steps, so a cancel or the time limit stops it; stdout is read as it comes (a pipe fills up).
    while (!p.waitForFinished(100)) {
        run.out += p.readAllStandardOutput();
        (void)p.readAllStandardError();
        if (p.state() == QProcess::NotRunning)
            break;
        if (!m_cancel && m_keepGoing && !m_keepGoing())
            m_cancel = true;
        if (m_cancel || clock.elapsed() > m_options.timeoutMs) {
            p.kill();
            p.waitForFinished(5'000);
            run.error = m_cancel
                            ? QStringLiteral("cancelled")
                            : QStringLiteral("%1 took longer than %2 s").arg(program).arg(m_options.timeoutMs / 1000);
            return run;
        }
    }
    run.out += p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    run.finished = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.finished)
        run.error = QStringLiteral("%1 failed (exit %2): %3")
                        .arg(program)
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(err.left(300)).trimmed());
    return run;
}

bool OcrService::available()
{
    if (m_available >= 0)
        return m_available == 1;
    const ProcessRun langs = runProcess(m_options.tesseract, {QStringLiteral("--list-langs")});
    if (!langs.started) {
        m_available = 0;
        m_unavailableReason = QStringLiteral("Tesseract is not installed (%1)").arg(langs.error);
    } else {
        // "List of available languages in ...:" then one language per line (older versions print it on stderr).
        bool found = false;
        for (const QByteArray &line : langs.out.split('\n'))
            found = found || line.trimmed() == m_options.language.toUtf8();
        m_available = found ? 1 : 0;
        if (!found)
            m_unavailableReason = QStringLiteral("Tesseract has no '%1' language data (install tesseract-ocr-%1)")
                                      .arg(m_options.language);
    }
    if (m_available == 0)
        ocrLog()->warn("OCR unavailable: {}", m_unavailableReason.toStdString());
    return m_available == 1;
}

QString OcrService::unavailableReason()
{
    available();
    return m_unavailableReason;
}

OcrOutcome OcrService::ocrImages(const QStringList &images, int pages)
{
    OcrOutcome o;
    if (!available())
        return {QStringLiteral("unavailable"), {}, QStringLiteral("tesseract"), 0, m_unavailableReason};
    QStringList texts;
    for (const QString &image : images) {
        const ProcessRun r = runProcess(m_options.tesseract,
                                        {image, QStringLiteral("stdout"), QStringLiteral("-l"), m_options.language});
        if (!r.finished)
            return {QStringLiteral("failed"), {}, QStringLiteral("tesseract"), 0, r.error};
        texts.append(tidy(QString::fromUtf8(r.out)));
    }
    o.state = QStringLiteral("done");
    o.engine = QStringLiteral("tesseract");
    o.pages = pages;
    o.text = texts.join(QStringLiteral("\n\n")).left(m_options.maxChars);
    return o;
}

OcrOutcome OcrService::readPdf(const QString &path)
{
    // Its own text first: a PDF made from a document (not a scan) has it, and it is exact.
    const ProcessRun layer =
        runProcess(m_options.pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                                         QString::number(m_options.maxPages), path, QStringLiteral("-")});
    if (m_cancel)
        return {QStringLiteral("failed"), {}, QStringLiteral("pdftotext"), 0, QStringLiteral("cancelled")};
    if (layer.finished) {
        const QString text = QString::fromUtf8(layer.out);
        // Pages end with a form feed.
        const int pages = std::max(1, int(text.count(u'\f')));
        // Real text, not the few stray characters a scanner's PDF carries: at least 20 letters a page on average.
        if (letterCount(text) >= 20 * pages) {
            QStringList parts;
            for (const QString &page : text.split(u'\f'))
                if (!page.trimmed().isEmpty())
                    parts.append(tidy(page));
            return {QStringLiteral("done"),
                    parts.join(QStringLiteral("\n\n")).left(m_options.maxChars),
                    QStringLiteral("pdftotext"),
                    pages,
                    {}};
        }
    } else if (!layer.started) {
        ocrLog()->warn("pdftotext not usable: {}", layer.error.toStdString());
    }
    if (!available())
        return {QStringLiteral("unavailable"), {}, QStringLiteral("tesseract"), 0, m_unavailableReason};
    // A scan: its pages as images, then OCR.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return {QStringLiteral("failed"),
                {},
                QStringLiteral("tesseract"),
                0,
                QStringLiteral("no temporary folder for the pages")};
    const ProcessRun raster =
        runProcess(m_options.pdftoppm,
                   {QStringLiteral("-r"), QString::number(m_options.dpi), QStringLiteral("-gray"),
                    QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QString::number(m_options.maxPages), path, QDir(tmp.path()).filePath(QStringLiteral("page"))});
    if (!raster.finished)
        return {QStringLiteral("failed"), {}, QStringLiteral("tesseract"), 0, raster.error};
    // page-1.png ... page-9.png, or page-01.png ...: the same width within one run, so the names sort in page order.
    QStringList images;
    const QFileInfoList files = QDir(tmp.path()).entryInfoList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        images.append(f.absoluteFilePath());
    if (images.isEmpty())
        return {QStringLiteral("failed"), {}, QStringLiteral("tesseract"), 0, QStringLiteral("the PDF has no pages")};
    return ocrImages(images, int(images.size()));
}

OcrOutcome OcrService::read(const QString &path, const QString &mime)
{
    if (mime == u"application/pdf")
        return readPdf(path);
    if (mime.startsWith(u"image/"))
        return ocrImages({path}, 1);
    return {QStringLiteral("failed"), {}, {}, 0, QStringLiteral("not a PDF or an image")};
}

Result<QList<OcrService::PendingBlob>> OcrService::pending()
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT a.sha256, min(a.mime), min(a.added_at) AS first FROM attachments a"
                       " LEFT JOIN blob_texts b ON b.sha256 = a.sha256 WHERE b.sha256 IS NULL AND a.removed = 0"
                       " GROUP BY a.sha256 ORDER BY first, a.sha256"));
    if (!st)
        return st.error();
    QList<PendingBlob> out;
    while (st->next())
        out.append({st->text(0), st->text(1)});
    if (st->failed())
        return st->lastError();
    return out;
}

Result<OcrService::RunReport> OcrService::run(const Progress &progress)
{
    m_cancel = false;
    auto blobs = pending();
    if (!blobs)
        return blobs.error();
    RunReport report;
    report.total = int(blobs->size());
    report.unavailable = !available();
    int i = 0;
    m_keepGoing = [&] { return !progress || progress(i, report.total); };
    // However run() ends, the callback (which refers to this frame) is not kept.
    const auto forget = qScopeGuard([this] { m_keepGoing = {}; });
    for (const PendingBlob &b : std::as_const(*blobs)) {
        if (m_cancel) {
            report.cancelled = true;
            break;
        }
        const QString path = AttachmentService::blobFile(m_store.dataDir(), b.sha256);
        OcrOutcome o;
        if (!QFileInfo(path).isFile())
            o = {QStringLiteral("unavailable"), {}, {}, 0, QStringLiteral("the bytes are not on this counter")};
        else
            o = read(path, b.mime);
        if (m_cancel) {
            report.cancelled = true;
            break;
        }
        if (o.state == u"unavailable") {
            ++report.skipped; // stays pending: another counter (or this one, once Tesseract is installed) reads it
        } else {
            if (o.state == u"failed")
                ocrLog()->warn("blob {}: {}", b.sha256.toStdString(), o.detail.toStdString());
            auto committed = m_store.commit({{QStringLiteral("blob"), b.sha256, EventType::BlobTextExtracted,
                                              QJsonObject{{QStringLiteral("text"), o.text},
                                                          {QStringLiteral("state"), o.state},
                                                          {QStringLiteral("engine"), o.engine},
                                                          {QStringLiteral("pages"), o.pages}}}},
                                            QStringLiteral("system"));
            if (!committed)
                return committed.error();
            ++(o.state == u"done" ? report.done : report.failed);
        }
        ++i;
        if (progress && !progress(i, report.total)) {
            report.cancelled = i < report.total;
            break;
        }
    }
    ocrLog()->info("OCR run: {} read, {} failed, {} left of {}", report.done, report.failed, report.skipped,
                   report.total);
    return report;
}

} // namespace MotCua
