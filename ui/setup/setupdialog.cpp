#include "ui/setup/setupdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QStandardPaths>

#include "core/services/authservice.h"
#include "core/services/units.h"
#include "core/store/store.h"
#include "ui/admin/bundlepanel.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"

#include "ui_setupdialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kCommuneLimit = 50;
constexpr int kCodeRole = Qt::UserRole;
} // namespace

SetupDialog::SetupDialog(std::unique_ptr<Store> store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SetupDialog>()), m_store(std::move(store)),
      m_dataDir(m_store ? m_store->dataDir() : QString())
{
    m_ui->setupUi(this);
    setObjectName(u"setupDialog"_s);
    m_ui->form->setContentsMargins(0, 0, 0, 0);
    m_ui->joinForm->setContentsMargins(0, 0, 0, 0);
    m_ui->adminUsername->setText(u"admin"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set up"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    showHint(m_ui->formMessage, {});
    showHint(m_ui->joinMessage, {});
    m_ui->joinPreview->hide();
    m_progress = new TaskProgress(u"join"_s, m_ui->joinPage);
    m_ui->joinForm->addRow(QString(), m_progress);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(m_ui->communeSearch, &QLineEdit::textChanged, this, &SetupDialog::searchCommunes);
    connect(m_ui->communeList, &QListWidget::currentRowChanged, this, &SetupDialog::validate);
    for (QLineEdit *edit : {m_ui->adminUsername, m_ui->adminFullName, m_ui->adminPassword, m_ui->confirmPassword})
        connect(edit, &QLineEdit::textChanged, this, &SetupDialog::validate);
    m_ui->communeSearch->installEventFilter(this);
    connect(m_ui->joinMode, &QRadioButton::toggled, this, &SetupDialog::setJoinMode);
    connect(m_ui->joinChoose, &QPushButton::clicked, this, &SetupDialog::chooseBundle);
    connect(m_ui->joinBundle, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->joinBundle->text().trimmed().isEmpty() &&
            (!m_bundle || QDir::fromNativeSeparators(m_ui->joinBundle->text().trimmed()) != m_bundle->path))
            inspectBundle();
    });
    connect(m_ui->joinBundle, &QLineEdit::textEdited, this, [this] {
        m_bundle.reset();
        m_ui->joinPreview->hide();
        validateJoin();
    });
    for (QLineEdit *edit : {m_ui->joinUsername, m_ui->joinPassword})
        connect(edit, &QLineEdit::textChanged, this, &SetupDialog::validateJoin);

    searchCommunes({});
    m_ui->communeSearch->setFocus();
    const QFontMetrics fm = fontMetrics();
    setMinimumWidth(fm.averageCharWidth() * 80);
    resize(fm.averageCharWidth() * 100, fm.height() * 32);
}

SetupDialog::~SetupDialog() = default;

QString SetupDialog::selectedCommuneCode() const
{
    const QListWidgetItem *item = m_ui->communeList->currentItem();
    return item ? item->data(kCodeRole).toString() : QString();
}

void SetupDialog::searchCommunes(const QString &query)
{
    const QSignalBlocker blocker(m_ui->communeList);
    m_ui->communeList->clear();
    const QList<AdminUnit> units = Units::search(query, kCommuneLimit);
    for (const AdminUnit &unit : units) {
        //: A commune in the picker: "Phường Ba Đình — Thành phố Hà Nội (00004)"
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(unit.fullName, unit.provinceName, unit.code));
        item->setData(kCodeRole, unit.code);
        m_ui->communeList->addItem(item);
    }
    if (!units.isEmpty() && !query.trimmed().isEmpty())
        m_ui->communeList->setCurrentRow(0);
    validate();
}

