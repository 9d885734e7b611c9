#include "ui/admin/backuppanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "ui/admin/restoreflow.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

BackupPanel::BackupPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_settings(store), m_backup(store), m_session(session)
{
    setObjectName(u"backupPanel"_s);
    auto *settingsBox = new QGroupBox(tr("Backups of this computer"), this);
    m_folder = new QLineEdit(settingsBox);
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setPlaceholderText(tr("A folder on a USB disk or another drive"));
    auto *choose = new QPushButton(tr("C&hoose…"), settingsBox);
    choose->setObjectName(u"chooseFolderButton"_s);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_keep = new QSpinBox(settingsBox);
    m_keep->setObjectName(u"backupKeep"_s);
    m_keep->setAccessibleName(tr("Backups kept"));
    m_keep->setRange(1, 365);
    m_hour = new QSpinBox(settingsBox);
    m_hour->setObjectName(u"backupHour"_s);
    m_hour->setAccessibleName(tr("Daily backup hour"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00", "hour suffix"));
    auto *save = new QPushButton(tr("&Save settings"), settingsBox);
    save->setObjectName(u"saveBackupSettingsButton"_s);

    auto *form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *folderLabel = new QLabel(tr("&Folder:"), settingsBox);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *keepLabel = new QLabel(tr("&Keep the newest:"), settingsBox);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);
    auto *hourLabel = new QLabel(tr("Daily &at:"), settingsBox);
    hourLabel->setBuddy(m_hour);
    form->addRow(hourLabel, m_hour);
    auto *note = new MessageLabel(settingsBox);
    note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    note->setText(tr("While MotCua Desk is open, a backup is written once a day after this hour (an administrator "
                     "must be signed in)."));
    showHint(note, {MessageLevel::Info, note->text()});
    form->addRow(QString(), note);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);

    auto *nowBox = new QGroupBox(tr("Back up and restore"), this);
    auto *backupButton = new QPushButton(tr("&Back up now"), nowBox);
    backupButton->setObjectName(u"backupNowButton"_s);
    auto *restoreButton = new QPushButton(tr("&Restore a backup…"), nowBox);
    restoreButton->setObjectName(u"restoreButton"_s);
    m_result = new MessageLabel(nowBox);
    m_result->setObjectName(u"backupResult"_s);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new MessageLabel(nowBox);
    m_message->setObjectName(u"backupMessage"_s);
    showHint(m_message, {});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backupButton);
    buttons->addWidget(restoreButton);
    buttons->addStretch(1);
    auto *nowLayout = new QVBoxLayout(nowBox);
    nowLayout->addLayout(buttons);
    nowLayout->addWidget(m_message);
    nowLayout->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settingsBox);
    layout->addWidget(nowBox);
    layout->addStretch(1);

    if (auto local = m_settings.local()) {
        m_folder->setText(QDir::toNativeSeparators(local->backupFolder));
        m_keep->setValue(local->backupKeep);
        m_hour->setValue(local->backupHour);
    }
    connect(choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(save, &QPushButton::clicked, this, [this] {
        if (saveSettings())
            showHint(m_message, {MessageLevel::Success, tr("Backup settings saved.")});
    });
    connect(backupButton, &QPushButton::clicked, this, &BackupPanel::backupNow);
    connect(restoreButton, &QPushButton::clicked, this, &BackupPanel::restore);
}

BackupPanel::~BackupPanel() = default;

void BackupPanel::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

bool BackupPanel::saveSettings()
{
    auto local = m_settings.local();
    if (!local) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(local.error())});
        return false;
    }
    LocalSettings next = *local;
    next.backupFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    next.backupKeep = m_keep->value();
    next.backupHour = m_hour->value();
    if (auto r = m_settings.setLocal(m_session, next); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        return false;
    }
    return true;
}

bool BackupPanel::backupNow()
{
    m_result->clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showHint(m_message, {MessageLevel::Error, tr("Choose the backup folder first.")});
        m_folder->setFocus();
        return false;
    }
    if (!saveSettings())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto info = m_backup.backup(m_session, folder);
    QGuiApplication::restoreOverrideCursor();
    if (!info) {
        showHint(m_message, {MessageLevel::Error, tr("The backup failed: %1").arg(ErrorText::message(info.error()))});
        return false;
    }
    m_last = *info;
    auto pruned = m_backup.prune(m_session, folder, m_keep->value());
    QString text = info->ok() ? tr("Backup written and verified.") : tr("Backup written, but its check failed.");
    if (pruned && !pruned->isEmpty())
        text += u' ' + tr("%n older backup(s) deleted.", nullptr, int(pruned->size()));
    else if (!pruned)
        text += u' ' + tr("The older backups could not be deleted: %1").arg(ErrorText::message(pruned.error()));
    showHint(m_message, {info->ok() ? MessageLevel::Success : MessageLevel::Error, text});
    m_result->setText(RestoreFlow::describe(*info));
    return info->ok();
}

void BackupPanel::restore()
{
    const QString dir = RestoreFlow::run(this, m_folder->text().trimmed());
    if (dir.isEmpty())
        return;
    QMessageBox::information(this, tr("Backup restored"),
                             tr("The backup was restored into %1. The data in use now was not changed.\n\n%2")
                                 .arg(QDir::toNativeSeparators(dir), RestoreFlow::howToStart(dir)));
}

} // namespace MotCua::Ui
