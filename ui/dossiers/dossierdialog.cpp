#include "ui/dossiers/dossierdialog.h"

#include "ui/attachments/attachmentpanel.h"

#include "core/domain/dossierevents.h"
#include "core/domain/dossierrules.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

#include "core/domain/ids.h"
#include "ui/dossiers/actiondialog.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/shell/errortext.h"
#include "ui/slips/slipservice.h"

#include "ui_dossierdialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kActionColumns = 4;

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? Time::toVietnam(utc).toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString date(const QDateTime &utc)
{
    return utc.isValid() ? Time::toVietnam(utc).toString(u"dd/MM/yyyy"_s) : QString();
}

QString stepResult(const QString &key)
{
    if (key == u"early")
        return DossierDialog::tr("Early", "control sheet step result");
    if (key == u"on_time")
        return DossierDialog::tr("On time", "control sheet step result");
    if (key == u"late")
        return DossierDialog::tr("Late", "control sheet step result");
    if (key == u"in_time")
        return DossierDialog::tr("In time (still held)", "control sheet step result");
    if (key == u"overdue")
        return DossierDialog::tr("Overdue (still held)", "control sheet step result");
    return key;
}
} // namespace

DossierDialog::DossierDialog(DossierService &dossiers, AuthService &auth, const Session &session, const QString &code,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DossierDialog>()), m_dossiers(dossiers), m_auth(auth),
      m_session(session), m_code(code)
{
    m_ui->setupUi(this);
    setObjectName(u"dossierDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DossierDialog::reject);

    m_ui->historyList->setHeaderLabels({tr("Time"), tr("By"), tr("What happened")});
    m_ui->historyList->header()->setStretchLastSection(true);
    m_ui->controlSheet->setColumnCount(7);
    m_ui->controlSheet->setHorizontalHeaderLabels({tr("Handed over by"), tr("Received by"), tr("Handed over at"),
                                                   tr("Allowed until"), tr("Passed on at"), tr("Result"), tr("Note")});
    m_ui->controlSheet->verticalHeader()->hide();
    m_ui->controlSheet->horizontalHeader()->setStretchLastSection(true);
    m_ui->tabs->setTabText(0, tr("&Details"));
    m_ui->tabs->setTabText(1, tr("&History"));
    m_ui->tabs->setTabText(2, tr("&Control sheet"));
    m_ui->actionsGroup->setTitle(tr("Actions"));

    // One button per action, in the order of the workflow; shown only where the state allows it.
    auto *grid = qobject_cast<QGridLayout *>(m_ui->actionsGroup->layout());
    for (DossierAction action : allDossierActions()) {
        auto *button = new QPushButton(ActionDialog::actionTitle(action), m_ui->actionsGroup);
        button->setObjectName(u"action_"_s + dossierActionKey(action));
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(u'…'));
        connect(button, &QPushButton::clicked, this, [this, action] { startAction(action); });
        grid->addWidget(button, 0, 0);
        m_buttons.insert(action, button);
    }
    // Equal columns: one action alone is one button wide, not the whole row.
    for (int column = 0; column < kActionColumns; ++column)
        grid->setColumnStretch(column, 1);

    auto colleagues = m_auth.listColleagues(m_session);
    if (colleagues) {
        m_colleagues = *colleagues;
        for (const User &u : m_colleagues)
            m_names.insert(u.id, u.fullName);
    }
    refresh();

    const QFontMetrics fm = fontMetrics();
    setMinimumSize(fm.averageCharWidth() * 90, fm.height() * 28);
    resize(fm.averageCharWidth() * 140, fm.height() * 40);
    m_ui->historyList->setColumnWidth(0, fm.horizontalAdvance(u"00/00/0000 00:00"_s) + fm.averageCharWidth() * 3);
    m_ui->historyList->setColumnWidth(1, fm.horizontalAdvance(u"Nguyễn Thị Phương Thảo"_s));
}

DossierDialog::~DossierDialog() = default;

QList<SlipKind> DossierDialog::applicableSlips(const Dossier &dossier)
{
    QList<SlipKind> kinds{SlipKind::Receipt};
    if (dossier.supplementCount > 0)
        kinds.append(SlipKind::SupplementRequest);
    if (dossier.state == DossierState::Refused)
        kinds.append(SlipKind::Refusal);
    if (dossier.newDueAt.isValid())
        kinds.append(SlipKind::Apology);
    kinds.append(SlipKind::ControlSheet);
    return kinds;
}

