#include "ui/slips/slipservice.h"

#include "core/services/publicaddress.h"

#include "core/domain/dossierevents.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "core/domain/ids.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include "ui/shell/errortext.h"
#include "ui/slips/sliprenderer.h"

namespace MotCua::Ui
{

namespace
{

// The translation context of the slip dialogs' text.
class Slips final
{
    Q_DECLARE_TR_FUNCTIONS(Slips)
};

constexpr int kRegisterPage = 500;

// The full names of the people an event log mentions, by user id (the receiver, transfer targets, the session).
QHash<QString, QString> knownNames(const Session &session, const Dossier &d, const QList<Event> &events)
{
    QHash<QString, QString> names;
    if (!d.receivedBy.isEmpty())
        names.insert(d.receivedBy, d.receivedByName);
    if (!d.assignee.isEmpty())
        names.insert(d.assignee, d.assigneeName);
    for (const Event &e : events) {
        if (e.type != EventType::DossierTransferred && e.type != EventType::DossierSubmitted &&
            e.type != EventType::DossierApproved)
            continue;
        const DossierStepEvent step = DossierStepEvent::fromPayload(e.payload);
        const QString &id = step.toUser;
        const QString &name = step.toUserName;
        if (!id.isEmpty() && !name.isEmpty())
            names.insert(id, name);
    }
    names.insert(session.userId, session.fullName.isEmpty() ? session.username : session.fullName);
    return names;
}

QDateTime eventTime(const Event &e)
{
    return DossierStepEvent::fromPayload(e.payload).at;
}

// The last event of one of `types` in the dossier's history.
std::optional<Event> lastOf(const QList<Event> &events, const QStringList &types)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (types.contains(it->type))
            return *it;
    }
    return std::nullopt;
}

Result<SlipData> loadRegister(DossierService &dossiers, const Session &session, const SlipRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error::invalid(QStringLiteral("the register needs a period: a first and a last day, in order"),
                              QStringLiteral("period"));
    const QDateTime from = QDateTime(request.from, QTime(0, 0), Time::vietnam()).toUTC();
    const QDateTime until = QDateTime(request.to.addDays(1), QTime(0, 0), Time::vietnam()).toUTC();
    SlipData data;
    data.kind = SlipKind::Register;
    data.periodFrom = request.from;
    data.periodTo = request.to;
    data.issuedAt = QDateTime::currentDateTimeUtc();
    // Newest first: skip what is after the period, stop at the first row before it.
    DossierCursor cursor;
    for (;;) {
        auto page = dossiers.list(session, DossierFilter{}, cursor, kRegisterPage);
        if (!page)
            return page.error();
        bool older = false;
        for (const Dossier &d : page->rows) {
            if (d.receivedAt < from) {
                older = true;
                break;
            }
            if (d.receivedAt < until)
                data.registerRows.append(d);
        }
        if (older || page->next.isNull())
            break;
        cursor = page->next;
    }
    std::reverse(data.registerRows.begin(), data.registerRows.end()); // in the order received
    return data;
}

} // namespace

OfficeInfo officeInfo(Store &store)
{
    OfficeInfo office = OfficeInfo::fromCommune(store.communeName());
    auto profile = SettingsService(store).office();
    if (!profile) {
        static const auto log = Log::get("ui");
        log->warn("office profile not read: {}", profile.error().message.toStdString());
        return office;
    }
    if (!profile->centerName.trimmed().isEmpty())
        office.centerName = profile->centerName.trimmed();
    if (!profile->address.trimmed().isEmpty())
        office.address = profile->address.trimmed();
    if (!profile->hotline.trimmed().isEmpty())
        office.hotline = profile->hotline.trimmed();
    return office;
}

