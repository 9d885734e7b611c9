#include "ui/reports/reportspage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportrenderer.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

QDate vietnamToday()
{
    return Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
}

QString dayText(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

// The QĐ 766 indicators shown large above the table.
const ReportMeasure kIndicators[] = {ReportMeasure::OnTimeRate, ReportMeasure::OnlineShare,
                                     ReportMeasure::DigitisedShare, ReportMeasure::ElectronicShare};

QString documentsDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

} // namespace

// ---- the table ------------------------------------------------------------------------------------------------

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ReportTableModel::~ReportTableModel() = default;

void ReportTableModel::setSheet(const ReportSheet &sheet)
{
    beginResetModel();
    m_grouping = sheet.grouping;
    m_rows.clear();
    const QLocale locale;
    const QList<ReportFigures> rows = reportTableRows(sheet);
    m_totalRow = sheet.grouping != ReportGrouping::None ? int(rows.size()) - 1 : -1;
    for (int i = 0; i < rows.size(); ++i) {
        QStringList texts{reportRowTitle(sheet, rows.at(i), i == m_totalRow)};
        for (ReportMeasure m : reportMeasures())
            texts << reportValueText(rows.at(i), m, locale);
        m_rows.append(texts);
    }
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totalRow = -1;
    endResetModel();
}

std::optional<ReportMeasure> ReportTableModel::measureAt(int column)
{
    const QList<ReportMeasure> measures = reportMeasures();
    if (column < 1 || column > measures.size())
        return std::nullopt;
    return measures.at(column - 1);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(reportMeasures().size()) + 1;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == m_totalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (const auto m = measureAt(index.column()))
            return reportMeasureTitle(*m);
        return m_rows.at(index.row()).value(0);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto m = measureAt(section))
        return reportMeasureTitle(*m);
    return reportGroupingTitle(m_grouping);
}

// ---- the page -------------------------------------------------------------------------------------------------

