#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include "core/attachments/attachmentservice.h"
#include "core/services/session.h"

class QLabel;
class QPushButton;
class QTableView;

namespace MotCua::Ui
{

class BackgroundTask;
class TaskProgress;

// The attachments of one record, for a table view: file name, type, size, when and whether its text was read.
class AttachmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column { FileName, Type, Size, Added, Text, ColumnCount };
    explicit AttachmentListModel(QObject *parent = nullptr);
    ~AttachmentListModel() override;

    void setAttachments(QList<Attachment> attachments);
    const Attachment &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "PDF", "PNG image", ...; "Read", "Not read yet", ... (the words of the Type and Text columns).
    static QString typeName(const QString &mime);
    static QString textStateName(const QString &state);

private:
    QList<Attachment> m_rows;
};

// The attachments of a record (a dossier, an incoming or an outgoing document), for its dialog to embed: the list,
// Add… (PDFs and images, several at once, every file checked before any is kept), Remove (after asking), Preview
// (PreviewWidget in a window of its own; a double click or Enter does the same), and "Read the text" (OCR of what is
// not read yet, on a worker thread with its own Store, with progress and Cancel). Refusals are sentences under the
// list. No SQL here: AttachmentService and OcrService do the work.
class AttachmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPanel)

public:
    AttachmentPanel(Store &store, const Session &session, const QString &ownerEntity, const QString &ownerId,
                    QWidget *parent = nullptr);
    ~AttachmentPanel() override;

    // Reads the record's attachments again.
    void reload();
    // Attaches the files (what Add… does after its file dialog). False, with the sentence shown, when refused.
    bool addFiles(const QStringList &paths);
    // Asks, then takes the selected attachment off the record.
    void removeSelected();
    // Opens the selected attachment in a preview window (returns it, or null when nothing is selected).
    QWidget *previewSelected();
    // OCR of this store's unread blobs on a worker thread.
    void readTexts();
    // Whether adding files starts reading their text at once (on by default).
    void setReadAutomatically(bool on) { m_readAutomatically = on; }
    bool isBusy() const;
    // Files may not be added to this record (a classified document: secrecyRuleText()): Add… is off and the sentence
    // stays under the list, so the clerk reads why before trying.
    void refuseAdding(const QString &sentence);
    QString addingRefusal() const { return m_addRefusal; }
    QPushButton *addButton() const { return m_add; }

    AttachmentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString messageText() const;
    // The sentence for an attachment refusal (the fields of AttachmentService), else ErrorText's.
    static QString refusal(const Error &error);

signals:
    // Attachments were added or removed, or their text was read.
    void changed();

private:
    void chooseFiles();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    Store &m_store;
    Session m_session;
    QString m_ownerEntity;
    QString m_ownerId;
    AttachmentListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_read = nullptr;
    QLabel *m_message = nullptr;
    TaskProgress *m_progress = nullptr;
    BackgroundTask *m_task = nullptr;
    bool m_readAutomatically = true;
    QString m_addRefusal;
};

} // namespace MotCua::Ui
