#pragma once

#include <QDialog>

#include <optional>

#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "core/services/session.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace MotCua::Ui
{

class MessageLabel;

// The leader's direction (bút phê) of one incoming document: the person or department in charge, the co-operating
// ones each with their own deadline, the direction's deadline and its text. Earlier directions are shown above; a
// new one keeps them (DocumentService::direct records the history).
class DirectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectionDialog)

public:
    DirectionDialog(DocumentService &service, const QList<User> &colleagues, const Session &session,
                    const IncomingDocument &document, QWidget *parent = nullptr);
    ~DirectionDialog() override;

    const std::optional<IncomingDocument> &directed() const { return m_directed; }
    // Chooses the lead (a user name, or a department when `department`); false when it is not in the list.
    bool selectLead(const QString &key, bool department = false);
    // Ticks a co-operating person (user name) with an optional deadline of their own.
    bool addCooperating(const QString &username, const QDate &due = {});

public slots:
    void accept() override;

private:
    DirectRequest request() const;

    DocumentService &m_service;
    Session m_session;
    IncomingDocument m_document;
    std::optional<IncomingDocument> m_directed;
    QTextBrowser *m_history = nullptr;
    QComboBox *m_lead = nullptr;
    QTableWidget *m_co = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QPlainTextEdit *m_note = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
