#include "ui/attention/attentionpage.h"

#include <algorithm>
#include <climits>

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "ui/attention/conflicttablemodel.h"
#include "ui/attention/renameuserdialog.h"
#include "ui/attention/resolvedialog.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

AttentionPage::AttentionPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_conflicts(store), m_auth(store)
{
    setObjectName(u"attentionPage"_s);
    auto *heading = new QLabel(tr("Needs attention"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new MessageLabel(this);
    intro->setText(tr("When the counters of the commune exchange their work, two things done on two counters at once "
                      "cannot always both hold. Nothing is dropped: what did not take effect is kept and listed here "
                      "until someone has dealt with it."));

    m_showResolved = new QCheckBox(tr("Show &resolved items too"), this);
    m_showResolved->setObjectName(u"showResolved"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"attentionSummary"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showResolved);

    m_model = new ConflictTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"attentionTable"_s);
    m_table->setAccessibleName(tr("Items that need attention"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictTableModel::Record, QHeaderView::Stretch);

    auto *details = new QGroupBox(tr("The selected item"), this);
    details->setObjectName(u"attentionDetails"_s);
    m_title = new QLabel(details);
    m_title->setObjectName(u"attentionTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto caption = [details](const QString &text) {
        auto *l = new QLabel(text, details);
        l->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        return l;
    };
    m_happened = new MessageLabel(details);
    m_happened->setObjectName(u"whatHappened"_s);
    m_happened->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_todo = new MessageLabel(details);
    m_todo->setObjectName(u"whatToDo"_s);
    m_todo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolution = new MessageLabel(details);
    m_resolution->setObjectName(u"resolution"_s);
    m_open = new QPushButton(tr("&Open the dossier"), details);
    m_open->setObjectName(u"openDossierButton"_s);
    m_rename = new QPushButton(tr("Re&name the account…"), details);
    m_rename->setObjectName(u"renameUserButton"_s);
    m_resolve = new QPushButton(tr("&Mark resolved…"), details);
    m_resolve->setObjectName(u"markResolvedButton"_s);
    auto *grid = new QGridLayout(details);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(caption(tr("What happened:")), 1, 0);
    grid->addWidget(m_happened, 1, 1);
    grid->addWidget(caption(tr("What you can do:")), 2, 0);
    grid->addWidget(m_todo, 2, 1);
    grid->addWidget(m_resolution, 3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    grid->addLayout(buttons, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"attentionMessage"_s);
    showHint(m_message, {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(details);
    layout->addWidget(m_message);

    connect(m_showResolved, &QCheckBox::toggled, this, &AttentionPage::setShowResolved);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttentionPage::showSelected);
    // Enter on a row: the first thing to do about it.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_open->isVisible() && m_open->isEnabled())
            openDossier();
        else if (m_rename->isVisible() && m_rename->isEnabled())
            renameUser();
        else if (m_resolve->isEnabled())
            markResolved();
    });
    connect(m_open, &QPushButton::clicked, this, &AttentionPage::openDossier);
    connect(m_rename, &QPushButton::clicked, this, &AttentionPage::renameUser);
    connect(m_resolve, &QPushButton::clicked, this, &AttentionPage::markResolved);
    reload();
}

AttentionPage::~AttentionPage() = default;

void AttentionPage::setShowResolved(bool show)
{
    if (m_showResolved->isChecked() != show)
        m_showResolved->setChecked(show); // toggles back here
    else
        reload();
}

void AttentionPage::reload()
{
    const Conflict *current = selected();
    const QString keep = current ? current->id : QString();
    auto items = m_conflicts.list(m_session, m_showResolved->isChecked());
    if (!items) {
        m_model->setItems({});
        showHint(m_message, {MessageLevel::Error, ErrorText::message(items.error())});
        showSelected();
        return;
    }
    m_model->setItems(*items);
    const qint64 open = std::count_if(items->cbegin(), items->cend(), [](const Conflict &c) { return !c.resolved; });
    m_summary->setText(open == 0 ? tr("Nothing needs attention.")
                                 : tr("%n item(s) need attention.", nullptr, int(std::min<qint64>(open, INT_MAX))));
    const int row = m_model->rowOf(keep);
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    showSelected();
}

const Conflict *AttentionPage::selected() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? m_model->itemAt(index.row()) : nullptr;
}

void AttentionPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void AttentionPage::showSelected()
{
    const Conflict *c = selected();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_happened, m_todo, m_resolution, m_open, m_rename, m_resolve})
        w->setVisible(c != nullptr);
    if (!c)
        return;
    //: The selected needs-attention item: what kind, then the record ("Action not applied — 00004.F1J9A-260105-0001")
    m_title->setText(tr("%1 — %2").arg(ConflictTableModel::kindTitle(c->kind), ConflictTableModel::recordLabel(*c)));
    m_happened->setText(ConflictTableModel::whatHappened(*c));
    m_todo->setText(ConflictTableModel::whatToDo(*c));
    if (c->resolved) {
        showHint(m_resolution,
                 {MessageLevel::Success,
                  tr("Resolved by %1 on %2: %3")
                      .arg(c->resolvedByName, QLocale().toString(Time::toVietnam(c->resolvedAt), u"dd/MM/yyyy HH:mm"_s),
                           c->note)});
    } else {
        showHint(m_resolution, {});
    }

    const auto block = m_store.writeBlock();
    const QString blocked = block ? ErrorText::message(block->error()) : QString();
    m_open->setVisible(c->remedies.contains(ConflictRemedy::OpenDossier) && !c->record.isEmpty());
    m_rename->setVisible(c->remedies.contains(ConflictRemedy::RenameUser));
    const bool admin = m_session.can(Permission::ManageUsers);
    const bool renamed = ConflictTableModel::isRenamed(*c);
    m_rename->setEnabled(admin && !c->resolved && !renamed && !block);
    m_rename->setToolTip(!admin        ? tr("Only an administrator can rename an account.")
                         : block       ? blocked
                         : c->resolved ? tr("This item is resolved already.")
                         : renamed     ? tr("The account was renamed %1 already.").arg(c->record)
                                       : QString());
    const bool mayResolve = c->kind == ConflictKind::Username ? admin : m_session.can(Permission::TransferDossier);
    m_resolve->setVisible(c->remedies.contains(ConflictRemedy::MarkResolved));
    m_resolve->setEnabled(mayResolve && !c->resolved && !block);
    m_resolve->setToolTip(!mayResolve   ? (c->kind == ConflictKind::Username
                                               ? tr("Only an administrator can resolve an item about an account.")
                                               : tr("Your role does not hand dossiers on: ask a receptionist, a "
                                                      "leader or an administrator to resolve it."))
                          : block       ? blocked
                          : c->resolved ? tr("This item is resolved already.")
                                        : QString());
}

