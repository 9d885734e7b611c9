#include "ui/shell/errortext.h"

#include "core/domain/dossierrules.h"

#include <QHash>
#include <QLabel>
#include <QPalette>

#include "core/attachments/attachmentservice.h"
#include "core/documents/documentrules.h"
#include "core/domain/citizenid.h"
#include "core/domain/contact.h"
#include "core/domain/dossierstate.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/store/event.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

QString ErrorText::syncProblem(const QString &field)
{
    // The line, and what the province answers (docs/sync-protocol.md §3).
    if (field == u"transient")
        return tr("The provincial server cannot be reached (no connection, or no answer in time). Nothing is lost: "
                  "what waits here is sent when the line is back, and MotCua Desk tries again by itself.");
    if (field == u"token_revoked")
        return tr("The province has revoked this counter's access. Ask the province's IT why, and for a new enrolment "
                  "code; then an administrator enrols this counter again (Synchronisation › Enrol with the "
                  "province…). Nothing is lost: the work waiting here is sent after that.");
    if (field == u"token_invalid" || field == u"token_missing")
        return tr("The province no longer knows this counter's key (the counter was enrolled again elsewhere, or its "
                  "key file was lost). An administrator enrols this counter again with a new code from the province.");
    if (field == u"code_invalid")
        return tr("The enrolment code was not accepted: it is unknown, already used or expired. Check it, or ask the "
                  "province for a new one.");
    if (field == u"wrong_commune")
        return tr("The enrolment code (or this counter) belongs to another commune. Ask the province for a code issued "
                  "for this commune.");
    if (field == u"foreign_device")
        return tr("The province refused events that are not this counter's own. Call the province's IT; sync stays "
                  "stopped until then.");
    if (field == u"gap" || field == u"fork" || field == u"id_conflict")
        return tr("The province holds another history of this counter than this data store does (for example a backup "
                  "restored on the wrong computer, or two computers with one store). Sync is stopped so that nothing "
                  "is mixed up: call the province's IT before trying again.");
    if (field == u"hash_mismatch")
        return tr("An event of this counter did not pass the province's check. Run the chain check (Administration › "
                  "Audit trail) and call the province's IT; sync stays stopped until then.");
    if (field == u"too_large")
        return tr("The provincial server refused a request as too large (its proxy may limit the size). Call the "
                  "province's IT.");
    if (field == u"malformed" || field == u"refused" || field == u"not_found" || field == u"method_not_allowed")
        return tr("The provincial server did not understand the request: check the server address, or call the "
                  "province's IT (the server may not be a MotCua province server).");
    if (field == u"certificate")
        return tr("The server's certificate was not accepted, so nothing was sent: check the server address, and the "
                  "authority file if the province gave one.");
    if (field == u"pulled")
        return tr("An event the province sent could not be taken in, so sync is stopped. Call the province's IT.");
    if (field == u"not_enrolled")
        return tr("This counter is not enrolled with the province yet: an administrator enrols it (Synchronisation › "
                  "Enrol with the province…).");
    if (field == u"parked")
        return tr("Sync is stopped until a person has looked at the province's last refusal.");
    if (field == u"other_history")
        return tr("The province holds a history of this counter that is not this data store's: was this store "
                  "restored as a copy of another computer? Restore it as a copy (a new counter), then enrol again.");
    if (field == u"server")
        return tr("The server address must start with https:// (or http:// on a test bench), for example "
                  "https://dongbo.example.gov.vn.");
    if (field == u"code")
        return tr("An enrolment code has 12 letters and digits, such as ABCD-EFGH-JKLM.");
    if (field == u"ca")
        return tr("The authority file was not found: choose the .pem file the province gave.");
    return {};
}

QString ErrorText::syncFailure(const QString &field, const QString &detail)
{
    if (field == u"cancelled")
        return tr("Stopped before the end; the next sync goes on from there.");
    if (const QString sentence = syncProblem(field); !sentence.isEmpty())
        return sentence;
    return tr("The sync failed: %1").arg(detail);
}

