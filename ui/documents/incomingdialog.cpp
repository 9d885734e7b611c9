#include "ui/documents/incomingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "ui/attachments/pendingattachmentlist.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

template <typename W> W *named(W *w, const QString &objectName, const QString &accessibleName)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessibleName);
    return w;
}

} // namespace

IncomingDialog::IncomingDialog(DocumentService &service, const Session &session, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session)
{
    setObjectName(u"incomingDialog"_s);
    setWindowTitle(tr("Register an incoming document"));

    m_arrival = new QLabel(this);
    m_arrival->setObjectName(u"arrivalLabel"_s);
    QFont big = m_arrival->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_arrival->setFont(big);

    m_agency = named(new QLineEdit(this), u"agencyEdit"_s, tr("Issuing agency"));
    m_agency->setMaxLength(200);
    m_number = named(new QLineEdit(this), u"numberEdit"_s, tr("Number"));
    m_number->setMaxLength(11);
    m_symbol = named(new QLineEdit(this), u"symbolEdit"_s, tr("Symbol"));
    m_symbol->setMaxLength(30);
    m_symbol->setPlaceholderText(tr("e.g. UBND-VP"));
    m_issued = named(new QDateEdit(QDate::currentDate(), this), u"issuedEdit"_s, tr("Document date"));
    m_issued->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_issued->setCalendarPopup(true);
    m_type = named(new QComboBox(this), u"typeCombo"_s, tr("Document type"));
    for (const DocumentType &t : documentTypes())
        m_type->addItem(t.inSymbol ? tr("%1 (%2)", "type name (abbreviation)").arg(t.name, t.abbr) : t.name, t.abbr);
    if (const int cv = m_type->findData(u"CV"_s); cv >= 0)
        m_type->setCurrentIndex(cv);
    m_summary = named(new QPlainTextEdit(this), u"summaryEdit"_s, tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(
        tr("Trích yếu: what the document is about (Enter registers, Shift+Enter a new line)"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4);
    m_summary->installEventFilter(this);

    m_urgency = named(new QComboBox(this), u"urgencyCombo"_s, tr("Urgency"));
    for (Urgency u : {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash})
        m_urgency->addItem(urgencyText(u), urgencyKey(u));
    m_secrecy = named(new QComboBox(this), u"secrecyCombo"_s, tr("Confidentiality"));
    for (Secrecy s : {Secrecy::None, Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        m_secrecy->addItem(secrecyText(s), secrecyKey(s));
    m_medium = named(new QComboBox(this), u"mediumCombo"_s, tr("Paper or electronic"));
    m_medium->addItem(tr("Paper"), mediumKey(Medium::Paper));
    m_medium->addItem(tr("Electronic"), mediumKey(Medium::Electronic));
    m_received = named(new QDateTimeEdit(this), u"receivedEdit"_s, tr("Arrival date and time"));
    const QDateTime nowVn = Time::toVietnam(QDateTime::currentDateTimeUtc());
    m_received->setDateTime(QDateTime(nowVn.date(), QTime(nowVn.time().hour(), nowVn.time().minute())));
    m_received->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    m_received->setCalendarPopup(true);
    m_pages = named(new QSpinBox(this), u"pagesSpin"_s, tr("Pages"));
    m_pages->setRange(0, 999);
    m_pages->setSpecialValueText(tr("not counted"));
    m_language = named(new QLineEdit(u"Tiếng Việt"_s, this), u"languageEdit"_s, tr("Language"));
    m_signer = named(new QLineEdit(this), u"signerEdit"_s, tr("Signed by"));
    m_position = named(new QLineEdit(this), u"signerPositionEdit"_s, tr("Signer's position"));
    m_recipients = named(new QLineEdit(this), u"recipientsEdit"_s, tr("Units or persons receiving it"));
    m_hasDue = named(new QCheckBox(tr("&Reply by"), this), u"dueCheck"_s, tr("A reply is due"));
    m_due = named(new QDateEdit(QDate::currentDate().addDays(7), this), u"dueEdit"_s, tr("Reply due date"));
    m_due->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_note = named(new QLineEdit(this), u"noteEdit"_s, tr("Note"));

    m_duplicateLabel = new MessageLabel(this);
    m_duplicateLabel->setObjectName(u"duplicateLabel"_s);
    m_duplicateLabel->hide();
    m_anyway = named(new QCheckBox(tr("Register &anyway (it is another document)"), this), u"registerAnywayCheck"_s,
                     tr("Register anyway"));
    m_anyway->hide();
    m_secrecyLabel = new MessageLabel(this);
    m_secrecyLabel->setObjectName(u"secrecyRuleLabel"_s);
    m_secrecyLabel->hide();

    // The attachments: files chosen here go into the registration (IncomingRequest::attachments), stored and
    // attached in the same transaction as the document.
    m_attachmentArea = new PendingAttachmentList(this);
    m_attachmentArea->setObjectName(u"attachmentArea"_s);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    auto *symbolLabel = new QLabel(tr("S&ymbol:"), this);
    symbolLabel->setBuddy(m_symbol);
    numberRow->addWidget(symbolLabel);
    numberRow->addWidget(m_symbol, 2);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signer, 2);
    auto *positionLabel = new QLabel(tr("P&osition:"), this);
    positionLabel->setBuddy(m_position);
    signerRow->addWidget(positionLabel);
    signerRow->addWidget(m_position, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Arrival:"), m_arrival);
    form->addRow(tr("&From (issuing agency):"), m_agency);
    form->addRow(tr("&Number:"), numberRow);
    form->addRow(QString(), m_duplicateLabel);
    form->addRow(QString(), m_anyway);
    form->addRow(tr("&Dated:"), m_issued);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("&Confidentiality:"), m_secrecy);
    form->addRow(QString(), m_secrecyLabel);
    form->addRow(tr("Arri&ved at:"), m_received);
    form->addRow(tr("&Medium:"), m_medium);
    form->addRow(tr("Si&gned by:"), signerRow);
    form->addRow(tr("Pa&ges:"), m_pages);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(tr("Deadline:"), dueRow);
    form->addRow(tr("No&te:"), m_note);
    // Rows holding two fields: the label's mnemonic goes to the first one.
    for (const auto &[row, field] : {std::pair<QLayout *, QWidget *>{numberRow, m_number}, {signerRow, m_signer}}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(field);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"registerButton"_s);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncomingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncomingDialog::reject);

    // The form on the left, the files (their list and a preview) beside it.
    m_attachmentArea->placeBeside(this, form, m_message, buttons);

    // The duplicate check runs after a pause in the typing of the three fields it compares.
    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &IncomingDialog::checkDuplicatesNow);
    for (QLineEdit *e : {m_agency, m_number, m_symbol})
        connect(e, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_secrecy, &QComboBox::currentIndexChanged, this, &IncomingDialog::updateSecrecy);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &IncomingDialog::updateArrivalNumber);

    updateArrivalNumber();
    updateSecrecy();
    m_agency->setFocus();
    resize(sizeHint().width() * 1.15, sizeHint().height());
}

