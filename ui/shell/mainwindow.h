#pragma once

#include <QMainWindow>
#include <QPointer>

#include <chrono>

#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/session.h"
#include "core/store/store.h"

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTimer;
class QTreeWidgetItem;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class AdminPage;
class AppSettings;
class AttentionPage;
class DocumentDetailDialog;
class DossierDialog;
class DossiersPage;
class HomePage;
class IncomingDialog;
class IncomingPage;
class OutgoingPage;
class ReportsPage;
class ScanInboxPage;
class SearchPanel;
class SyncController;
class SyncIndicator;
class SyncPage;

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
        Attention, // "Needs attention": in the navigation after the dossier queues, for those who may view dossiers
        ScanInbox, // "Unregistered scans": under Incoming documents, for those who register them
        // The home dashboard: first in the navigation and shown after signing in, for those who may view dossiers.
        // Last here so that the other pages keep their numbers (the stacked pages' indexes, Ctrl+1..7).
        Home,
    };

    // `sync`: the application's sync worker (AppController owns it); null for a window that only shows the state.
    MainWindow(Store &store, const Session &session, AppSettings &settings, SyncController *sync = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    DossiersPage *dossiersPage() const { return m_dossiersPage; }
    // nullptr for a person who may not view dossiers.
    HomePage *homePage() const { return m_homePage; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    IncomingPage *incomingPage() const { return m_incomingPage; }
    OutgoingPage *outgoingPage() const { return m_outgoingPage; }
    // nullptr for a person who may not register incoming documents.
    ScanInboxPage *scanInboxPage() const { return m_scanInboxPage; }
    // The navigation entry of an incoming queue (an incomingQueueKey) or an outgoing state (an outgoingStateKey)
    // under its page, or nullptr.
    QTreeWidgetItem *documentQueueItem(Page page, const QString &key) const;
    AdminPage *adminPage() const { return m_adminPage; }
    // nullptr for a person who may not view dossiers.
    AttentionPage *attentionPage() const { return m_attentionPage; }
    // nullptr for a person who does not see the sync page (Permission::ViewSync); the indicator is for everyone.
    SyncPage *syncPage() const { return m_syncPage; }
    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    SyncController *syncController() const;
    // The banner saying why the store takes no changes and what to do (hidden when it takes them).
    QLabel *writeBlockBanner() const { return m_blockBanner; }
    // What the banner says for `block`: why nothing can be saved and what to do.
    static QString writeBlockText(const WriteBlock &block, const QString &dataDir);
    // The navigation entry of a page (nullptr when the person does not see it).
    QTreeWidgetItem *pageItem(Page page) const { return m_pageItems.value(int(page)); }
    DossierService &dossierService() { return m_dossiers; }
    CatalogService &catalogService() { return m_catalog; }
    const Session &session() const { return m_session; }
    QTreeWidget *navigation() const { return m_navigation; }
    void showPage(Page page);
    // Shows one work queue of the dossier list (a DossierService::queues() key, empty for all).
    void showQueue(const QString &queue);
    // The Dossiers page showing exactly the dossiers of `filter` under `title` (a dashboard number's list); choosing a
    // queue in the navigation (or "Back to the queues") goes back to the queues.
    void showDossierList(const DossierFilter &filter, const QString &title);
    // The navigation entry of a queue ("" for all), or nullptr when the person's roles do not show it.
    QTreeWidgetItem *queueItem(const QString &queue) const;
    // Opens the dossier (window-modal, not blocking); the list and counts follow its actions.
    DossierDialog *openDossier(const QString &code);
    // The registration of an incoming document with the scan attached; once registered the scan leaves the inbox.
    IncomingDialog *registerScan(const QString &path);
    // The record of the incoming or outgoing document a file belongs to (a search hit on the file), that file
    // selected in its attachments; nullptr when it cannot be shown here.
    DocumentDetailDialog *openDocumentOf(const QString &ownerEntity, const QString &ownerId,
                                         const QString &attachmentId = {});

    // Item data of the navigation entries.
    static constexpr int kPageRole = Qt::UserRole;      // int: Page
    static constexpr int kQueueRole = Qt::UserRole + 1; // QString: the queue key of a dossier queue entry
    static constexpr int kCountRole = Qt::UserRole + 2; // qint64: the queue's (or the needs-attention list's) count
    static constexpr int kTitleRole = Qt::UserRole + 3; // QString: a document queue's title without its count

public slots:
    void receiveDossier();
    // Receives a dossier with `procedureCode` chosen in the form (empty: none); prints its receipt when asked.
    void receiveDossierFor(const QString &procedureCode);
    // Ctrl+P: the print preview of the selected dossier's receipt.
    void printSelectedReceipt();
    // The dossier list filtered on one applicant (a search result): by citizen id when known, else by name.
    void showApplicantDossiers(const QString &applicantId, const QString &name);
    // Reads the list and the counts again (F5; after every change made here; on every switch to this person).
    void refresh();
    // refresh() when the store changed since the last one (polled while the window is shown).
    void refreshIfChanged();

    // Window geometry and table layout into the settings (on closing, quitting, signing out).
    void saveState();

signals:
    // "Lock screen" (Ctrl+L): AppController covers everything with the lock screen.
    void lockRequested();
    // "Sign out": AppController closes this person's session and shows the sign-in screen.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createPlaceholder(const QString &objectName, const QString &title, const QString &sentence);
    void updateCount();
    // The document queues' counts in the navigation and on the two document pages (DocumentService::counts).
    void updateDocumentCounts();
    void connectDocumentPages();
    // Each dossier's sync state in the list, the indicator and the sync page, from the store.
    void updateSync();
    // The status bar's sync line was clicked: the sync page, or (for those who do not see it) what the line means.
    void syncIndicatorClicked();
    // The banner and the actions that would write, after the store's write block (Store::writeBlock) changed.
    void updateWriteBlock();
    // After acknowledged events were lost: an administrator accepts the loss (MaintenanceService::acceptLostEvents).
    void acceptLostEvents();
    void navigationChanged(QTreeWidgetItem *item);
    void chooseLanguage(const QString &language);
    void about();
    void showLoadError(const Error &error);
    // After a ReceiveDialog saved: show the new dossier, print its receipt when asked.
    void received(const Dossier &dossier, bool printReceipt);

    Store &m_store;
    Session m_session;
    AppSettings &m_settings;
    DossierService m_dossiers;
    CatalogService m_catalog;
    AuthService m_auth;
    QTreeWidget *m_navigation = nullptr;
    QList<QTreeWidgetItem *> m_pageItems;          // one per Page, by its value (nullptr when not shown)
    QList<QTreeWidgetItem *> m_queueItems;         // under Dossiers: "All", then the queues of the person's roles
    QList<QTreeWidgetItem *> m_documentQueueItems; // under Incoming and Outgoing: the queues the core counts
    IncomingPage *m_incomingPage = nullptr;
    OutgoingPage *m_outgoingPage = nullptr;
    ScanInboxPage *m_scanInboxPage = nullptr;
    QStackedWidget *m_pages = nullptr;
    DossiersPage *m_dossiersPage = nullptr;
    HomePage *m_homePage = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    SyncPage *m_syncPage = nullptr;
    QPointer<SyncController> m_sync;
    QAction *m_receiveAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_registerIncomingAction = nullptr; // F3, when the person sees the documents
    QAction *m_draftOutgoingAction = nullptr;    // F4
    QWidget *m_blockBox = nullptr;
    QLabel *m_blockBanner = nullptr;
    QPushButton *m_acceptLoss = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    AdminPage *m_adminPage = nullptr;
    AttentionPage *m_attentionPage = nullptr;
    QTimer *m_storeWatch = nullptr;
    qint64 m_seenVersion = -1; // Store::dataVersion() at the last refresh
    static constexpr std::chrono::milliseconds kStoreWatchInterval{1500};
};

} // namespace MotCua::Ui
