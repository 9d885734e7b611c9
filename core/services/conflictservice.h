#pragma once

#include "core/services/session.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace MotCua
{

class Store;

// The "needs attention" list (Cần xử lý): clashes found while folding other counters' events. Each is a projection
// (the same events give the same list on every counter); a person looks at it, does what it needs, and marks it
// resolved (an event, so every counter sees it resolved).
enum class ConflictKind {
    DossierAction,  // an action not valid where the dossier's fold stands (two counters returned the same result)
    Username,       // the same user name created on two counters: the later account cannot sign in
    DossierCode,    // two dossiers with one code (two counters with one tag, numbering over lost events)
    DocumentAction, // an action on an official document not valid where its fold stands
    ArrivalNumber,  // two incoming documents registered with one arrival number (two counters registering offline)
    OutgoingNumber, // two outgoing documents given one number in a series (two counters numbering offline)
};
QString conflictKindKey(ConflictKind kind); // "dossier_action", "username", "dossier_code", "document_action", ...

// What a person can do about one.
enum class ConflictRemedy {
    OpenDossier,  // look at the dossier and its history; redo the right action if one is missing
    RenameUser,   // give the later account another user name (administrators)
    MarkResolved, // say it was dealt with (with a note)
};
QString conflictRemedyKey(ConflictRemedy remedy); // "open_dossier", "rename_user", "mark_resolved"

struct Conflict
{
    QString id;
    ConflictKind kind = ConflictKind::DossierAction;
    QString entity;
    QString entityId;
    QString eventId;
    QString detail; // English, technical
    QJsonObject info;
    QString record; // what it is about, as people know it: the dossier code, the user name
    QString eventType;
    QString actorName; // who did the action that did not take effect
    QString deviceTag; // on which counter
    QDateTime at;      // when (the event's clock)
    bool resolved = false;
    QString resolvedByName;
    QDateTime resolvedAt;
    QString note;
    QList<ConflictRemedy> remedies;
};

class ConflictService
{
public:
    explicit ConflictService(Store &store) : m_store(store) {}

    // Open items first (oldest first), then, with `includeResolved`, the resolved ones.
    Result<QList<Conflict>> list(const Session &actor, bool includeResolved = false);
    Result<qint64> openCount(const Session &actor);
    // Marks an item resolved, with what was done. Dossier items: anyone who handles dossiers; user names:
    // administrators.
    Result<void> resolve(const Session &actor, const QString &id, const QString &note);
    // One English sentence saying what happened and what can be done (the CLI; the window words it by kind).
    static QString describe(const Conflict &c);

private:
    Store &m_store;
};

} // namespace MotCua
