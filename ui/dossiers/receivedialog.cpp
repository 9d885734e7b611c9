#include "ui/dossiers/receivedialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include "core/domain/citizenid.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/util/log.h"
#include "ui/shell/confirm.h"
#include "ui/shell/errortext.h"

#include "ui_receivedialog.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kSearchLimit = 200; // the whole seed catalog has 147 procedures
constexpr int kPaperRole = Qt::UserRole;
constexpr int kProcedureRowRole = Qt::UserRole;
constexpr int kNoteChars = 300; // of a portal note shown in the procedure panel
} // namespace

ReceiveDialog::ReceiveDialog(DossierService &dossiers, CatalogService &catalog, const Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReceiveDialog>()), m_dossiers(dossiers), m_catalog(catalog),
      m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"receiveDialog"_s);

    m_ui->channel->addItem(tr("In person"), u"direct"_s);
    m_ui->channel->addItem(tr("Online"), u"online"_s);
    m_ui->channel->addItem(tr("By post"), u"post"_s);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    for (QLabel *label : {m_ui->procedureMessage, m_ui->applicantNameMessage, m_ui->citizenIdMessage,
                          m_ui->phoneMessage, m_ui->addressMessage, m_ui->papersMessage, m_ui->formMessage,
                          m_ui->duplicateMessage, m_ui->duplicateReasonMessage}) {
        showHint(label, {});
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReceiveDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReceiveDialog::reject);
    connect(m_ui->procedureSearch, &QLineEdit::textChanged, this, &ReceiveDialog::searchProcedures);
    connect(m_ui->procedureList, &QListWidget::currentRowChanged, this, &ReceiveDialog::showProcedure);
    connect(m_ui->citizenId, &QLineEdit::textChanged, this, &ReceiveDialog::updateCitizenIdHint);
    connect(m_ui->phone, &QLineEdit::textChanged, this, &ReceiveDialog::updatePhoneHint);
    m_ui->duplicateBox->hide();
    connect(m_ui->citizenId, &QLineEdit::textChanged, this, &ReceiveDialog::checkDuplicate);
    connect(m_ui->refuseDuplicateButton, &QPushButton::clicked, this, &ReceiveDialog::refuseAsDuplicate);
    connect(m_ui->duplicateReason, &QLineEdit::textEdited, this,
            [this] { showHint(m_ui->duplicateReasonMessage, {}); });
    connect(m_ui->applicantName, &QLineEdit::textEdited, this, [this] { showHint(m_ui->applicantNameMessage, {}); });
    connect(m_ui->address, &QLineEdit::textEdited, this, [this] { showHint(m_ui->addressMessage, {}); });
    connect(m_ui->papersList, &QListWidget::itemChanged, this, [this] { showHint(m_ui->papersMessage, {}); });

    // One key prints the receipt: saving with this ticked opens the print preview of the new dossier's receipt.
    m_printReceipt = new QCheckBox(tr("&Print the receipt after saving"), this);
    m_printReceipt->setObjectName(u"printReceipt"_s);
    m_printReceipt->setAccessibleName(tr("Print the receipt after saving"));
    m_printReceipt->setChecked(true);
    auto *bottom = new QHBoxLayout;
    m_ui->rootLayout->removeWidget(m_ui->buttonBox);
    bottom->addWidget(m_printReceipt);
    bottom->addWidget(m_ui->buttonBox, 1);
    m_ui->rootLayout->addLayout(bottom);
    setTabOrder(m_ui->duplicateReason, m_printReceipt);
    setTabOrder(m_printReceipt, m_ui->buttonBox);

    m_ui->procedureSearch->installEventFilter(this);
    m_ui->procedureList->installEventFilter(this);

    updateCitizenIdHint();
    updatePhoneHint();
    searchProcedures({});
    m_ui->procedureSearch->setFocus();
    // Time passes while the form is filled in: the appointment follows the clock (15:00 and the end of the day move
    // it).
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &ReceiveDialog::updateAppointment);
    clock->start(std::chrono::seconds(30));

    const QFontMetrics fm = fontMetrics();
    setMinimumSize(fm.averageCharWidth() * 90, fm.height() * 26);
    resize(fm.averageCharWidth() * 150, fm.height() * 40);
}

ReceiveDialog::~ReceiveDialog() = default;

QString ReceiveDialog::selectedProcedureCode() const
{
    const int row = m_ui->procedureList->currentRow();
    if (row < 0)
        return {};
    const int index = m_ui->procedureList->item(row)->data(kProcedureRowRole).toInt();
    return index >= 0 && index < m_procedures.size() ? m_procedures.at(index).code : QString();
}

