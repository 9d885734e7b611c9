#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/sync/net/syncservice.h"

class QProgressBar;
class QTimer;
class QToolButton;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class SyncController;

// The sync line of the status bar, always there: not enrolled / online and when it last synced / offline since when,
// how many events wait to be sent, or a refusal that needs attention; a progress bar while a long run goes on.
// Clicking it (or Space when it has the focus) asks for the Sync page.
class SyncIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIndicator)

public:
    // `sync` may be null (a window without a sync worker): it then tells what the store says.
    SyncIndicator(Store &store, SyncController *sync, QWidget *parent = nullptr);
    ~SyncIndicator() override;

    // Reads the state from the store again (after a change to the store or a run).
    void refresh();
    QString text() const;
    // The tooltip: server, waiting, last success, the problem, the next run.
    QString detailText() const;
    // Whether a click opens the Sync page (people who see it), which the tooltip then says.
    void setOpensPage(bool opens);
    QToolButton *button() const { return m_button; }
    QProgressBar *bar() const { return m_bar; }
    const std::optional<SyncStatus> &status() const { return m_status; }

    // What the line says, and its tooltip, for `status` and what the worker is doing.
    static QString summary(const SyncStatus &status, const SyncController *sync);
    static QString details(const SyncStatus &status, const SyncController *sync, bool opensPage = true);
    // A time as the status bar shows it: "09:41" today, "30/11/2026 17:02" another day (Vietnam time).
    static QString when(const QDateTime &utc);
    // How this PC's clock stands against the province's, as the last run measured it (SyncStatus::clockOff decides
    // whether it is a warning): for the status bar's details and the Sync page.
    static QString clockText(const SyncStatus &status);

signals:
    void clicked();

private:
    void update();
    // summary() without the clock's warning.
    static QString stateSummary(const SyncStatus &status, const SyncController *sync);

    Store &m_store;
    QPointer<SyncController> m_sync;
    std::optional<SyncStatus> m_status;
    QToolButton *m_button = nullptr;
    QProgressBar *m_bar = nullptr;
    QTimer *m_barDelay = nullptr;
    bool m_opensPage = true;
};

} // namespace MotCua::Ui