void SetupDialog::setJoinMode(bool join)
{
    if (m_ui->joinMode->isChecked() != join) {
        (join ? m_ui->joinMode : m_ui->createMode)->setChecked(true); // comes back here
        return;
    }
    m_ui->pages->setCurrentWidget(join ? m_ui->joinPage : m_ui->createPage);
    m_ui->introLabel->setText(join ? tr("Welcome. This computer has no data yet: it joins an office that already "
                                        "works with MotCua Desk, as one more counter.")
                                   : tr("Welcome. This computer has no data yet: choose the commune it serves and "
                                        "create the first administrator account."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(join ? tr("&Join the office") : tr("&Set up"));
    showHint(m_ui->formMessage, {});
    if (join) {
        if (!m_bundle && m_ui->joinMessage->isHidden())
            showHint(m_ui->joinMessage, {MessageLevel::Info, tr("Choose the bundle first: what it holds is shown "
                                                                "before anything is set up.")});
        validateJoin();
        (m_bundle ? static_cast<QWidget *>(m_ui->joinUsername) : m_ui->joinBundle)->setFocus();
    } else {
        validate();
        m_ui->communeSearch->setFocus();
    }
}

bool SetupDialog::isJoining() const
{
    return m_task && m_task->isRunning();
}

void SetupDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->createMode, m_ui->joinMode, m_ui->joinBundle,
                                                       m_ui->joinChoose, m_ui->joinUsername, m_ui->joinPassword})
        w->setEnabled(!busy);
    if (busy)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    else
        validateJoin();
}

void SetupDialog::chooseBundle()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The bundle made on the first counter"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("MotCua bundles (*.bundle);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->joinBundle->setText(QDir::toNativeSeparators(file));
    inspectBundle();
}

void SetupDialog::inspectBundle()
{
    if (isJoining())
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->joinBundle->text().trimmed());
    m_bundle.reset();
    m_ui->joinPreview->hide();
    if (path.isEmpty()) {
        validateJoin();
        return;
    }
    // Reading checks the whole file: off the window's thread.
    delete m_task;
    m_task = BackgroundTask::run<BundleInfo>(
        [path](const Store::Progress &) { return BundleService::inspect(path); },
        [this](const Result<BundleInfo> &info) {
            setBusy(false); // before the focus moves: the fields are enabled again
            if (!info) {
                showHint(m_ui->joinMessage, {MessageLevel::Error, ErrorText::message(info.error())});
                m_ui->joinBundle->setFocus();
                return;
            }
            m_bundle = *info;
            validateJoin();
            m_ui->joinPreview->setText(BundlePanel::describe(*info));
            m_ui->joinPreview->show();
            showHint(m_ui->joinMessage, {});
            m_ui->joinUsername->setFocus();
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this] { setBusy(false); });
    setBusy(true);
    m_progress->follow(m_task, tr("Reading the bundle…"));
    m_task->start();
}

void SetupDialog::validateJoin()
{
    const bool ok = m_bundle.has_value() && !m_ui->joinUsername->text().trimmed().isEmpty() &&
                    !m_ui->joinPassword->text().isEmpty();
    if (m_ui->pages->currentWidget() == m_ui->joinPage)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok && !isJoining());
}