bool ReceiveDialog::printReceiptAfterSaving() const
{
    return m_printReceipt->isChecked();
}

void ReceiveDialog::setPrintReceiptAfterSaving(bool on)
{
    m_printReceipt->setChecked(on);
}

bool ReceiveDialog::selectProcedure(const QString &code)
{
    auto findRow = [this, &code] {
        for (int row = 0; row < m_ui->procedureList->count(); ++row) {
            const int index = m_ui->procedureList->item(row)->data(kProcedureRowRole).toInt();
            if (index >= 0 && index < m_procedures.size() && m_procedures.at(index).code == code)
                return row;
        }
        return -1;
    };
    if (!m_ui->procedureSearch->text().isEmpty())
        m_ui->procedureSearch->clear(); // lists the whole catalog again
    int row = findRow();
    if (row < 0) {
        m_ui->procedureSearch->setText(code);
        row = findRow();
    }
    if (row < 0)
        return false;
    m_ui->procedureList->setCurrentRow(row);
    m_ui->procedureList->scrollToItem(m_ui->procedureList->item(row));
    m_ui->applicantName->setFocus();
    return true;
}

void ReceiveDialog::searchProcedures(const QString &query)
{
    const QString previous = selectedProcedureCode();
    auto result = m_catalog.search(query, kSearchLimit);
    const QSignalBlocker blocker(m_ui->procedureList);
    m_ui->procedureList->clear();
    m_procedures.clear();
    if (!result) {
        showHint(m_ui->procedureMessage, {MessageLevel::Error, ErrorText::message(result.error())});
        showProcedure(-1);
        return;
    }
    m_procedures = *result;
    for (int i = 0; i < m_procedures.size(); ++i) {
        const Procedure &p = m_procedures.at(i);
        const QString name = ErrorText::procedureName(p);
        // An unknown name already says its code.
        auto *item = new QListWidgetItem(p.nameKnown ? tr("%1 (%2)", "procedure name (code)").arg(name, p.code) : name);
        item->setData(kProcedureRowRole, i);
        item->setToolTip(name);
        m_ui->procedureList->addItem(item);
    }
    if (m_procedures.isEmpty()) {
        showHint(m_ui->procedureMessage, {MessageLevel::Warning, tr("No procedure matches \"%1\".").arg(query)});
        showProcedure(-1);
        return;
    }
    showHint(m_ui->procedureMessage, {});
    // The first match is selected as the user types; an empty query keeps the earlier choice if still listed, and
    // chooses nothing otherwise: no dossier is ever saved for a procedure nobody picked.
    int row = query.trimmed().isEmpty() ? -1 : 0;
    if (query.trimmed().isEmpty() && !previous.isEmpty()) {
        for (int i = 0; i < m_procedures.size(); ++i) {
            if (m_procedures.at(i).code == previous)
                row = i;
        }
    }
    m_ui->procedureList->setCurrentRow(row);
    showProcedure(row);
}

void ReceiveDialog::showProcedure(int row)
{
    checkDuplicate();
    updateAppointment();
    const QSignalBlocker blocker(m_ui->papersList);
    m_ui->papersList->clear();
    showHint(m_ui->papersMessage, {});
    const int index = row >= 0 ? m_ui->procedureList->item(row)->data(kProcedureRowRole).toInt() : -1;
    if (index < 0 || index >= m_procedures.size()) {
        m_ui->procedureInfo->setText(tr("Choose a procedure to see its time limit, fee and required papers."));
        m_ui->procedureInfo->setToolTip({});
        return;
    }
    const Procedure &p = m_procedures.at(index);
    const QString warn = u"<span style=\"color:#8a4b00\">%1</span>"_s;
    QString html = u"<p><b>%1</b><br>"_s.arg(p.nameKnown ? p.name.toHtmlEscaped()
                                                         : warn.arg(ErrorText::procedureName(p).toHtmlEscaped()));
    html += tr("Field: %1").arg(p.field.toHtmlEscaped()) + u"<br>"_s;
    const QString limit = ErrorText::timeLimit(p).toHtmlEscaped();
    html += tr("Legal time limit: %1").arg(p.timeLimit ? limit : warn.arg(limit)) + u"<br>"_s;
    if (!p.timeLimit)
        html += warn.arg(tr("Until it is set, a dossier received now is due today.").toHtmlEscaped()) + u"<br>"_s;
    html += tr("Fee: %1").arg((p.feeText.trimmed().isEmpty() ? tr("not stated") : p.feeText).toHtmlEscaped());
    // The portal's notes can run to a page: the panel shows their start, cut at a word; the tooltip all of them.
    if (!p.feeNote.isEmpty())
        html += u"<br><small>"_s + Text::cutAtWord(p.feeNote, kNoteChars).toHtmlEscaped() + u"</small>"_s;
    html += u"</p>"_s;
    if (!p.notes.isEmpty())
        html += u"<p><small>"_s +
                tr("From the national portal: %1").arg(Text::cutAtWord(p.notes, kNoteChars).toHtmlEscaped()) +
                u"</small></p>"_s;
    QStringList full;
    for (const QString &text : {p.feeNote, p.notes}) {
        if (text.size() > kNoteChars)
            full.append(text);
    }
    m_ui->procedureInfo->setToolTip(full.join(u"\n\n"_s));
    const QStringList issues = ErrorText::catalogIssues(p.issues);
    if (!issues.isEmpty()) {
        html +=
            u"<p style=\"color:#8a4b00\">"_s + tr("Note: the catalog data is incomplete or unclear.").toHtmlEscaped();
        for (const QString &issue : issues)
            html += u"<br>&bull; "_s + issue.toHtmlEscaped();
        html += u"</p>"_s;
    }
    m_ui->procedureInfo->setText(html);

    if (!p.papersKnown || p.papers.isEmpty()) {
        auto *item = new QListWidgetItem(tr("The required papers of this procedure are not known."));
        item->setFlags(Qt::ItemIsEnabled);
        m_ui->papersList->addItem(item);
        return;
    }
    for (const QString &paper : p.papers) {
        auto *item = new QListWidgetItem(paper);
        item->setData(kPaperRole, paper);
        item->setToolTip(paper);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_ui->papersList->addItem(item);
    }
}