void DossierDialog::enablePrinting(Store &store)
{
    m_store = &store;
    if (m_printButton)
        return;
    m_printButton = m_ui->buttonBox->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setAccessibleName(tr("Print"));
    m_printButton->setToolTip(tr("Print the slips of this dossier or save them as PDF"));
    m_printButton->setAutoDefault(false);
    m_printMenu = new QMenu(m_printButton);
    m_printMenu->setObjectName(u"printMenu"_s);
    m_printButton->setMenu(m_printMenu);
    connect(m_printMenu, &QMenu::aboutToShow, this, &DossierDialog::fillPrintMenu);
    fillPrintMenu();
}

void DossierDialog::enableAttachments(Store &store)
{
    if (m_attachments)
        return;
    m_attachments = new AttachmentPanel(store, m_session, u"dossier"_s, m_dossier.id, m_ui->tabs);
    const int tab = m_ui->tabs->addTab(m_attachments, {});
    auto title = [this, tab] {
        const int n = m_attachments->model()->rowCount();
        m_ui->tabs->setTabText(tab, n == 0 ? tr("&Attachments") : tr("&Attachments (%1)").arg(n));
    };
    title();
    connect(m_attachments->model(), &QAbstractItemModel::modelReset, this, title);
}

void DossierDialog::fillPrintMenu()
{
    if (!m_printMenu || !m_store)
        return;
    m_printMenu->clear();
    const QList<SlipKind> kinds = applicableSlips(m_dossier);
    for (SlipKind kind : kinds) {
        //: Print menu entry of a slip: opens the print preview
        QAction *action = m_printMenu->addAction(tr("%1…").arg(slipTitle(kind)));
        action->setObjectName(u"print_"_s + slipKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            printSlip(this, *m_store, m_session, SlipRequest{kind, m_dossier.code, {}, {}});
        });
    }
    m_printMenu->addSeparator();
    QMenu *pdf = m_printMenu->addMenu(tr("Save as &PDF"));
    pdf->setObjectName(u"pdfMenu"_s);
    for (SlipKind kind : kinds) {
        QAction *action = pdf->addAction(tr("%1…").arg(slipTitle(kind)));
        action->setObjectName(u"pdf_"_s + slipKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            exportSlipPdf(this, *m_store, m_session, SlipRequest{kind, m_dossier.code, {}, {}});
        });
    }
}

QString DossierDialog::personName(const QString &userId) const
{
    if (userId == m_dossier.receivedBy && !m_dossier.receivedByName.isEmpty())
        return m_dossier.receivedByName;
    return m_names.value(userId, userId);
}

void DossierDialog::refresh()
{
    auto found = m_dossiers.findByCode(m_session, m_code);
    if (!found) {
        showHint(m_ui->statusMessage, {MessageLevel::Error, ErrorText::message(found.error())});
        for (QPushButton *b : std::as_const(m_buttons))
            b->setEnabled(false);
        return;
    }
    m_dossier = *found;
    //: Window title of the dossier dialog: its code
    setWindowTitle(tr("Dossier %1").arg(m_dossier.code));
    auto history = m_dossiers.history(m_session, m_code);
    fillDetails(history ? DossierService::supplementRounds(*history) : QList<SupplementRound>());
    if (history)
        fillHistory(*history);
    auto sheet = m_dossiers.controlSheet(m_session, m_code);
    if (sheet)
        fillControlSheet(*sheet);
    if (!history || !sheet)
        showHint(m_ui->statusMessage,
                 {MessageLevel::Error, ErrorText::message(!history ? history.error() : sheet.error())});
    updateActions();
}

