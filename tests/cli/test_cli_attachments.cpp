// attach, attachments and ocr (issue 12, "Attachments"): JSON Lines, exit 2 on bad input with nothing changed.
#include "tests/cli/clirunner.h"

#include <QDirIterator>

using namespace MotCua::Test;

namespace
{
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

int blobCount(const Cli &cli)
{
    int n = 0;
    QDirIterator it(QDir(cli.dataDir()).filePath(QStringLiteral("attachments")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

TEST_CASE("attach and attachments: files on a dossier by its code, bad files refused with nothing stored",
          "[cli][attachments]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")}).exitCode == 0);
    const Run received = cli({QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
                              QStringLiteral("1.001193"), QStringLiteral("--applicant-name"),
                              QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("--json")});
    REQUIRE(received.exitCode == 0);
    const QString code = received.json().value(QStringLiteral("code")).toString();
    QTemporaryDir files;
    const QString pdf = writeFile(files, QStringLiteral("đơn đề nghị.pdf"), "%PDF-1.4\nđơn\n%%EOF\n");
    const QString fake = writeFile(files, QStringLiteral("giả.pdf"), "chỉ là chữ");

    const QByteArray before = cli.dbHash();
    const Run bad =
        cli({QStringLiteral("attach"), QStringLiteral("dossier"), code, pdf, fake, QStringLiteral("--json")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("not a PDF or an image")));
    CHECK(bad.out.isEmpty());
    CHECK(cli.dbHash() == before);
    CHECK(blobCount(cli) == 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("attach"), QStringLiteral("user"), code, pdf},
          QStringList{QStringLiteral("attach"), QStringLiteral("dossier"), QStringLiteral("00004.X-000000-0001"), pdf},
          QStringList{QStringLiteral("attach"), QStringLiteral("dossier"), code},
          QStringList{QStringLiteral("attach"), QStringLiteral("dossier"), code,
                      files.filePath(QStringLiteral("không có.pdf"))}}) {
        const Run r = cli(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.count(u'\n') == 1);
    }
    CHECK(cli.dbHash() == before);

    const Run ok = cli({QStringLiteral("attach"), QStringLiteral("dossier"), code, pdf, QStringLiteral("--json")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonObject a = ok.json();
    CHECK(a.value(QStringLiteral("file_name")).toString() == QStringLiteral("đơn đề nghị.pdf"));
    CHECK(a.value(QStringLiteral("mime")).toString() == QStringLiteral("application/pdf"));
    CHECK(a.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(blobCount(cli) == 1);
    const Run listed = cli({QStringLiteral("attachments"), QStringLiteral("dossier"), code, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.lines().size() == 1);
    CHECK(listed.json().value(QStringLiteral("id")) == a.value(QStringLiteral("id")));
    CHECK(listed.json().value(QStringLiteral("text_state")).toString() == QStringLiteral("none"));

    // OCR over what is pending: the PDF has no text to read (no real text layer, no page to rasterise): recorded as
    // failed, or left when Tesseract is missing; either way the command succeeds.
    const Run ocr = cli({QStringLiteral("ocr"), QStringLiteral("--json")});
    INFO(ocr.err.toStdString());
    REQUIRE(ocr.exitCode == 0);
    CHECK(ocr.json().value(QStringLiteral("total")).toInt() == 1);
    CHECK(ocr.json().value(QStringLiteral("done")).toInt() + ocr.json().value(QStringLiteral("failed")).toInt() +
              ocr.json().value(QStringLiteral("left")).toInt() ==
          1);
}

TEST_CASE("incoming register and outgoing create take --attach, and a bad file refuses the document with nothing "
          "changed",
          "[cli][attachments][documents]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")}).exitCode == 0);
    QTemporaryDir files;
    const QString pdf = writeFile(files, QStringLiteral("công văn 125.pdf"), "%PDF-1.4\ncông văn\n%%EOF\n");
    const QString fake = writeFile(files, QStringLiteral("công văn giả.pdf"), "chỉ là chữ");
    const QStringList incoming{QStringLiteral("incoming"),  QStringLiteral("register"),
                               QStringLiteral("--from"),    QStringLiteral("UBND tỉnh Bắc Ninh"),
                               QStringLiteral("--number"),  QStringLiteral("125"),
                               QStringLiteral("--symbol"),  QStringLiteral("UBND-VP"),
                               QStringLiteral("--date"),    QStringLiteral("2026-03-02"),
                               QStringLiteral("--type"),    QStringLiteral("CV"),
                               QStringLiteral("--summary"), QStringLiteral("Về việc triển khai chuyển đổi số"),
                               QStringLiteral("--json")};
    const QByteArray before = cli.dbHash();
    const Run bad = cli(incoming + QStringList{QStringLiteral("--attach"), pdf, QStringLiteral("--attach"), fake});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("not a PDF or an image")));
    CHECK(cli.dbHash() == before);
    CHECK(blobCount(cli) == 0);

    const Run ok = cli(incoming + QStringList{QStringLiteral("--attach"), pdf});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QString id = ok.json().value(QStringLiteral("id")).toString();
    const Run listed = cli({QStringLiteral("attachments"), QStringLiteral("incoming"), id, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.lines().size() == 1);
    CHECK(listed.json().value(QStringLiteral("file_name")).toString() == QStringLiteral("công văn 125.pdf"));
    CHECK(blobCount(cli) == 1);

    const Run draft = cli({QStringLiteral("outgoing"), QStringLiteral("create"), QStringLiteral("--type"),
                           QStringLiteral("TB"), QStringLiteral("--summary"), QStringLiteral("Thông báo lịch tiếp dân"),
                           QStringLiteral("--attach"), pdf, QStringLiteral("--json")});
    INFO(draft.err.toStdString());
    REQUIRE(draft.exitCode == 0);
    const Run draftFiles = cli({QStringLiteral("attachments"), QStringLiteral("outgoing"),
                                draft.json().value(QStringLiteral("id")).toString(), QStringLiteral("--json")});
    REQUIRE(draftFiles.exitCode == 0);
    CHECK(draftFiles.lines().size() == 1);
    CHECK(blobCount(cli) == 1); // the same bytes, stored once
}
