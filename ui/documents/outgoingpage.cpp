#include "ui/documents/outgoingpage.h"

#include <algorithm>
#include <optional>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/store/store.h"
#include "ui/documents/documentdetaildialog.h"
#include "ui/documents/documentqueues.h"
#include "ui/documents/documentwords.h"
#include "ui/documents/outgoingdialog.h"
#include "ui/documents/outgoingtablemodel.h"
#include "ui/documents/registerprintdialog.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

const QList<OutgoingAction> kActions = {OutgoingAction::Submit,      OutgoingAction::Approve, OutgoingAction::SendBack,
                                        OutgoingAction::Sign,        OutgoingAction::Number,  OutgoingAction::Dispatch,
                                        OutgoingAction::Acknowledge, OutgoingAction::File};

} // namespace

OutgoingPage::OutgoingPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_service(store)
{
    setObjectName(u"outgoingPage"_s);

    auto *heading = new QLabel(tr("Outgoing documents"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"queueCombo"_s);
    m_queue->setAccessibleName(tr("Queue"));
    for (const DocumentQueue &q : DocumentQueues::outgoing())
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
    m_filter->setPlaceholderText(tr("Filter by summary, number or symbol (no diacritics needed)"));
    m_filter->setClearButtonEnabled(true);

    // Numbers come from this counter until the province allots blocks: say so where numbers are given.
    m_numbersHere = new QLabel(tr("Document numbers are issued on this computer."), this);
    m_numbersHere->setObjectName(u"numbersHereLabel"_s);
    m_numbersHere->setToolTip(tr("Until the province allots blocks of numbers to each counter, number outgoing "
                                 "documents on one computer only, so that no number is given twice."));
    m_numbersHere->hide();

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

    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("&New draft…"), this);
    m_create->setObjectName(u"createButton"_s);
    // F4 is the main window's "New outgoing draft" (from any page).
    m_create->setToolTip(QKeySequence(Qt::Key_F4).toString(QKeySequence::NativeText));
    buttons->addWidget(m_create);
    for (OutgoingAction a : kActions) {
        auto *b = new QPushButton(DocumentWords::outgoingActionTitle(a), this);
        b->setObjectName(outgoingActionKey(a) + u"Button"_s);
        connect(b, &QPushButton::clicked, this, [this, a] { act(a); });
        buttons->addWidget(b);
        m_actions.insert(int(a), b);
    }
    m_details = new QPushButton(tr("De&tails"), this);
    m_details->setObjectName(u"detailsButton"_s);
    buttons->addWidget(m_details);
    buttons->addStretch(1);
    m_registers = new QPushButton(tr("Re&gisters…"), this);
    m_registers->setObjectName(u"registersButton"_s);
    buttons->addWidget(m_registers);

    m_model = new OutgoingTableModel(m_service, m_session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"outgoingTable"_s);
    m_table->setAccessibleName(tr("Outgoing documents"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(OutgoingTableModel::Sync, true); // until the counter is enrolled (setSyncState)
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OutgoingTableModel::Summary, QHeaderView::Stretch);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_numbersHere);
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
        m_model->setQueue(key);
        emit queueChosen(key);
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) { m_model->setYear(y == m_year->minimum() ? 0 : y); });
    connect(m_model, &OutgoingTableModel::loadFailed, this, [this](const Error &e) {
        m_error->setText(tr("Could not load the outgoing documents: %1").arg(ErrorText::message(e)));
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutgoingPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutgoingPage::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, &OutgoingPage::showDetails);
    connect(m_create, &QPushButton::clicked, this, &OutgoingPage::createDocument);
    connect(m_details, &QPushButton::clicked, this, &OutgoingPage::showDetails);
    connect(m_registers, &QPushButton::clicked, this, &OutgoingPage::printRegisters);

    reload();
}

OutgoingPage::~OutgoingPage() = default;

const OutgoingDocument *OutgoingPage::current() const
{
    return m_model->itemAt(m_table->currentIndex());
}

void OutgoingPage::reload()
{
    const QString id = current() ? current()->id : QString();
    m_error->hide();
    m_model->reload();
    sizeColumns();
    // Keep the selection on the same document when it is still listed.
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
    auto here = m_service.numbersIssuedHere();
    m_numbersHere->setVisible(here && *here);
    updateButtons();
}

void OutgoingPage::sizeColumns()
{
    // Once, on the first rows.
    if (!m_sized)
        m_sized = PagedDocumentModel::sizeShortColumns(m_table, OutgoingTableModel::Summary);
}

void OutgoingPage::setQueue(const QString &key)
{
    DocumentQueues::select(m_queue, key);
}

void OutgoingPage::setSyncState(bool enrolled, const QSet<QString> &pendingIds)
{
    m_model->setSyncState(enrolled, pendingIds);
    m_table->setColumnHidden(OutgoingTableModel::Sync, !enrolled);
}

void OutgoingPage::setCounts(const DocumentCounts &counts)
{
    DocumentQueues::showCounts(m_queue, false, counts);
}

