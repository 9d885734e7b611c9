#pragma once

#include <QCoreApplication>
#include <QWidget>

#include <optional>

#include "core/services/bundleservice.h"
#include "core/services/session.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace MotCua::Ui
{

class BackgroundTask;
class TaskProgress;

// Administration, "Bundles" tab: the exchange between the counters of one commune when there is no line (a file on
// a USB stick). "Export a bundle" writes every event of this store (and the attachments) to a file or a folder;
// "Take in a bundle" first shows what the file holds (BundleService::inspect), then takes it in and says what was
// added, what was already here and how many new items need attention. Both run on a worker thread with a Store of
// their own, with a progress bar and Cancel (a cancelled import takes nothing in).
class BundlePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlePanel)

public:
    BundlePanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~BundlePanel() override;

    // What a bundle holds, as rich text: commune, the counter that made it and when, events, counters, size.
    static QString describe(const BundleInfo &info);

    // Writes the bundle to the file or folder in the export field (a folder: the core names the file).
    void exportBundle();
    // Reads the file in the import field and shows what it holds; "Take it in" follows when it can be taken in.
    void inspectBundle();
    // Takes the inspected bundle in.
    void importBundle();
    bool isBusy() const;

    QLineEdit *exportPathEdit() const { return m_exportPath; }
    QLineEdit *importPathEdit() const { return m_importPath; }
    const std::optional<BundleInfo> &lastExport() const { return m_exported; }
    const std::optional<BundleInfo> &inspected() const { return m_inspected; }
    const std::optional<BundleImport> &lastImport() const { return m_imported; }
    TaskProgress *progress() const { return m_progress; }

signals:
    // A bundle was taken in: the lists and counts read the store again.
    void storeChanged();
    // "Open the needs-attention list".
    void attentionRequested();

private:
    void chooseExportFile();
    void chooseImportFile();
    void setBusy(bool busy);
    // The folder the choosers open on: the backup folder when one is set.
    QString startFolder() const;
    BackgroundTask *newTask(BackgroundTask *task, const QString &what);
    // Why this store takes no bundle in, when it does not.
    std::optional<WriteBlock> intakeBlock() const;

    Store &m_store;
    Session m_session;
    QString m_dataDir;
    BackgroundTask *m_task = nullptr;
    std::optional<BundleInfo> m_exported;
    std::optional<BundleInfo> m_inspected;
    std::optional<BundleImport> m_imported;
    QLineEdit *m_exportPath = nullptr;
    QPushButton *m_chooseExport = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportMessage = nullptr;
    QLineEdit *m_importPath = nullptr;
    QPushButton *m_chooseImport = nullptr;
    QPushButton *m_inspect = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_importMessage = nullptr;
    QPushButton *m_openAttention = nullptr;
    TaskProgress *m_progress = nullptr;
};

} // namespace MotCua::Ui
