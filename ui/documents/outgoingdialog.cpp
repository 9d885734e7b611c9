#include "ui/documents/outgoingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/attachments/pendingattachmentlist.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

OutgoingDialog::OutgoingDialog(DocumentService &service, const Session &session, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session)
{
    setObjectName(u"outgoingDialog"_s);
    setWindowTitle(tr("Draft an outgoing document"));

    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeCombo"_s);
    m_type->setAccessibleName(tr("Document type"));
    for (const DocumentType &t : documentTypes())
        m_type->addItem(t.inSymbol ? tr("%1 (%2)", "type name (abbreviation)").arg(t.name, t.abbr) : t.name, t.abbr);
    if (const int cv = m_type->findData(u"CV"_s); cv >= 0)
        m_type->setCurrentIndex(cv);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"summaryEdit"_s);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_department = new QComboBox(this);
    m_department->setObjectName(u"departmentCombo"_s);
    m_department->setAccessibleName(tr("Drafting department"));
    m_department->setEditable(true);
    if (auto config = m_service.registerConfig()) {
        for (const auto &[abbr, name] : std::as_const(config->departments))
            m_department->addItem(tr("%1 – %2", "abbreviation – name").arg(abbr, name), abbr);
        const int i = m_department->findData(config->defaultDepartment);
        if (i >= 0)
            m_department->setCurrentIndex(i);
        else
            m_department->setEditText(config->defaultDepartment);
    }
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(u"urgencyCombo"_s);
    m_urgency->setAccessibleName(tr("Urgency"));
    for (Urgency u : {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash})
        m_urgency->addItem(urgencyText(u), urgencyKey(u));
    m_secrecy = new QComboBox(this);
    m_secrecy->setObjectName(u"secrecyCombo"_s);
    m_secrecy->setAccessibleName(tr("Confidentiality"));
    for (Secrecy s : {Secrecy::None, Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        m_secrecy->addItem(secrecyText(s), secrecyKey(s));
    m_secrecyLabel = new MessageLabel(this);
    m_secrecyLabel->setObjectName(u"secrecyRuleLabel"_s);
    m_secrecyLabel->hide();
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(u"recipientsEdit"_s);
    m_recipients->setAccessibleName(tr("Recipients, one per line"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One recipient per line"));
    m_recipients->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(u"copiesSpin"_s);
    m_copies->setAccessibleName(tr("Copies"));
    m_copies->setRange(0, 999);
    m_copies->setSpecialValueText(tr("not set"));
    m_hasReplyDue = new QCheckBox(tr("Reply &requested by"), this);
    m_hasReplyDue->setObjectName(u"replyDueCheck"_s);
    m_replyDue = new QDateEdit(QDate::currentDate().addDays(10), this);
    m_replyDue->setObjectName(u"replyDueEdit"_s);
    m_replyDue->setAccessibleName(tr("Reply due"));
    m_replyDue->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_replyDue->setCalendarPopup(true);
    m_replyDue->setEnabled(false);
    connect(m_hasReplyDue, &QCheckBox::toggled, m_replyDue, &QWidget::setEnabled);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_hasReplyDue);
    replyRow->addWidget(m_replyDue, 1);
    m_signer = new QLineEdit(this);
    m_signer->setObjectName(u"signerEdit"_s);
    m_signer->setAccessibleName(tr("Planned signer"));
    m_position = new QLineEdit(this);
    m_position->setObjectName(u"signerPositionEdit"_s);
    m_position->setAccessibleName(tr("Signer's position"));
    m_signer->setPlaceholderText(tr("Full name"));
    m_position->setPlaceholderText(tr("Position"));
    auto *signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signer, 2);
    signerRow->addWidget(m_position, 1);
    m_relation = new QComboBox(this);
    m_relation->setObjectName(u"relationCombo"_s);
    m_relation->setAccessibleName(tr("Relation to an earlier document"));
    for (DocumentRelation r : {DocumentRelation::None, DocumentRelation::Correction, DocumentRelation::Replacement,
                               DocumentRelation::Recall})
        m_relation->addItem(r == DocumentRelation::None ? tr("(a new document)") : relationText(r), relationKey(r));
    m_related = new QComboBox(this);
    m_related->setObjectName(u"relatedCombo"_s);
    m_related->setAccessibleName(tr("Earlier document"));
    OutgoingFilter issued;
    if (auto list = m_service.listOutgoing(m_session, issued, 200)) {
        for (const OutgoingDocument &o : std::as_const(*list)) {
            if (o.number > 0)
                m_related->addItem(tr("%1 – %2", "number/symbol – summary").arg(o.numberSymbol(), o.summary), o.id);
        }
    }
    m_related->setEnabled(false);
    connect(m_relation, &QComboBox::currentIndexChanged, this,
            [this] { m_related->setEnabled(!m_relation->currentData().toString().isEmpty()); });
    auto *relationRow = new QHBoxLayout;
    relationRow->addWidget(m_relation);
    relationRow->addWidget(m_related, 1);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setAccessibleName(tr("Note"));

    // The draft's files go into the request (OutgoingRequest::attachments): the core stores and attaches them with it.
    m_attachmentArea = new PendingAttachmentList(this);
    m_attachmentArea->setObjectName(u"attachmentArea"_s);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("&Confidentiality:"), m_secrecy);
    form->addRow(QString(), m_secrecyLabel);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(tr("C&opies:"), m_copies);
    form->addRow(QString(), replyRow);
    form->addRow(tr("Si&gner:"), signerRow);
    form->addRow(tr("Re&lated to:"), relationRow);
    form->addRow(tr("No&te:"), m_note);
    for (const auto &[row, field] : {std::pair<QLayout *, QWidget *>{signerRow, m_signer}, {relationRow, m_relation}}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(field);
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_department),
          static_cast<QWidget *>(m_urgency), static_cast<QWidget *>(m_secrecy), static_cast<QWidget *>(m_recipients),
          static_cast<QWidget *>(m_copies), static_cast<QWidget *>(m_note)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            label->setBuddy(w);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutgoingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutgoingDialog::reject);
    connect(m_secrecy, &QComboBox::currentIndexChanged, this, &OutgoingDialog::updateSecrecy);

    // The form on the left, the files (their list and a preview) beside it.
    m_attachmentArea->placeBeside(this, form, m_message, buttons);
    m_type->setFocus();
    updateSecrecy();
    resize(sizeHint().width() * 1.15, sizeHint().height());
}

