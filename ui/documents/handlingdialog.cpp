#include "ui/documents/handlingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/documents/documentwords.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

HandlingDialog::HandlingDialog(DocumentService &service, const Session &session, const IncomingDocument &document,
                               Mode mode, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_document(document), m_mode(mode)
{
    setObjectName(mode == Mode::Finish ? u"finishDialog"_s : u"progressDialog"_s);
    setWindowTitle(mode == Mode::Finish ? tr("Finish incoming document %1").arg(document.arrivalNumber)
                                        : tr("Progress of incoming document %1").arg(document.arrivalNumber));
    auto *what = new QLabel(DocumentWords::summaryLine(document.type, document.summary), this);
    what->setWordWrap(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setAccessibleName(mode == Mode::Finish ? tr("How it was resolved") : tr("Progress"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4);

    auto *form = new QFormLayout;
    form->addRow(what);
    if (mode == Mode::Finish) {
        m_reply = new QComboBox(this);
        m_reply->setObjectName(u"replyCombo"_s);
        m_reply->setAccessibleName(tr("Reply document"));
        m_reply->addItem(tr("(no reply document)"), QString());
        // The numbered outgoing documents of this year and the last: the reply is one of them.
        OutgoingFilter filter;
        if (auto list = m_service.listOutgoing(m_session, filter, 200)) {
            for (const OutgoingDocument &o : std::as_const(*list)) {
                if (o.number <= 0)
                    continue;
                m_reply->addItem(tr("%1 – %2", "number/symbol – summary").arg(o.numberSymbol(), o.summary), o.id);
            }
        }
        form->addRow(tr("&Reply:"), m_reply);
        form->addRow(tr("&Note:"), m_note);
    } else {
        form->addRow(tr("&Progress:"), m_note);
    }
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save =
        buttons->addButton(mode == Mode::Finish ? tr("&Finish") : tr("&Record"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandlingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandlingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (m_reply ? static_cast<QWidget *>(m_reply) : m_note)->setFocus();
}

HandlingDialog::~HandlingDialog() = default;

bool HandlingDialog::selectReply(const QString &outgoingId)
{
    if (!m_reply)
        return false;
    const int i = m_reply->findData(outgoingId);
    if (i < 0)
        return false;
    m_reply->setCurrentIndex(i);
    return true;
}

void HandlingDialog::accept()
{
    const QString note = m_note->toPlainText().trimmed();
    auto done = m_mode == Mode::Finish
                    ? m_service.finishIncoming(m_session, m_document.id, m_reply->currentData().toString(), note)
                    : m_service.recordProgress(m_session, m_document.id, note);
    if (!done) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(done.error())});
        m_message->show();
        return;
    }
    m_result = *done;
    QDialog::accept();
}

} // namespace MotCua::Ui
