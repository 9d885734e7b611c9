#pragma once

#include <QWidget>

#include "core/attachments/hotfolder.h"
#include "core/services/session.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace MotCua::Ui
{

class PreviewWidget;

// "Bản quét chưa vào sổ" (unregistered scans): the files the scanner put in the hot folder, listed once they stopped
// growing (HotFolder::scan, polled by a timer), with a preview of the one selected. The clerk registers it as an
// incoming document (registerRequested: the main window opens the registration with the file), attaches it to a
// record by its code or id, or dismisses it; either way it leaves the list (moved into a hidden folder inside the
// hot folder). The folder is chosen here and kept for this PC only.
class ScanInboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanInboxPage)

public:
    ScanInboxPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~ScanInboxPage() override;

    // Scans the folder now (the timer does it every pollMs()).
    void refresh();
    void setPollMs(int ms);
    void setStableMs(qint64 ms) { m_hot->setStableMs(ms); }
    // Sets the hot folder (kept in the store's local settings) and scans it.
    bool setFolder(const QString &folder);
    // Attaches the selected scan to the record in the target fields; false with a sentence when refused.
    bool attachSelected();
    void dismissSelected();
    // After the registration dialog used the file: it leaves the inbox.
    void markRegistered(const QString &path);

    int scanCount() const;
    QString selectedPath() const;
    QListWidget *list() const { return m_list; }
    PreviewWidget *preview() const { return m_preview; }
    QComboBox *targetKind() const { return m_kind; }
    QLineEdit *targetEdit() const { return m_target; }
    QString messageText() const;

signals:
    // "Register as an incoming document…" on the selected scan.
    void registerRequested(const QString &path);
    // A scan was attached to a record.
    void attached(const QString &ownerEntity, const QString &ownerId);
    // How many scans wait (for the navigation's count).
    void countChanged(int count);

private:
    void chooseFolder();
    void selectionChanged();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    Store &m_store;
    Session m_session;
    std::unique_ptr<HotFolder> m_hot;
    QList<ScanFile> m_scans;
    QTimer *m_timer = nullptr;
    QLabel *m_folderLabel = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QListWidget *m_list = nullptr;
    PreviewWidget *m_preview = nullptr;
    QPushButton *m_register = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_message = nullptr;
    QString m_shownPath;
};

} // namespace MotCua::Ui
