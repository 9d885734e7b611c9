#pragma once

#include <QMainWindow>

#include "services/catalogservice.h"
#include "services/dossierservice.h"
#include "services/session.h"

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class AppSettings;
class DossiersPage;

// The main window: navigation on the left, one page per area on the right, the store, the dossier count and the
// signed-in person in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page {
        Dossiers,
        Incoming,
        Outgoing,
        Reports,
        Sync,
        Admin,
    };

    MainWindow(Store &store, const Session &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DossiersPage *dossiersPage() const { return m_dossiersPage; }
    DossierService &dossierService() { return m_dossiers; }
    CatalogService &catalogService() { return m_catalog; }
    const Session &session() const { return m_session; }
    void showPage(Page page);

public slots:
    void receiveDossier();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createPlaceholder(const QString &objectName, const QString &title, const QString &sentence);
    void updateCount();
    void chooseLanguage(const QString &language);
    void about();
    void showLoadError(const Error &error);

    Store &m_store;
    Session m_session;
    AppSettings &m_settings;
    DossierService m_dossiers;
    CatalogService m_catalog;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DossiersPage *m_dossiersPage = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QAction *m_receiveAction = nullptr;
};

} // namespace MotCua::Ui
