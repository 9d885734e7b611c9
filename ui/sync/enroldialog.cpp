#include "ui/sync/enroldialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QTimer>

#include "core/store/store.h"
#include "core/sync/net/syncclient.h"
#include "core/sync/net/syncservice.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"

#include "ui_enroldialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

EnrolDialog::EnrolDialog(const QString &dataDir, const Session &session, const QString &server, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolDialog>()), m_dataDir(dataDir), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"enrolDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"enrolButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_progress = new TaskProgress(u"enrol"_s, this);
    m_ui->rootLayout->insertWidget(m_ui->rootLayout->indexOf(m_ui->buttonBox), m_progress);
    showHint(m_ui->enrolMessage, {});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(m_ui->chooseCaButton, &QPushButton::clicked, this, &EnrolDialog::chooseCaFile);
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->codeEdit, m_ui->caEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { showHint(m_ui->enrolMessage, {}); });
    m_ui->serverEdit->setText(server);
    (server.isEmpty() ? m_ui->serverEdit : m_ui->codeEdit)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

EnrolDialog::~EnrolDialog()
{
    // Never wait for the network here: cut the request, then the task's destructor only waits for the cut.
    if (m_interrupt)
        m_interrupt->trigger();
}

void EnrolDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The wrapped texts know their height once they have their width: fit the form to them.
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}

bool EnrolDialog::isEnrolling() const
{
    return m_task && m_task->isRunning();
}

QString EnrolDialog::server() const
{
    return m_ui->serverEdit->text().trimmed();
}

void EnrolDialog::chooseCaFile()
{
    const QString start = m_ui->caEdit->text().isEmpty() ? QDir::homePath() : m_ui->caEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("The province's authority file"), start,
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caEdit->setText(QDir::toNativeSeparators(file));
}

void EnrolDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->serverEdit, m_ui->codeEdit, m_ui->caEdit, m_ui->chooseCaButton,
                                          m_ui->buttonBox->button(QDialogButtonBox::Ok)})
        w->setEnabled(!busy);
}

void EnrolDialog::accept()
{
    if (isEnrolling())
        return;
    const QString url = server();
    const QString code = m_ui->codeEdit->text().trimmed();
    const QString ca = QDir::fromNativeSeparators(m_ui->caEdit->text().trimmed());
    if (url.isEmpty()) {
        showHint(m_ui->enrolMessage, {MessageLevel::Error, ErrorText::syncProblem(u"server"_s)});
        m_ui->serverEdit->setFocus();
        return;
    }
    if (code.isEmpty()) {
        showHint(m_ui->enrolMessage, {MessageLevel::Error, ErrorText::syncProblem(u"code"_s)});
        m_ui->codeEdit->setFocus();
        return;
    }
    showHint(m_ui->enrolMessage, {});
    setBusy(true);
    m_interrupt = std::make_shared<Sync::Interrupt>();
    const auto interrupt = m_interrupt;
    const Session who = m_session;
    delete m_task;
    m_task = BackgroundTask::onStore<bool>(
        m_dataDir,
        [interrupt, who, url, code, ca](Store &store, const Store::Progress &) -> Result<bool> {
            SyncService service(store);
            service.setInterrupt(interrupt);
            if (auto r = service.enrol(who, url, code, ca); !r)
                return r.error();
            return true;
        },
        [this](const Result<bool> &result) {
            setBusy(false);
            if (result) {
                QDialog::accept();
                return;
            }
            if (m_closeWhenDone) {
                QDialog::reject();
                return;
            }
            showHint(m_ui->enrolMessage, {MessageLevel::Error, ErrorText::message(result.error())});
            m_ui->codeEdit->setFocus();
        },
        this);
    m_progress->follow(m_task, tr("Enrolling with the province…"), false);
    // Cancel cuts the request in flight (BackgroundTask's own flag only stops work that reports progress).
    connect(m_progress->cancelButton(), &QPushButton::clicked, this, [interrupt] { interrupt->trigger(); });
    m_task->start();
}

void EnrolDialog::reject()
{
    if (isEnrolling()) {
        // The answer may be on its way: cut it, and close once the worker says it stopped.
        m_closeWhenDone = true;
        m_interrupt->trigger();
        return;
    }
    QDialog::reject();
}

} // namespace MotCua::Ui
