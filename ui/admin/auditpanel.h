#pragma once

#include <QWidget>

#include <optional>

#include "core/services/auditservice.h"
#include "core/services/session.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace MotCua::Ui
{

class BackgroundTask;
class TaskProgress;

// Administration, "Audit" tab: who did what and when (AuditService::list, newest first, a page at a time), the
// hash-chain check, and the printable history of one record.
class AuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        RecordColumn,
        DeviceColumn,
        ColumnCount,
    };

    AuditPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~AuditPanel() override;

    AuditFilter filter() const;
    // Reloads the first page with the filter; loadMore() appends the next (older) page.
    void search();
    void loadMore();
    // Starts the check (AuditService::verifyChains) on a worker thread with its own Store, with a progress bar and
    // Cancel; the result shows in the banner and the problem list, and verified() tells it.
    void verify();
    bool isVerifying() const;
    // The last finished check: whether every chain and projection held (nullopt: none finished, or cancelled).
    std::optional<bool> lastCheckOk() const { return m_lastOk; }
    TaskProgress *verifyProgress() const { return m_progress; }
    // Every event of the record (oldest first) as an HTML document for printing; empty when there is none.
    QString recordHistoryHtml(const QString &record);
    bool saveHistoryPdf(const QString &record, const QString &path);

    QTableWidget *table() const { return m_table; }
    QLabel *banner() const { return m_banner; }
    QListWidget *problems() const { return m_problems; }
    QLineEdit *recordEdit() const { return m_record; }
    QPushButton *loadMoreButton() const { return m_more; }

signals:
    void verified(bool ok);

private:
    void showReport(const Result<VerifyReport> &report);
    void append(const AuditPage &page);
    void printHistory();
    void exportHistory();

    AuditService m_audit;
    Session m_session;
    QString m_dataDir;
    BackgroundTask *m_task = nullptr;
    TaskProgress *m_progress = nullptr;
    QPushButton *m_verifyButton = nullptr;
    std::optional<bool> m_lastOk;
    qint64 m_nextBefore = 0;
    QComboBox *m_person = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_entity = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_banner = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
