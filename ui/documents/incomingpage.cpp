#include "ui/documents/incomingpage.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/services/authservice.h"
#include "core/store/store.h"
#include "ui/documents/directiondialog.h"
#include "ui/documents/documentdetaildialog.h"
#include "ui/documents/documentqueues.h"
#include "ui/documents/handlingdialog.h"
#include "ui/documents/incomingdialog.h"
#include "ui/documents/incomingtablemodel.h"
#include "ui/documents/registerprint.h"
#include "ui/documents/registerprintdialog.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

IncomingPage::IncomingPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_service(store)
{
    setObjectName(u"incomingPage"_s);

    auto *heading = new QLabel(tr("Incoming documents"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"queueCombo"_s);
    m_queue->setAccessibleName(tr("Queue"));
    for (const DocumentQueue &q : DocumentQueues::incoming())
        m_queue->addItem(q.title, q.key);
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"yearSpin"_s);
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(1999, 9999);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(1999);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter by summary, agency, number or symbol (no diacritics needed)"));
    m_filter->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue);
    top->addWidget(queueLabel);
    top->addWidget(m_queue);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_filter, 2);

    auto button = [this](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(key.toString(QKeySequence::NativeText));
        }
        return b;
    };
    // F3 is the main window's "Register incoming document" (from any page); the button says so.
    m_register = button(tr("&Register…"), u"registerButton"_s);
    m_register->setToolTip(QKeySequence(Qt::Key_F3).toString(QKeySequence::NativeText));
    m_direct = button(tr("&Direct…"), u"directButton"_s, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_progress = button(tr("Pro&gress…"), u"progressButton"_s);
    m_finish = button(tr("&Finish…"), u"finishButton"_s);
    m_details = button(tr("De&tails"), u"detailsButton"_s);
    m_slip = button(tr("Action &slip"), u"slipButton"_s);
    auto *slipMenu = new QMenu(m_slip);
    slipMenu->addAction(tr("Print preview…"), this, &IncomingPage::printActionSlip);
    slipMenu->addAction(tr("Save as PDF…"), this, &IncomingPage::saveActionSlip);
    m_slip->setMenu(slipMenu);
    m_registers = button(tr("Re&gisters…"), u"registersButton"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_register, m_direct, m_progress, m_finish, m_details, m_slip})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_registers);

    m_model = new IncomingTableModel(m_service, m_session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"incomingTable"_s);
    m_table->setAccessibleName(tr("Incoming documents"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(IncomingTableModel::Sync, true); // until the counter is enrolled (setSyncState)
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IncomingTableModel::Summary, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text().trimmed()); });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_queue->currentData().toString();
        m_model->setQueue(incomingQueueFromKey(key).value_or(IncomingQueue::All));
        emit queueChosen(key);
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) { m_model->setYear(y == m_year->minimum() ? 0 : y); });
    connect(m_model, &IncomingTableModel::loadFailed, this, [this](const Error &e) {
        m_error->setText(tr("Could not load the incoming documents: %1").arg(ErrorText::message(e)));
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncomingPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncomingPage::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, &IncomingPage::showDetails);
    connect(m_register, &QPushButton::clicked, this, [this] { registerDocument(); });
    connect(m_direct, &QPushButton::clicked, this, &IncomingPage::directCurrent);
    connect(m_progress, &QPushButton::clicked, this, &IncomingPage::recordProgress);
    connect(m_finish, &QPushButton::clicked, this, &IncomingPage::finishCurrent);
    connect(m_details, &QPushButton::clicked, this, &IncomingPage::showDetails);
    connect(m_registers, &QPushButton::clicked, this, &IncomingPage::printRegisters);

    reload();
}

IncomingPage::~IncomingPage() = default;

const IncomingDocument *IncomingPage::current() const
{
    return m_model->itemAt(m_table->currentIndex());
}

void IncomingPage::reload()
{
    const QString id = current() ? current()->id : QString();
    m_error->hide();
    m_model->reload();
    sizeColumns();
    // Keep the selection on the same document when it is still listed.
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void IncomingPage::sizeColumns()
{
    // Once, on the first rows.
    if (!m_sized)
        m_sized = PagedDocumentModel::sizeShortColumns(m_table, IncomingTableModel::Summary);
}

void IncomingPage::setQueue(const QString &key)
{
    DocumentQueues::select(m_queue, key);
}

void IncomingPage::setSyncState(bool enrolled, const QSet<QString> &pendingIds)
{
    m_model->setSyncState(enrolled, pendingIds);
    m_table->setColumnHidden(IncomingTableModel::Sync, !enrolled);
}

void IncomingPage::setCounts(const DocumentCounts &counts)
{
    DocumentQueues::showCounts(m_queue, true, counts);
}

void IncomingPage::updateButtons()
{
    const IncomingDocument *d = current();
    const bool open = d && d->isOpen();
    // Who may do what is the core's matrix (roleAllows); the services check it again.
    m_register->setEnabled(m_session.can(Permission::RegisterIncoming) && !m_store.writeBlock());
    m_direct->setEnabled(open && m_session.can(Permission::DirectIncoming));
    const bool handles = open && d->state != IncomingState::Registered && m_session.can(Permission::HandleIncoming);
    m_progress->setEnabled(handles);
    m_finish->setEnabled(handles);
    m_details->setEnabled(d != nullptr);
    m_slip->setEnabled(d != nullptr);
}

void IncomingPage::changed(const IncomingDocument &d, const QString &message)
{
    emit documentsChanged();
    reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IncomingTableModel::IdRole).toString() == d.id) {
            m_table->selectRow(row);
            break;
        }
    }
    emit statusMessage(message);
}

