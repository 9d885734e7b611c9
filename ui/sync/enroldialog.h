#pragma once

#include <QDialog>

#include <memory>

#include "core/services/session.h"

namespace MotCua::Sync
{
class Interrupt;
}

namespace MotCua::Ui
{

namespace Ui
{
class EnrolDialog;
}

class BackgroundTask;
class TaskProgress;

// "Enrol with the province…" (administrators): the server address, the one-time code the province issued for this
// counter, and an authority file when the province signs its own certificates. SyncService::enrol runs on a worker
// thread with a Store of its own (BackgroundTask::onStore); the form says what is happening, and Cancel cuts the
// request. A refusal keeps the form open with its sentence; success closes it.
class EnrolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrolDialog)

public:
    EnrolDialog(const QString &dataDir, const Session &session, const QString &server, QWidget *parent = nullptr);
    ~EnrolDialog() override;

    bool isEnrolling() const;
    // The address enrolled with (after success).
    QString server() const;
    TaskProgress *progress() const { return m_progress; }

public slots:
    // Enrols with what the form holds.
    void accept() override;
    // While enrolling: cuts the request first (the form closes when the worker has stopped).
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseCaFile();
    void setBusy(bool busy);

    std::unique_ptr<Ui::EnrolDialog> m_ui;
    QString m_dataDir;
    Session m_session;
    BackgroundTask *m_task = nullptr;
    TaskProgress *m_progress = nullptr;
    std::shared_ptr<Sync::Interrupt> m_interrupt;
    bool m_closeWhenDone = false;
};

} // namespace MotCua::Ui