OutgoingDialog::~OutgoingDialog() = default;

void OutgoingDialog::updateSecrecy()
{
    const bool secret = m_secrecy->currentData().toString() != secrecyKey(Secrecy::None);
    m_secrecyLabel->setVisible(secret);
    if (secret)
        showHint(m_secrecyLabel, {MessageLevel::Warning, secrecyRuleText()});
    m_attachmentArea->setEnabled(!secret);
    m_attachmentArea->setToolTip(secret ? secrecyRuleText() : QString());
}

void OutgoingDialog::setAttachments(const QStringList &paths)
{
    m_attachmentArea->setPaths(paths);
}

QStringList OutgoingDialog::chosenAttachments() const
{
    const bool secret = m_secrecy->currentData().toString() != secrecyKey(Secrecy::None);
    return secret ? QStringList() : m_attachmentArea->paths();
}

OutgoingRequest OutgoingDialog::request() const
{
    OutgoingRequest r;
    r.type = m_type->currentData().toString();
    r.summary = m_summary->toPlainText().trimmed();
    // An abbreviation from the list, or one typed in.
    const int i = m_department->findText(m_department->currentText());
    r.department = i >= 0 ? m_department->itemData(i).toString() : m_department->currentText().trimmed();
    r.urgency = urgencyFromKey(m_urgency->currentData().toString()).value_or(Urgency::Normal);
    r.secrecy = secrecyFromKey(m_secrecy->currentData().toString()).value_or(Secrecy::None);
    r.copies = m_copies->value();
    if (m_hasReplyDue->isChecked())
        r.replyDue = m_replyDue->date();
    for (const QString &line : m_recipients->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            r.recipients << line.trimmed();
    }
    r.signerName = m_signer->text().trimmed();
    r.signerPosition = m_position->text().trimmed();
    r.relation = relationFromKey(m_relation->currentData().toString()).value_or(DocumentRelation::None);
    if (r.relation != DocumentRelation::None)
        r.relatedTo = m_related->currentData().toString();
    r.note = m_note->text().trimmed();
    r.attachments = chosenAttachments();
    return r;
}

void OutgoingDialog::accept()
{
    auto done = m_service.createOutgoing(m_session, request());
    if (!done) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(done.error())});
        m_message->show();
        return;
    }
    m_created = *done;
    QDialog::accept();
}

} // namespace MotCua::Ui
