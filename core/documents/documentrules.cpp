#include "core/documents/documentrules.h"

#include "core/domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MotCua
{

const QList<DocumentType> &documentTypes()
{
    // Decree 30/2020 Appendix III (DOMAIN.md §1.2), in its order; the công văn and the thư công last.
    static const QList<DocumentType> types{
        {QStringLiteral("NQ"), QStringLiteral("Nghị quyết"), true},
        {QStringLiteral("QĐ"), QStringLiteral("Quyết định"), true},
        {QStringLiteral("CT"), QStringLiteral("Chỉ thị"), true},
        {QStringLiteral("QC"), QStringLiteral("Quy chế"), true},
        {QStringLiteral("QyĐ"), QStringLiteral("Quy định"), true},
        {QStringLiteral("TC"), QStringLiteral("Thông cáo"), true},
        {QStringLiteral("TB"), QStringLiteral("Thông báo"), true},
        {QStringLiteral("HD"), QStringLiteral("Hướng dẫn"), true},
        {QStringLiteral("CTr"), QStringLiteral("Chương trình"), true},
        {QStringLiteral("KH"), QStringLiteral("Kế hoạch"), true},
        {QStringLiteral("PA"), QStringLiteral("Phương án"), true},
        {QStringLiteral("ĐA"), QStringLiteral("Đề án"), true},
        {QStringLiteral("DA"), QStringLiteral("Dự án"), true},
        {QStringLiteral("BC"), QStringLiteral("Báo cáo"), true},
        {QStringLiteral("BB"), QStringLiteral("Biên bản"), true},
        {QStringLiteral("TTr"), QStringLiteral("Tờ trình"), true},
        {QStringLiteral("HĐ"), QStringLiteral("Hợp đồng"), true},
        {QStringLiteral("CĐ"), QStringLiteral("Công điện"), true},
        {QStringLiteral("BGN"), QStringLiteral("Bản ghi nhớ"), true},
        {QStringLiteral("BTT"), QStringLiteral("Bản thỏa thuận"), true},
        {QStringLiteral("GUQ"), QStringLiteral("Giấy ủy quyền"), true},
        {QStringLiteral("GM"), QStringLiteral("Giấy mời"), true},
        {QStringLiteral("GGT"), QStringLiteral("Giấy giới thiệu"), true},
        {QStringLiteral("GNP"), QStringLiteral("Giấy nghỉ phép"), true},
        {QStringLiteral("PG"), QStringLiteral("Phiếu gửi"), true},
        {QStringLiteral("PC"), QStringLiteral("Phiếu chuyển"), true},
        {QStringLiteral("PB"), QStringLiteral("Phiếu báo"), true},
        {QStringLiteral("CV"), QStringLiteral("Công văn"), false},
        {QStringLiteral("TCong"), QStringLiteral("Thư công"), false},
    };
    return types;
}

std::optional<DocumentType> documentTypeFromAbbr(const QString &abbr)
{
    const QString a = abbr.trimmed();
    for (const DocumentType &t : documentTypes())
        if (t.abbr == a)
            return t;
    // Typed without diacritics or in another case: "qd" is QĐ. Two types fold the same only when one has a đ
    // (QĐ/QD is not ambiguous; ĐA and DA are): an exact match above decides those.
    const QString folded = Text::fold(a);
    std::optional<DocumentType> found;
    for (const DocumentType &t : documentTypes()) {
        if (Text::fold(t.abbr) == folded || Text::fold(t.name) == folded) {
            if (found)
                return std::nullopt; // ambiguous ("da": Đề án or Dự án)
            found = t;
        }
    }
    return found;
}

QString urgencyKey(Urgency u)
{
    switch (u) {
    case Urgency::Normal:
        return QStringLiteral("normal");
    case Urgency::Urgent:
        return QStringLiteral("urgent");
    case Urgency::VeryUrgent:
        return QStringLiteral("very-urgent");
    case Urgency::Flash:
        return QStringLiteral("flash");
    }
    return {};
}

std::optional<Urgency> urgencyFromKey(const QString &key)
{
    for (Urgency u : {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash})
        if (urgencyKey(u) == key)
            return u;
    return std::nullopt;
}

QString urgencyText(Urgency u)
{
    switch (u) {
    case Urgency::Normal:
        return QCoreApplication::translate("MotCua::Urgency", "Normal");
    case Urgency::Urgent:
        return QCoreApplication::translate("MotCua::Urgency", "Urgent");
    case Urgency::VeryUrgent:
        return QCoreApplication::translate("MotCua::Urgency", "Very urgent");
    case Urgency::Flash:
        return QCoreApplication::translate("MotCua::Urgency", "Flash");
    }
    return {};
}

int urgencyRank(Urgency u)
{
    return int(u);
}

QString secrecyKey(Secrecy s)
{
    switch (s) {
    case Secrecy::None:
        return QStringLiteral("none");
    case Secrecy::Confidential:
        return QStringLiteral("confidential");
    case Secrecy::Secret:
        return QStringLiteral("secret");
    case Secrecy::TopSecret:
        return QStringLiteral("top-secret");
    }
    return {};
}

std::optional<Secrecy> secrecyFromKey(const QString &key)
{
    for (Secrecy s : {Secrecy::None, Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        if (secrecyKey(s) == key)
            return s;
    return std::nullopt;
}

QString secrecyText(Secrecy s)
{
    switch (s) {
    case Secrecy::None:
        return QCoreApplication::translate("MotCua::Secrecy", "Not classified");
    case Secrecy::Confidential:
        return QCoreApplication::translate("MotCua::Secrecy", "Confidential");
    case Secrecy::Secret:
        return QCoreApplication::translate("MotCua::Secrecy", "Secret");
    case Secrecy::TopSecret:
        return QCoreApplication::translate("MotCua::Secrecy", "Top secret");
    }
    return {};
}

QString secrecyRuleText()
{
    return QCoreApplication::translate(
        "MotCua::Secrecy",
        "A classified document is registered here by its details only: under the Law on Protection of State Secrets "
        "(29/2018/QH14) its content and scans may not be kept on a networked counter PC. Keep the paper document "
        "under the secrecy rules of the office.");
}

QString incomingStateKey(IncomingState s)
{
    switch (s) {
    case IncomingState::Registered:
        return QStringLiteral("registered");
    case IncomingState::Directed:
        return QStringLiteral("directed");
    case IncomingState::InProgress:
        return QStringLiteral("in_progress");
    case IncomingState::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<IncomingState> incomingStateFromKey(const QString &key)
{
    for (IncomingState s :
         {IncomingState::Registered, IncomingState::Directed, IncomingState::InProgress, IncomingState::Finished})
        if (incomingStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString incomingStateText(IncomingState s)
{
    switch (s) {
    case IncomingState::Registered:
        return QCoreApplication::translate("MotCua::IncomingState", "Registered, awaiting direction");
    case IncomingState::Directed:
        return QCoreApplication::translate("MotCua::IncomingState", "Directed");
    case IncomingState::InProgress:
        return QCoreApplication::translate("MotCua::IncomingState", "In progress");
    case IncomingState::Finished:
        return QCoreApplication::translate("MotCua::IncomingState", "Finished");
    }
    return {};
}

namespace
{
constexpr OutgoingState kOutgoingStates[] = {OutgoingState::Draft,  OutgoingState::Submitted, OutgoingState::Approved,
                                             OutgoingState::Signed, OutgoingState::Numbered,  OutgoingState::Dispatched,
                                             OutgoingState::Filed};
constexpr OutgoingAction kOutgoingActions[] = {
    OutgoingAction::Submit, OutgoingAction::Approve,  OutgoingAction::SendBack,    OutgoingAction::Sign,
    OutgoingAction::Number, OutgoingAction::Dispatch, OutgoingAction::Acknowledge, OutgoingAction::File};
} // namespace

QString outgoingStateKey(OutgoingState s)
{
    switch (s) {
    case OutgoingState::Draft:
        return QStringLiteral("draft");
    case OutgoingState::Submitted:
        return QStringLiteral("submitted");
    case OutgoingState::Approved:
        return QStringLiteral("approved");
    case OutgoingState::Signed:
        return QStringLiteral("signed");
    case OutgoingState::Numbered:
        return QStringLiteral("numbered");
    case OutgoingState::Dispatched:
        return QStringLiteral("dispatched");
    case OutgoingState::Filed:
        return QStringLiteral("filed");
    }
    return {};
}

std::optional<OutgoingState> outgoingStateFromKey(const QString &key)
{
    for (OutgoingState s : kOutgoingStates)
        if (outgoingStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString outgoingStateText(OutgoingState s)
{
    switch (s) {
    case OutgoingState::Draft:
        return QCoreApplication::translate("MotCua::OutgoingState", "Draft");
    case OutgoingState::Submitted:
        return QCoreApplication::translate("MotCua::OutgoingState", "Awaiting approval");
    case OutgoingState::Approved:
        return QCoreApplication::translate("MotCua::OutgoingState", "Approved, awaiting signature");
    case OutgoingState::Signed:
        return QCoreApplication::translate("MotCua::OutgoingState", "Signed, awaiting a number");
    case OutgoingState::Numbered:
        return QCoreApplication::translate("MotCua::OutgoingState", "Numbered, awaiting dispatch");
    case OutgoingState::Dispatched:
        return QCoreApplication::translate("MotCua::OutgoingState", "Dispatched");
    case OutgoingState::Filed:
        return QCoreApplication::translate("MotCua::OutgoingState", "Filed");
    }
    return {};
}

QString outgoingActionKey(OutgoingAction a)
{
    switch (a) {
    case OutgoingAction::Submit:
        return QStringLiteral("submit");
    case OutgoingAction::Approve:
        return QStringLiteral("approve");
    case OutgoingAction::SendBack:
        return QStringLiteral("send-back");
    case OutgoingAction::Sign:
        return QStringLiteral("sign");
    case OutgoingAction::Number:
        return QStringLiteral("number");
    case OutgoingAction::Dispatch:
        return QStringLiteral("dispatch");
    case OutgoingAction::Acknowledge:
        return QStringLiteral("acknowledge");
    case OutgoingAction::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<OutgoingAction> outgoingActionFromKey(const QString &key)
{
    for (OutgoingAction a : kOutgoingActions)
        if (outgoingActionKey(a) == key)
            return a;
    return std::nullopt;
}

std::optional<OutgoingState> nextOutgoingState(OutgoingState from, OutgoingAction action)
{
    switch (action) {
    case OutgoingAction::Submit:
        return from == OutgoingState::Draft ? std::optional(OutgoingState::Submitted) : std::nullopt;
    case OutgoingAction::Approve:
        return from == OutgoingState::Submitted ? std::optional(OutgoingState::Approved) : std::nullopt;
    case OutgoingAction::SendBack:
        return from == OutgoingState::Submitted || from == OutgoingState::Approved ? std::optional(OutgoingState::Draft)
                                                                                   : std::nullopt;
    case OutgoingAction::Sign:
        return from == OutgoingState::Approved ? std::optional(OutgoingState::Signed) : std::nullopt;
    case OutgoingAction::Number:
        return from == OutgoingState::Signed ? std::optional(OutgoingState::Numbered) : std::nullopt;
    case OutgoingAction::Dispatch:
        // A second dispatch (to recipients added later) keeps it dispatched.
        return from == OutgoingState::Numbered || from == OutgoingState::Dispatched
                   ? std::optional(OutgoingState::Dispatched)
                   : std::nullopt;
    case OutgoingAction::Acknowledge:
        return from == OutgoingState::Dispatched || from == OutgoingState::Filed ? std::optional(from) : std::nullopt;
    case OutgoingAction::File:
        return from == OutgoingState::Dispatched ? std::optional(OutgoingState::Filed) : std::nullopt;
    }
    return std::nullopt;
}

Permission permissionFor(OutgoingAction action)
{
    switch (action) {
    case OutgoingAction::Submit:
        return Permission::DraftOutgoing;
    case OutgoingAction::Approve:
    case OutgoingAction::SendBack:
    case OutgoingAction::Sign:
        return Permission::ApproveOutgoing;
    case OutgoingAction::Number:
    case OutgoingAction::Dispatch:
    case OutgoingAction::Acknowledge:
    case OutgoingAction::File:
        return Permission::IssueOutgoing;
    }
    return Permission::IssueOutgoing;
}

QString relationKey(DocumentRelation r)
{
    switch (r) {
    case DocumentRelation::None:
        return {};
    case DocumentRelation::Correction:
        return QStringLiteral("correction");
    case DocumentRelation::Replacement:
        return QStringLiteral("replacement");
    case DocumentRelation::Recall:
        return QStringLiteral("recall");
    }
    return {};
}

std::optional<DocumentRelation> relationFromKey(const QString &key)
{
    for (DocumentRelation r : {DocumentRelation::None, DocumentRelation::Correction, DocumentRelation::Replacement,
                               DocumentRelation::Recall})
        if (relationKey(r) == key)
            return r;
    return std::nullopt;
}

QString relationText(DocumentRelation r)
{
    switch (r) {
    case DocumentRelation::None:
        return {};
    case DocumentRelation::Correction:
        return QCoreApplication::translate("MotCua::DocumentRelation", "Correction of");
    case DocumentRelation::Replacement:
        return QCoreApplication::translate("MotCua::DocumentRelation", "Replaces");
    case DocumentRelation::Recall:
        return QCoreApplication::translate("MotCua::DocumentRelation", "Recalls");
    }
    return {};
}

QString formatDocumentNumber(qint64 number)
{
    return number < 10 ? QStringLiteral("0%1").arg(number) : QString::number(number);
}

QString composeSymbol(const DocumentType &type, const QString &issuer, const QString &department)
{
    if (type.inSymbol)
        return type.abbr + u'-' + issuer;
    return department.isEmpty() ? issuer : issuer + u'-' + department;
}

QString composeNumberSymbol(qint64 number, const QString &symbol)
{
    return formatDocumentNumber(number) + u'/' + symbol;
}

bool isValidAbbreviation(const QString &abbr)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{Lu}\\p{Ll}0-9]{1,12}$"));
    if (!re.match(abbr).hasMatch())
        return false;
    // Capitals, with the lower-case letters Appendix III itself uses inside abbreviations (QyĐ, CTr, TTr).
    return abbr.at(0).isUpper() || abbr.at(0).isDigit();
}

} // namespace MotCua