void ReceiveDialog::updateCitizenIdHint()
{
    showHint(m_ui->citizenIdMessage, ErrorText::citizenIdHint(validateCitizenId(m_ui->citizenId->text())));
}

void ReceiveDialog::updatePhoneHint()
{
    showHint(m_ui->phoneMessage, ErrorText::phoneHint(m_ui->phone->text()));
}

ReceiveRequest ReceiveDialog::request() const
{
    ReceiveRequest req;
    req.procedureCode = selectedProcedureCode();
    req.applicantName = m_ui->applicantName->text();
    req.citizenId = m_ui->citizenId->text();
    req.phone = m_ui->phone->text();
    req.address = m_ui->address->text();
    req.channel = channelFromKey(m_ui->channel->currentData().toString()).value_or(Channel::Direct);
    if (m_duplicate)
        req.duplicateReason = m_ui->duplicateReason->text();
    for (int i = 0; i < m_ui->papersList->count(); ++i) {
        const QListWidgetItem *item = m_ui->papersList->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            req.papers.append(item->data(kPaperRole).toString());
    }
    return req;
}

void ReceiveDialog::updateAppointment()
{
    const QString code = selectedProcedureCode();
    if (code.isEmpty()) {
        m_ui->dueInfo->setText(tr("Choose a procedure to see when the result is due."));
        return;
    }
    auto due = m_dossiers.appointmentFor(code);
    if (!due) {
        m_ui->dueInfo->setText(ErrorText::message(due.error()));
        return;
    }
    const QDateTime local = Time::toVietnam(due->dueAt);
    //: The appointment shown before saving: time, weekday and date
    QString text =
        tr("<b>%1, %2</b>").arg(local.toString(u"HH:mm"_s), QLocale().toString(local.date(), u"dddd dd/MM/yyyy"_s));
    if (due->unitAssumed)
        text += u"<br>"_s + tr("The catalog does not state the time unit: counted as working days.").toHtmlEscaped();
    m_ui->dueInfo->setText(text);
}

bool ReceiveDialog::anyPaperTicked() const
{
    return !request().papers.isEmpty();
}

bool ReceiveDialog::hasPapersToTick() const
{
    for (int i = 0; i < m_ui->papersList->count(); ++i) {
        if (m_ui->papersList->item(i)->flags() & Qt::ItemIsUserCheckable)
            return true;
    }
    return false;
}

void ReceiveDialog::accept()
{
    clearErrors();
    // Nothing ticked as received is usually a slip of the hand: asked first, once the core would save the rest.
    if (hasPapersToTick() && !anyPaperTicked()) {
        if (auto checked = m_dossiers.checkReceive(m_session, request()); !checked) {
            showError(checked.error());
            return;
        }
        // "Go back" leaves the person on the papers.
        m_ui->papersList->setFocus();
        if (m_ui->papersList->currentRow() < 0)
            m_ui->papersList->setCurrentRow(0);
        askFirst(this, u"noPapersBox"_s, windowTitle(), tr("No paper was ticked as received. Save the dossier anyway?"),
                 tr("&Save anyway"), tr("&Go back to the papers"), [this] { save(); });
        return;
    }
    save();
}

