#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QComboBox;

#include "core/documents/documentservice.h"

namespace MotCua::Ui
{

// One entry of the document navigation: an incoming queue or an outgoing state, its title, and the count
// DocumentService::counts gives for it (none for the queues it does not count).
struct DocumentQueue
{
    QString key; // incomingQueueKey(), or outgoingStateKey() for the outgoing ones; "" for all
    QString title;
};

class DocumentQueues final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentQueues)

public:
    // All, Cần bút phê, Của tôi, Quá hạn, Đang xử lý, Đã xong.
    static QList<DocumentQueue> incoming();
    // All, Dự thảo, Chờ duyệt, Chờ cấp số, Chờ phát hành, and the other states.
    static QList<DocumentQueue> outgoing();
    static QString incomingTitle(IncomingQueue queue);
    // The title of the list of outgoing documents in `state` ("Waiting for a number" for signed ones).
    static QString outgoingTitle(OutgoingState state);
    // The count of the entry, from the core's counts; nullopt when the core does not count it.
    static std::optional<qint64> incomingCount(const DocumentCounts &counts, const QString &key);
    static std::optional<qint64> outgoingCount(const DocumentCounts &counts, const QString &key);
    // Whether the navigation lists the queue for this person: the queues of their work (to direct for those who
    // direct, to number and to dispatch for the clerks, ...), by the core's permissions.
    static bool inNavigation(const Session &session, bool incoming, const QString &key);
    // "Title (3)", or the title alone without a count.
    static QString withCount(const QString &title, std::optional<qint64> count);
    // A page's queue selector: its entries titled with the counts (incoming or outgoing ones), and choosing one by
    // its key (nothing when it is chosen already or unknown).
    static void showCounts(QComboBox *combo, bool incoming, const DocumentCounts &counts);
    static void select(QComboBox *combo, const QString &key);
};

} // namespace MotCua::Ui
