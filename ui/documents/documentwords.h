#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/documents/documentservice.h"

namespace MotCua::Ui
{

// How the document pages and dialogs word the records (translated); the rules behind them are the core's.
class DocumentWords final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWords)

public:
    // "12", or "12 (clash)" when another counter gave the same arrival number first.
    static QString arrival(const IncomingDocument &d);
    // "Công văn: Về việc …": the type's name (Appendix III, as printed) and the summary.
    static QString summaryLine(const QString &type, const QString &summary);
    // "Nguyễn Văn An (lead), Lê Thị Hoa": whom the latest direction gave the document to.
    static QString assignees(const QList<Assignee> &assignees);
    // One direction as rich text for the history: when, who, to whom, deadline, note.
    static QString directionHtml(const Direction &direction);
    // The whole record as rich text for the detail dialog.
    static QString incomingHtml(const IncomingDocument &d);
    static QString outgoingHtml(const OutgoingDocument &d);
    // A recorded step of an outgoing document ("approve") as a word.
    static QString outgoingAction(const QString &key);
    static QString outgoingActionTitle(OutgoingAction action);
    static QString medium(Medium m);
};

} // namespace MotCua::Ui