QString ErrorText::message(const Error &error)
{
    const QString &field = error.field;
    // Bundles between counters, long work that was cancelled, and why a store takes no changes: by the field alone.
    if (field == u"bundle") {
        if (error.message.startsWith(u"no file "))
            return tr("The bundle file was not found: check that the USB stick is still plugged in, and choose the "
                      "file again.");
        return tr("This file is not a usable bundle: it is not a MotCua Desk bundle, or it was cut short or changed "
                  "after it was made. Nothing was taken in; make the bundle again on the counter it came from.");
    }
    if (field == u"bundle_version")
        return tr("This bundle was made by a newer MotCua Desk. Nothing was taken in: update MotCua Desk on this "
                  "counter first, then take the bundle in again.");
    if (field == u"other_commune")
        return tr("This bundle comes from another commune's counters. Nothing was taken in: take in only the bundles "
                  "of this commune's counters.");
    if (field == u"event")
        return tr("An event in the bundle does not hold: it was changed after it was written, or events of its "
                  "counter are missing before it. Nothing was taken in; make the bundle again on the counter it came "
                  "from, and tell the administrator.");
    if (field == u"fork")
        return tr("The bundle holds a second, different history of a counter this store already knows (for example a "
                  "backup restored as the replacement of a computer that kept working). Nothing was taken in; call "
                  "the province's IT before exchanging bundles with that counter again.");
    if (field == u"cancelled")
        return tr("Cancelled: nothing was changed.");
    if (field == u"not_a_store")
        return tr("The file is not a MotCua Desk data store (it is empty or belongs to another program). It was left "
                  "untouched.");
    if (field == u"read_only")
        return tr("The data store is read-only: it can be read and backed up, but nothing can be changed. Ask the "
                  "administrator to check the folder's permissions or the disk.");
    if (field == u"damaged")
        return tr("The data store is damaged, so nothing can be saved now; it can still be read and backed up. Make a "
                  "backup, then ask the administrator to restore the latest good backup.");
    if (field == u"events_lost")
        return tr("Changes saved earlier are missing from the data store (its journal file was deleted or lost), so "
                  "nothing can be saved now: restart the program that saved them, or restore a backup; an "
                  "administrator can also accept the loss.");
    // Sync with the province (after the bundles: "fork" of a bundle is worded above).
    if (const QString sync = syncProblem(field); !sync.isEmpty())
        return sync;
    // Attachments and the scanner's hot folder (AttachmentService, HotFolder).
    if (field == u"attachment_empty")
        return tr("The file is empty (0 bytes): scan the paper again, or choose another file.");
    if (field == u"attachment_too_large")
        return tr("The file is larger than %1 MB, the most an attachment may be: scan at a lower resolution or in "
                  "black and white, or split the document.")
            .arg(AttachmentService::kMaxBytes / (1024 * 1024));
    if (field == u"attachment_type")
        return tr("Only PDFs and scanned images (PNG, JPEG, TIFF) can be attached, and this file is none of them, "
                  "whatever its name says.");
    if (field == u"attachment_missing")
        return tr("The file was not found: it was moved or deleted. Choose it again.");
    if (field == u"attachment_unreadable")
        return tr("The file cannot be read (it is locked by another program, or you may not open it).");
    if (field == u"secrecy")
        return secrecyRuleText();
    if (field == u"hot_folder")
        return tr("The scanner's folder cannot be read: check that it still exists (and that the network drive is "
                  "connected), or choose it again.");
    if (error.code == Error::Code::Invalid && !field.isEmpty()) {
        if (field == u"procedure")
            return tr("Choose a procedure from the list.");
        if (field == u"applicant_name")
            return tr(
                "Enter the applicant's full name: letters, spaces, '.', '-' and ''' only, at most 100 characters.");
        if (field == u"citizen_id")
            return tr("The citizen ID must have 12 digits (or 9 for an old identity card).");
        if (field == u"phone")
            return tr("The phone number must start with 0 or +84, followed by 8 to 10 digits.");
        if (field == u"address")
            return tr("The address may have at most 300 characters.");
        if (field == u"channel")
            return tr("Choose how the dossier was submitted.");
        if (field == u"papers")
            return tr("A ticked paper does not belong to this procedure.");
        if (field == u"received_at")
            return tr("The reception time is not valid.");
        if (field == u"commune")
            return tr("Choose your commune from the list.");
        if (field == u"username")
            return tr("A user name has 2 to 32 characters: lower-case letters a-z, digits, '.', '_' or '-'.");
        if (field == u"password")
            return tr("The password must have at least %n characters.", nullptr, AuthService::kMinPasswordLength);
        if (field == u"password_common")
            return tr("This password is too easy to guess (a common password or a simple pattern such as 12345678): "
                      "use a few words or a short sentence only you know.");
        if (field == u"full_name")
            return tr("The full name must have 1 to 100 characters.");
        // Dossier actions (DossierService::act).
        if (field == u"reason")
            return tr("Give the reason (at most 1000 characters): it is recorded and told to the citizen.");
        if (field == u"items")
            return tr("Tick at least one missing paper, or type what else is missing: everything that is missing goes "
                      "in one request.");
        if (field == u"to")
            return tr("Choose a person with an active account (for approval: a leader), or type a department.");
        if (field == u"days")
            return tr("The time for this step must be 0 to 365 working days.");
        if (field == u"how")
            return tr("Choose how the result is returned: at the desk, by post or online.");
        if (field == u"new_due_at")
            return tr("The new appointment must be later than the original due date and later than now.");
        if (field == u"at")
            return tr("The time of the action is not valid: not in the future, not before the reception.");
        if (field == u"duplicate")
            return tr("There is no open dossier of this citizen for this procedure any more.");
        if (field == u"note")
            return tr("Write the note as plain text, at most 1000 characters.");
        // The sync settings (SettingsService::setLocal).
        if (field == u"sync_interval")
            return tr("Sync every 1 to 1440 minutes.");
        if (field == u"sync_quiet_hours")
            return tr("The quiet hours need a start and an end that differ.");
        // The catalog (CatalogService::setTimeLimit).
        if (field == u"time_limit")
            return tr("The time limit must be 0 to 365 days (0: the same day) or 1 to 2920 working hours.");
        if (field == u"time_unit")
            return tr("Choose the unit of the time limit: working days, days or working hours.");
    }
    if (field == u"username_taken")
        return tr("This user name is already taken: choose another one.");
    if (error.code == Error::Code::Conflict && field == u"state")
        return tr(
            "This is not possible in the dossier's current state. Close this form and look at the dossier again.");
    if (error.code == Error::Code::Forbidden && field == u"holder")
        return tr("This dossier is with someone else: only the person (or department) holding it, a leader or an "
                  "administrator can do this.");
    if (error.code == Error::Code::Conflict && field == u"duplicate")
        return tr("This citizen already has an open dossier for this procedure: refuse this one as a duplicate, or "
                  "give the reason for receiving it anyway.");
    switch (error.code) {
    case Error::Code::Invalid:
        return tr("Some of the information is not valid: %1").arg(error.message);
    case Error::Code::NotFound:
        return tr("The record was not found.");
    case Error::Code::Conflict:
        return tr("This conflicts with data already in the store: %1").arg(error.message);
    case Error::Code::Forbidden:
        return tr("Your account is not allowed to do this.");
    case Error::Code::Auth:
        return tr("Wrong user name or password.");
    case Error::Code::ReadOnly:
        return tr("The data store is read-only: it can be read and backed up, but nothing can be changed. Ask the "
                  "administrator to check the folder's permissions or the disk.");
    case Error::Code::Db:
    case Error::Code::Io:
    case Error::Code::Corrupt:
    case Error::Code::Network:
    case Error::Code::Internal:
        break;
    }
    return tr("The data store reported an error (%1): %2").arg(errorCodeName(error.code), error.message);
}

