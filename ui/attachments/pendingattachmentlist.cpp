#include "ui/attachments/pendingattachmentlist.h"

#include <QDialog>

#include <QGroupBox>

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "core/attachments/attachmentservice.h"
#include "ui/attachments/previewwidget.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

PendingAttachmentList::PendingAttachmentList(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"pendingAttachments"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"attachList"_s);
    m_list->setAccessibleName(tr("Files to attach"));
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_add = new QPushButton(tr("A&ttach files…"), this);
    m_add->setObjectName(u"attachButton"_s);
    m_add->setAccessibleName(tr("Attach files"));
    m_add->setToolTip(
        tr("Attach PDFs or scanned images (at most %1 MiB each)").arg(AttachmentService::kMaxBytes / (1024 * 1024)));
    m_remove = new QPushButton(tr("Re&move file"), this);
    m_remove->setObjectName(u"attachRemoveButton"_s);
    m_remove->setAccessibleName(tr("Remove the selected file"));
    m_preview = new PreviewWidget(this);
    m_preview->setObjectName(u"attachPreview"_s);
    m_preview->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 16);
    m_preview->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 65);
    m_preview->clear(tr("No files attached."));

    // The list and its buttons above, the preview of the selected file under them.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_preview, 1);

    connect(m_add, &QPushButton::clicked, this, &PendingAttachmentList::choose);
    connect(m_remove, &QPushButton::clicked, this, &PendingAttachmentList::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &PendingAttachmentList::selectionChanged);
    rebuild(-1);
}

PendingAttachmentList::~PendingAttachmentList() = default;

void PendingAttachmentList::setPaths(const QStringList &paths)
{
    m_paths = paths;
    rebuild(m_paths.isEmpty() ? -1 : 0);
    emit pathsChanged();
}

void PendingAttachmentList::addPaths(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!m_paths.contains(p))
            m_paths << p;
    }
    rebuild(m_paths.isEmpty() ? -1 : int(m_paths.size()) - 1);
    emit pathsChanged();
}

void PendingAttachmentList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_paths.size())
        return;
    m_paths.removeAt(row);
    rebuild(std::min(row, int(m_paths.size()) - 1));
    emit pathsChanged();
}

void PendingAttachmentList::choose()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void PendingAttachmentList::rebuild(int select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &p : std::as_const(m_paths)) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_list);
        item->setToolTip(QDir::toNativeSeparators(p));
    }
    m_list->setCurrentRow(select);
    selectionChanged();
}

void PendingAttachmentList::selectionChanged()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    if (row < 0 || row >= m_paths.size()) {
        m_preview->clear(m_paths.isEmpty() ? tr("No files attached.") : tr("Select a file to preview it."));
        return;
    }
    m_preview->showFile(m_paths.at(row));
}

void PendingAttachmentList::placeBeside(QDialog *dialog, QLayout *form, QWidget *message, QWidget *buttons)
{
    auto *attachBox = new QGroupBox(tr("Attachments"), dialog);
    attachBox->setObjectName(u"attachmentBox"_s);
    auto *attachLayout = new QVBoxLayout(attachBox);
    attachLayout->addWidget(this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(attachBox, 2);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(columns);
    layout->addWidget(message);
    layout->addWidget(buttons);
}

} // namespace MotCua::Ui
