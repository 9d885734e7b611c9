#include "ui/shell/recoverydialog.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "ui/admin/restoreflow.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

RecoveryDialog::RecoveryDialog(const QString &databasePath, Store *store, const QStringList &problems, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_store(store)
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("MotCua Desk — the data store is damaged"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("The data store cannot be used"), this);
    title->setObjectName(u"recoveryTitle"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *explanation = new MessageLabel(this);
    explanation->setObjectName(u"recoveryExplanation"_s);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation->setText(
        (store ? tr("MotCua Desk opened the data file %1, but its check found damage (for example after a power cut "
                    "or a failing disk).")
               : tr("MotCua Desk cannot read the data file %1: it is damaged or unreadable."))
            .arg(QDir::toNativeSeparators(databasePath)) +
        u"\n\n"_s +
        tr("Nothing has been changed and nothing will be overwritten: the damaged file stays exactly as it is, so "
           "the province's IT can still examine it. Choose what to do:"));

    auto *details = new QPlainTextEdit(problems.join(u'\n'), this);
    details->setObjectName(u"recoveryDetails"_s);
    details->setAccessibleName(tr("Technical details"));
    details->setReadOnly(true);
    details->setMaximumHeight(fontMetrics().height() * 5);

    auto *restoreButton = new QPushButton(tr("&Restore from a backup…"), this);
    restoreButton->setObjectName(u"recoveryRestoreButton"_s);
    auto *restoreNote = new MessageLabel(this);
    restoreNote->setText(tr("Choose a backup file; it is checked and restored into a new, empty folder."));
    auto *exportButton = new QPushButton(store ? tr("&Save the readable data…") : tr("&Copy the damaged file…"), this);
    exportButton->setObjectName(u"recoveryExportButton"_s);
    auto *exportNote = new MessageLabel(this);
    exportNote->setText(store ? tr("Writes every record that can still be read to a file for the province's IT.")
                              : tr("Copies the damaged file elsewhere (a USB disk) for the province's IT."));
    auto *quitButton = new QPushButton(tr("&Quit"), this);
    quitButton->setObjectName(u"recoveryQuitButton"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"recoveryMessage"_s);
    showHint(m_message, {});

    auto *options = new QVBoxLayout;
    auto addChoice = [&](QPushButton *button, QLabel *note) {
        auto *row = new QHBoxLayout;
        button->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
        row->addWidget(button, 0, Qt::AlignTop);
        if (note)
            row->addWidget(note, 1);
        else
            row->addStretch(1);
        options->addLayout(row);
    };
    addChoice(restoreButton, restoreNote);
    addChoice(exportButton, exportNote);
    addChoice(quitButton, nullptr);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    text->addWidget(details);
    text->addSpacing(8);
    text->addLayout(options);
    text->addWidget(m_message);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);

    connect(restoreButton, &QPushButton::clicked, this, &RecoveryDialog::restore);
    connect(exportButton, &QPushButton::clicked, this, &RecoveryDialog::exportData);
    connect(quitButton, &QPushButton::clicked, this, &QDialog::reject);
    quitButton->setFocus();
}

void RecoveryDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The wrapped texts know their height only once laid out at the real width: then drop the empty space.
    QTimer::singleShot(0, this, [this] { resize(width(), minimumSizeHint().height()); });
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::restore()
{
    QString folder;
    if (m_store) {
        if (auto local = SettingsService(*m_store).local())
            folder = local->backupFolder;
    }
    const QString dir = RestoreFlow::run(this, folder);
    if (dir.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Backup restored"),
                    tr("The backup was restored into %1. The damaged file was not changed.\n\n%2")
                        .arg(QDir::toNativeSeparators(dir), RestoreFlow::howToStart(dir)),
                    QMessageBox::Open | QMessageBox::Close, this);
    box.button(QMessageBox::Open)->setText(tr("&Open it now"));
    box.button(QMessageBox::Close)->setText(tr("&Quit"));
    showHint(m_message, {MessageLevel::Success, RestoreFlow::howToStart(dir)});
    if (box.exec() == QMessageBox::Open) {
        m_restoredDir = dir;
        accept();
    }
}

bool RecoveryDialog::saveReadableData(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        showHint(m_message, {MessageLevel::Error, tr("Choose another file: the damaged file is never overwritten.")});
        return false;
    }
    if (m_store) {
        auto data = m_store->exportCanonical();
        if (!data) {
            showHint(m_message,
                     {MessageLevel::Error, tr("The data could not be read: %1").arg(ErrorText::message(data.error()))});
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
            showHint(m_message,
                     {MessageLevel::Error,
                      tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
            return false;
        }
    } else {
        QFile::remove(path);
        QFile source(m_databasePath);
        if (!source.copy(path)) {
            showHint(
                m_message,
                {MessageLevel::Error,
                 tr("The file cannot be copied to %1: %2").arg(QDir::toNativeSeparators(path), source.errorString())});
            return false;
        }
    }
    showHint(m_message, {MessageLevel::Success,
                         tr("Saved to %1. Give this file to the province's IT.").arg(QDir::toNativeSeparators(path))});
    return true;
}

void RecoveryDialog::exportData()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_store ? u"motcua-export-%1.txt"_s.arg(stamp) : u"motcua-damaged-%1.db"_s.arg(stamp));
    const QString path = QFileDialog::getSaveFileName(
        this, m_store ? tr("Save the readable data") : tr("Copy the damaged file"), suggested);
    if (!path.isEmpty())
        saveReadableData(path);
}

} // namespace MotCua::Ui
