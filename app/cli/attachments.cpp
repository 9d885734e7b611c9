#include "app/cli/common.h"

#include "core/attachments/attachmentservice.h"
#include "core/attachments/ocrservice.h"
#include "core/domain/ids.h"
#include "core/services/dossierservice.h"
#include "core/store/store.h"

#include <QJsonObject>
#include <QLocale>

namespace MotCua::Cli
{

namespace
{

QJsonObject attachmentJson(const Attachment &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("owner_entity"), a.ownerEntity},
        {QStringLiteral("owner_id"), a.ownerId},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("size"), a.size},
        {QStringLiteral("mime"), a.mime},
        {QStringLiteral("file_name"), a.fileName},
        {QStringLiteral("added_at"), a.addedAt.isValid() ? QJsonValue(Time::toVietnamIso(a.addedAt)) : QJsonValue()},
        {QStringLiteral("added_by"), a.addedBy},
        {QStringLiteral("text_state"), a.textState}};
}

// ENTITY and ID as a person types them: a dossier by its code (or its id), a document by its id.
std::pair<QString, QString> ownerOf(Store &store, const Session &session, const Args &a, const QString &usage)
{
    const QString entity = a.positional.value(1);
    const QString id = a.positional.value(2);
    if (entity != u"dossier" && entity != u"incoming" && entity != u"outgoing")
        throw UsageError(QStringLiteral("ENTITY is dossier, incoming or outgoing, not '%1'; usage: motcua-cli %2")
                             .arg(shown(entity), usage));
    if (id.isEmpty())
        throw UsageError(QStringLiteral("usage: motcua-cli %1").arg(usage));
    if (entity == u"dossier") {
        auto d = DossierService(store).findByCode(session, id);
        if (d)
            return {entity, d->id};
        if (d.error().code != Error::Code::NotFound && d.error().code != Error::Code::Invalid)
            throw fromError(d.error());
    }
    return {entity, id};
}

int cmdAttach(const Args &a, Output &out)
{
    const QString usage = QStringLiteral("attach dossier|incoming|outgoing ID FILE... [--json]");
    if (a.positional.size() < 4)
        throw UsageError(QStringLiteral("usage: motcua-cli %1").arg(usage));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const auto [entity, id] = ownerOf(*store, session, a, usage);
    const QList<Attachment> added =
        unwrap(AttachmentService(*store).attachAll(session, entity, id, a.positional.mid(3)));
    for (const Attachment &att : added) {
        if (out.json())
            out.line(attachmentJson(att));
        else
            out.text(tr("Attached %1 (%2 bytes, %3): %4").arg(att.fileName).arg(att.size).arg(att.mime, att.id));
    }
    return kOk;
}

int cmdAttachments(const Args &a, Output &out)
{
    const QString usage = QStringLiteral("attachments dossier|incoming|outgoing ID [--json]");
    expectPositional(a, 3, usage);
    auto store = openStore(a);
    const Session session = login(*store, a);
    const auto [entity, id] = ownerOf(*store, session, a, usage);
    const QList<Attachment> list = unwrap(AttachmentService(*store).list(entity, id));
    if (out.json()) {
        for (const Attachment &att : list)
            out.line(attachmentJson(att));
        return kOk;
    }
    QList<QStringList> rows;
    for (const Attachment &att : list)
        rows.append({att.fileName, att.mime, QLocale().formattedDataSize(att.size), vnDateTime(att.addedAt),
                     att.textState, att.id});
    out.table({tr("File"), tr("Type"), tr("Size"), tr("Added"), tr("Text"), tr("Id")}, rows);
    return kOk;
}

int cmdOcr(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("ocr [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    if (session.roles.isEmpty())
        throw Failure{kBadInput, QStringLiteral("your account has no role")};
    OcrService ocr(*store);
    const OcrService::RunReport r = unwrap(ocr.run([&](int done, int total) {
        if (!out.json())
            out.text(tr("Read %1 of %2").arg(done).arg(total));
        return true;
    }));
    if (out.json()) {
        out.line({{QStringLiteral("total"), r.total},
                  {QStringLiteral("done"), r.done},
                  {QStringLiteral("failed"), r.failed},
                  {QStringLiteral("left"), r.skipped},
                  {QStringLiteral("unavailable"), r.unavailable},
                  {QStringLiteral("reason"), r.unavailable ? QJsonValue(ocr.unavailableReason()) : QJsonValue()}});
        return kOk;
    }
    out.text(tr("%1 read, %2 could not be read, %3 left of %4").arg(r.done).arg(r.failed).arg(r.skipped).arg(r.total));
    if (r.unavailable)
        out.text(tr("OCR is not available on this computer (%1): scanned images stay unread until it is installed.")
                     .arg(ocr.unavailableReason()));
    return kOk;
}

} // namespace

QList<Command> attachmentCommands()
{
    return {
        {{QStringLiteral("attach")},
         QStringLiteral("attach dossier|incoming|outgoing ID FILE... [--json]"),
         {},
         {},
         cmdAttach},
        {{QStringLiteral("attachments")},
         QStringLiteral("attachments dossier|incoming|outgoing ID [--json]"),
         {},
         {},
         cmdAttachments},
        {{QStringLiteral("ocr")}, QStringLiteral("ocr [--json]"), {}, {}, cmdOcr},
    };
}

} // namespace MotCua::Cli