void OutgoingPage::updateButtons()
{
    const OutgoingDocument *d = current();
    for (OutgoingAction a : kActions) {
        QPushButton *b = m_actions.value(int(a));
        // The core's rules: the step must lead somewhere from this state, and the person may take it.
        bool allowed = d && nextOutgoingState(d->state, a).has_value() && m_session.can(permissionFor(a));
        if (allowed && a == OutgoingAction::Acknowledge) {
            bool waiting = false;
            for (const Recipient &r : d->recipients)
                waiting = waiting || (r.dispatchedAt.isValid() && !r.acknowledgedAt.isValid());
            allowed = waiting;
        }
        b->setEnabled(allowed);
    }
    m_details->setEnabled(d != nullptr);
    m_create->setEnabled(m_session.can(Permission::DraftOutgoing) && !m_store.writeBlock());
}

void OutgoingPage::changed(const OutgoingDocument &d, const QString &message)
{
    emit documentsChanged();
    reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(OutgoingTableModel::IdRole).toString() == d.id) {
            m_table->selectRow(row);
            break;
        }
    }
    emit statusMessage(message);
}

OutgoingDialog *OutgoingPage::createDocument()
{
    if (!m_session.can(Permission::DraftOutgoing))
        return nullptr;
    if (const auto block = m_store.writeBlock()) {
        emit statusMessage(ErrorText::message(block->error()));
        return nullptr;
    }
    auto *dialog = new OutgoingDialog(m_service, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The draft's files went into the request (OutgoingRequest::attachments).
        if (const auto &d = dialog->created())
            changed(*d, tr("Draft saved: %1").arg(d->summary));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

bool OutgoingPage::act(OutgoingAction action, const QString &answer)
{
    const OutgoingDocument *selected = current();
    if (!selected)
        return false;
    const OutgoingDocument d = *selected;
    const QString title = DocumentWords::outgoingActionTitle(action);
    // What the step needs from the person (asked unless `answer` gives it); nullopt when they cancelled.
    const auto run = [&]() -> std::optional<Result<OutgoingDocument>> {
        bool ok = true;
        switch (action) {
        case OutgoingAction::Number:
            return m_service.number(m_session, d.id);
        case OutgoingAction::Dispatch: {
            QString names = answer;
            if (names.isEmpty()) {
                QStringList planned;
                for (const Recipient &r : d.recipients)
                    planned << r.name;
                names = QInputDialog::getMultiLineText(this, title, tr("Send to (one recipient per line):"),
                                                       planned.join(u'\n'), &ok);
            }
            if (!ok)
                return std::nullopt;
            QList<Recipient> to;
            for (const QString &line : names.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    to.append(Recipient{line.trimmed(), {}, {}, {}});
            }
            return m_service.dispatch(m_session, d.id, to);
        }
        case OutgoingAction::Acknowledge: {
            QString who = answer;
            if (who.isEmpty()) {
                QStringList waiting;
                for (const Recipient &r : d.recipients) {
                    if (r.dispatchedAt.isValid() && !r.acknowledgedAt.isValid())
                        waiting << r.name;
                }
                who = QInputDialog::getItem(this, title, tr("Delivery acknowledged by:"), waiting, 0, false, &ok);
            }
            if (!ok || who.isEmpty())
                return std::nullopt;
            return m_service.acknowledge(m_session, d.id, who);
        }
        case OutgoingAction::SendBack: {
            QString reason = answer;
            if (reason.isEmpty())
                reason =
                    QInputDialog::getText(this, title, tr("Why is the draft sent back?"), QLineEdit::Normal, {}, &ok);
            if (!ok)
                return std::nullopt;
            return m_service.act(m_session, d.id, action, reason.trimmed());
        }
        default:
            return m_service.act(m_session, d.id, action, answer);
        }
    };
    const std::optional<Result<OutgoingDocument>> result = run();
    if (!result)
        return false;
    const Result<OutgoingDocument> &done = *result;
    if (!done) {
        emit statusMessage(ErrorText::message(done.error()));
        m_error->setText(ErrorText::message(done.error()));
        m_error->show();
        return false;
    }
    const QString what = done->number > 0 ? done->numberSymbol() : done->summary;
    changed(*done, tr("%1: %2 – %3").arg(title, what, outgoingStateText(done->state)));
    return true;
}

void OutgoingPage::showDetails()
{
    if (const OutgoingDocument *d = current())
        showDocument(d->id);
}

DocumentDetailDialog *OutgoingPage::showDocument(const QString &id)
{
    auto fresh = m_service.outgoing(id);
    if (!fresh) {
        emit statusMessage(ErrorText::message(fresh.error()));
        return nullptr;
    }
    auto *dialog = new DocumentDetailDialog(m_store, m_session, *fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DocumentDetailDialog::attachmentsChanged, this, &OutgoingPage::documentsChanged);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void OutgoingPage::printRegisters()
{
    auto *dialog = new RegisterPrintDialog(m_store, RegisterKind::Outgoing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace MotCua::Ui
