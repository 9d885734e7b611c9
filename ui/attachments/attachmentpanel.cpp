#include "ui/attachments/attachmentpanel.h"

#include "core/attachments/ocrservice.h"
#include "core/domain/ids.h"
#include "core/store/store.h"
#include "ui/attachments/previewwidget.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/confirm.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

// ---- the model ---------------------------------------------------------------------------------------------------

AttachmentListModel::AttachmentListModel(QObject *parent) : QAbstractTableModel(parent) {}
AttachmentListModel::~AttachmentListModel() = default;

void AttachmentListModel::setAttachments(QList<Attachment> attachments)
{
    beginResetModel();
    m_rows = std::move(attachments);
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttachmentListModel::typeName(const QString &mime)
{
    if (mime == u"application/pdf")
        return tr("PDF");
    if (mime == u"image/png")
        return tr("PNG image");
    if (mime == u"image/jpeg")
        return tr("JPEG image");
    if (mime == u"image/tiff")
        return tr("TIFF image");
    return mime;
}

QString AttachmentListModel::textStateName(const QString &state)
{
    if (state == u"done")
        return tr("Read");
    if (state == u"failed")
        return tr("Could not be read");
    if (state == u"unavailable")
        return tr("Not read (no OCR here)");
    return tr("Not read yet");
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attachment &a = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileName:
            return a.fileName;
        case Type:
            return typeName(a.mime);
        case Size:
            return QLocale().formattedDataSize(a.size);
        case Added:
            return QLocale().toString(Time::toVietnam(a.addedAt), u"dd/MM/yyyy HH:mm"_s);
        case Text:
            return textStateName(a.textState);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text && a.textState == u"done")
        return a.text.left(400);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileName:
        return tr("File");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Added:
        return tr("Added");
    case Text:
        return tr("Text (OCR)");
    default:
        return {};
    }
}

// ---- the panel ---------------------------------------------------------------------------------------------------

AttachmentPanel::AttachmentPanel(Store &store, const Session &session, const QString &ownerEntity,
                                 const QString &ownerId, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_ownerEntity(ownerEntity), m_ownerId(ownerId)
{
    setObjectName(u"attachmentPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new AttachmentListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"attachmentList"_s);
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AttachmentListModel::FileName, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AttachmentListModel::Type, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AttachmentListModel::Size, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AttachmentListModel::Added, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AttachmentListModel::Text, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"attachmentAdd"_s);
    m_add->setToolTip(
        tr("Attach PDFs or scanned images (at most %1 MiB each)").arg(AttachmentService::kMaxBytes / (1024 * 1024)));
    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(u"attachmentPreviewButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"attachmentRemove"_s);
    m_read = new QPushButton(tr("Read the &text"), this);
    m_read->setObjectName(u"attachmentReadText"_s);
    m_read->setToolTip(tr("Recognise the text of scans (OCR), so the search box finds them"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_read);
    layout->addLayout(buttons);
    m_progress = new TaskProgress(u"attachmentOcr"_s, this);
    layout->addWidget(m_progress);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"attachmentMessage"_s);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeSelected);
    connect(m_preview, &QPushButton::clicked, this, [this] { previewSelected(); });
    connect(m_read, &QPushButton::clicked, this, &AttachmentPanel::readTexts);
    connect(m_view, &QTableView::activated, this, [this] { previewSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttachmentPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentPanel::updateButtons);
    if (m_store.writeBlock()) {
        m_add->setToolTip(ErrorText::message(m_store.writeBlock()->error()));
        m_read->setToolTip(m_add->toolTip());
    }
    reload();
}

AttachmentPanel::~AttachmentPanel()
{
    delete m_task; // cancels and waits for a running OCR
}

bool AttachmentPanel::isBusy() const
{
    return m_task && m_task->isRunning();
}

QString AttachmentPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AttachmentPanel::showMessage(const QString &text, bool error)
{
    showHint(m_message, {error ? MessageLevel::Error : MessageLevel::Success, text});
}

void AttachmentPanel::reload()
{
    const QString selected =
        m_view->currentIndex().isValid() ? m_model->at(m_view->currentIndex().row()).id : QString();
    auto list = AttachmentService(m_store).list(m_ownerEntity, m_ownerId);
    if (!list) {
        showMessage(ErrorText::message(list.error()), true);
        return;
    }
    m_model->setAttachments(*list);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->at(row).id == selected)
            m_view->selectRow(row);
    updateButtons();
}

void AttachmentPanel::updateButtons()
{
    const bool writable = !m_store.writeBlock();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(writable && !isBusy() && m_addRefusal.isEmpty());
    m_remove->setEnabled(writable && selected && !isBusy());
    m_preview->setEnabled(selected);
    bool unread = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unread = unread || m_model->at(row).textState == u"none";
    m_read->setEnabled(writable && unread && !isBusy());
}

QString AttachmentPanel::refusal(const Error &error)
{
    return ErrorText::message(error);
}

void AttachmentPanel::chooseFiles()
{
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), start, tr("Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void AttachmentPanel::refuseAdding(const QString &sentence)
{
    m_addRefusal = sentence;
    m_add->setToolTip(sentence);
    showHint(m_message, {MessageLevel::Warning, sentence});
    updateButtons();
}

bool AttachmentPanel::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (!m_addRefusal.isEmpty()) {
        showHint(m_message, {MessageLevel::Warning, m_addRefusal});
        return false;
    }
    AttachmentService service(m_store);
    // Each file checked first, so the sentence can name the one that is refused.
    for (const QString &path : paths) {
        if (auto r = service.inspect(path); !r) {
            showMessage(tr("%1: %2").arg(QFileInfo(path).fileName(), refusal(r.error())), true);
            return false;
        }
    }
    auto added = service.attachAll(m_session, m_ownerEntity, m_ownerId, paths);
    if (!added) {
        showMessage(refusal(added.error()), true);
        return false;
    }
    reload();
    if (!added->isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->at(row).id == added->constLast().id)
                m_view->selectRow(row);
    }
    showMessage(tr("%n file(s) attached.", nullptr, int(added->size())), false);
    emit changed();
    if (m_readAutomatically)
        readTexts();
    return true;
}