void ReceiveDialog::save()
{
    clearErrors();
    auto result = m_dossiers.receive(m_session, request());
    if (!result) {
        showError(result.error());
        return;
    }
    m_created = *result;
    QDialog::accept();
}

void ReceiveDialog::checkDuplicate()
{
    QString citizenId = m_ui->citizenId->text();
    citizenId.remove(u' ');
    const QString procedure = selectedProcedureCode();
    m_duplicate.reset();
    if (!citizenId.isEmpty() && !procedure.isEmpty() && validateCitizenId(citizenId).valid) {
        auto found = m_dossiers.findOpenDuplicate(m_session, citizenId, procedure);
        if (found && found->has_value())
            m_duplicate = **found;
    }
    if (!m_duplicate) {
        m_ui->duplicateBox->hide();
        showHint(m_ui->duplicateMessage, {});
        showHint(m_ui->duplicateReasonMessage, {});
        return;
    }
    const Dossier &d = *m_duplicate;
    showHint(
        m_ui->duplicateMessage,
        {MessageLevel::Warning,
         tr("Possible duplicate: this citizen already has an open dossier %1 for this procedure, received %2 "
            "(%3). Refuse this one as a duplicate, or give the reason for receiving it anyway.")
             .arg(d.code, Time::toVietnam(d.receivedAt).toString(u"dd/MM/yyyy"_s), ErrorText::dossierState(d.state))});
    m_ui->duplicateBox->show();
}

void ReceiveDialog::refuseAsDuplicate()
{
    clearErrors();
    ReceiveRequest req = request();
    req.duplicateReason.clear();
    req.refuseAsDuplicate = true;
    auto result = m_dossiers.receive(m_session, req);
    if (!result) {
        showError(result.error());
        return;
    }
    m_created = *result;
    QDialog::accept();
}

void ReceiveDialog::clearErrors()
{
    showHint(m_ui->procedureMessage, {});
    showHint(m_ui->applicantNameMessage, {});
    showHint(m_ui->addressMessage, {});
    showHint(m_ui->papersMessage, {});
    showHint(m_ui->formMessage, {});
    showHint(m_ui->duplicateReasonMessage, {});
    updateCitizenIdHint();
    updatePhoneHint();
}

void ReceiveDialog::showError(const Error &error)
{
    static const auto log = Log::get("ui");
    log->info("receive refused: {} ({})", errorCodeName(error.code).toStdString(), error.field.toStdString());
    const Hint hint{MessageLevel::Error, ErrorText::message(error)};
    QLabel *label = m_ui->formMessage;
    QWidget *focus = nullptr;
    if (error.field == u"procedure") {
        label = m_ui->procedureMessage;
        focus = m_ui->procedureSearch;
    } else if (error.field == u"applicant_name") {
        label = m_ui->applicantNameMessage;
        focus = m_ui->applicantName;
    } else if (error.field == u"citizen_id") {
        label = m_ui->citizenIdMessage;
        focus = m_ui->citizenId;
    } else if (error.field == u"phone") {
        label = m_ui->phoneMessage;
        focus = m_ui->phone;
    } else if (error.field == u"address") {
        label = m_ui->addressMessage;
        focus = m_ui->address;
    } else if (error.field == u"papers") {
        label = m_ui->papersMessage;
        focus = m_ui->papersList;
    } else if (error.field == u"channel") {
        focus = m_ui->channel;
    } else if (error.field == u"duplicate") {
        checkDuplicate();
        if (m_duplicate) {
            label = m_ui->duplicateReasonMessage;
            focus = m_ui->duplicateReason;
        }
    }
    if (label == m_ui->citizenIdMessage) {
        // The as-you-type hint is the more precise sentence when it already reports the problem.
        const Hint typed = ErrorText::citizenIdHint(validateCitizenId(m_ui->citizenId->text()));
        showHint(label, typed.level == MessageLevel::Error ? typed : hint);
    } else {
        showHint(label, hint);
    }
    if (focus)
        focus->setFocus();
}

bool ReceiveDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->procedureSearch && key->key() == Qt::Key_Down && m_ui->procedureList->count() > 0) {
            m_ui->procedureList->setFocus();
            if (m_ui->procedureList->currentRow() < 0)
                m_ui->procedureList->setCurrentRow(0);
            return true;
        }
        if (watched == m_ui->procedureList) {
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                m_ui->procedureList->currentRow() >= 0) {
                m_ui->applicantName->setFocus();
                return true;
            }
            if (key->key() == Qt::Key_Up && m_ui->procedureList->currentRow() <= 0) {
                m_ui->procedureSearch->setFocus();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace MotCua::Ui
