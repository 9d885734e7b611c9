#include "ui/attachments/scaninboxpage.h"

#include "core/domain/ids.h"
#include "core/services/dossierservice.h"
#include "core/store/store.h"
#include "ui/attachments/previewwidget.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

ScanInboxPage::ScanInboxPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_hot(std::make_unique<HotFolder>(store))
{
    setObjectName(u"scanInboxPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Unregistered scans</b>"), this);
    layout->addWidget(title);

    auto *folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(u"scanFolder"_s);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseFolder = new QPushButton(tr("Scanner &folder…"), this);
    m_chooseFolder->setObjectName(u"scanChooseFolder"_s);
    m_chooseFolder->setToolTip(tr("The folder your scanner saves into, on this computer"));
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_chooseFolder);
    layout->addLayout(folderRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"scanList"_s);
    m_list->setAccessibleName(tr("Scans waiting"));
    leftLayout->addWidget(m_list, 1);

    m_register = new QPushButton(tr("&Register as an incoming document…"), left);
    m_register->setObjectName(u"scanRegister"_s);
    leftLayout->addWidget(m_register);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(left);
    m_kind->setObjectName(u"scanTargetKind"_s);
    m_kind->setAccessibleName(tr("Kind of record"));
    m_kind->addItem(tr("Dossier"), u"dossier"_s);
    m_kind->addItem(tr("Incoming document"), u"incoming"_s);
    m_kind->addItem(tr("Outgoing document"), u"outgoing"_s);
    m_target = new QLineEdit(left);
    m_target->setObjectName(u"scanTarget"_s);
    m_target->setAccessibleName(tr("Record code or id"));
    m_target->setPlaceholderText(tr("Dossier code, or the document's id"));
    form->addRow(tr("Attach &to"), m_kind);
    form->addRow(tr("&Record"), m_target);
    leftLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("&Attach"), left);
    m_attach->setObjectName(u"scanAttach"_s);
    m_dismiss = new QPushButton(tr("&Dismiss"), left);
    m_dismiss->setObjectName(u"scanDismiss"_s);
    m_dismiss->setToolTip(tr("Take it out of this list without using it (it is kept in the scanner folder's "
                             ".motcua-dismissed folder)"));
    buttons->addWidget(m_attach);
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    leftLayout->addLayout(buttons);
    m_message = new MessageLabel(left);
    m_message->setObjectName(u"scanMessage"_s);
    m_message->hide();
    leftLayout->addWidget(m_message);

    m_preview = new PreviewWidget(split);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ScanInboxPage::refresh);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ScanInboxPage::chooseFolder);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScanInboxPage::selectionChanged);
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (!selectedPath().isEmpty())
            emit registerRequested(selectedPath());
    });
    connect(m_attach, &QPushButton::clicked, this, &ScanInboxPage::attachSelected);
    connect(m_target, &QLineEdit::returnPressed, this, &ScanInboxPage::attachSelected);
    connect(m_target, &QLineEdit::textChanged, this, &ScanInboxPage::updateButtons);
    connect(m_dismiss, &QPushButton::clicked, this, &ScanInboxPage::dismissSelected);
    m_timer->start();
    refresh();
}

ScanInboxPage::~ScanInboxPage() = default;

void ScanInboxPage::setPollMs(int ms)
{
    m_timer->setInterval(ms);
}

int ScanInboxPage::scanCount() const
{
    return int(m_scans.size());
}

QString ScanInboxPage::selectedPath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_scans.size() ? m_scans.at(row).path : QString();
}

QString ScanInboxPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ScanInboxPage::showMessage(const QString &text, bool error)
{
    showHint(m_message, {error ? MessageLevel::Error : MessageLevel::Success, text});
}

