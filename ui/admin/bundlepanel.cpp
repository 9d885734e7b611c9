#include "ui/admin/bundlepanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

QString BundlePanel::describe(const BundleInfo &info)
{
    const QLocale locale;
    QString html = u"<table cellspacing=\"4\">"_s;
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(tr("File"), QDir::toNativeSeparators(info.path));
    row(tr("Commune"), tr("%1 (%2)").arg(info.communeName, info.communeCode));
    row(tr("Made by"), info.madeAt.isValid() ? tr("counter %1, on %2")
                                                   .arg(info.madeByTag, locale.toString(Time::toVietnam(info.madeAt),
                                                                                        u"dd/MM/yyyy HH:mm"_s))
                                             : tr("counter %1").arg(info.madeByTag));
    row(tr("Events"), locale.toString(info.events));
    row(tr("Counters"), info.deviceTags.join(tr(", ", "list separator")));
    row(tr("Size"), locale.formattedDataSize(info.sizeBytes));
    html += u"</table>"_s;
    return html;
}

BundlePanel::BundlePanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_dataDir(store.dataDir())
{
    setObjectName(u"bundlePanel"_s);
    auto *intro = new MessageLabel(this);
    intro->setText(tr("When there is no line, the counters of the commune exchange their work on a USB stick: export "
                      "a bundle here, then take it in on the other counters, and theirs here. A bundle holds every "
                      "event of this counter; taking one in twice adds nothing."));

    // Export.
    auto *exportBox = new QGroupBox(tr("Export a bundle"), this);
    exportBox->setObjectName(u"exportBox"_s);
    m_exportPath = new QLineEdit(exportBox);
    m_exportPath->setObjectName(u"exportPath"_s);
    m_exportPath->setAccessibleName(tr("Where to write the bundle"));
    m_exportPath->setPlaceholderText(tr("A file, or a folder on the USB stick (the file is then named after the "
                                        "commune, this counter and the time)"));
    m_exportPath->setClearButtonEnabled(true);
    m_chooseExport = new QPushButton(tr("C&hoose…"), exportBox);
    m_chooseExport->setObjectName(u"chooseExportButton"_s);
    m_export = new QPushButton(tr("&Export the bundle"), exportBox);
    m_export->setObjectName(u"exportButton"_s);
    m_exportMessage = new MessageLabel(exportBox);
    m_exportMessage->setObjectName(u"exportMessage"_s);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showHint(m_exportMessage, {});
    auto *exportForm = new QFormLayout;
    exportForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportPath, 1);
    exportRow->addWidget(m_chooseExport);
    auto *exportLabel = new QLabel(tr("&Write to:"), exportBox);
    exportLabel->setBuddy(m_exportPath);
    exportForm->addRow(exportLabel, exportRow);
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addWidget(m_export);
    exportButtons->addStretch(1);
    exportForm->addRow(QString(), exportButtons);
    exportForm->addRow(QString(), m_exportMessage);
    exportBox->setLayout(exportForm);

    // Import.
    auto *importBox = new QGroupBox(tr("Take in a bundle"), this);
    importBox->setObjectName(u"importBox"_s);
    m_importPath = new QLineEdit(importBox);
    m_importPath->setObjectName(u"importPath"_s);
    m_importPath->setAccessibleName(tr("Bundle file to take in"));
    m_importPath->setPlaceholderText(tr("The bundle file another counter of the commune made"));
    m_importPath->setClearButtonEnabled(true);
    m_chooseImport = new QPushButton(tr("Ch&oose…"), importBox);
    m_chooseImport->setObjectName(u"chooseImportButton"_s);
    m_inspect = new QPushButton(tr("&Read the file"), importBox);
    m_inspect->setObjectName(u"inspectButton"_s);
    m_preview = new MessageLabel(importBox);
    m_preview->setObjectName(u"bundlePreview"_s);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("What the bundle holds"));
    m_preview->hide();
    m_import = new QPushButton(tr("&Take it in"), importBox);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_importMessage = new MessageLabel(importBox);
    m_importMessage->setObjectName(u"importMessage"_s);
    m_importMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showHint(m_importMessage, {});
    m_openAttention = new QPushButton(tr("Open the &needs-attention list"), importBox);
    m_openAttention->setObjectName(u"openAttentionButton"_s);
    m_openAttention->hide();
    auto *importForm = new QFormLayout;
    importForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importPath, 1);
    importRow->addWidget(m_chooseImport);
    importRow->addWidget(m_inspect);
    auto *importLabel = new QLabel(tr("&File:"), importBox);
    importLabel->setBuddy(m_importPath);
    importForm->addRow(importLabel, importRow);
    importForm->addRow(QString(), m_preview);
    auto *importButtons = new QHBoxLayout;
    importButtons->addWidget(m_import);
    importButtons->addStretch(1);
    importForm->addRow(QString(), importButtons);
    importForm->addRow(QString(), m_importMessage);
    auto *attentionRow = new QHBoxLayout;
    attentionRow->addWidget(m_openAttention);
    attentionRow->addStretch(1);
    importForm->addRow(QString(), attentionRow);
    importBox->setLayout(importForm);

    m_progress = new TaskProgress(u"bundle"_s, this);
    // As wide as the form: a plain label's hint would wrap them in a narrow column.
    for (QLabel *label : {m_exportMessage, m_preview, m_importMessage})
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(exportBox);
    layout->addWidget(importBox);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    const QString folder = startFolder();
    if (!folder.isEmpty() && folder != QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        m_exportPath->setText(QDir::toNativeSeparators(folder));

    connect(m_chooseExport, &QPushButton::clicked, this, &BundlePanel::chooseExportFile);
    connect(m_export, &QPushButton::clicked, this, &BundlePanel::exportBundle);
    connect(m_exportPath, &QLineEdit::returnPressed, this, &BundlePanel::exportBundle);
    connect(m_chooseImport, &QPushButton::clicked, this, &BundlePanel::chooseImportFile);
    connect(m_inspect, &QPushButton::clicked, this, &BundlePanel::inspectBundle);
    connect(m_importPath, &QLineEdit::returnPressed, this, &BundlePanel::inspectBundle);
    connect(m_importPath, &QLineEdit::textEdited, this, [this] {
        // Another file: what was read no longer applies.
        m_inspected.reset();
        m_import->setEnabled(false);
        m_preview->hide();
    });
    connect(m_import, &QPushButton::clicked, this, &BundlePanel::importBundle);
    connect(m_openAttention, &QPushButton::clicked, this, &BundlePanel::attentionRequested);
}

