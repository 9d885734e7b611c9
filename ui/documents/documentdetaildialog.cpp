#include "ui/documents/documentdetaildialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/documents/documentwords.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

DocumentDetailDialog::DocumentDetailDialog(const IncomingDocument &document, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"incomingDetailDialog"_s);
    build(tr("Incoming document %1/%2").arg(document.arrivalNumber).arg(document.year),
          DocumentWords::incomingHtml(document));
}

DocumentDetailDialog::DocumentDetailDialog(const OutgoingDocument &document, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"outgoingDetailDialog"_s);
    build(document.number > 0 ? tr("Outgoing document %1").arg(document.numberSymbol()) : tr("Outgoing draft"),
          DocumentWords::outgoingHtml(document));
}

DocumentDetailDialog::~DocumentDetailDialog() = default;

void DocumentDetailDialog::build(const QString &title, const QString &html)
{
    setWindowTitle(title);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"detailBrowser"_s);
    m_browser->setAccessibleName(tr("Document record"));
    m_browser->setHtml(html);
    // TODO(att): an AttachmentPanel (list, preview) for this record goes here once branch att is merged.
    m_attachments = new QWidget(this);
    m_attachments->setObjectName(u"attachmentArea"_s);
    auto *attachLayout = new QVBoxLayout(m_attachments);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 32);
}

} // namespace MotCua::Ui
