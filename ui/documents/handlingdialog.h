#pragma once

#include <QDialog>

#include <optional>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QComboBox;
class QPlainTextEdit;

namespace MotCua::Ui
{

class MessageLabel;

// What the person handling an incoming document records: a progress note, or that it is finished, optionally
// with the outgoing document that answers it (DocumentService::recordProgress / finishIncoming).
class HandlingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandlingDialog)

public:
    enum class Mode { Progress, Finish };

    HandlingDialog(DocumentService &service, const Session &session, const IncomingDocument &document, Mode mode,
                   QWidget *parent = nullptr);
    ~HandlingDialog() override;

    const std::optional<IncomingDocument> &result() const { return m_result; }
    // Finish: links the reply (an outgoing document id); false when it is not offered.
    bool selectReply(const QString &outgoingId);

public slots:
    void accept() override;

private:
    DocumentService &m_service;
    Session m_session;
    IncomingDocument m_document;
    Mode m_mode;
    std::optional<IncomingDocument> m_result;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_reply = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