IncomingDialog::~IncomingDialog() = default;

bool IncomingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the summary registers, as in every other field; Shift+Enter starts a new line.
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

IncomingRequest IncomingDialog::request() const
{
    IncomingRequest r;
    r.fromAgency = m_agency->text().trimmed();
    r.number = m_number->text().trimmed();
    r.symbol = m_symbol->text().trimmed();
    r.issuedOn = m_issued->date();
    r.type = m_type->currentData().toString();
    r.summary = m_summary->toPlainText().trimmed();
    r.language = m_language->text().trimmed();
    r.pages = m_pages->value();
    r.signer = m_signer->text().trimmed();
    r.signerPosition = m_position->text().trimmed();
    r.urgency = urgencyFromKey(m_urgency->currentData().toString()).value_or(Urgency::Normal);
    r.secrecy = secrecyFromKey(m_secrecy->currentData().toString()).value_or(Secrecy::None);
    r.recipients = m_recipients->text().trimmed();
    if (m_hasDue->isChecked())
        r.due = m_due->date();
    r.medium = mediumFromKey(m_medium->currentData().toString()).value_or(Medium::Paper);
    const QDateTime local = m_received->dateTime();
    r.receivedAt = QDateTime(local.date(), local.time(), Time::vietnam()).toUTC();
    r.note = m_note->text().trimmed();
    // Checked, stored and attached by the core with the document (none for a document with a confidentiality level).
    r.attachments = chosenAttachments();
    r.acceptDuplicate = !m_duplicates.isEmpty() && m_anyway->isChecked();
    return r;
}