void DossierDialog::fillDetails(const QList<SupplementRound> &supplements)
{
    const Dossier &d = m_dossier;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int portal = portalStatusCode(d.state);
    m_ui->headerLabel->setText(tr("<span style=\"font-size:large\"><b>%1</b></span> · %2<br>%3")
                                   .arg(d.code.toHtmlEscaped(), d.applicantName.toHtmlEscaped(),
                                        ErrorText::procedureName(d.procedureName, d.procedureCode).toHtmlEscaped()));

    if (DossierTableModel::isOverdue(d, now))
        showHint(m_ui->alertMessage,
                 {MessageLevel::Error, tr("Overdue: the due date %1 has passed.").arg(dateTime(d.dueAt))});
    else if (d.state == DossierState::SupplementRequested)
        showHint(m_ui->alertMessage,
                 {MessageLevel::Info,
                  tr("Waiting for the citizen's supplement since %1: the clock is paused.").arg(dateTime(d.pausedAt))});
    else if (d.isLate(now))
        showHint(m_ui->alertMessage, {MessageLevel::Warning, tr("Counted as late.")});
    else
        showHint(m_ui->alertMessage, {});

    QFormLayout *form = m_ui->infoForm;
    while (form->rowCount() > 0)
        form->removeRow(0);
    auto add = [&](const QString &key, const QString &label, const QString &value,
                   Qt::TextFormat format = Qt::PlainText) {
        auto *text = new QLabel(value.isEmpty() ? tr("—", "no value") : value, m_ui->infoTab);
        text->setObjectName(u"value_"_s + key);
        text->setTextFormat(format);
        text->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(label);
        auto *caption = new QLabel(label + u':', m_ui->infoTab);
        caption->setBuddy(text);
        form->addRow(caption, text);
    };
    // Received offline under a provisional code, then given the official one at sync: the citizen's receipt has the
    // first, so both are shown.
    add(u"code"_s, tr("Code"), Wording::dossierCode(d.code, d.codeProvisional, d.provisionalCode));
    add(u"procedure"_s, tr("Procedure"),
        d.procedureName.trimmed().isEmpty()
            ? ErrorText::procedureName(d.procedureName, d.procedureCode)
            : tr("%1 (%2)", "procedure name (code)").arg(d.procedureName, d.procedureCode));
    add(u"applicant"_s, tr("Applicant"), d.applicantName);
    add(u"citizen_id"_s, tr("Citizen ID"), d.citizenId);
    add(u"phone"_s, tr("Phone"), d.phone);
    add(u"address"_s, tr("Address"), d.address);
    add(u"channel"_s, tr("Submitted"), Wording::channel(d.channel));
    add(u"papers"_s, tr("Papers received"), listHtml(d.papers), Qt::RichText);
    add(u"received"_s, tr("Received"),
        d.receivedByName.isEmpty() ? dateTime(d.receivedAt)
                                   : tr("%1 by %2").arg(dateTime(d.receivedAt), d.receivedByName));
    QString due = dateTime(d.dueAt);
    if (d.newDueAt.isValid())
        due = tr("%1; new appointment after an apology: %2").arg(due, dateTime(d.newDueAt));
    if (d.originalDueAt.isValid() && d.originalDueAt != d.dueAt)
        due = tr("%1 (originally %2)").arg(due, dateTime(d.originalDueAt));
    add(u"due"_s, tr("Due"), due);
    QString stateText = tr("%1 (portal status %2)").arg(ErrorText::dossierState(d.state)).arg(portal);
    if (DossierTableModel::isOverdue(d, now))
        stateText = tr("%1, overdue").arg(stateText);
    add(u"state"_s, tr("State"), stateText);
    // Only an open dossier is with anyone: a finished or returned one is not "being handled by" its last holder.
    const DossierHolder holder = d.holder();
    switch (holder.kind) {
    case DossierHolder::Kind::None:
        break;
    case DossierHolder::Kind::Desk:
        add(u"holder"_s, tr("Held by"), tr("One-stop desk"));
        break;
    case DossierHolder::Kind::Department:
        add(u"holder"_s, tr("Held by"), holder.department);
        break;
    case DossierHolder::Kind::Person:
        add(u"holder"_s, tr("Held by"),
            holder.department.isEmpty() ? holder.name
                                        : tr("%1 (%2)", "person (department)").arg(holder.name, holder.department));
        break;
    }
    add(u"supplements"_s, tr("Supplement requests"), supplementText(supplements), Qt::RichText);
    if (!d.outcomeReason.isEmpty())
        add(u"outcome_reason"_s, tr("Reason"), dossierReasonText(d.outcomeReason));
    if (!d.duplicateOf.isEmpty())
        add(u"duplicate_of"_s, tr("Duplicate of"), d.duplicateOf);
    if (!d.duplicateReason.isEmpty())
        add(u"duplicate_reason"_s, tr("Received despite an open dossier"), d.duplicateReason);
    if (d.endedAt.isValid())
        add(u"ended"_s, tr("Ended"), dateTime(d.endedAt));
    if (d.returnedAt.isValid())
        add(u"returned"_s, tr("Result returned"),
            tr("%1, %2").arg(dateTime(d.returnedAt), Wording::returnHow(d.returnHow.value_or(ReturnHow::Desk))));
}