Result<SlipData> loadSlipData(Store &store, const Session &session, const SlipRequest &request)
{
    DossierService dossiers(store);
    if (request.kind == SlipKind::Register)
        return loadRegister(dossiers, session, request);

    auto found = dossiers.findByCode(session, request.code);
    if (!found)
        return found.error();
    SlipData data;
    data.kind = request.kind;
    data.dossier = *found;
    data.qrText = PublicAddress::receiptQrText(store, found->code);
    const Dossier &d = data.dossier;
    auto history = dossiers.history(session, d.code);
    if (!history)
        return history.error();
    const QHash<QString, QString> names = knownNames(session, d, *history);

    switch (request.kind) {
    case SlipKind::Receipt: {
        data.issuedAt = d.receivedAt;
        data.signerName = d.receivedByName;
        // The fee recorded at reception; a dossier received before receptions recorded it: the catalog's.
        const auto received = lastOf(*history, {EventType::DossierReceived});
        const DossierReceivedEvent r =
            received ? DossierReceivedEvent::fromPayload(received->payload) : DossierReceivedEvent();
        if (!r.feeText.isEmpty()) {
            data.feeText = r.feeText;
        } else if (!r.feeAmount) {
            if (auto p = CatalogService(store).find(d.procedureCode); p)
                data.feeText = p->feeText;
        }
        break;
    }
    case SlipKind::SupplementRequest: {
        const auto e = lastOf(*history, {EventType::SupplementRequested});
        if (!e)
            return Error::conflict(QStringLiteral("dossier %1 has no supplement request").arg(d.code));
        const DossierStepEvent step = DossierStepEvent::fromPayload(e->payload);
        data.supplementItems = step.items;
        data.supplementReason = step.reason;
        data.issuedAt = eventTime(*e);
        data.signerName = names.value(e->actor);
        break;
    }
    case SlipKind::Refusal: {
        const auto e = lastOf(*history, {EventType::DossierRefused, EventType::DossierRejected});
        if (!e)
            return Error::conflict(QStringLiteral("dossier %1 was not refused").arg(d.code));
        const DossierStepEvent step = DossierStepEvent::fromPayload(e->payload);
        data.reason = d.outcomeReason.isEmpty() ? step.reason : d.outcomeReason;
        if (data.dossier.duplicateOf.isEmpty())
            data.dossier.duplicateOf = step.duplicateOf;
        data.issuedAt = eventTime(*e).isValid() ? eventTime(*e) : d.receivedAt;
        data.signerName = names.value(e->actor, d.receivedByName);
        break;
    }
    case SlipKind::Apology: {
        const auto e = lastOf(*history, {EventType::DelayApologized});
        if (!e)
            return Error::conflict(QStringLiteral("dossier %1 has no apology for a delay").arg(d.code));
        const DossierStepEvent step = DossierStepEvent::fromPayload(e->payload);
        data.reason = step.reason;
        data.issuedAt = step.at;
        if (!data.dossier.newDueAt.isValid())
            data.dossier.newDueAt = step.newDueAt;
        if (!data.dossier.originalDueAt.isValid())
            data.dossier.originalDueAt = step.originalDueAt;
        break; // the head of the agency signs by hand
    }
    case SlipKind::ControlSheet: {
        auto sheet = dossiers.controlSheet(session, d.code);
        if (!sheet)
            return sheet.error();
        data.steps = sheet->steps;
        data.issuedAt = QDateTime::currentDateTimeUtc();
        break;
    }
    case SlipKind::Register:
        break; // above
    }
    return data;
}

Result<void> saveSlipPdf(const QString &path, Store &store, const Session &session, const SlipRequest &request,
                         const SlipOptions &options)
{
    auto data = loadSlipData(store, session, request);
    if (!data)
        return data.error();
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("MotCua Desk"));
    writer.setTitle(formTemplate(request.kind, options.formSet).title);
    const SlipRenderer renderer(options.office.value_or(officeInfo(store)), options.formSet);
    auto rendered = renderer.render(writer, *data);
    if (!rendered)
        return Error::io(
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), rendered.error().message));
    return {};
}

bool printSlip(QWidget *parent, Store &store, const Session &session, const SlipRequest &request,
               const SlipOptions &options)
{
    auto data = loadSlipData(store, session, request);
    if (!data) {
        QMessageBox::warning(parent, Slips::tr("Print"), ErrorText::message(data.error()));
        return false;
    }
    const SlipRenderer renderer(options.office.value_or(officeInfo(store)), options.formSet);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedPdfName(request));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("slipPreviewDialog"));
    dialog.setWindowTitle(Slips::tr("Print preview: %1").arg(slipTitle(request.kind)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (auto r = renderer.render(*target, *data); !r) {
            static const auto log = Log::get("ui");
            log->warn("slip {} not rendered: {}", slipKindKey(request.kind).toStdString(),
                      r.error().message.toStdString());
        }
    });
    return dialog.exec() == QDialog::Accepted;
}

bool exportSlipPdf(QWidget *parent, Store &store, const Session &session, const SlipRequest &request,
                   const SlipOptions &options)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, Slips::tr("Save as PDF"), QDir::home().filePath(suggestedPdfName(request)),
                                     Slips::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto r = saveSlipPdf(path, store, session, request, options); !r) {
        QMessageBox::warning(parent, Slips::tr("Save as PDF"), ErrorText::message(r.error()));
        return false;
    }
    return true;
}

QString slipTitle(SlipKind kind)
{
    switch (kind) {
    case SlipKind::Receipt:
        return Slips::tr("Receipt and appointment slip");
    case SlipKind::SupplementRequest:
        return Slips::tr("Request to supplement the dossier");
    case SlipKind::Refusal:
        return Slips::tr("Refusal to accept the dossier");
    case SlipKind::Apology:
        return Slips::tr("Apology and new appointment");
    case SlipKind::ControlSheet:
        return Slips::tr("Processing control sheet");
    case SlipKind::Register:
        return Slips::tr("Dossier tracking register");
    }
    return {};
}

QString suggestedPdfName(const SlipRequest &request)
{
    QString stem;
    if (request.kind == SlipKind::Register) {
        stem = slipKindKey(request.kind) + u'-' + request.from.toString(Qt::ISODate) + u'-' +
               request.to.toString(Qt::ISODate);
    } else {
        QString code = request.code;
        code.replace(u'/', u'_');
        stem = slipKindKey(request.kind) + u'-' + code;
    }
    return stem + QStringLiteral(".pdf");
}

} // namespace MotCua::Ui