void ScanInboxPage::refresh()
{
    m_folderLabel->setText(m_hot->folder().isEmpty()
                               ? tr("No scanner folder is set: choose the folder your scanner saves into.")
                               : tr("Scanner folder: %1").arg(QDir::toNativeSeparators(m_hot->folder())));
    auto scans = m_hot->scan();
    if (!scans) {
        showMessage(ErrorText::message(scans.error()), true);
        scans = QList<ScanFile>{};
    }
    const QString selected = selectedPath();
    const int before = int(m_scans.size());
    bool same = scans->size() == m_scans.size();
    for (qsizetype i = 0; same && i < scans->size(); ++i)
        same = scans->at(i).path == m_scans.at(i).path && scans->at(i).size == m_scans.at(i).size;
    if (same)
        return;
    m_scans = *scans;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        const QLocale locale;
        for (const ScanFile &s : std::as_const(m_scans)) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2, %3")
                    .arg(s.name, locale.formattedDataSize(s.size),
                         locale.toString(Time::toVietnam(s.modified.toUTC()), u"dd/MM/yyyy HH:mm"_s)),
                m_list);
            item->setData(Qt::UserRole, s.path);
            if (s.path == selected)
                m_list->setCurrentItem(item);
        }
        if (m_list->currentRow() < 0 && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    selectionChanged();
    if (before != m_scans.size())
        emit countChanged(int(m_scans.size()));
}

void ScanInboxPage::selectionChanged()
{
    const QString path = selectedPath();
    if (path != m_shownPath) {
        m_shownPath = path;
        if (path.isEmpty())
            m_preview->clear(m_hot->folder().isEmpty() ? QString() : tr("No scan is waiting."));
        else {
            const int row = m_list->currentRow();
            m_preview->showFile(path, m_scans.at(row).mime);
        }
    }
    updateButtons();
}

void ScanInboxPage::updateButtons()
{
    const bool selected = !selectedPath().isEmpty();
    const bool writable = !m_store.writeBlock();
    m_register->setEnabled(selected && writable);
    m_attach->setEnabled(selected && writable && !m_target->text().trimmed().isEmpty());
    m_dismiss->setEnabled(selected);
}

void ScanInboxPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("The scanner's folder"), m_hot->folder());
    if (!folder.isEmpty())
        setFolder(folder);
}

bool ScanInboxPage::setFolder(const QString &folder)
{
    if (auto r = HotFolder::configure(m_store, folder); !r) {
        showMessage(ErrorText::message(r.error()), true);
        return false;
    }
    m_hot->setFolder(folder);
    m_message->hide();
    m_scans.clear();
    m_list->clear();
    refresh();
    return true;
}

bool ScanInboxPage::attachSelected()
{
    const QString path = selectedPath();
    const QString target = m_target->text().trimmed();
    if (path.isEmpty() || target.isEmpty())
        return false;
    const QString kind = m_kind->currentData().toString();
    QString id = target;
    // A dossier by its code (as printed on its receipt), or its id.
    if (kind == u"dossier") {
        if (auto d = DossierService(m_store).findByCode(m_session, target))
            id = d->id;
    }
    auto a = m_hot->take(m_session, path, kind, id);
    if (!a) {
        showMessage(a.error().code == Error::Code::NotFound && !a.error().message.startsWith(u"the scan")
                        ? tr("No record %1 was found: check the code.").arg(target)
                        : ErrorText::message(a.error()),
                    true);
        m_target->setFocus();
        return false;
    }
    showMessage(tr("%1 was attached to %2.").arg(a->fileName, target), false);
    m_target->clear();
    emit attached(kind, id);
    refresh();
    return true;
}

void ScanInboxPage::dismissSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    if (auto r = m_hot->dismiss(path); !r) {
        showMessage(ErrorText::message(r.error()), true);
        return;
    }
    showMessage(tr("The scan was taken out of the list."), false);
    refresh();
}

void ScanInboxPage::markRegistered(const QString &path)
{
    if (auto r = m_hot->markTaken(path); !r)
        showMessage(ErrorText::message(r.error()), true);
    refresh();
}

} // namespace MotCua::Ui
