#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/services/bundleservice.h"
#include "core/services/setupservice.h"

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class BackgroundTask;
class TaskProgress;

namespace Ui
{
class SetupDialog;
}

// First run: the commune this computer serves and the first administrator (SetupService), or, for another counter
// of an office that already works with MotCua Desk, "Join an existing office": a bundle made on the first counter,
// what it holds, an administrator's sign-in, and BundleService::join into the data folder, on a worker thread with
// a progress bar and Cancel. The dialog holds the (empty) store while it is open: the join closes it, takes its
// place, and the joined store is handed back by takeStore().
class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    // After a join: who set the counter up, and what came with the bundle.
    struct Joined
    {
        Session admin;
        QString communeCode;
        QString communeName;
        QString deviceTag;
        qint64 events = 0;
        qsizetype conflicts = 0;
    };

    explicit SetupDialog(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~SetupDialog() override;

    // The store to go on with: the one set up or joined (or the empty one, after Cancel).
    std::unique_ptr<Store> takeStore() { return std::move(m_store); }
    Store *store() const { return m_store.get(); }
    const std::optional<SetupResult> &result() const { return m_result; }
    const std::optional<Joined> &joined() const { return m_joined; }
    QString selectedCommuneCode() const;
    // Shows "Join an existing office" (true) or "Set up a new office".
    void setJoinMode(bool join);
    bool isJoining() const;
    // Reads the bundle named on the join page and shows what it holds.
    void inspectBundle();

public slots:
    void accept() override; // sets up or joins; stays open when the core refuses
    void reject() override; // while joining: cancels the join instead

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchCommunes(const QString &query);
    void validate();
    void validateJoin();
    void chooseBundle();
    void join();
    void joinFinished(const Result<Joined> &result);
    void setBusy(bool busy);

    std::unique_ptr<Ui::SetupDialog> m_ui;
    std::unique_ptr<Store> m_store;
    QString m_dataDir;
    std::optional<SetupResult> m_result;
    std::optional<Joined> m_joined;
    std::optional<BundleInfo> m_bundle;
    BackgroundTask *m_task = nullptr;
    TaskProgress *m_progress = nullptr;
};

} // namespace MotCua::Ui
