#include "ui/setup/setupdialog.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPushButton>

#include "core/services/authservice.h"
#include "core/services/units.h"
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

SetupDialog::SetupDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SetupDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(u"setupDialog"_s);
    m_ui->adminUsername->setText(u"admin"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set up"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    showHint(m_ui->formMessage, {});

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(m_ui->communeSearch, &QLineEdit::textChanged, this, &SetupDialog::searchCommunes);
    connect(m_ui->communeList, &QListWidget::currentRowChanged, this, &SetupDialog::validate);
    for (QLineEdit *edit : {m_ui->adminUsername, m_ui->adminFullName, m_ui->adminPassword, m_ui->confirmPassword})
        connect(edit, &QLineEdit::textChanged, this, &SetupDialog::validate);
    m_ui->communeSearch->installEventFilter(this);

    searchCommunes({});
    m_ui->communeSearch->setFocus();
    const QFontMetrics fm = fontMetrics();
    setMinimumWidth(fm.averageCharWidth() * 80);
    resize(fm.averageCharWidth() * 100, fm.height() * 30);
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
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SetupDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showHint(m_ui->formMessage, {});
    SetupRequest request;
    request.communeCode = selectedCommuneCode();
    request.adminUsername = m_ui->adminUsername->text().trimmed().toLower();
    request.adminPassword = m_ui->adminPassword->text();
    request.adminFullName = m_ui->adminFullName->text();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = SetupService(m_store).initialise(request);
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
