#pragma once

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

class DirectionDialog;
class DocumentDetailDialog;
class HandlingDialog;
class IncomingDialog;
class IncomingTableModel;

// The Incoming documents page: the queue (with counts), the year, a filter, the paged table (urgent ones first and
// marked, overdue ones flagged), and the work: register (F3), direct (Ctrl+D), record progress, finish, details
// (Enter), the action slip and the printed registers.
class IncomingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingPage)

public:
    IncomingPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~IncomingPage() override;

    IncomingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *queueCombo() const { return m_queue; }
    DocumentService &service() { return m_service; }
    // The selected document, or nullptr.
    const IncomingDocument *current() const;
    // The counts shown in the queue selector (the main window passes the ones it shows in the navigation).
    void setCounts(const DocumentCounts &counts);
    // Which documents wait to be sent to the province; the "Province" column shows once the counter is enrolled.
    void setSyncState(bool enrolled, const QSet<QString> &pendingIds);

    // The dialogs, opened window-modal and not blocking; each is deleted when closed. Return nullptr when the
    // selection does not allow it.
    // `files`: attached to the registration from the start (a scan from the inbox); registered() follows a success.
    IncomingDialog *registerDocument(const QStringList &files = {});
    DirectionDialog *directCurrent();
    HandlingDialog *recordProgress();
    HandlingDialog *finishCurrent();
    // The record of one document with its attachments (a search hit on one of its files); nullptr when unknown.
    DocumentDetailDialog *showDocument(const QString &id);

public slots:
    void reload();
    // An IncomingQueue key ("" for all).
    void setQueue(const QString &key);
    void showDetails();
    void printActionSlip();
    void saveActionSlip();
    void printRegisters();

signals:
    // A document was registered, directed, progressed or finished here: the counts and lists follow.
    void documentsChanged();
    void queueChosen(const QString &key);
    void statusMessage(const QString &text);
    // A document was registered with these files attached (the scan inbox lets them go).
    void registered(const QString &id, const QStringList &files);

private:
    void updateButtons();
    void sizeColumns();
    void changed(const IncomingDocument &d, const QString &message);

    Store &m_store;
    Session m_session;
    DocumentService m_service;
    IncomingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_queue = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_direct = nullptr;
    QPushButton *m_progress = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_slip = nullptr;
    QPushButton *m_registers = nullptr;
    QLabel *m_error = nullptr;
    bool m_sized = false;
};

} // namespace MotCua::Ui
