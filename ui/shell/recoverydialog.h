#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

// Shown at start-up instead of the main window when the store cannot be opened (Error Corrupt/Io) or its quick
// check fails. Explains what happened, never writes to the damaged file, and offers: restore a backup into a new
// data folder (then open it), save what can be read (the canonical export when the store opened, else a copy of
// the damaged file for the province's IT), or quit.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    // `store`: the store when it opened but failed its check, else nullptr. `problems`: what went wrong (the open
    // error, or the quick-check findings), shown as details.
    RecoveryDialog(const QString &databasePath, Store *store, const QStringList &problems, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // After a successful restore that the person chose to open: the new data folder (the dialog is accepted).
    QString restoredDataDir() const { return m_restoredDir; }

    // Saves the readable data (export or copy) to `path`; returns false with a message shown on failure.
    bool saveReadableData(const QString &path);
    QLabel *messageLabel() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void restore();
    void exportData();

    QString m_databasePath;
    Store *m_store = nullptr;
    QString m_restoredDir;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