Hint ErrorText::citizenIdHint(const CitizenIdInfo &info)
{
    using Problem = CitizenIdInfo::Problem;
    switch (info.problem) {
    case Problem::Empty:
        return {MessageLevel::Info, tr("Optional: the 12-digit personal identification number.")};
    case Problem::NotDigits:
        return {MessageLevel::Error, tr("The ID number may only contain digits.")};
    case Problem::WrongLength:
        return {MessageLevel::Error, tr("The ID number must have 12 digits (%n typed).", nullptr, int(info.id.size()))};
    case Problem::BadCentury:
        return {MessageLevel::Error, tr("The 4th digit (century and gender) must be between 0 and 3.")};
    case Problem::FutureBirthYear:
        return {MessageLevel::Error, tr("The birth year %1 is in the future.").arg(info.birthYear)};
    case Problem::None:
        break;
    }
    if (info.legacyCmnd)
        return {MessageLevel::Warning,
                tr("Old 9-digit identity card (CMND): accepted, but ask for the 12-digit number.")};
    const bool male = info.gender == u"male";
    if (info.unknownProvince) {
        return {MessageLevel::Warning,
                male ? tr("Male, born in %1; unknown birth registration code %2 (perhaps registered abroad).")
                           .arg(info.birthYear)
                           .arg(info.provinceCode)
                     : tr("Female, born in %1; unknown birth registration code %2 (perhaps registered abroad).")
                           .arg(info.birthYear)
                           .arg(info.provinceCode)};
    }
    return {MessageLevel::Success,
            male ? tr("Male, born in %1, birth registered in %2.").arg(info.birthYear).arg(info.provinceName)
                 : tr("Female, born in %1, birth registered in %2.").arg(info.birthYear).arg(info.provinceName)};
}

