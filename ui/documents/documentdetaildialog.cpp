#include "ui/documents/documentdetaildialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/documents/documentrules.h"
#include "ui/attachments/attachmentpanel.h"
#include "ui/documents/documentwords.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

DocumentDetailDialog::DocumentDetailDialog(Store &store, const Session &session, const IncomingDocument &document,
                                           QWidget *parent)
    : QDialog(parent), m_ownerEntity(u"incoming"_s), m_ownerId(document.id)
{
    setObjectName(u"incomingDetailDialog"_s);
    build(store, session, document.secrecy,
          tr("Incoming document %1/%2").arg(document.arrivalNumber).arg(document.year),
          DocumentWords::incomingHtml(document));
}

DocumentDetailDialog::DocumentDetailDialog(Store &store, const Session &session, const OutgoingDocument &document,
                                           QWidget *parent)
    : QDialog(parent), m_ownerEntity(u"outgoing"_s), m_ownerId(document.id)
{
    setObjectName(u"outgoingDetailDialog"_s);
    build(store, session, document.secrecy,
          document.number > 0 ? tr("Outgoing document %1").arg(document.numberSymbol()) : tr("Outgoing draft"),
          DocumentWords::outgoingHtml(document));
}

DocumentDetailDialog::~DocumentDetailDialog() = default;

void DocumentDetailDialog::build(Store &store, const Session &session, Secrecy secrecy, const QString &title,
                                 const QString &html)
{
    setWindowTitle(title);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"detailBrowser"_s);
    m_browser->setAccessibleName(tr("Document record"));
    m_browser->setHtml(html);

    auto *box = new QGroupBox(tr("Attachments"), this);
    box->setObjectName(u"attachmentArea"_s);
    m_attachments = new AttachmentPanel(store, session, m_ownerEntity, m_ownerId, box);
    // The core refuses files on a classified document (AttachmentService, field "secrecy"): say so before a try.
    if (secrecy != Secrecy::None)
        m_attachments->refuseAdding(secrecyRuleText());
    connect(m_attachments, &AttachmentPanel::changed, this, &DocumentDetailDialog::attachmentsChanged);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_attachments);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_browser);
    splitter->addWidget(box);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 40);
}

} // namespace MotCua::Ui
