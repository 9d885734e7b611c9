#include "ui/reports/reportspage.h"

#include "core/reports/reportservice.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/services/dossierservice.h"
#include "ui/shell/errortext.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kPage = 500;

QDate vietnamToday()
{
    return Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
}

QString dayText(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}
} // namespace

ReportsPage::ReportsPage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    setObjectName(u"reportsPage"_s);

    auto *heading = new QLabel(tr("Reports"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // The period.
    auto *periodBox = new QGroupBox(tr("Period"), this);
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
    auto *dates = new QHBoxLayout;
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(fontMetrics().averageCharWidth() * 2);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);

    auto *presets = new QHBoxLayout;
    const std::pair<PeriodPreset, QString> choices[] = {
        {PeriodPreset::ThisMonth, tr("This &month")},
        //: Decree 09/2019/NĐ-CP: the monthly reporting period runs from the 15th of last month to the 14th
        {PeriodPreset::ReportingMonth, tr("&Reporting month (15th–14th, Decree 09/2019)")},
        {PeriodPreset::ThisQuarter, tr("This &quarter")},
        {PeriodPreset::ThisYear, tr("This &year")},
    };
    const QString names[] = {u"presetThisMonth"_s, u"presetReportingMonth"_s, u"presetThisQuarter"_s,
                             u"presetThisYear"_s};
    int i = 0;
    for (const auto &[preset, title] : choices) {
        auto *button = new QPushButton(title, periodBox);
        button->setObjectName(names[i++]);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, p = preset] { applyPreset(p); });
        presets->addWidget(button);
    }
    presets->addStretch(1);
    m_periodLabel = new QLabel(periodBox);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    auto *periodLayout = new QVBoxLayout(periodBox);
    periodLayout->addLayout(dates);
    periodLayout->addLayout(presets);
    periodLayout->addWidget(m_periodLabel);

    // The register.
    auto *registerBox = new QGroupBox(tr("Dossier tracking register"), this);
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

    // The statistics.
    auto *statsBox = new QGroupBox(tr("Dossiers received in the period"), this);
    statsBox->setObjectName(u"statsBox"_s);
    m_summary = new QLabel(statsBox);
    m_summary->setObjectName(u"statsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    auto *form = new QFormLayout;
    const QString rows[] = {
        tr("Received:"),
        tr("Handled on time:"),
        tr("Handled late:"),
        tr("Still in progress:"),
        tr("of which overdue:"),
        tr("Refused as duplicates:"),
        tr("Refused for other reasons:"),
    };
    for (const QString &title : rows) {
        auto *label = new QLabel(title, statsBox);
        if (m_numbers.size() == 4)
            label->setIndent(fontMetrics().averageCharWidth() * 3); // "of which overdue" belongs to the row above
        auto *number = new QLabel(statsBox);
        number->setObjectName(u"stat%1"_s.arg(m_numbers.size()));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000000"_s));
        form->addRow(label, number);
        m_numbers.append(number);
    }
    auto *refresh = new QPushButton(tr("Co&unt again"), statsBox);
    refresh->setObjectName(u"refreshStats"_s);
    refresh->setAutoDefault(false);
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::refreshStats);
    auto *formRow = new QHBoxLayout;
    formRow->addLayout(form);
    formRow->addStretch(1);
    auto *statsLayout = new QVBoxLayout(statsBox);
    statsLayout->addWidget(m_summary);
    statsLayout->addLayout(formRow);
    auto *refreshRow = new QHBoxLayout;
    refreshRow->addWidget(refresh);
    refreshRow->addStretch(1);
    statsLayout->addLayout(refreshRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(periodBox);
    layout->addWidget(registerBox);
    layout->addWidget(statsBox);
    layout->addStretch(1);

    setTabOrder(m_from, m_to);
    setPeriod(presetPeriod(PeriodPreset::ThisMonth, vietnamToday()));
}

ReportsPage::~ReportsPage() = default;