Hint ErrorText::phoneHint(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {MessageLevel::Info, tr("Optional: a mobile or landline number.")};
    if (validatePhone(text).valid)
        return {MessageLevel::Success, tr("The phone number looks right.")};
    return {MessageLevel::Error, tr("The phone number must start with 0 or +84, followed by 8 to 10 digits.")};
}

QString ErrorText::timeLimit(const Procedure &procedure)
{
    if (!procedure.timeLimit)
        return tr("not in the catalog (the source gives none): an administrator can set it");
    const int n = *procedure.timeLimit;
    QString text;
    switch (procedure.timeUnit) {
    case TimeUnit::WorkingDays:
        text = tr("%n working day(s)", nullptr, n);
        break;
    case TimeUnit::Days:
        text = tr("%n day(s)", nullptr, n);
        break;
    case TimeUnit::WorkingHours:
        text = tr("%n working hour(s)", nullptr, n);
        break;
    case TimeUnit::Hours:
        text = tr("%n hour(s)", nullptr, n);
        break;
    case TimeUnit::Unspecified:
        return tr("%n (unit not stated; counted as working days)", nullptr, n);
    }
    return procedure.timeSetBy.isEmpty() ? text : tr("%1 (set by an administrator)").arg(text);
}

QString ErrorText::procedureName(const QString &name, const QString &code)
{
    return name.trimmed().isEmpty() ? tr("Procedure name unknown — code %1").arg(code) : name;
}

QString ErrorText::procedureName(const Procedure &procedure)
{
    return procedureName(procedure.nameKnown ? procedure.name : QString(), procedure.code);
}

QStringList ErrorText::catalogIssues(const QStringList &issues)
{
    QStringList out;
    for (const QString &issue : issues) {
        QString text;
        if (issue.startsWith(u"time unit not stated"))
            text = tr("The source does not state the unit of the time limit.");
        else if (issue.startsWith(u"no time limit"))
            text = tr("The source states no time limit.");
        else if (issue.startsWith(u"time limit text not understood"))
            text = tr("The source's time limit could not be read: %1").arg(issue.section(u':', 1).trimmed());
        else if (issue.startsWith(u"time limit may be stated"))
            text = tr("The description may state the time limit: read the notes.");
        else if (issue.startsWith(u"required papers not captured") || issue.startsWith(u"no full record") ||
                 issue.startsWith(u"required papers could not be parsed"))
            text = tr("The required papers are not known: check the national portal.");
        else if (issue.startsWith(u"some paper descriptions longer"))
            text = tr("Some paper descriptions are incomplete; the full text is on the national portal.");
        else if (issue.startsWith(u"no fee information"))
            text = tr("The source has no fee information.");
        else if (issue.startsWith(u"fee marked free"))
            text = tr("Marked free, but the description mentions a fee: check the province's fee rules.");
        else if (issue.startsWith(u"fee not stated in"))
            text = tr("The fee is not stated in đồng: %1").arg(issue.section(u':', 1).trimmed());
        else if (issue.startsWith(u"unbalanced parenthesis"))
            text = tr("The fee description could not be split into the fee's note and the rest.");
        else if (issue.startsWith(u"papers come from"))
            text = tr("The papers combine several lists (alternatives, or papers only to be shown).");
        else if (issue.startsWith(u"some paper descriptions shortened") || issue.contains(u"cut at 300"))
            text = tr("Some texts are shortened; the full text is on the national portal.");
        else if (issue.startsWith(u"name unknown"))
            text = tr("The source lost this procedure's name: its record is the page of another procedure, so its "
                      "name and details are not used. Check the national portal before receiving it.");
        else if (issue.startsWith(u"the real name is in no other"))
            text = tr("No other file or field of the source data has its name.");
        else if (issue.startsWith(u"name taken from"))
            text = tr("Its name comes from another record of the source data.");
        else if (issue.startsWith(u"source flags"))
            text = tr("The source marks its time and fee table as unclear.");
        else
            text = issue;
        if (!out.contains(text))
            out.append(text);
    }
    return out;
}