QString DossierDialog::supplementText(const QList<SupplementRound> &rounds) const
{
    if (rounds.isEmpty())
        return tr("none").toHtmlEscaped();
    QString html = tr("%n request(s)", nullptr, int(rounds.size())).toHtmlEscaped();
    for (const SupplementRound &r : rounds) {
        //: A supplement request in the dossier: when, by whom (the list of what was asked for follows)
        QString asked = tr("%1, %2 asked for:").arg(date(r.requestedAt), personName(r.requestedBy));
        if (r.repeat)
            asked = tr("%1 — a repeated request: the dossier counts as late").arg(asked);
        html += u"<p style=\"margin-top:6px; margin-bottom:0\"><b>"_s + asked.toHtmlEscaped() + u"</b></p>"_s +
                listHtml(r.items);
        if (!r.reason.isEmpty())
            html += u"<p style=\"margin:0\">"_s + tr("Reason: %1").arg(r.reason).toHtmlEscaped() + u"</p>"_s;
        auto line = [](const QString &text) -> QString {
            return u"<p style=\"margin:0\"><i>"_s + text.toHtmlEscaped() + u"</i></p>"_s;
        };
        if (!r.isReceived()) {
            html += line(tr("waiting for the citizen to bring it"));
        } else if (r.receivedBrought.isEmpty()) {
            html += line(tr("received %1").arg(date(r.receivedAt)));
        } else if (r.notBrought().isEmpty()) {
            html += line(tr("received %1: everything asked for").arg(date(r.receivedAt)));
        } else {
            html += line(tr("received %1, brought:").arg(date(r.receivedAt))) + listHtml(r.receivedBrought) +
                    line(tr("not brought:")) + listHtml(r.notBrought());
        }
    }
    return html;
}

QString DossierDialog::listHtml(const QStringList &items)
{
    if (items.isEmpty())
        return tr("—", "no value");
    QString html = u"<ul style=\"margin-top:0; margin-bottom:0; margin-left:14px; -qt-list-indent:0\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString DossierDialog::describe(const Event &e)
{
    QString text;
    if (e.type == EventType::DossierReceived) {
        const DossierReceivedEvent r = DossierReceivedEvent::fromPayload(e.payload);
        text = tr("Received (%1), due %2").arg(Wording::channel(r.channel), dateTime(r.dueAt));
        if (!r.duplicateReason.isEmpty())
            text = tr("%1; received although another dossier is open: %2").arg(text, r.duplicateReason);
        return text;
    }
    if (e.type == EventType::DossierCodeAssigned)
        return tr("Official code %1 from the province, for the provisional code %2")
            .arg(e.payload.value(u"code").toString(), e.payload.value(u"provisional_code").toString());
    const DossierStepEvent p = DossierStepEvent::fromPayload(e.payload);
    const QString &reason = p.reason;
    if (e.type == EventType::DossierTransferred) {
        QString to = p.toUserName;
        if (!p.toDepartment.isEmpty())
            to = to.isEmpty() ? p.toDepartment : tr("%1 (%2)", "person (department)").arg(to, p.toDepartment);
        // to_leader: written before approval was asked for with Submit.
        text =
            p.toLeader.value_or(false) ? tr("Handed over to %1 for approval").arg(to) : tr("Handed over to %1").arg(to);
        if (p.stepDueAt.isValid())
            text = tr("%1, this step until %2").arg(text, dateTime(p.stepDueAt));
    } else if (e.type == EventType::SupplementRequested) {
        text = tr("Supplement requested: %1").arg(p.items.join(u"; "_s));
        if (!reason.isEmpty())
            text = tr("%1 (reason: %2)").arg(text, reason);
        if (p.repeat.value_or(false))
            text = tr("%1. A repeated request: the dossier counts as late.").arg(text);
    } else if (e.type == EventType::SupplementReceived) {
        text = tr("Supplement received; the due date moves by %n working day(s) to %1", nullptr,
                  p.pausedWorkingDays.value_or(0))
                   .arg(dateTime(p.dueAt));
        if (!p.receivedItems.isEmpty())
            text = tr("%1. Brought: %2").arg(text, p.receivedItems.join(u"; "_s));
    } else if (e.type == EventType::DossierRefused) {
        text = p.duplicateOf.isEmpty() ? tr("Not accepted: %1").arg(dossierReasonText(reason))
                                       : tr("Not accepted: duplicate of the open dossier %1").arg(p.duplicateOf);
    } else if (e.type == EventType::DossierRejected) {
        text = tr("Rejected: %1").arg(reason);
    } else if (e.type == EventType::DossierSubmitted) {
        text = tr("Submitted to %1 for approval").arg(p.toUserName);
    } else if (e.type == EventType::DossierApproved) {
        text =
            p.toUserName.isEmpty() ? tr("Approved") : tr("Approved; back to %1 to issue the result").arg(p.toUserName);
    } else if (e.type == EventType::DossierFinished) {
        text = tr("Result ready, handed to the desk");
    } else if (e.type == EventType::ResultReturned) {
        text = tr("Result returned to the citizen %1").arg(Wording::returnHow(p.how.value_or(ReturnHow::Desk)));
    } else if (e.type == EventType::DossierWithdrawn) {
        text = tr("Withdrawn: %1").arg(dossierReasonText(reason));
    } else if (e.type == EventType::DossierStopped) {
        text = tr("Processing stopped: %1").arg(reason);
    } else if (e.type == EventType::DelayApologized) {
        text = tr("Apology for the delay, new appointment %1: %2").arg(date(p.newDueAt), reason);
    } else {
        text = e.type;
    }
    if (!p.note.isEmpty())
        text = tr("%1. Note: %2").arg(text, p.note);
    return text;
}

void DossierDialog::fillHistory(const QList<Event> &events)
{
    m_ui->historyList->clear();
    for (const Event &e : events) {
        QDateTime at = e.type == EventType::DossierReceived ? DossierReceivedEvent::fromPayload(e.payload).receivedAt
                                                            : DossierStepEvent::fromPayload(e.payload).at;
        if (!at.isValid()) // an event with no time of its own (an official code given at sync): when it was recorded
            at = QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(e.hlc), Qt::UTC);
        auto *item = new QTreeWidgetItem(m_ui->historyList, {dateTime(at), personName(e.actor), describe(e)});
        item->setToolTip(2, item->text(2));
    }
}

