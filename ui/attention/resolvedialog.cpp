#include "ui/attention/resolvedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/attention/conflicttablemodel.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

ResolveDialog::ResolveDialog(ConflictService &conflicts, const Session &session, const Conflict &item, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_session(session), m_id(item.id)
{
    setObjectName(u"resolveDialog"_s);
    setWindowTitle(tr("Mark resolved: %1").arg(ConflictTableModel::kindTitle(item.kind)));
    auto *about = new MessageLabel(this);
    about->setText(ConflictTableModel::whatHappened(item));
    auto *label = new QLabel(tr("&What was done about it:"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"resolveNote"_s);
    m_note->setAccessibleName(tr("What was done about it"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For example: the result had been returned at counter 1; nothing more to do."));
    m_note->setMaximumHeight(fontMetrics().height() * 5);
    label->setBuddy(m_note);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"resolveMessage"_s);
    showHint(m_message, {MessageLevel::Info, tr("Everyone sees the note, on every counter of the commune.")});
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark resolved"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResolveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(label);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_note->setFocus();
}

ResolveDialog::~ResolveDialog() = default;

void ResolveDialog::accept()
{
    auto r = m_conflicts.resolve(m_session, m_id, m_note->toPlainText());
    if (!r) {
        const Error &e = r.error();
        showHint(m_message, {MessageLevel::Error, e.field == u"note" && e.code == Error::Code::Invalid &&
                                                          m_note->toPlainText().trimmed().isEmpty()
                                                      ? tr("Say in a few words what was done about it.")
                                                      : ErrorText::message(e)});
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace MotCua::Ui
