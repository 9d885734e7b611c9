#include "ui/dossiers/dossierspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/dossiers/dossiertablemodel.h"
#include "ui/shell/application.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kFilterDelayMs = 200;
}

DossiersPage::DossiersPage(DossierService &service, const Session &session, QWidget *parent)
    : QWidget(parent), m_model(new DossierTableModel(service, session, this)), m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_receive(new QPushButton(tr("Receive dossier"), this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(u"dossiersPage"_s);
    m_receive->setObjectName(u"receiveButton"_s);
    m_receive->setAccessibleName(tr("Receive dossier"));
    m_receive->setToolTip(tr("Receive a new dossier at the counter (F2)"));
    m_receive->setEnabled(session.can(Permission::ReceiveDossier));

    m_filter->setObjectName(u"dossierFilter"_s);
    m_filter->setAccessibleName(tr("Filter dossiers"));
    m_filter->setPlaceholderText(tr("Filter by code, applicant, citizen ID or procedure (diacritics optional)"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    m_table->setObjectName(u"dossierTable"_s);
    m_table->setAccessibleName(tr("Dossiers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DossierTableModel::Procedure, QHeaderView::Stretch);
    // Widths follow the font (never fixed pixels): wide enough for a typical value plus padding.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    header->resizeSection(DossierTableModel::Code, fm.horizontalAdvance(u"00004.ABCDE-260217-0001"_s) + pad);
    header->resizeSection(DossierTableModel::Applicant, fm.horizontalAdvance(u"Nguyễn Thị Phương Thảo"_s) + pad);
    header->resizeSection(DossierTableModel::CitizenId, fm.horizontalAdvance(u"001190012345"_s) + pad);
    header->resizeSection(DossierTableModel::Received, fm.horizontalAdvance(u"17/02/2026 09:30"_s) + pad);
    header->resizeSection(DossierTableModel::Due, fm.horizontalAdvance(u"17/02/2026"_s) + pad);
    header->resizeSection(
        DossierTableModel::State,
        fm.horizontalAdvance(
            DossierTableModel::tr("Overdue · %1").arg(ErrorText::dossierState(u"awaiting_approval"_s))) +
            fm.height() + pad);
    header->resizeSection(
        DossierTableModel::Sync,
        std::max(fm.horizontalAdvance(DossierTableModel::tr("Not sent")) + fm.height(),
                 fm.horizontalAdvance(DossierTableModel::tr(
                     "Province", "dossier list column: whether the dossier's changes were sent to the province"))) +
            pad);
    // Shown once the counter is enrolled with the province (setSyncState).
    m_table->setColumnHidden(DossierTableModel::Sync, true);

    // A list chosen elsewhere (a dashboard number): what it is, and the way back to the queues.
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(u"filterBar"_s);
    m_filterTitle = new QLabel(m_filterBar);
    m_filterTitle->setObjectName(u"filterTitle"_s);
    QFont titleFont = m_filterTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_filterTitle->setFont(titleFont);
    m_back = new QPushButton(tr("&Back to the queues"), m_filterBar);
    m_back->setObjectName(u"backToQueuesButton"_s);
    m_back->setToolTip(tr("Show every dossier again, and choose a work queue on the left"));
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_filterTitle, 1);
    barLayout->addWidget(m_back);
    m_filterBar->setVisible(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_receive);
    toolbar->addSpacing(fm.averageCharWidth() * 2);
    toolbar->addWidget(filterLabel);
    toolbar->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);

    connect(m_receive, &QPushButton::clicked, this, &DossiersPage::receiveRequested);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text().trimmed()); });
    connect(m_model, &DossierTableModel::loadFailed, this, &DossiersPage::loadFailed);
    // activated: Enter on the current row, or a double click (per the platform's style).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Dossier *d = m_model->itemAt(index))
            emit openRequested(d->code);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        emit queuesRequested();
        // Nobody chose a queue in answer (a page on its own): every dossier.
        if (m_showsFilter)
            setQueue({});
    });
    setTabOrder(m_back, m_receive);
    setTabOrder(m_receive, m_filter);
    setTabOrder(m_filter, m_table);
}

DossiersPage::~DossiersPage() = default;

void DossiersPage::reload()
{
    // A reload happens under the person's eyes (the store changed elsewhere): keep the row they were on.
    const QString code = currentCode();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->reload();
    if (code.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, 0), DossierTableModel::CodeRole).toString() == code) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->selectRow(row);
            break;
        }
    }
    m_table->verticalScrollBar()->setValue(scroll);
}

void DossiersPage::setSyncState(bool enrolled, const QSet<QString> &pendingIds)
{
    m_model->setSyncState(enrolled, pendingIds);
    m_table->setColumnHidden(DossierTableModel::Sync, !enrolled);
}

void DossiersPage::setQueue(const QString &queue)
{
    if (!m_showsFilter) {
        m_model->setQueue(queue);
        return;
    }
    m_showsFilter = false;
    m_filterBar->setVisible(false);
    DossierFilter filter;
    filter.queue = workQueueFromKey(queue).value_or(MotCua::WorkQueue::All);
    filter.text = m_filter->text().trimmed();
    m_model->setFilter(filter);
}

void DossiersPage::showFilter(const DossierFilter &filter, const QString &title)
{
    m_showsFilter = true;
    m_filterTimer->stop();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_filterTitle->setText(title);
    m_filterTitle->setAccessibleName(title);
    m_filterBar->setVisible(true);
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->selectRow(0);
    }
    m_table->scrollToTop();
}

QString DossiersPage::filterTitle() const
{
    return m_showsFilter ? m_filterTitle->text() : QString();
}

QString DossiersPage::currentCode() const
{
    const Dossier *d = m_model->itemAt(m_table->currentIndex());
    return d ? d->code : QString();
}

void DossiersPage::saveState(AppSettings &settings) const
{
    settings.setUiState(m_table->objectName(), u"header"_s, m_table->horizontalHeader()->saveState());
}

void DossiersPage::restoreState(const AppSettings &settings)
{
    const QByteArray state = settings.uiState(m_table->objectName(), u"header"_s);
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace MotCua::Ui
