#pragma once

// Reading the text of scans and PDFs so the one search box finds them: Tesseract with its Vietnamese model for
// images and scanned PDFs (pages rasterised with poppler's pdftoppm), a PDF's own text layer through pdftotext when
// it has one. The programs run as separate processes with time limits; when Tesseract or its Vietnamese data is
// missing, images are left "not read" (unavailable) and nothing else changes.
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace MotCua
{

class Store;

struct OcrOutcome
{
    QString state;  // done, failed, unavailable (no Tesseract with Vietnamese here: nothing was read)
    QString text;   // NFC, pages separated by a blank line
    QString engine; // tesseract, pdftotext
    int pages = 0;
    QString detail; // why it failed or is unavailable (English, for the log)
};

class OcrService
{
public:
    struct Options
    {
        QString tesseract = QStringLiteral("tesseract");
        QString pdftotext = QStringLiteral("pdftotext");
        QString pdftoppm = QStringLiteral("pdftoppm");
        QString language = QStringLiteral("vie");
        int maxPages = 50;            // pages of a PDF read at most
        int timeoutMs = 180'000;      // per process run (one page's OCR, one rasterisation)
        int dpi = 200;                // for rasterising scanned PDFs
        qsizetype maxChars = 200'000; // text kept per blob (it travels in an event)
    };

    explicit OcrService(Store &store);
    OcrService(Store &store, Options options);

    // Whether Tesseract runs here with the language (tesseract --list-langs); asked once per service.
    bool available();
    // Why not, when it is not (English, for the log and the CLI).
    QString unavailableReason();

    // Reads the text of one file of `mime` (application/pdf, image/png, image/jpeg, image/tiff). Never touches the
    // store. A PDF whose text layer holds real text is read from it (engine pdftotext); otherwise its pages (at
    // most maxPages) are rasterised and OCR'd.
    OcrOutcome read(const QString &path, const QString &mime);

    // The blobs of attachments (not removed) held here whose text has not been read yet, oldest attachment first.
    struct PendingBlob
    {
        QString sha256;
        QString mime;
    };
    Result<QList<PendingBlob>> pending();

    // Reads every pending blob and records each reading as a BlobTextExtracted event by "system" (one commit per
    // blob, so the work done survives a cancel or a crash). Without Tesseract only PDFs with a text layer are read;
    // the others stay pending (report.unavailable). `progress(done, total)` after each blob may cancel by returning
    // false, also while a blob is being read (it is asked again about every 100 ms with the same numbers, and the
    // program running is stopped); cancel() (from another thread) does the same.
    struct RunReport
    {
        int total = 0;
        int done = 0;    // read, text recorded
        int failed = 0;  // recorded as failed (not retried)
        int skipped = 0; // left pending: Tesseract missing, or the blob's bytes not on this counter
        bool unavailable = false;
        bool cancelled = false;
    };
    using Progress = std::function<bool(int done, int total)>;
    Result<RunReport> run(const Progress &progress = {});
    void cancel() { m_cancel = true; }

private:
    struct ProcessRun
    {
        bool started = false;
        bool finished = false; // exited normally with code 0
        QByteArray out;
        QString error;
    };
    ProcessRun runProcess(const QString &program, const QStringList &args);
    OcrOutcome readPdf(const QString &path);
    OcrOutcome ocrImages(const QStringList &images, int pages);

    Store &m_store;
    Options m_options;
    int m_available = -1; // unknown, 0, 1
    QString m_unavailableReason;
    std::atomic<bool> m_cancel = false;
    // During run(): asks the caller's progress whether to go on (while a program runs, too, so a cancel stops the
    // page being read, not only the next blob).
    std::function<bool()> m_keepGoing;
};

} // namespace MotCua
