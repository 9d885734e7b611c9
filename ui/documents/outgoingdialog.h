#pragma once

#include <QDialog>

#include <optional>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace MotCua::Ui
{

class MessageLabel;
class PendingAttachmentList;

// Drafts one outgoing document: type (Appendix III), summary, drafting department, urgency, confidentiality,
// planned recipients, copies, reply date, and its relation to an earlier document (a correction, a replacement, a
// recall). DocumentService::createOutgoing validates it.
class OutgoingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingDialog)

public:
    OutgoingDialog(DocumentService &service, const Session &session, QWidget *parent = nullptr);
    ~OutgoingDialog() override;

    const std::optional<OutgoingDocument> &created() const { return m_created; }
    // The files of the draft (off for a document with a confidentiality level); they go into the request.
    PendingAttachmentList *attachmentArea() const { return m_attachmentArea; }
    void setAttachments(const QStringList &paths);
    QStringList chosenAttachments() const;

public slots:
    void accept() override;

private:
    OutgoingRequest request() const;
    void updateSecrecy();

    DocumentService &m_service;
    Session m_session;
    std::optional<OutgoingDocument> m_created;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_secrecy = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QSpinBox *m_copies = nullptr;
    QCheckBox *m_hasReplyDue = nullptr;
    QDateEdit *m_replyDue = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_position = nullptr;
    QComboBox *m_relation = nullptr;
    QComboBox *m_related = nullptr;
    QLineEdit *m_note = nullptr;
    MessageLabel *m_secrecyLabel = nullptr;
    PendingAttachmentList *m_attachmentArea = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