void AttachmentPanel::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Attachment a = m_model->at(current.row());
    askFirst(this, u"attachmentRemoveConfirm"_s, tr("Remove the attachment"),
             tr("Take %1 off this record? The file stays in the store's history.").arg(a.fileName), tr("&Remove"),
             tr("&Keep it"), [this, id = a.id, name = a.fileName] {
                 auto r = AttachmentService(m_store).remove(m_session, id);
                 if (!r) {
                     showMessage(refusal(r.error()), true);
                     return;
                 }
                 reload();
                 showMessage(tr("%1 was removed.").arg(name), false);
                 emit changed();
             });
}

QWidget *AttachmentPanel::previewSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    const Attachment a = m_model->at(current.row());
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"attachmentPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(a.fileName);
    auto *layout = new QVBoxLayout(dialog);
    auto *preview = new PreviewWidget(dialog);
    layout->addWidget(preview, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(close);
    auto path = AttachmentService(m_store).blobPath(a.sha256);
    if (path)
        preview->showFile(*path, a.mime);
    else
        preview->clear(tr("The file's bytes are not on this counter yet (they come with the next bundle or sync)."));
    dialog->resize(900, 700);
    dialog->show();
    return dialog;
}

void AttachmentPanel::readTexts()
{
    if (isBusy())
        return;
    delete m_task;
    const QString dataDir = m_store.dataDir();
    m_task = BackgroundTask::onStore<OcrService::RunReport>(
        dataDir,
        [](Store &store, const Store::Progress &progress) {
            OcrService ocr(store);
            return ocr.run([&](int done, int total) { return progress(done, total); });
        },
        [this](const Result<OcrService::RunReport> &r) {
            updateButtons();
            reload();
            if (!r) {
                showMessage(ErrorText::message(r.error()), true);
                return;
            }
            if (r->unavailable && r->done == 0)
                showMessage(tr("Text recognition (Tesseract with Vietnamese) is not installed on this computer: the "
                               "scans are kept, and their text is read on a counter that has it."),
                            true);
            else if (r->cancelled)
                showMessage(tr("Stopped: %n file(s) read so far.", nullptr, r->done), false);
            else
                showMessage(tr("Text read from %n file(s).", nullptr, r->done) +
                                (r->failed > 0 ? u' ' + tr("%n could not be read.", nullptr, r->failed) : QString()),
                            r->failed > 0);
            emit changed();
        },
        this);
    m_progress->follow(m_task, tr("Reading the text of the scans…"));
    m_task->start();
    updateButtons();
}

} // namespace MotCua::Ui