ReportsPage::ReportsPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    setObjectName(u"reportsPage"_s);
    auto *content = new QWidget;
    content->setObjectName(u"reportsContent"_s);

    auto *heading = new QLabel(tr("Reports"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // The period and the grouping.
    auto *periodBox = new QGroupBox(tr("Period"), content);
    periodBox->setObjectName(u"periodBox"_s);
    m_from = new QDateEdit(periodBox);
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to = new QDateEdit(periodBox);
    m_to->setObjectName(u"periodTo"_s);
    m_to->setAccessibleName(tr("Last day of the period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::periodChanged);
    }
    auto *fromLabel = new QLabel(tr("&From:"), periodBox);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), periodBox);
    toLabel->setBuddy(m_to);
    m_grouping = new QComboBox(periodBox);
    m_grouping->setObjectName(u"grouping"_s);
    m_grouping->setAccessibleName(tr("Group the figures by"));
    for (ReportGrouping g : {ReportGrouping::None, ReportGrouping::Field, ReportGrouping::Procedure,
                             ReportGrouping::Staff, ReportGrouping::Channel, ReportGrouping::Point})
        m_grouping->addItem(reportGroupingTitle(g), reportGroupingKey(g));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChanged);
    auto *groupingLabel = new QLabel(tr("&Group by:"), periodBox);
    groupingLabel->setBuddy(m_grouping);
    auto *dates = new QHBoxLayout;
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(fontMetrics().averageCharWidth() * 2);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(fontMetrics().averageCharWidth() * 4);
    dates->addWidget(groupingLabel);
    dates->addWidget(m_grouping);
    dates->addStretch(1);

    using Kind = ReportPeriod::Kind;
    struct Choice
    {
        Kind kind;
        QString title;
        QString name;
    };
    const QList<Choice> calendar{
        {Kind::Day, tr("To&day"), u"presetDay"_s},          {Kind::Week, tr("This &week"), u"presetWeek"_s},
        {Kind::Month, tr("This &month"), u"presetMonth"_s}, {Kind::Quarter, tr("This &quarter"), u"presetQuarter"_s},
        {Kind::Year, tr("This &year"), u"presetYear"_s},
    };
    const QList<Choice> reporting{
        //: Decree 09/2019/NĐ-CP: the monthly reporting period runs from the 15th of last month to the 14th
        {Kind::ReportingMonth, tr("&Reporting month (15th–14th)"), u"presetReportingMonth"_s},
        {Kind::ReportingQuarter, tr("Reporting q&uarter"), u"presetReportingQuarter"_s},
        {Kind::ReportingYear, tr("Reporting y&ear"), u"presetReportingYear"_s},
    };
    auto buttons = [this, periodBox](const QList<Choice> &choices, const QString &lead) {
        auto *row = new QHBoxLayout;
        if (!lead.isEmpty())
            row->addWidget(new QLabel(lead, periodBox));
        for (const Choice &c : choices) {
            auto *button = new QPushButton(c.title, periodBox);
            button->setObjectName(c.name);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this, [this, k = c.kind] { choosePeriod(k); });
            row->addWidget(button);
        }
        row->addStretch(1);
        return row;
    };
    m_periodLabel = new QLabel(periodBox);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    auto *periodLayout = new QVBoxLayout(periodBox);
    periodLayout->addLayout(dates);
    periodLayout->addLayout(buttons(calendar, {}));
    //: Before the buttons of the reporting periods of Decree 09/2019/NĐ-CP (the 15th to the 14th)
    periodLayout->addLayout(buttons(reporting, tr("Decree 09/2019:")));
    periodLayout->addWidget(m_periodLabel);

    // What to do with the figures.
    m_pdfButton = new QPushButton(tr("Export P&DF…"), content);
    m_pdfButton->setObjectName(u"exportPdf"_s);
    m_pdfButton->setAutoDefault(false);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    m_csvButton = new QPushButton(tr("Export &CSV…"), content);
    m_csvButton->setObjectName(u"exportCsv"_s);
    m_csvButton->setAutoDefault(false);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    auto *refresh = new QPushButton(tr("Co&unt again"), content);
    refresh->setObjectName(u"refreshStats"_s);
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::refreshStats);
    m_status = new QLabel(content);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_csvButton);
    actions->addWidget(refresh);
    actions->addWidget(m_status, 1);

    // The QĐ 766 indicators, large.
    auto *indicators = new QHBoxLayout;
    for (ReportMeasure m : kIndicators) {
        auto *card = new QGroupBox(reportMeasureTitle(m), content);
        card->setObjectName(u"indicatorBox_"_s + reportMeasureKey(m));
        auto *number = new QLabel(card);
        number->setObjectName(u"indicator_"_s + reportMeasureKey(m));
        number->setAccessibleName(reportMeasureTitle(m));
        number->setAlignment(Qt::AlignCenter);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        number->setFont(big);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(number);
        indicators->addWidget(card, 1);
        m_indicators.append(number);
    }

    // The figures.
    auto *figuresBox = new QGroupBox(tr("Dossiers"), content);
    figuresBox->setObjectName(u"figuresBox"_s);
    m_model = new ReportTableModel(this);
    m_table = new QTableView(figuresBox);
    m_table->setObjectName(u"figuresTable"_s);
    m_table->setAccessibleName(tr("The figures of the period"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_table->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 4);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(u"Đang giải"_s) + 12);
    m_table->setMinimumHeight(fontMetrics().height() * 12);
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->addWidget(m_table);

    // The documents, for those who may see them.
    m_documentsBox = new QGroupBox(tr("Official documents"), content);
    m_documentsBox->setObjectName(u"documentsBox"_s);
    auto *docForm = new QFormLayout(m_documentsBox);
    const QStringList docRows{tr("Incoming received:"),          tr("Incoming handled on time:"),
                              tr("Incoming handled late:"),      tr("Incoming still pending:"),
                              tr("of which past the deadline:"), tr("Outgoing issued:")};
    const QStringList docNames{u"incomingReceived"_s, u"incomingFinishedOnTime"_s, u"incomingFinishedLate"_s,
                               u"incomingPending"_s,  u"incomingPendingOverdue"_s, u"outgoingIssued"_s};
    for (int i = 0; i < docRows.size(); ++i) {
        auto *label = new QLabel(docRows.at(i), m_documentsBox);
        if (i == 4)
            label->setIndent(fontMetrics().averageCharWidth() * 3); // belongs to the row above
        auto *number = new QLabel(m_documentsBox);
        number->setObjectName(u"doc_"_s + docNames.at(i));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000000"_s));
        docForm->addRow(label, number);
        m_documentNumbers.append(number);
    }
    m_outgoingTypes = new QLabel(m_documentsBox);
    m_outgoingTypes->setObjectName(u"doc_outgoingByType"_s);
    m_outgoingTypes->setWordWrap(true);
    docForm->addRow(m_outgoingTypes);
    m_documentsBox->setVisible(m_session.can(Permission::ViewDocuments));

    // The charts.
    auto *chartsBox = new QGroupBox(tr("Charts"), content);
    chartsBox->setObjectName(u"chartsBox"_s);
    auto *chartGrid = new QGridLayout(chartsBox);
    int at = 0;
    for (ReportChart c : reportCharts()) {
        auto *view = new QChartView(chartsBox);
        view->setObjectName(u"chart_"_s + reportChartKey(c));
        view->setAccessibleName(reportChartTitle(c));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(fontMetrics().height() * 20);
        // The first across the page, the other two side by side under it.
        if (at == 0)
            chartGrid->addWidget(view, 0, 0, 1, 2);
        else
            chartGrid->addWidget(view, 1, at - 1);
        ++at;
        m_charts.append(view);
    }

    // The register.
    auto *registerBox = new QGroupBox(tr("Dossier tracking register"), content);
    registerBox->setObjectName(u"registerBox"_s);
    auto *registerText = new QLabel(
        tr("Every dossier received in the period, in the order received, with its appointment, hand-overs and "
           "result (form 07 of Circular 03/2025/TT-VPCP), on A4 landscape."),
        registerBox);
    registerText->setWordWrap(true);
    auto *printButton = new QPushButton(tr("&Print dossier tracking register…"), registerBox);
    printButton->setObjectName(u"printRegister"_s);
    printButton->setAutoDefault(false);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::printRegister);
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), registerBox);
    pdfButton->setObjectName(u"saveRegisterPdf"_s);
    pdfButton->setAutoDefault(false);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsPage::saveRegisterPdf);
    auto *registerButtons = new QHBoxLayout;
    registerButtons->addWidget(printButton);
    registerButtons->addWidget(pdfButton);
    registerButtons->addStretch(1);
    auto *registerLayout = new QVBoxLayout(registerBox);
    registerLayout->addWidget(registerText);
    registerLayout->addLayout(registerButtons);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(periodBox);
    layout->addLayout(actions);
    layout->addLayout(indicators);
    layout->addWidget(figuresBox);
    layout->addWidget(m_documentsBox);
    layout->addWidget(chartsBox);
    layout->addWidget(registerBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"reportsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_grouping);
    setPeriod(ReportPeriod::containing(ReportPeriod::Kind::Month, vietnamToday()));
}

