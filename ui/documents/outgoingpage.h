#pragma once

#include <QHash>
#include <QWidget>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class DocumentDetailDialog;
class OutgoingDialog;
class OutgoingTableModel;

// The Outgoing documents page: the state queues (with counts), a filter, the paged table, and one button per step
// of the workflow (submit, approve, send back, sign, number, dispatch, acknowledge, file), each enabled when the
// core's rules allow it for the selected document and the person (nextOutgoingState, permissionFor). When numbers
// are issued on this counter rather than from a block the province allotted, the page says so.
class OutgoingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingPage)

public:
    OutgoingPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~OutgoingPage() override;

    OutgoingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *queueCombo() const { return m_queue; }
    QPushButton *actionButton(OutgoingAction action) const { return m_actions.value(int(action)); }
    QLabel *numbersHereLabel() const { return m_numbersHere; }
    const OutgoingDocument *current() const;
    void setCounts(const DocumentCounts &counts);
    // Which documents wait to be sent to the province; the "Province" column shows once the counter is enrolled.
    void setSyncState(bool enrolled, const QSet<QString> &pendingIds);

    OutgoingDialog *createDocument();
    // The record of one document with its attachments (a search hit on one of its files); nullptr when unknown.
    DocumentDetailDialog *showDocument(const QString &id);
    // Runs `action` on the selected document. Send back asks for the reason, dispatch for the recipients (the
    // planned ones offered), acknowledge for the recipient; `answer` gives that instead of asking (tests, scripts).
    bool act(OutgoingAction action, const QString &answer = QString());

public slots:
    void reload();
    void setQueue(const QString &key);
    void showDetails();
    void printRegisters();

signals:
    void documentsChanged();
    void queueChosen(const QString &key);
    void statusMessage(const QString &text);

private:
    void updateButtons();
    void sizeColumns();
    void changed(const OutgoingDocument &d, const QString &message);

    Store &m_store;
    Session m_session;
    DocumentService m_service;
    OutgoingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_queue = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_registers = nullptr;
    QHash<int, QPushButton *> m_actions;
    QLabel *m_numbersHere = nullptr;
    QLabel *m_error = nullptr;
    bool m_sized = false;
};

} // namespace MotCua::Ui