void DossierDialog::fillControlSheet(const ControlSheet &sheet)
{
    QTableWidget *table = m_ui->controlSheet;
    table->setRowCount(int(sheet.steps.size()));
    for (int row = 0; row < sheet.steps.size(); ++row) {
        const ControlStep &s = sheet.steps.at(row);
        const QStringList cells{
            s.from, s.to, dateTime(s.handedAt), dateTime(s.allowedUntil), dateTime(s.doneAt), stepResult(s.result),
            s.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
}

void DossierDialog::updateActions()
{
    auto *grid = qobject_cast<QGridLayout *>(m_ui->actionsGroup->layout());
    int shown = 0;
    for (DossierAction action : allDossierActions()) {
        QPushButton *button = m_buttons.value(action);
        // Shown when the state allows it, enabled when this person may take it now: the core's one rule.
        const ActionCheck check = DossierService::check(m_dossier, m_session, action);
        const bool possible = check != ActionCheck::NotNow;
        grid->removeWidget(button);
        button->setVisible(possible);
        button->setEnabled(check == ActionCheck::Allowed);
        QString why;
        if (check == ActionCheck::RoleForbids)
            why = tr("Your role does not allow this.");
        else if (check == ActionCheck::NotTheHolder)
            why = tr("The dossier is not with you: only the person (or department) holding it, a leader or an "
                     "administrator can do this.");
        button->setToolTip(why);
        if (possible) {
            grid->addWidget(button, shown / kActionColumns, shown % kActionColumns);
            ++shown;
        }
    }
    m_ui->actionsGroup->setVisible(shown > 0);
}

ActionDialog *DossierDialog::startAction(DossierAction action)
{
    QPushButton *button = m_buttons.value(action);
    if (!button || !button->isEnabled())
        return nullptr;
    auto *dialog = new ActionDialog(m_dossiers, m_session, m_dossier, action, m_colleagues, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString title = ActionDialog::actionTitle(dialog->action()).remove(u'…');
        refresh();
        showHint(m_ui->statusMessage,
                 {MessageLevel::Success,
                  tr("Done: %1. The dossier is now: %2.").arg(title, ErrorText::dossierState(m_dossier.state))});
        emit dossierChanged(m_dossier);
    });
    dialog->open();
    return dialog;
}

} // namespace MotCua::Ui
