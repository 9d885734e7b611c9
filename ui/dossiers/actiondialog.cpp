#include "ui/dossiers/actiondialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include "core/domain/ids.h"
#include "core/util/log.h"
#include "ui/shell/confirm.h"
#include "ui/shell/errortext.h"

#include "ui_actiondialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kApologyDays = 5;              // default new appointment: the original due date plus five days
constexpr int kItemRole = Qt::UserRole;      // QString: the paper as the catalog or the request names it
constexpr int kExtraRole = Qt::UserRole + 1; // bool: typed in this form (its text is the item, and it may be edited)

// Which actions take or need a reason is the core's rule (core/domain/dossierrules.h).
bool reasonRequired(DossierAction a)
{
    return actionNeedsReason(a);
}

bool hasReason(DossierAction a)
{
    return actionTakesReason(a);
}

bool hasNote(DossierAction a)
{
    return a == DossierAction::Transfer || a == DossierAction::Submit || a == DossierAction::SupplementReceived ||
           a == DossierAction::Approve || a == DossierAction::Finish || a == DossierAction::Return;
}
} // namespace

QString ActionDialog::actionTitle(DossierAction action)
{
    switch (action) {
    case DossierAction::Transfer:
        return tr("Hand over…", "dossier action");
    case DossierAction::RequestSupplement:
        return tr("Request supplement…", "dossier action");
    case DossierAction::SupplementReceived:
        return tr("Supplement received…", "dossier action");
    case DossierAction::Refuse:
        return tr("Refuse…", "dossier action: not accepted at reception");
    case DossierAction::Reject:
        return tr("Reject…", "dossier action: rejected after appraisal");
    case DossierAction::Submit:
        return tr("Submit for approval…", "dossier action: to a leader");
    case DossierAction::Approve:
        return tr("Approve…", "dossier action");
    case DossierAction::Finish:
        return tr("Result ready…", "dossier action");
    case DossierAction::Return:
        return tr("Return result…", "dossier action");
    case DossierAction::Withdraw:
        return tr("Withdraw…", "dossier action: at the citizen's request");
    case DossierAction::Stop:
        return tr("Stop processing…", "dossier action");
    case DossierAction::Apologize:
        return tr("Apologise for delay…", "dossier action");
    }
    return dossierActionKey(action);
}

namespace
{
QString roleName(Role role)
{
    return Wording::role(role);
}
} // namespace

