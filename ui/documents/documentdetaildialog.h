#pragma once

#include <QDialog>

#include "core/documents/documentservice.h"

class QTextBrowser;

namespace MotCua::Ui
{

// One document's record, read only: every field, the directions and progress (incoming) or the recipients and
// history (outgoing). Attachments go in attachmentArea().
class DocumentDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDetailDialog)

public:
    DocumentDetailDialog(const IncomingDocument &document, QWidget *parent = nullptr);
    DocumentDetailDialog(const OutgoingDocument &document, QWidget *parent = nullptr);
    ~DocumentDetailDialog() override;

    QTextBrowser *browser() const { return m_browser; }
    // Where the attachment panel goes (ui/attachments/AttachmentPanel from branch att).
    QWidget *attachmentArea() const { return m_attachments; }

private:
    void build(const QString &title, const QString &html);

    QTextBrowser *m_browser = nullptr;
    QWidget *m_attachments = nullptr;
};

} // namespace MotCua::Ui