IncomingDialog *IncomingPage::registerDocument(const QStringList &files)
{
    if (!m_session.can(Permission::RegisterIncoming))
        return nullptr;
    if (const auto block = m_store.writeBlock()) {
        emit statusMessage(ErrorText::message(block->error()));
        return nullptr;
    }
    auto *dialog = new IncomingDialog(m_service, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        dialog->setAttachments(files);
    // The chosen files went into the registration itself (IncomingRequest::attachments, one transaction).
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto &d = dialog->registered();
        if (!d)
            return;
        const QStringList attached = dialog->chosenAttachments();
        const QString message =
            attached.isEmpty()
                ? tr("Registered incoming document: arrival number %1 of %2.").arg(d->arrivalNumber).arg(d->year)
                : tr("Registered incoming document: arrival number %1 of %2, %n file(s) attached.", nullptr,
                     int(attached.size()))
                      .arg(d->arrivalNumber)
                      .arg(d->year);
        const IncomingDocument document = *d;
        changed(document, message);
        emit registered(document.id, attached);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

DirectionDialog *IncomingPage::directCurrent()
{
    const IncomingDocument *d = current();
    if (!d || !d->isOpen() || !m_session.can(Permission::DirectIncoming))
        return nullptr;
    QList<User> colleagues;
    if (auto list = AuthService(m_store).listColleagues(m_session))
        colleagues = *list;
    // The record as it is now (the list may be a moment old), with every earlier direction.
    auto fresh = m_service.incoming(d->id);
    auto *dialog = new DirectionDialog(m_service, colleagues, m_session, fresh ? *fresh : *d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &r = dialog->directed())
            changed(*r, tr("Incoming document %1 directed to %2.")
                            .arg(r->arrivalNumber)
                            .arg(r->currentAssignees().isEmpty() ? QString() : r->currentAssignees().first().name));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

HandlingDialog *IncomingPage::recordProgress()
{
    const IncomingDocument *d = current();
    if (!d || !d->isOpen() || !m_session.can(Permission::HandleIncoming))
        return nullptr;
    auto *dialog = new HandlingDialog(m_service, m_session, *d, HandlingDialog::Mode::Progress, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &r = dialog->result())
            changed(*r, tr("Progress recorded on incoming document %1.").arg(r->arrivalNumber));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

HandlingDialog *IncomingPage::finishCurrent()
{
    const IncomingDocument *d = current();
    if (!d || !d->isOpen() || !m_session.can(Permission::HandleIncoming))
        return nullptr;
    auto *dialog = new HandlingDialog(m_service, m_session, *d, HandlingDialog::Mode::Finish, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &r = dialog->result())
            changed(*r, tr("Incoming document %1 finished.").arg(r->arrivalNumber));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void IncomingPage::showDetails()
{
    if (const IncomingDocument *d = current())
        showDocument(d->id);
}

DocumentDetailDialog *IncomingPage::showDocument(const QString &id)
{
    // The record as it is now, whatever the list shows.
    auto fresh = m_service.incoming(id);
    if (!fresh) {
        emit statusMessage(ErrorText::message(fresh.error()));
        return nullptr;
    }
    auto *dialog = new DocumentDetailDialog(m_store, m_session, *fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DocumentDetailDialog::attachmentsChanged, this, &IncomingPage::documentsChanged);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void IncomingPage::printActionSlip()
{
    const IncomingDocument *d = current();
    if (!d)
        return;
    auto data = loadActionSlip(m_store, d->id);
    if (!data) {
        emit statusMessage(ErrorText::message(data.error()));
        return;
    }
    previewActionSlip(this, *data);
}

void IncomingPage::saveActionSlip()
{
    if (const IncomingDocument *d = current())
        saveActionSlipAs(this, m_store, d->id);
}

void IncomingPage::printRegisters()
{
    auto *dialog = new RegisterPrintDialog(m_store, RegisterKind::Incoming, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace MotCua::Ui