void IncomingDialog::updateArrivalNumber()
{
    const int year = m_received->date().year();
    auto next = m_service.nextArrivalNumber(year);
    if (!next) {
        m_arrival->setText(tr("Arrival number: unknown (%1)").arg(ErrorText::message(next.error())));
        return;
    }
    //: The arrival number (số đến) the document will get, and the year of the register
    m_arrival->setText(tr("Arrival number %1 of %2").arg(*next).arg(year));
}

void IncomingDialog::updateSecrecy()
{
    const bool secret = m_secrecy->currentData().toString() != secrecyKey(Secrecy::None);
    m_secrecyLabel->setVisible(secret);
    if (secret)
        showHint(m_secrecyLabel, {MessageLevel::Warning, secrecyRuleText()});
    m_attachmentArea->setEnabled(!secret);
    m_attachmentArea->setToolTip(secret ? secrecyRuleText() : QString());
}

void IncomingDialog::checkDuplicatesNow()
{
    m_duplicateTimer->stop();
    const QString number = m_number->text().trimmed();
    const QString symbol = m_symbol->text().trimmed();
    const QString agency = m_agency->text().trimmed();
    m_duplicates.clear();
    if (!number.isEmpty() && !symbol.isEmpty() && !agency.isEmpty()) {
        if (auto found = m_service.duplicatesOf(number, symbol, agency))
            m_duplicates = *found;
    }
    showDuplicates();
}

void IncomingDialog::showDuplicates()
{
    const bool any = !m_duplicates.isEmpty();
    m_duplicateLabel->setVisible(any);
    m_anyway->setVisible(any);
    if (!any) {
        m_anyway->setChecked(false);
        return;
    }
    const IncomingDocument &d = m_duplicates.first();
    showHint(m_duplicateLabel,
             {MessageLevel::Warning,
              tr("Already registered: arrival number %1 of %2, received %3: “%4”. Check that this is not the same "
                 "document before registering it again.")
                  .arg(d.arrivalNumber)
                  .arg(d.year)
                  .arg(Time::toVietnam(d.receivedAt).toString(u"dd/MM/yyyy"_s), d.summary)});
}

void IncomingDialog::setAttachments(const QStringList &paths)
{
    m_attachmentArea->setPaths(paths);
}

QStringList IncomingDialog::chosenAttachments() const
{
    const bool secret = m_secrecy->currentData().toString() != secrecyKey(Secrecy::None);
    return secret ? QStringList() : m_attachmentArea->paths();
}

void IncomingDialog::showError(const Error &error)
{
    showHint(m_message, {MessageLevel::Error, ErrorText::message(error)});
    m_message->show();
    const QHash<QString, QWidget *> fields{{u"from_agency"_s, m_agency},
                                           {u"fromAgency"_s, m_agency},
                                           {u"agency"_s, m_agency},
                                           {u"number"_s, m_number},
                                           {u"symbol"_s, m_symbol},
                                           {u"issued_on"_s, m_issued},
                                           {u"type"_s, m_type},
                                           {u"summary"_s, m_summary},
                                           {u"received_at"_s, m_received},
                                           {u"pages"_s, m_pages},
                                           {u"due"_s, m_due},
                                           {u"duplicate"_s, m_anyway},
                                           {u"attachments"_s, m_attachmentArea->addButton()}};
    if (QWidget *w = fields.value(error.field))
        w->setFocus();
}

void IncomingDialog::accept()
{
    // The last keystrokes may not have been checked yet.
    checkDuplicatesNow();
    if (!m_duplicates.isEmpty() && !m_anyway->isChecked()) {
        showHint(m_message, {MessageLevel::Warning,
                             tr("A document with this number, symbol and agency is already registered. Tick “Register "
                                "anyway” if this is another document.")});
        m_message->show();
        m_anyway->setFocus();
        return;
    }
    auto done = m_service.registerIncoming(m_session, request());
    if (!done) {
        if (done.error().field == u"duplicate")
            checkDuplicatesNow();
        showError(done.error());
        return;
    }
    m_registered = *done;
    QDialog::accept();
}

} // namespace MotCua::Ui
