#pragma once

#include <QWidget>

#include "core/services/backupservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace MotCua::Ui
{

// Administration, "Backup" tab: where and how often this PC backs up, "Back up now", and restoring a backup into
// a new data folder.
class BackupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPanel)

public:
    BackupPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~BackupPanel() override;

    // Saves the folder, count and hour (SettingsService::setLocal); false when refused (the message says why).
    bool saveSettings();
    // Saves the settings, writes a verified backup and deletes the oldest beyond the count kept.
    bool backupNow();
    const std::optional<BackupInfo> &lastBackup() const { return m_last; }
    QLabel *resultLabel() const { return m_result; }

private:
    void chooseFolder();
    void restore();

    SettingsService m_settings;
    BackupService m_backup;
    Session m_session;
    std::optional<BackupInfo> m_last;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
    QSpinBox *m_hour = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