ReportsPage::~ReportsPage() = default;

ReportPeriod ReportsPage::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(period.from);
        m_to->setDate(period.until);
    }
    periodChanged();
}

void ReportsPage::choosePeriod(ReportPeriod::Kind kind)
{
    setPeriod(ReportPeriod::containing(kind, vietnamToday()));
}

ReportGrouping ReportsPage::grouping() const
{
    return reportGroupingFromKey(m_grouping->currentData().toString()).value_or(ReportGrouping::None);
}

void ReportsPage::setGrouping(ReportGrouping grouping)
{
    const int i = m_grouping->findData(reportGroupingKey(grouping));
    if (i >= 0)
        m_grouping->setCurrentIndex(i);
}

bool ReportsPage::isComputing() const
{
    return m_task && m_task->isRunning();
}

void ReportsPage::periodChanged()
{
    const ReportPeriod p = period();
    if (!p.isValid()) {
        m_periodLabel->setText(tr("The last day is before the first day."));
    } else {
        const int days = int(p.from.daysTo(p.until)) + 1;
        //: A reporting period: first day, last day, then how many days it has
        m_periodLabel->setText(tr("From %1 to %2 (%n day(s))", nullptr, days).arg(dayText(p.from), dayText(p.until)));
    }
    m_dirty = true;
    m_pdfButton->setEnabled(false);
    m_csvButton->setEnabled(p.isValid());
    if (isVisible())
        refreshStats();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshStats();
}

void ReportsPage::refreshStats()
{
    if (isComputing()) {
        m_rerun = true; // once this one is shown
        return;
    }
    const ReportPeriod p = period();
    const ReportGrouping g = grouping();
    m_dirty = false;
    m_rerun = false;
    if (!p.isValid()) {
        m_sheet.reset();
        m_model->clear();
        return;
    }
    setStatus(tr("Counting…"));
    const Session session = m_session;
    delete m_task;
    m_task = BackgroundTask::onStore<ReportSheet>(
        m_store.dataDir(),
        [session, p, g](Store &store, const Store::Progress &) { return loadReportSheet(store, session, p, g); },
        [this, p, g](const Result<ReportSheet> &sheet) { showSheet(sheet, p, g); }, this);
    m_task->start();
}

