#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/reports/reportservice.h"
#include "core/services/session.h"
#include "ui/reports/reportsheet.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace MotCua
{
class Store;
} // namespace MotCua

namespace MotCua::Ui
{

class BackgroundTask;

// The figures of a ReportSheet as a table: one row per group (and the center's total under them), one column per
// reportMeasures() entry after the group's title, each cell worded by reportValueText (the PDF's and the CSV's
// texts). The texts are made once per sheet, not on every paint.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    explicit ReportTableModel(QObject *parent = nullptr);
    ~ReportTableModel() override;

    void setSheet(const ReportSheet &sheet);
    void clear();
    // The measure of a column (none for the group's column).
    static std::optional<ReportMeasure> measureAt(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportGrouping m_grouping = ReportGrouping::None;
    QList<QStringList> m_rows; // the texts, the group's title first
    int m_totalRow = -1;       // the center's row under the groups, or -1
};

// The Reports page: choose a period (a day, week, month, quarter or year, or a reporting period of Decree 09/2019)
// and a grouping, see the figures, the QĐ 766 indicators, the documents and three charts, export them as PDF or CSV,
// and print the dossier tracking register of the period. The figures are gathered off the window's thread
// (BackgroundTask, a Store of its own) once per period and grouping, never on paint.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    ReportsPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);
    // The period of `kind` holding today (Vietnam's date).
    void choosePeriod(ReportPeriod::Kind kind);
    ReportGrouping grouping() const;
    void setGrouping(ReportGrouping grouping);
    // The figures shown, once computed (none before, or after a failure).
    const std::optional<ReportSheet> &sheet() const { return m_sheet; }
    bool isComputing() const;
    ReportTableModel *model() const { return m_model; }

    // Without a dialog (the buttons ask for the file, then call these); true when written.
    bool writePdf(const QString &path);
    bool writeCsv(const QString &path);

public slots:
    void printRegister();
    void saveRegisterPdf();
    void exportPdf();
    void exportCsv();
    // Computes the figures of the chosen period and grouping again (off the window's thread).
    void refreshStats();

signals:
    // The figures of the chosen period are shown (or their failure is).
    void sheetShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void periodChanged();
    void showSheet(const Result<ReportSheet> &sheet, const ReportPeriod &period, ReportGrouping grouping);
    void setStatus(const QString &text, bool error = false);

    Store &m_store;
    Session m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QList<QLabel *> m_indicators; // one per kIndicators entry
    ReportTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_documentsBox = nullptr;
    QList<QLabel *> m_documentNumbers;
    QLabel *m_outgoingTypes = nullptr;
    QList<QChartView *> m_charts; // one per reportCharts() entry
    std::optional<ReportSheet> m_sheet;
    QPointer<BackgroundTask> m_task;
    bool m_dirty = true;  // the shown figures are not those of the chosen period
    bool m_rerun = false; // the choice changed while a computation ran
};

} // namespace MotCua::Ui