ActionDialog::ActionDialog(DossierService &dossiers, const Session &session, const Dossier &dossier,
                           DossierAction action, const QList<User> &colleagues, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ActionDialog>()), m_dossiers(dossiers), m_session(session),
      m_dossier(dossier), m_action(action), m_colleagues(colleagues)
{
    m_ui->setupUi(this);
    setObjectName(u"actionDialog"_s);
    QString title = actionTitle(action);
    if (title.endsWith(u'…'))
        title.chop(1);
    //: Window title of an action form: the action, then the dossier code
    setWindowTitle(tr("%1 — %2").arg(title, dossier.code));
    setAccessibleName(windowTitle());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(title);
    ok->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    m_ui->summaryLabel->setText(
        tr("<b>%1</b> · %2<br>%3<br>State: %4")
            .arg(dossier.code.toHtmlEscaped(), dossier.applicantName.toHtmlEscaped(),
                 ErrorText::procedureName(dossier.procedureName, dossier.procedureCode).toHtmlEscaped(),
                 ErrorText::dossierState(dossier.state).toHtmlEscaped()));

    for (QLabel *label : {m_ui->repeatWarning, m_ui->toMessage, m_ui->itemsMessage, m_ui->howMessage,
                          m_ui->newDueMessage, m_ui->reasonMessage, m_ui->formMessage}) {
        showHint(label, {});
    }
    setUpFields();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &ActionDialog::addItem);
    m_ui->newItem->installEventFilter(this); // Enter adds the paper instead of pressing OK
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, [this] {
        // Only what was typed here can be removed: the catalog's papers are unticked instead.
        QListWidgetItem *item = m_ui->itemsList->currentItem();
        if (item && item->data(kExtraRole).toBool())
            delete item;
        updateRemoveButton();
    });
    connect(m_ui->itemsList, &QListWidget::currentItemChanged, this, &ActionDialog::updateRemoveButton);
    connect(m_ui->itemsList, &QListWidget::itemChanged, this, [this] { showHint(m_ui->itemsMessage, {}); });
    connect(m_ui->toUser, &QComboBox::currentIndexChanged, this, &ActionDialog::colleagueChanged);
    connect(m_ui->reason, &QPlainTextEdit::textChanged, this, [this] { showHint(m_ui->reasonMessage, {}); });

    const QFontMetrics fm = fontMetrics();
    setMinimumWidth(fm.averageCharWidth() * 70);
    // A procedure's papers are long sentences: room for several of them at once.
    if (m_ui->itemsList->count() > 0)
        m_ui->itemsList->setMinimumHeight(fm.lineSpacing() * std::min(18, 4 + 3 * int(m_ui->itemsList->count())));
    resize(fm.averageCharWidth() * 100, sizeHint().height());
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::setUpFields()
{
    const DossierAction a = m_action;
    QFormLayout *form = m_ui->fieldsForm;
    const bool transfer = a == DossierAction::Transfer;
    const bool submit = a == DossierAction::Submit;
    form->setRowVisible(m_ui->toUser, transfer || submit);
    form->setRowVisible(m_ui->toDepartment, transfer);
    form->setRowVisible(m_ui->stepDays, transfer);
    const bool supplementIn = a == DossierAction::SupplementReceived;
    form->setRowVisible(m_ui->itemsLabel, a == DossierAction::RequestSupplement || supplementIn);
    form->setRowVisible(m_ui->how, a == DossierAction::Return);
    form->setRowVisible(m_ui->newDueDate, a == DossierAction::Apologize);
    form->setRowVisible(m_ui->reason, hasReason(a));
    form->setRowVisible(m_ui->note, hasNote(a));

    QWidget *first = nullptr;
    if (transfer) {
        m_ui->toUser->addItem(tr("(nobody: the department only)"), QString());
        for (const User &u : m_colleagues) {
            QStringList roles;
            for (Role r : u.roles)
                roles.append(roleName(r));
            QString text = tr("%1 (%2)", "person: full name (user name)").arg(u.fullName, u.username);
            //: A person in the transfer list: name, then roles, then department
            text = u.department.isEmpty() ? tr("%1 — %2").arg(text, roles.join(u", "_s))
                                          : tr("%1 — %2, %3").arg(text, roles.join(u", "_s), u.department);
            m_ui->toUser->addItem(text, u.username);
        }
        m_ui->toDepartment->setPlaceholderText(tr("Optional when a person is chosen"));
        m_ui->stepDays->setSpecialValueText(tr("until the dossier's due date"));
        m_ui->stepDays->setSuffix(tr(" working day(s)"));
        m_ui->stepDays->setToolTip(tr("How many working days the receiver has for this step (control sheet)."));
        first = m_ui->toUser;
    }
    if (submit) {
        // Only the people who can approve; nobody is chosen for the person.
        m_ui->toUserLabel->setText(tr("&Leader:"));
        m_ui->toUser->setAccessibleName(tr("Leader who approves the dossier"));
        m_ui->toUser->addItem(tr("(choose the leader who approves)"), QString());
        for (const User &u : m_colleagues) {
            if (!std::any_of(u.roles.cbegin(), u.roles.cend(),
                             [](Role r) { return roleAllows(r, Permission::ApproveDossier); }))
                continue;
            QStringList roles;
            for (Role r : u.roles)
                roles.append(roleName(r));
            const QString text = tr("%1 (%2)", "person: full name (user name)").arg(u.fullName, u.username);
            m_ui->toUser->addItem(tr("%1 — %2").arg(text, roles.join(u", "_s)), u.username);
        }
        first = m_ui->toUser;
    }
    if (a == DossierAction::RequestSupplement) {
        // The procedure's papers to tick, then anything else typed below; nothing is ticked for the clerk.
        auto papers = m_dossiers.procedurePapers(m_dossier.procedureCode);
        if (papers) {
            for (const QString &paper : *papers) {
                const bool handedIn = m_dossier.papers.contains(paper);
                auto *item = new QListWidgetItem(
                    handedIn
                        ? tr("%1 (handed in at reception)", "supplement request: a paper of the procedure").arg(paper)
                        : paper,
                    m_ui->itemsList);
                item->setData(kItemRole, paper);
                item->setToolTip(paper);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        if (m_ui->itemsList->count() == 0)
            showHint(m_ui->itemsMessage,
                     {MessageLevel::Info, tr("The catalog lists no papers for this procedure: type what is missing.")});
        updateRemoveButton();
        m_ui->reasonLabel->setText(tr("&Reason (optional):"));
        if (m_dossier.supplementCount >= 1) {
            showHint(m_ui->repeatWarning,
                     {MessageLevel::Warning,
                      tr("This dossier was already asked for a supplement (%n time(s)). The law allows one request "
                         "listing everything missing: another one is recorded and counts the dossier as late.",
                         nullptr, m_dossier.supplementCount)});
        }
        first = m_ui->itemsList->count() > 0 ? static_cast<QWidget *>(m_ui->itemsList) : m_ui->newItem;
        if (m_ui->itemsList->count() > 0)
            m_ui->itemsList->setCurrentRow(0);
    }
    if (supplementIn) {
        // The citizen is back: tick off what the request asked for and they brought.
        m_ui->itemsLabel->setText(tr("&Brought:"));
        m_ui->itemsList->setAccessibleName(tr("Requested items: tick each one brought"));
        for (QWidget *w : {static_cast<QWidget *>(m_ui->newItem), static_cast<QWidget *>(m_ui->addItemButton),
                           static_cast<QWidget *>(m_ui->removeItemButton)})
            w->hide();
        auto rounds = m_dossiers.supplements(m_session, m_dossier.code);
        const QStringList asked = rounds && !rounds->isEmpty() ? rounds->constLast().items : QStringList();
        for (const QString &paper : asked) {
            auto *item = new QListWidgetItem(paper, m_ui->itemsList);
            item->setData(kItemRole, paper);
            item->setToolTip(paper);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        if (!asked.isEmpty()) {
            m_ui->itemsList->setCurrentRow(0);
            first = m_ui->itemsList;
        }
    }
    if (a == DossierAction::Return) {
        m_ui->how->addItem(tr("At the desk"), u"desk"_s);
        m_ui->how->addItem(tr("By post"), u"post"_s);
        m_ui->how->addItem(tr("Online (electronic result)"), u"electronic"_s);
        if (m_dossier.channel == Channel::Post)
            m_ui->how->setCurrentIndex(1);
        else if (m_dossier.channel == Channel::Online)
            m_ui->how->setCurrentIndex(2);
        first = m_ui->how;
    }
    if (a == DossierAction::Apologize) {
        const QDateTime original = m_dossier.originalDueAt.isValid() ? m_dossier.originalDueAt : m_dossier.dueAt;
        m_ui->newDueDate->setDate(Time::toVietnam(original).date().addDays(kApologyDays));
        m_ui->newDueDate->setToolTip(
            tr("Original due date: %1").arg(Time::toVietnam(original).toString(u"dd/MM/yyyy"_s)));
        first = m_ui->reason;
    }
    if (hasReason(a)) {
        if (a == DossierAction::Withdraw)
            m_ui->reasonLabel->setText(tr("&Reason (optional):"));
        else if (reasonRequired(a))
            m_ui->reasonLabel->setText(tr("&Reason (required):"));
        m_ui->reason->setAccessibleName(m_ui->reasonLabel->text().remove(u'&'));
        const QFontMetrics fm = m_ui->reason->fontMetrics();
        m_ui->reason->setMinimumHeight(fm.lineSpacing() * 4);
        m_ui->reason->setMaximumHeight(fm.lineSpacing() * 7);
        if (!first)
            first = m_ui->reason;
    }
    if (!first && hasNote(a))
        first = m_ui->note;
    if (first)
        first->setFocus();
    else
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

bool ActionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->newItem && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_ui->newItem->text().simplified().isEmpty()) {
            addItem();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ActionDialog::addItem()
{
    const QString text = m_ui->newItem->text().simplified();
    if (text.isEmpty())
        return;
    auto *item = new QListWidgetItem(text, m_ui->itemsList);
    item->setData(kExtraRole, true);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_ui->itemsList->setCurrentItem(item);
    m_ui->newItem->clear();
    updateRemoveButton();
    showHint(m_ui->itemsMessage, {});
}

void ActionDialog::updateRemoveButton()
{
    const QListWidgetItem *item = m_ui->itemsList->currentItem();
    m_ui->removeItemButton->setEnabled(item && item->data(kExtraRole).toBool());
}

QStringList ActionDialog::tickedItems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->itemsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->itemsList->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kExtraRole).toBool() ? item->text() : item->data(kItemRole).toString());
    }
    return out;
}