ReportPeriod ReportsPage::presetPeriod(PeriodPreset preset, const QDate &today)
{
    const QDate first(today.year(), today.month(), 1);
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return {first, first.addMonths(1).addDays(-1)};
    case PeriodPreset::ReportingMonth: {
        // Decree 09/2019/NĐ-CP Art. 12(1)(a): monthly figures run from the 15th of the previous month to the 14th
        // of the month reported on.
        const QDate previous = first.addMonths(-1);
        return {QDate(previous.year(), previous.month(), 15), QDate(today.year(), today.month(), 14)};
    }
    case PeriodPreset::ThisQuarter: {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case PeriodPreset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    }
    return {today, today};
}

Result<ReportStats> ReportsPage::computeStats(Store &store, const Session &session, const ReportPeriod &period,
                                              const QDateTime &now)
{
    ReportStats stats;
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return stats;
    // The core's figures (SQL aggregates), the same as `motcua-cli report summary` prints.
    auto figures =
        ReportService(store).summary(session, MotCua::ReportPeriod{period.from, period.to}, ReportGrouping::None, now);
    if (!figures)
        return figures.error();
    const ReportFigures &f = figures->first();
    stats.received = int(f.received);
    stats.carriedOver = int(f.carriedOver);
    stats.onTime = int(f.finishedEarly + f.finishedOnTime);
    stats.late = int(f.finishedLate);
    stats.inProgress = int(f.inProcess);
    stats.overdue = int(f.inProcessOverdue);
    stats.refusedDuplicate = int(f.refusedDuplicate);
    stats.refusedOther = int(f.refused);
    return stats;
}

QString ReportsPage::summary(const ReportStats &s)
{
    if (s.received == 0)
        return tr("No dossier was received in this period.");
    //: The statistics of a period in one line; %1 is "N dossiers received"
    return tr("%1, %2 on time, %3 late, %4 in progress, %5 refused as duplicates")
        .arg(tr("%n dossier(s) received", nullptr, s.received))
        .arg(s.onTime)
        .arg(s.late)
        .arg(s.inProgress)
        .arg(s.refusedDuplicate);
}

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
        m_to->setDate(period.to);
    }
    periodChanged();
}

void ReportsPage::applyPreset(PeriodPreset preset)
{
    setPeriod(presetPeriod(preset, vietnamToday()));
}

void ReportsPage::periodChanged()
{
    const ReportPeriod p = period();
    if (p.to < p.from) {
        m_periodLabel->setText(tr("The last day is before the first day."));
    } else {
        const int days = int(p.from.daysTo(p.to)) + 1;
        //: A reporting period: first day, last day, then how many days it has
        m_periodLabel->setText(tr("From %1 to %2 (%n day(s))", nullptr, days).arg(dayText(p.from), dayText(p.to)));
    }
    m_statsDirty = true;
    if (isVisible())
        refreshStats();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_statsDirty)
        refreshStats();
}

void ReportsPage::refreshStats()
{
    m_statsDirty = false;
    const ReportPeriod p = period();
    auto stats = computeStats(m_store, m_session, p, QDateTime::currentDateTimeUtc());
    if (!stats) {
        m_stats = {};
        m_summary->setText(tr("The dossiers could not be counted: %1").arg(ErrorText::message(stats.error())));
        for (QLabel *number : std::as_const(m_numbers))
            number->clear();
        return;
    }
    m_stats = *stats;
    m_statsPeriod = p;
    m_summary->setText(summary(m_stats));
    const int values[] = {m_stats.received, m_stats.onTime,           m_stats.late,        m_stats.inProgress,
                          m_stats.overdue,  m_stats.refusedDuplicate, m_stats.refusedOther};
    const QLocale locale;
    for (int i = 0; i < m_numbers.size() && i < int(std::size(values)); ++i)
        m_numbers.at(i)->setText(locale.toString(values[i]));
}

void ReportsPage::printRegister()
{
    const ReportPeriod p = period();
    printSlip(this, m_store, m_session, SlipRequest{SlipKind::Register, {}, p.from, p.to});
}

void ReportsPage::saveRegisterPdf()
{
    const ReportPeriod p = period();
    exportSlipPdf(this, m_store, m_session, SlipRequest{SlipKind::Register, {}, p.from, p.to});
}

} // namespace MotCua::Ui
