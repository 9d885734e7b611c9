#pragma once

// The JSON forms of official documents: the folded record kept in the projection's `doc` column (what the service
// reads back) and the payloads of their events. Every key is optional on reading.
#include "core/documents/documentservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::DocumentJson
{

QJsonObject toJson(const IncomingDocument &d);
IncomingDocument incomingFromJson(const QJsonObject &o);
QJsonObject toJson(const OutgoingDocument &d);
OutgoingDocument outgoingFromJson(const QJsonObject &o);
QJsonObject toJson(const Assignee &a);
Assignee assigneeFromJson(const QJsonObject &o);
QJsonObject toJson(const RegisterConfig &c);
RegisterConfig registerConfigFromJson(const QJsonObject &o);

// Helpers for dates: "" for a null one.
QString dateText(const QDate &d);
QString timeText(const QDateTime &t); // UTC ISO 8601, "" for null
QDate dateOf(const QJsonValue &v);
QDateTime timeOf(const QJsonValue &v);

// The folded text the lists filter on (number, symbol, summary, agency), diacritics folded away.
QString searchFolded(const IncomingDocument &d);
QString searchFolded(const OutgoingDocument &d);
// number|symbol|agency folded: equal for two registrations of the same document (the duplicate warning).
QString duplicateKey(const QString &number, const QString &symbol, const QString &fromAgency);

} // namespace MotCua::DocumentJson