void ActionDialog::colleagueChanged()
{
    showHint(m_ui->toMessage, {});
    if (m_action != DossierAction::Transfer)
        return;
    // The chosen person's department fills the department field, unless the user typed another one.
    const int index = m_ui->toUser->currentIndex() - 1;
    const QString current = m_ui->toDepartment->text();
    if (!current.isEmpty() && current != m_autoDepartment)
        return;
    m_autoDepartment = index >= 0 && index < m_colleagues.size() ? m_colleagues.at(index).department : QString();
    m_ui->toDepartment->setText(m_autoDepartment);
    showHint(m_ui->toMessage, {});
}

DossierActionRequest ActionDialog::request() const
{
    DossierActionRequest req;
    req.action = m_action;
    req.code = m_dossier.code;
    switch (m_action) {
    case DossierAction::Transfer:
        req.toUser = m_ui->toUser->currentData().toString();
        req.toDepartment = m_ui->toDepartment->text();
        req.stepDays = m_ui->stepDays->value();
        break;
    case DossierAction::Submit:
        req.toUser = m_ui->toUser->currentData().toString();
        break;
    case DossierAction::RequestSupplement:
        req.items = tickedItems();
        // A paper typed but not yet added counts too: nothing the clerk typed is lost.
        if (!m_ui->newItem->text().simplified().isEmpty())
            req.items.append(m_ui->newItem->text().simplified());
        break;
    case DossierAction::SupplementReceived:
        req.items = tickedItems();
        break;
    case DossierAction::Return:
        req.how = returnHowFromKey(m_ui->how->currentData().toString()).value_or(ReturnHow::Desk);
        break;
    case DossierAction::Apologize: {
        // A date: the core puts the appointment at the end of that working day, as for the command line.
        req.newDueDate = m_ui->newDueDate->date();
        break;
    }
    default:
        break;
    }
    if (hasReason(m_action))
        req.reason = m_ui->reason->toPlainText();
    if (hasNote(m_action))
        req.note = m_ui->note->text();
    return req;
}

