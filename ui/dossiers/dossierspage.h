#pragma once

#include <QSet>
#include <QWidget>

#include "core/services/dossierservice.h"
#include "core/services/session.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace MotCua
{
struct Error;
} // namespace MotCua

namespace MotCua::Ui
{

class AppSettings;
class DossierTableModel;

// The Dossiers page: a receive button, a filter box (debounced) and the paged dossier table. It shows a work queue, or
// a list chosen elsewhere (a dashboard number) under a title saying what it is, until a queue is chosen again.
class DossiersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossiersPage)

public:
    DossiersPage(DossierService &service, const Session &session, QWidget *parent = nullptr);
    ~DossiersPage() override;

    DossierTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    void saveState(AppSettings &settings) const;
    void restoreState(const AppSettings &settings);

    // The code of the selected dossier, or empty.
    QString currentCode() const;
    // Whether each dossier's changes reached the province (DossierTableModel::setSyncState); the column shows once the
    // counter is enrolled.
    void setSyncState(bool enrolled, const QSet<QString> &pendingIds);

    // Shows exactly the dossiers of `filter` (DossierService::list), titled `title` ("Overdue — mine") above the
    // table with a way back to the queues; the filter box starts empty and narrows this list. setQueue() ends it.
    void showFilter(const DossierFilter &filter, const QString &title);
    // Whether a list from showFilter() is shown, and its title (empty otherwise).
    bool showsFilter() const { return m_showsFilter; }
    QString filterTitle() const;
    QPushButton *backToQueuesButton() const { return m_back; }

public slots:
    void reload();
    // Shows one work queue (DossierService::queues(), empty for all) in the same paged table; a list from
    // showFilter() gives way to it.
    void setQueue(const QString &queue);

signals:
    void receiveRequested();
    // Enter or a double click on a row: show that dossier.
    void openRequested(const QString &code);
    void loadFailed(const MotCua::Error &error);
    // "Back to the queues" under a list from showFilter(): the window selects the queue of every dossier.
    void queuesRequested();

private:
    DossierTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_receive = nullptr;
    QTimer *m_filterTimer = nullptr;
    QWidget *m_filterBar = nullptr; // the title of a list from showFilter() and the way back
    QLabel *m_filterTitle = nullptr;
    QPushButton *m_back = nullptr;
    bool m_showsFilter = false;
};

} // namespace MotCua::Ui