void ReportsPage::showSheet(const Result<ReportSheet> &sheet, const ReportPeriod &period, ReportGrouping grouping)
{
    if (m_rerun || period.from != this->period().from || period.until != this->period().until ||
        grouping != this->grouping()) {
        // The choice changed meanwhile: count what is chosen now.
        m_dirty = true;
        QMetaObject::invokeMethod(this, &ReportsPage::refreshStats, Qt::QueuedConnection);
        return;
    }
    if (!sheet) {
        m_sheet.reset();
        m_model->clear();
        for (QLabel *l : std::as_const(m_indicators))
            l->clear();
        setStatus(tr("The figures could not be computed: %1").arg(ErrorText::message(sheet.error())), true);
        emit sheetShown();
        return;
    }
    m_sheet = *sheet;
    m_model->setSheet(*m_sheet);
    m_table->resizeRowsToContents();
    m_table->resizeColumnToContents(0);
    const QLocale locale;
    for (qsizetype i = 0; i < m_indicators.size(); ++i)
        m_indicators.at(i)->setText(reportValueText(m_sheet->total, kIndicators[i], locale));
    if (m_sheet->documents) {
        const DocumentFigures &d = *m_sheet->documents;
        const qint64 values[] = {d.incomingReceived, d.incomingFinishedOnTime, d.incomingFinishedLate,
                                 d.incomingPending,  d.incomingPendingOverdue, d.outgoingIssued};
        for (qsizetype i = 0; i < m_documentNumbers.size(); ++i)
            m_documentNumbers.at(i)->setText(locale.toString(values[i]));
        QStringList types;
        for (const auto &[type, n] : d.outgoingByType)
            //: An outgoing document type and how many were issued: "Quyết định: 3"
            types << tr("%1: %2").arg(documentTypeTitle(type), locale.toString(n));
        m_outgoingTypes->setText(types.join(u"; "_s));
    }
    const QList<ReportChart> charts = reportCharts();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        QChart *old = m_charts.at(i)->chart();
        m_charts.at(i)->setChart(makeReportChart(charts.at(i), *m_sheet));
        delete old; // setChart gives the old one back to us
    }
    const QDateTime at = Time::toVietnam(m_sheet->computedAt);
    //: When the figures shown were counted
    setStatus(tr("Counted at %1.").arg(at.toString(u"HH:mm dd/MM/yyyy"_s)));
    m_pdfButton->setEnabled(true);
    emit sheetShown();
}

void ReportsPage::setStatus(const QString &text, bool error)
{
    showHint(m_status, {error ? MessageLevel::Error : MessageLevel::Info, text});
}

bool ReportsPage::writePdf(const QString &path)
{
    if (!m_sheet)
        return false;
    if (auto r = writeReportPdf(*m_sheet, path); !r) {
        setStatus(tr("The report could not be saved: %1").arg(ErrorText::message(r.error())), true);
        return false;
    }
    setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsPage::writeCsv(const QString &path)
{
    if (auto r = ReportService(m_store).saveCsv(m_session, period(), grouping(), path); !r) {
        setStatus(tr("The report could not be saved: %1").arg(ErrorText::message(r.error())), true);
        return false;
    }
    setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::exportPdf()
{
    if (!m_sheet)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"),
        QDir(documentsDir()).filePath(reportFileName(m_sheet->period, m_sheet->grouping, u"pdf"_s)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

void ReportsPage::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the report as CSV"),
                                     QDir(documentsDir()).filePath(reportFileName(period(), grouping(), u"csv"_s)),
                                     tr("CSV files for Excel (*.csv)"));
    if (!path.isEmpty())
        writeCsv(path);
}

void ReportsPage::printRegister()
{
    const ReportPeriod p = period();
    printSlip(this, m_store, m_session, SlipRequest{SlipKind::Register, {}, p.from, p.until});
}

void ReportsPage::saveRegisterPdf()
{
    const ReportPeriod p = period();
    exportSlipPdf(this, m_store, m_session, SlipRequest{SlipKind::Register, {}, p.from, p.until});
}

} // namespace MotCua::Ui
