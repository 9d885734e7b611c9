#pragma once

// The rules of official documents (Decree 30/2020, DOMAIN.md §1): the type list of Appendix III, urgency and
// confidentiality, the states of incoming and outgoing documents, how a number and symbol are composed. The window,
// the CLI, the registers and the projector all read these; nothing here touches the store.
#include "core/domain/roles.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

// One administrative document type (Appendix III). `abbr` is what the CLI and the events name it by; a công văn and
// a thư công have no official abbreviation, so they are named "CV" and "TC-CONG" here and put no type in the symbol.
struct DocumentType
{
    QString abbr;         // "QĐ", "TB", ..., "CV"
    QString name;         // "Quyết định" (Vietnamese, as printed)
    bool inSymbol = true; // false for a công văn / thư công: the symbol is <issuer>-<department>
};
const QList<DocumentType> &documentTypes();
// The type named `abbr` (exact, or ignoring case and diacritics: "qd" finds "QĐ"); nullopt when it is none.
std::optional<DocumentType> documentTypeFromAbbr(const QString &abbr);

// Mức độ khẩn (Đ4.2.c): ordinary documents carry no mark.
enum class Urgency { Normal, Urgent, VeryUrgent, Flash };
QString urgencyKey(Urgency u); // normal, urgent, very-urgent, flash (CLI.md)
std::optional<Urgency> urgencyFromKey(const QString &key);
QString urgencyText(Urgency u); // "Thường", "Khẩn", "Thượng khẩn", "Hỏa tốc" (translated, MotCua::Urgency)
int urgencyRank(Urgency u);     // 0 normal .. 3 flash: urgent documents sort first

// Độ mật (Luật Bảo vệ bí mật nhà nước 2018).
enum class Secrecy { None, Confidential, Secret, TopSecret };
QString secrecyKey(Secrecy s); // none, confidential (Mật), secret (Tối mật), top-secret (Tuyệt mật)
std::optional<Secrecy> secrecyFromKey(const QString &key);
QString secrecyText(Secrecy s);
// Why a document with a confidentiality level is kept as metadata only on a counter PC (one sentence, translated):
// the window shows it beside the field, the CLI prints it when an attachment is refused.
QString secrecyRuleText();

// Văn bản đến: registered (số đến given) → directed (bút phê) → in progress → finished.
enum class IncomingState { Registered, Directed, InProgress, Finished };
QString incomingStateKey(IncomingState s); // registered, directed, in_progress, finished
std::optional<IncomingState> incomingStateFromKey(const QString &key);
QString incomingStateText(IncomingState s);

// Văn bản đi: draft → submitted → approved → signed → numbered (số and date) → dispatched → filed. A leader may send
// a submitted draft back (it is a draft again).
enum class OutgoingState { Draft, Submitted, Approved, Signed, Numbered, Dispatched, Filed };
QString outgoingStateKey(OutgoingState s); // draft, submitted, approved, signed, numbered, dispatched, filed
std::optional<OutgoingState> outgoingStateFromKey(const QString &key);
QString outgoingStateText(OutgoingState s);

// What a person does to an outgoing document (CLI: outgoing <action> ID).
enum class OutgoingAction { Submit, Approve, SendBack, Sign, Number, Dispatch, Acknowledge, File };
QString outgoingActionKey(OutgoingAction a); // submit, approve, send-back, sign, number, dispatch, acknowledge, file
std::optional<OutgoingAction> outgoingActionFromKey(const QString &key);
// The state the action leads to from `from`, or nullopt when it is not allowed there (acknowledge keeps the state).
std::optional<OutgoingState> nextOutgoingState(OutgoingState from, OutgoingAction action);
Permission permissionFor(OutgoingAction action);

// A new outgoing document linked to an earlier one (Đ18.3-4): a correction (đính chính, a công văn), a replacement,
// a recall (thu hồi).
enum class DocumentRelation { None, Correction, Replacement, Recall };
QString relationKey(DocumentRelation r); // "", correction, replacement, recall
std::optional<DocumentRelation> relationFromKey(const QString &key);
QString relationText(DocumentRelation r);

// "05": numbers below 10 get a leading zero (Appendix I §3).
QString formatDocumentNumber(qint64 number);
// The symbol (ký hiệu) after the number: "QĐ-UBND" for a typed document, "UBND-VP" for a công văn (or "UBND" when no
// department is given).
QString composeSymbol(const DocumentType &type, const QString &issuer, const QString &department);
// "05/QĐ-UBND".
QString composeNumberSymbol(qint64 number, const QString &symbol);

// An abbreviation of an issuer or department: capital letters (Vietnamese ones too) and digits, 1 to 12 of them.
bool isValidAbbreviation(const QString &abbr);

} // namespace MotCua