QString ErrorText::dossierState(DossierState state)
{
    return Wording::state(state);
}

QString ErrorText::dossierState(const QString &key)
{
    const auto known = dossierStateFromKey(key);
    return known ? Wording::state(*known) : key;
}

QString ErrorText::roleName(Role role)
{
    return Wording::role(role);
}

QString ErrorText::eventType(const QString &type)
{
    static const QHash<QString, const char *> names{
        {EventType::UserCreated, QT_TR_NOOP("Account created")},
        {EventType::UserUpdated, QT_TR_NOOP("Account changed")},
        {EventType::UserPasswordChanged, QT_TR_NOOP("Password changed")},
        {EventType::ProcedureDefined, QT_TR_NOOP("Procedure defined")},
        {EventType::ProcedureTimeLimitSet, QT_TR_NOOP("Procedure time limit set")},
        {EventType::ProcedureWithdrawn, QT_TR_NOOP("Procedure withdrawn from the catalog")},
        {EventType::DossierReceived, QT_TR_NOOP("Dossier received")},
        {EventType::DossierTransferred, QT_TR_NOOP("Dossier handed over")},
        {EventType::SupplementRequested, QT_TR_NOOP("Supplement requested")},
        {EventType::SupplementReceived, QT_TR_NOOP("Supplement received")},
        {EventType::DossierRefused, QT_TR_NOOP("Dossier not accepted")},
        {EventType::DossierRejected, QT_TR_NOOP("Dossier rejected")},
        {EventType::DossierSubmitted, QT_TR_NOOP("Dossier submitted for approval")},
        {EventType::DossierApproved, QT_TR_NOOP("Dossier approved")},
        {EventType::DossierFinished, QT_TR_NOOP("Result ready")},
        {EventType::ResultReturned, QT_TR_NOOP("Result returned")},
        {EventType::DossierWithdrawn, QT_TR_NOOP("Dossier withdrawn")},
        {EventType::DossierStopped, QT_TR_NOOP("Dossier stopped")},
        {EventType::DelayApologized, QT_TR_NOOP("Apology for a delay")},
        {EventType::HolidayArrangementPublished, QT_TR_NOOP("Holiday arrangement published")},
        {EventType::UserRenamed, QT_TR_NOOP("Account renamed")},
        {EventType::DeviceRegistered, QT_TR_NOOP("Counter registered")},
        {EventType::OfficeProfileSet, QT_TR_NOOP("Office details set")},
        {EventType::ConflictResolved, QT_TR_NOOP("Needs-attention item resolved")},
    };
    const auto it = names.constFind(type);
    return it == names.cend() ? type : tr(it.value());
}

void showHint(QLabel *label, const Hint &hint)
{
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    label->setText(hint.text);
    label->setVisible(hint.level != MessageLevel::None && !hint.text.isEmpty());
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    QColor colour = palette.color(QPalette::WindowText);
    switch (hint.level) {
    case MessageLevel::Error:
        colour = QColor(0xb0, 0x00, 0x20);
        break;
    case MessageLevel::Warning:
        colour = QColor(0x8a, 0x4b, 0x00);
        break;
    case MessageLevel::Success:
        colour = QColor(0x1b, 0x5e, 0x20);
        break;
    case MessageLevel::Info:
        colour = palette.color(QPalette::PlaceholderText);
        break;
    case MessageLevel::None:
        break;
    }
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    label->setProperty("messageLevel", int(hint.level));
}

} // namespace MotCua::Ui
