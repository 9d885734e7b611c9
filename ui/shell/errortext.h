#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/domain/dossierstate.h"
#include "core/services/session.h"
#include "core/util/result.h"

class QLabel;

namespace MotCua
{
struct CitizenIdInfo;
struct Procedure;
} // namespace MotCua

namespace MotCua::Ui
{

// How an inline message looks. The text always carries the meaning; the colour only repeats it.
enum class MessageLevel {
    None,
    Info,
    Success,
    Warning,
    Error,
};

struct Hint
{
    MessageLevel level = MessageLevel::None;
    QString text;
};

// Turns core results into translated sentences. Core messages are English and meant for logs; the user reads these.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // A sentence for the error, chosen by its field and then by its code.
    static QString message(const Error &error);
    // What a sync with the province that failed with `field` (the protocol's code: "token_revoked", "fork", ...,
    // or the client's: "transient", "certificate", ...) means, and what to do; empty for a field sync does not use.
    static QString syncProblem(const QString &field);
    // The same for a run of the history: by its field, else a general sentence with the technical detail.
    static QString syncFailure(const QString &field, const QString &detail);
    // The as-you-type hint for a citizen ID (validateCitizenId does the checking).
    static Hint citizenIdHint(const CitizenIdInfo &info);
    // "5 working days", ...: the legal time limit of a procedure; when the catalog has none, a sentence saying so
    // (never the source's "Không có thông tin").
    static QString timeLimit(const Procedure &procedure);
    // The procedure's name, or "Procedure name unknown — code 2.001428" when the source lost it (an empty name).
    static QString procedureName(const QString &name, const QString &code);
    static QString procedureName(const Procedure &procedure);
    // The catalog's notes about missing or unclear source data, as sentences.
    static QStringList catalogIssues(const QStringList &issues);
    // The as-you-type hint for a phone number. Mirrors the rule DossierService::receive applies (0 or +84, then
    // 8-10 digits; spaces, dots and dashes ignored) until core exposes it as a function; receive() stays the judge.
    static Hint phoneHint(const QString &text);
    // A dossier state as a word for the tables (core's Wording::state); a key ("received") too.
    static QString dossierState(DossierState state);
    static QString dossierState(const QString &key);
    // A role as a word ("receptionist", "administrator").
    static QString roleName(Role role);
    // An event type ("DossierReceived") as a short sentence for the audit trail ("Dossier received").
    static QString eventType(const QString &type);
};

// Shows `hint` in `label` (hidden when there is nothing to say).
void showHint(QLabel *label, const Hint &hint);

} // namespace MotCua::Ui