BundlePanel::~BundlePanel() = default;

QString BundlePanel::startFolder() const
{
    if (auto local = SettingsService(m_store).local();
        local && !local->backupFolder.isEmpty() && QFileInfo(local->backupFolder).isDir())
        return local->backupFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

std::optional<WriteBlock> BundlePanel::intakeBlock() const
{
    // As the core has it (Store::ingestBatches): lost events may come back in a bundle, so only a read-only or
    // damaged store takes nothing in.
    auto block = m_store.writeBlock();
    if (block && block->reason == WriteBlock::Reason::EventsLost)
        return std::nullopt;
    return block;
}

bool BundlePanel::isBusy() const
{
    return m_task && m_task->isRunning();
}

void BundlePanel::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_exportPath, m_chooseExport, m_export, m_importPath,
                                                       m_chooseImport, m_inspect})
        w->setEnabled(!busy);
    m_import->setEnabled(!busy && m_inspected && m_inspected->communeCode == m_store.communeCode() && !intakeBlock());
}

BackgroundTask *BundlePanel::newTask(BackgroundTask *task, const QString &what)
{
    delete m_task;
    m_task = task;
    setBusy(true);
    connect(m_task, &BackgroundTask::finished, this, [this] { setBusy(false); });
    m_progress->follow(m_task, what);
    m_task->start();
    return m_task;
}

void BundlePanel::chooseExportFile()
{
    QString start = QDir::fromNativeSeparators(m_exportPath->text().trimmed());
    if (start.isEmpty())
        start = startFolder();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export a bundle"), start,
                                                      tr("MotCua bundles (*.bundle);;All files (*)"));
    if (!file.isEmpty())
        m_exportPath->setText(QDir::toNativeSeparators(file));
}

void BundlePanel::chooseImportFile()
{
    QString start = QFileInfo(QDir::fromNativeSeparators(m_importPath->text().trimmed())).absolutePath();
    if (m_importPath->text().trimmed().isEmpty() || !QFileInfo(start).isDir())
        start = startFolder();
    const QString file = QFileDialog::getOpenFileName(this, tr("Take in a bundle"), start,
                                                      tr("MotCua bundles (*.bundle);;All files (*)"));
    if (file.isEmpty())
        return;
    m_importPath->setText(QDir::toNativeSeparators(file));
    inspectBundle();
}

