// motcua-cli register incoming|outgoing|follow-up and incoming slip: the printed registers of Decree 30/2020
// Appendix IV and the action slip, as PDF files (ui/documents/registerprint.h paints them; QtGui only).
#include "app/cli/common.h"

#include "core/store/store.h"
#include "ui/documents/registerprint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

// --pdf FILE: a file in a directory that exists, not a directory itself.
QString pdfOption(const Args &a, const QString &usage)
{
    const QString path = a.value(QStringLiteral("--pdf"));
    if (path.isEmpty())
        throw UsageError(QStringLiteral("--pdf FILE is required (usage: motcua-cli %1)").arg(usage));
    const QFileInfo info(path);
    if (info.isDir())
        throw UsageError(QStringLiteral("--pdf %1 is a directory; give a file name").arg(shown(path)));
    if (!info.absoluteDir().exists())
        throw UsageError(QStringLiteral("--pdf %1: the directory %2 does not exist")
                             .arg(shown(path), shown(QDir::toNativeSeparators(info.absolutePath()))));
    return path;
}

// The registers are read without a session (DocumentService::incomingRegister): who may see them is checked here.
void mayViewDocuments(const Session &session)
{
    if (!session.can(Permission::ViewDocuments))
        throw fromError(
            Error::forbidden(QStringLiteral("%1 may not view the document registers").arg(session.username)));
}

const QString kRegisterUsage = QStringLiteral(
    "register incoming|outgoing|follow-up --year Y [--from DATE] [--until DATE] [--series KEY] --pdf FILE [--json]");
const QString kSlipUsage = QStringLiteral("incoming slip ID --pdf FILE [--json]");

int cmdRegister(const Args &a, Output &out)
{
    if (a.positional.size() != 2)
        throw UsageError(QStringLiteral("usage: motcua-cli ") + kRegisterUsage);
    const auto kind = Ui::registerKindFromKey(a.positional.at(1));
    if (!kind)
        throw UsageError(QStringLiteral("unknown register '%1' (accepted: incoming, outgoing, follow-up)")
                             .arg(shown(a.positional.at(1))));
    if (!a.has(QStringLiteral("--year")))
        throw UsageError(QStringLiteral("--year Y is required (usage: motcua-cli %1)").arg(kRegisterUsage));
    RegisterRange range;
    range.year = intOption(a, "--year", 0, 1, 9999);
    range.from = dateOption(a, "--from");
    range.until = dateOption(a, "--until");
    range.series = a.value(QStringLiteral("--series"));
    if (!range.series.isEmpty() && *kind != Ui::RegisterKind::Outgoing)
        throw UsageError(QStringLiteral("--series is for the outgoing register only"));
    const QString pdf = pdfOption(a, kRegisterUsage);

    auto store = openStore(a);
    mayViewDocuments(login(*store, a));
    const Ui::RegisterSheet sheet = unwrap(Ui::loadRegisterSheet(*store, *kind, range));
    unwrap(Ui::writeRegisterPdf(sheet, pdf));
    qsizetype rows = 0;
    for (const Ui::RegisterBook &b : sheet.books)
        rows += b.incoming.size() + b.outgoing.size();
    if (out.json()) {
        out.line({{QStringLiteral("register"), Ui::registerKindKey(*kind)},
                  {QStringLiteral("year"), range.year},
                  {QStringLiteral("from"), range.from.isValid() ? range.from.toString(Qt::ISODate) : QJsonValue()},
                  {QStringLiteral("until"), range.until.isValid() ? range.until.toString(Qt::ISODate) : QJsonValue()},
                  {QStringLiteral("series"), range.series.isEmpty() ? QJsonValue() : QJsonValue(range.series)},
                  {QStringLiteral("books"), int(sheet.books.size())},
                  {QStringLiteral("rows"), qint64(rows)},
                  {QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()}});
    } else {
        out.text(tr("%1 document(s) written to %2").arg(rows).arg(QDir::toNativeSeparators(pdf)));
    }
    return kOk;
}

int cmdIncomingSlip(const Args &a, Output &out)
{
    if (a.positional.size() != 3)
        throw UsageError(QStringLiteral("usage: motcua-cli ") + kSlipUsage);
    const QString pdf = pdfOption(a, kSlipUsage);
    auto store = openStore(a);
    mayViewDocuments(login(*store, a));
    const Ui::ActionSlipData data = unwrap(Ui::loadActionSlip(*store, a.positional.at(2)));
    unwrap(Ui::writeActionSlipPdf(data, pdf));
    if (out.json()) {
        out.line({{QStringLiteral("id"), data.document.id},
                  {QStringLiteral("arrival_number"), data.document.arrivalNumber},
                  {QStringLiteral("year"), data.document.year},
                  {QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()}});
    } else {
        out.text(tr("Action slip of incoming document %1 written to %2")
                     .arg(data.document.arrivalNumber)
                     .arg(QDir::toNativeSeparators(pdf)));
    }
    return kOk;
}

} // namespace

bool needsPrinting(const QStringList &args)
{
    // The command's first words, skipping the global options and their values.
    QStringList words;
    for (qsizetype i = 0; i < args.size() && words.size() < 2; ++i) {
        const QString &w = args.at(i);
        if (w == QLatin1String("--data-dir") || w == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (w.startsWith(QLatin1String("--")))
            continue;
        words << w;
    }
    return words.value(0) == QLatin1String("register") ||
           (words.value(0) == QLatin1String("incoming") && words.value(1) == QLatin1String("slip")) ||
           (words.value(0) == QLatin1String("report") && args.contains(QLatin1String("--pdf")));
}

QList<Command> registerCommands()
{
    return {
        {{QStringLiteral("register")},
         kRegisterUsage,
         {QStringLiteral("--year"), QStringLiteral("--from"), QStringLiteral("--until"), QStringLiteral("--series"),
          QStringLiteral("--pdf")},
         {},
         cmdRegister},
        {{QStringLiteral("incoming"), QStringLiteral("slip")},
         kSlipUsage,
         {QStringLiteral("--pdf")},
         {},
         cmdIncomingSlip},
    };
}

} // namespace MotCua::Cli
