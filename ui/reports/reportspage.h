#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include "core/services/session.h"
#include "core/util/result.h"

class QDateEdit;
class QLabel;
class QPushButton;

namespace MotCua
{
class DossierService;
class Store;
} // namespace MotCua

namespace MotCua::Ui
{

// A reporting period: Vietnam dates, both days included.
struct ReportPeriod
{
    QDate from;
    QDate to;
    bool operator==(const ReportPeriod &) const = default;
};

// The quick choices of the period picker.
enum class PeriodPreset {
    ThisMonth,
    ReportingMonth, // NĐ 09/2019/NĐ-CP Art. 12: the 15th of last month to the 14th of this month
    ThisQuarter,
    ThisYear,
};

// A period's figures (ReportService's, ReportFigures says what each counts).
struct ReportStats
{
    int received = 0;         // all dossiers received in the period, refusals at the counter included
    int carriedOver = 0;      // received before, still open when the period began
    int onTime = 0;           // finished in the period, early or on time
    int late = 0;             // finished late (QĐ 766: after the due date, or more than one supplement request)
    int inProgress = 0;       // still open at the end of the period
    int overdue = 0;          // of those still open, past the due date
    int refusedDuplicate = 0; // refused at the counter as a duplicate of an open dossier
    int refusedOther = 0;     // refused at the counter for another reason
};

// The Reports page: choose a period, print the dossier tracking register of that period or save it as PDF, and see
// how the period's dossiers fared.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    ReportsPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);
    // The period of a quick choice on `today` (a Vietnam date).
    static ReportPeriod presetPeriod(PeriodPreset preset, const QDate &today);
    // Counts the dossiers received in `period` by paging DossierService::list (newest first, stopping at the first
    // one before the period). `now` decides what is late.
    static Result<ReportStats> computeStats(Store &store, const Session &session, const ReportPeriod &period,
                                            const QDateTime &now);
    // "52 dossiers received, 45 on time, …": one line for the period.
    static QString summary(const ReportStats &stats);
    const ReportStats &stats() const { return m_stats; }

public slots:
    void printRegister();
    void saveRegisterPdf();
    void refreshStats();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPreset(PeriodPreset preset);
    void periodChanged();

    Store &m_store;
    Session m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_summary = nullptr;
    QList<QLabel *> m_numbers; // one per ReportStats field, in order
    ReportStats m_stats;
    ReportPeriod m_statsPeriod; // the period m_stats counts
    bool m_statsDirty = true;
};

} // namespace MotCua::Ui