void SetupDialog::validate()
{
    bool ok = true;
    if (m_ui->communeList->count() == 0) {
        showHint(m_ui->communeMessage,
                 {MessageLevel::Error, tr("No commune matches \"%1\".").arg(m_ui->communeSearch->text())});
        ok = false;
    } else if (selectedCommuneCode().isEmpty()) {
        showHint(m_ui->communeMessage,
                 {MessageLevel::Info, tr("Type to search, then choose the commune in the list.")});
        ok = false;
    } else {
        showHint(m_ui->communeMessage, {});
    }

    if (auto r = AuthService::checkUsername(m_ui->adminUsername->text().trimmed().toLower()); !r) {
        showHint(m_ui->usernameMessage, {MessageLevel::Error, ErrorText::message(r.error())});
        ok = false;
    } else {
        showHint(m_ui->usernameMessage, {});
    }

    if (m_ui->adminFullName->text().trimmed().isEmpty()) {
        showHint(m_ui->fullNameMessage, {MessageLevel::Info, tr("Optional: shown in the status bar and on receipts.")});
    } else {
        showHint(m_ui->fullNameMessage, {});
    }

    const QString password = m_ui->adminPassword->text();
    if (auto r = AuthService::checkPasswordPolicy(password); !r) {
        showHint(m_ui->passwordMessage,
                 {password.isEmpty() ? MessageLevel::Info : MessageLevel::Error, ErrorText::message(r.error())});
        ok = false;
    } else {
        showHint(m_ui->passwordMessage, {MessageLevel::Success, tr("The password is long enough.")});
    }
    if (m_ui->confirmPassword->text() != password) {
        showHint(m_ui->confirmMessage,
                 {m_ui->confirmPassword->text().isEmpty() ? MessageLevel::Info : MessageLevel::Error,
                  tr("The two passwords do not match.")});
        ok = false;
    } else {
        showHint(m_ui->confirmMessage, {});
    }
    if (m_ui->pages->currentWidget() == m_ui->createPage)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SetupDialog::reject()
{
    if (isJoining()) {
        // Esc or Cancel while the join runs: stop it (nothing is left behind), and stay.
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void SetupDialog::join()
{
    if (!m_bundle || isJoining())
        return;
    struct Args
    {
        QString bundle, dataDir, username, password;
    };
    const Args a{m_bundle->path, m_dataDir, m_ui->joinUsername->text().trimmed().toLower(), m_ui->joinPassword->text()};
    showHint(m_ui->joinMessage, {});
    // The join takes the empty store's place: it is closed here, and opened again whatever happens.
    m_store.reset();
    delete m_task;
    m_task = BackgroundTask::run<Joined>(
        [a](const Store::Progress &progress) -> Result<Joined> {
            auto joined = BundleService::join(a.bundle, a.dataDir, a.username, a.password, progress);
            if (!joined)
                return joined.error();
            Joined out{joined->admin,
                       joined->store->communeCode(),
                       joined->store->communeName(),
                       joined->store->deviceTag(),
                       joined->import.added,
                       joined->import.conflicts.size()};
            joined->store.reset(); // a connection stays on the thread that opened it
            return out;
        },
        [this](const Result<Joined> &result) { joinFinished(result); }, this);
    connect(m_task, &BackgroundTask::finished, this, [this] { setBusy(false); });
    setBusy(true);
    m_progress->follow(m_task, tr("Taking in the office's data…"));
    m_task->start();
}

void SetupDialog::joinFinished(const Result<Joined> &result)
{
    setBusy(false); // before the focus moves: the fields are enabled again
    auto reopened = Store::open(m_dataDir, !result.has_value());
    if (reopened)
        m_store = std::move(*reopened);
    if (!result) {
        const Error &e = result.error();
        QString text;
        if (e.code == Error::Code::Auth)
            text = tr("Wrong user name or password for an administrator of %1. Nothing was set up; try again.")
                       .arg(m_bundle ? m_bundle->communeName : QString());
        else if (e.code == Error::Code::Forbidden)
            text = tr("%1 is not an administrator of the office: only an administrator can set up a new counter. "
                      "Nothing was set up.")
                       .arg(m_ui->joinUsername->text().trimmed());
        else if (e.field == u"cancelled")
            text = tr("Cancelled: nothing was set up.");
        else
            text = tr("Nothing was set up: %1").arg(ErrorText::message(e));
        showHint(m_ui->joinMessage, {MessageLevel::Error, text});
        if (e.code == Error::Code::Auth || e.code == Error::Code::Forbidden) {
            m_ui->joinPassword->clear();
            m_ui->joinPassword->setFocus();
        }
        return;
    }
    if (!reopened) {
        showHint(m_ui->joinMessage, {MessageLevel::Error, ErrorText::message(reopened.error())});
        return;
    }
    m_joined = *result;
    QDialog::accept();
}

void SetupDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_ui->pages->currentWidget() == m_ui->joinPage) {
        join();
        return;
    }
    if (!m_store)
        return;
    showHint(m_ui->formMessage, {});
    SetupRequest request;
    request.communeCode = selectedCommuneCode();
    request.adminUsername = m_ui->adminUsername->text().trimmed().toLower();
    request.adminPassword = m_ui->adminPassword->text();
    request.adminFullName = m_ui->adminFullName->text();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = SetupService(*m_store).initialise(request);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        const Error &e = result.error();
        QLabel *label = m_ui->formMessage;
        if (e.field == u"commune")
            label = m_ui->communeMessage;
        else if (e.field == u"username")
            label = m_ui->usernameMessage;
        else if (e.field == u"password")
            label = m_ui->passwordMessage;
        else if (e.field == u"full_name")
            label = m_ui->fullNameMessage;
        showHint(label, {MessageLevel::Error, ErrorText::message(e)});
        return;
    }
    m_result = *result;
    QDialog::accept();
}

bool SetupDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->communeSearch && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_ui->communeList->count() > 0) {
        m_ui->communeList->setFocus();
        if (m_ui->communeList->currentRow() < 0)
            m_ui->communeList->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace MotCua::Ui
