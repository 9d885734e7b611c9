#pragma once

#include <QDialog>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QTextBrowser;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class AttachmentPanel;

// One document's record, read only: every field, the directions and progress (incoming) or the recipients and
// history (outgoing), and under it the record's attachments (AttachmentPanel: list, preview, add, remove; for a
// document with a confidentiality level the panel says why nothing can be attached).
class DocumentDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDetailDialog)

public:
    DocumentDetailDialog(Store &store, const Session &session, const IncomingDocument &document,
                         QWidget *parent = nullptr);
    DocumentDetailDialog(Store &store, const Session &session, const OutgoingDocument &document,
                         QWidget *parent = nullptr);
    ~DocumentDetailDialog() override;

    QTextBrowser *browser() const { return m_browser; }
    AttachmentPanel *attachmentPanel() const { return m_attachments; }
    // The record shown ("incoming" or "outgoing", and its id).
    QString ownerEntity() const { return m_ownerEntity; }
    QString ownerId() const { return m_ownerId; }

signals:
    // Attachments were added or removed (the lists and the search follow).
    void attachmentsChanged();

private:
    void build(Store &store, const Session &session, Secrecy secrecy, const QString &title, const QString &html);

    QString m_ownerEntity;
    QString m_ownerId;
    QTextBrowser *m_browser = nullptr;
    AttachmentPanel *m_attachments = nullptr;
};

} // namespace MotCua::Ui