void ActionDialog::accept()
{
    clearErrors();
    if (m_action == DossierAction::SupplementReceived && m_ui->itemsList->count() > 0) {
        QStringList missing;
        for (int i = 0; i < m_ui->itemsList->count(); ++i) {
            if (m_ui->itemsList->item(i)->checkState() != Qt::Checked)
                missing.append(m_ui->itemsList->item(i)->text());
        }
        if (!missing.isEmpty()) {
            askFirst(this, u"notAllBroughtBox"_s, windowTitle(),
                     tr("Not everything the request asked for was ticked as brought:\n%1\n\nRecord the supplement "
                        "as received anyway?")
                         .arg(u"• "_s + missing.join(u"\n• "_s)),
                     tr("&Record as received"), tr("&Go back"), [this] { act(); });
            m_ui->itemsList->setFocus(); // where "Go back" leaves the person
            return;
        }
    }
    act();
}

void ActionDialog::act()
{
    auto result = m_dossiers.act(m_session, request());
    if (!result) {
        showError(result.error());
        return;
    }
    m_updated = *result;
    QDialog::accept();
}

void ActionDialog::clearErrors()
{
    for (QLabel *label : {m_ui->toMessage, m_ui->itemsMessage, m_ui->howMessage, m_ui->newDueMessage,
                          m_ui->reasonMessage, m_ui->formMessage}) {
        showHint(label, {});
    }
}

void ActionDialog::showError(const Error &error)
{
    static const auto log = Log::get("ui");
    log->info("dossier action {} refused: {} ({})", dossierActionKey(m_action).toStdString(),
              errorCodeName(error.code).toStdString(), error.field.toStdString());
    QLabel *label = m_ui->formMessage;
    QWidget *focus = nullptr;
    const QString &field = error.field;
    if (field == u"reason") {
        label = m_ui->reasonMessage;
        focus = m_ui->reason;
    } else if (field == u"items") {
        label = m_ui->itemsMessage;
        focus = m_ui->itemsList->count() > 0 ? static_cast<QWidget *>(m_ui->itemsList) : m_ui->newItem;
    } else if (field == u"to" || field == u"days") {
        label = m_ui->toMessage;
        focus = field == u"to" ? static_cast<QWidget *>(m_ui->toUser) : m_ui->stepDays;
    } else if (field == u"how") {
        label = m_ui->howMessage;
        focus = m_ui->how;
    } else if (field == u"new_due_at") {
        label = m_ui->newDueMessage;
        focus = m_ui->newDueDate;
    }
    // A field that is hidden for this action (should not happen) falls back to the form's message.
    if (focus && !focus->isVisibleTo(this)) {
        label = m_ui->formMessage;
        focus = nullptr;
    }
    showHint(label, {MessageLevel::Error, ErrorText::message(error)});
    if (focus)
        focus->setFocus();
}

} // namespace MotCua::Ui