void BundlePanel::exportBundle()
{
    if (isBusy())
        return;
    const QString path = QDir::fromNativeSeparators(m_exportPath->text().trimmed());
    if (path.isEmpty()) {
        showHint(m_exportMessage, {MessageLevel::Error, tr("Choose where to write the bundle: a file, or a folder on "
                                                           "the USB stick.")});
        m_exportPath->setFocus();
        return;
    }
    showHint(m_exportMessage, {});
    m_exported.reset();
    const Session session = m_session;
    newTask(BackgroundTask::onStore<BundleInfo>(
                m_dataDir,
                [session, path](Store &store, const Store::Progress &progress) {
                    return BundleService(store).exportTo(session, path, progress);
                },
                [this](const Result<BundleInfo> &info) {
                    setBusy(false); // before the focus moves: the buttons are enabled again
                    if (!info) {
                        showHint(m_exportMessage,
                                 {info.error().field == u"cancelled" ? MessageLevel::Info : MessageLevel::Error,
                                  info.error().field == u"cancelled"
                                      ? tr("Cancelled: no bundle was written.")
                                      : tr("The bundle was not written: %1").arg(ErrorText::message(info.error()))});
                        m_export->setFocus();
                        return;
                    }
                    m_exported = *info;
                    showHint(m_exportMessage,
                             {MessageLevel::Success,
                              tr("Bundle written: %1 (%2 events, %3). Take it to the other counters of the commune "
                                 "and take it in there.")
                                  .arg(QDir::toNativeSeparators(info->path), QLocale().toString(info->events),
                                       QLocale().formattedDataSize(info->sizeBytes))});
                    m_export->setFocus();
                },
                this),
            tr("Writing the bundle…"));
}

void BundlePanel::inspectBundle()
{
    if (isBusy())
        return;
    const QString path = QDir::fromNativeSeparators(m_importPath->text().trimmed());
    m_inspected.reset();
    m_imported.reset();
    m_openAttention->hide();
    showHint(m_importMessage, {});
    if (path.isEmpty()) {
        showHint(m_importMessage, {MessageLevel::Error, tr("Choose the bundle file to take in.")});
        m_importPath->setFocus();
        return;
    }
    // Reading checks the whole file (its checksum): off the window's thread too.
    newTask(BackgroundTask::run<BundleInfo>(
                [path](const Store::Progress &) { return BundleService::inspect(path); },
                [this](const Result<BundleInfo> &info) {
                    setBusy(false);
                    if (m_task && m_task->isCancelled())
                        return;
                    if (!info) {
                        m_preview->hide();
                        showHint(m_importMessage, {MessageLevel::Error, ErrorText::message(info.error())});
                        m_importPath->setFocus();
                        return;
                    }
                    m_inspected = *info;
                    setBusy(false);
                    m_preview->setText(describe(*info));
                    m_preview->show();
                    if (info->communeCode != m_store.communeCode())
                        showHint(m_importMessage,
                                 {MessageLevel::Error,
                                  ErrorText::message(Error{Error::Code::Invalid, {}, u"other_commune"_s})});
                    else if (auto block = intakeBlock())
                        showHint(m_importMessage, {MessageLevel::Error, ErrorText::message(block->error())});
                    else
                        showHint(m_importMessage,
                                 {MessageLevel::Info, tr("The file is sound. Take it in to add what this "
                                                         "counter does not have yet.")});
                },
                this),
            tr("Reading the bundle…"));
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_import->isEnabled())
            m_import->setFocus();
    });
}

void BundlePanel::importBundle()
{
    if (isBusy() || !m_inspected)
        return;
    if (auto block = intakeBlock()) {
        showHint(m_importMessage, {MessageLevel::Error, ErrorText::message(block->error())});
        return;
    }
    const QString path = m_inspected->path;
    const Session session = m_session;
    m_imported.reset();
    m_openAttention->hide();
    showHint(m_importMessage, {});
    newTask(BackgroundTask::onStore<BundleImport>(
                m_dataDir,
                [session, path](Store &store, const Store::Progress &progress) {
                    return BundleService(store).importFrom(session, path, progress);
                },
                [this](const Result<BundleImport> &report) {
                    setBusy(false); // before the focus moves: the buttons are enabled again
                    if (!report) {
                        showHint(m_importMessage,
                                 {report.error().field == u"cancelled" ? MessageLevel::Info : MessageLevel::Error,
                                  report.error().field == u"cancelled"
                                      ? tr("Cancelled: nothing was taken in.")
                                      : tr("Nothing was taken in: %1").arg(ErrorText::message(report.error()))});
                        m_import->setFocus();
                        return;
                    }
                    m_imported = *report;
                    const int conflicts = int(report->conflicts.size());
                    QString text = tr("Taken in: %1 new event(s), %2 already here.")
                                       .arg(QLocale().toString(report->added), QLocale().toString(report->alreadyHad));
                    text += u' ' + (conflicts > 0 ? tr("%n new item(s) need attention.", nullptr, conflicts)
                                                  : tr("Nothing new needs attention."));
                    showHint(m_importMessage, {conflicts > 0 ? MessageLevel::Warning : MessageLevel::Success, text});
                    m_openAttention->setVisible(conflicts > 0);
                    m_inspected.reset();
                    m_import->setEnabled(false);
                    if (conflicts > 0)
                        m_openAttention->setFocus();
                    emit storeChanged();
                },
                this),
            tr("Taking the bundle in…"));
}

} // namespace MotCua::Ui
