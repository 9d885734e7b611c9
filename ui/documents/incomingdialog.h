#pragma once

#include <QDialog>

#include <optional>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace MotCua::Ui
{

class MessageLabel;
class PendingAttachmentList;

// Registers one incoming document (Decree 30/2020 Appendix VI §II), keyboard first: Tab through the fields, Enter
// registers. It shows the arrival number the document would get, warns as you type when the number, symbol and
// agency match a registered document (DocumentService::duplicatesOf; "Register anyway" records it as such), and for a
// document with a confidentiality level says why nothing can be attached (secrecyRuleText) and turns attaching off.
// The files chosen (a list with a preview) are registered with the document, in the same transaction.
// DocumentService::registerIncoming validates everything; the dialog only helps typing.
class IncomingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingDialog)

public:
    IncomingDialog(DocumentService &service, const Session &session, QWidget *parent = nullptr);
    ~IncomingDialog() override;

    // The document registered by the last successful save (the dialog is then accepted).
    const std::optional<IncomingDocument> &registered() const { return m_registered; }
    // The registered documents the number, symbol and agency typed match (the warning shows them).
    const QList<IncomingDocument> &duplicates() const { return m_duplicates; }
    // The place where attachments are chosen (off for a document with a confidentiality level).
    PendingAttachmentList *attachmentArea() const { return m_attachmentArea; }
    // Files to attach: they go into the registration (IncomingRequest::attachments), none for a document with a
    // confidentiality level.
    void setAttachments(const QStringList &paths);
    QStringList chosenAttachments() const;
    // Looks for duplicates now instead of after the typing pause.
    void checkDuplicatesNow();

public slots:
    void accept() override; // registers; stays open when the core refuses

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IncomingRequest request() const;
    void updateArrivalNumber();
    void updateSecrecy();
    void showDuplicates();
    void showError(const Error &error);

    DocumentService &m_service;
    Session m_session;
    std::optional<IncomingDocument> m_registered;
    QList<IncomingDocument> m_duplicates;

    QLineEdit *m_agency = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_symbol = nullptr;
    QDateEdit *m_issued = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_secrecy = nullptr;
    QComboBox *m_medium = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QSpinBox *m_pages = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_recipients = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_arrival = nullptr;
    MessageLabel *m_duplicateLabel = nullptr;
    QCheckBox *m_anyway = nullptr;
    MessageLabel *m_secrecyLabel = nullptr;
    PendingAttachmentList *m_attachmentArea = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace MotCua::Ui
