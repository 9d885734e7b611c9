#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

class QDialog;
class QLayout;

namespace MotCua::Ui
{

class PreviewWidget;

// Files chosen for a document that does not exist yet (the registration and draft dialogs): a list with Add…
// (PDFs and images, several at once) and Remove, and a preview of the one selected. Nothing is stored here: the
// dialog passes paths() in its request and the core checks, stores and attaches them with the document.
class PendingAttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingAttachmentList)

public:
    explicit PendingAttachmentList(QWidget *parent = nullptr);
    ~PendingAttachmentList() override;

    // Lays out a document dialog: its form on the left, this list (in an "Attachments" box) beside it, then the
    // message line and the buttons under both.
    void placeBeside(QDialog *dialog, QLayout *form, QWidget *message, QWidget *buttons);

    void setPaths(const QStringList &paths);
    void addPaths(const QStringList &paths);
    QStringList paths() const { return m_paths; }
    void removeSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    PreviewWidget *preview() const { return m_preview; }

signals:
    void pathsChanged();

private:
    void choose();
    void rebuild(int select);
    void selectionChanged();

    QStringList m_paths;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    PreviewWidget *m_preview = nullptr;
};

} // namespace MotCua::Ui