void AttentionPage::openDossier()
{
    const Conflict *c = selected();
    if (!c || c->record.isEmpty())
        return;
    emit openDossierRequested(c->record);
}

RenameUserDialog *AttentionPage::renameUser()
{
    const Conflict *c = selected();
    if (!c || c->kind != ConflictKind::Username || !m_rename->isEnabled())
        return nullptr;
    const QString id = c->id;
    auto *dialog =
        new RenameUserDialog(m_auth, m_session, c->entityId, c->info.value(QLatin1String("username")).toString(),
                             ConflictTableModel::whatHappened(*c), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString name = dialog->renamed() ? dialog->renamed()->username : QString();
        reload();
        select(id);
        emit storeChanged();
        const bool stillOpen = m_model->rowOf(id) >= 0 && !m_model->itemAt(m_model->rowOf(id))->resolved;
        showHint(m_message, {MessageLevel::Success,
                             stillOpen ? tr("The account's user name is now %1. Tell its owner, then mark the item "
                                            "resolved.")
                                             .arg(name)
                                       : tr("The account's user name is now %1: tell its owner. Both accounts can "
                                            "sign in again, and the item is no longer open.")
                                             .arg(name)});
    });
    dialog->show();
    return dialog;
}

ResolveDialog *AttentionPage::markResolved()
{
    const Conflict *c = selected();
    if (!c || !m_resolve->isEnabled())
        return nullptr;
    auto *dialog = new ResolveDialog(m_conflicts, m_session, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit storeChanged();
        showHint(m_message, {MessageLevel::Success, tr("Marked resolved: every counter will see it so.")});
        m_table->setFocus();
    });
    dialog->show();
    return dialog;
}

} // namespace MotCua::Ui
