#pragma once

#include <QSet>
#include <QWidget>

#include "core/services/session.h"

class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace MotCua
{
class DossierService;
struct Error;
} // namespace MotCua

namespace MotCua::Ui
{

class AppSettings;
class DossierTableModel;

// The Dossiers page: a receive button, a filter box (debounced) and the paged dossier table.
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

public slots:
    void reload();
    // Shows one work queue (DossierService::queues(), empty for all) in the same paged table.
    void setQueue(const QString &queue);

signals:
    void receiveRequested();
    // Enter or a double click on a row: show that dossier.
    void openRequested(const QString &code);
    void loadFailed(const MotCua::Error &error);

private:
    DossierTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_receive = nullptr;
    QTimer *m_filterTimer = nullptr;
};

} // namespace MotCua::Ui
