#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/conflictservice.h"
#include "core/services/setupservice.h"
#include "core/store/store.h"
#include "core/sync/net/syncservice.h"
#include "core/util/log.h"
#include "ui/admin/adminpage.h"
#include "ui/attachments/attachmentpanel.h"
#include "ui/attachments/scaninboxpage.h"
#include "ui/attention/attentionpage.h"
#include "ui/documents/documentdetaildialog.h"
#include "ui/documents/documentqueues.h"
#include "ui/documents/incomingdialog.h"
#include "ui/documents/incomingpage.h"
#include "ui/documents/outgoingpage.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/home/homepage.h"
#include "ui/reports/reportspage.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/application.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/confirm.h"
#include "ui/shell/errortext.h"
#include "ui/shell/workqueues.h"
#include "ui/slips/slipservice.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncpage.h"
#include "version.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

MainWindow::MainWindow(Store &store, const Session &session, AppSettings &settings, SyncController *sync,
                       QWidget *parent)
    : QMainWindow(parent), m_store(store), m_session(session), m_settings(settings), m_dossiers(store),
      m_catalog(store), m_auth(store), m_sync(sync)
{
    setObjectName(u"mainWindow"_s);
    //: Window title: the application, then the commune
    setWindowTitle(tr("MotCua Desk — %1").arg(store.communeName()));

    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setColumnCount(1);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setItemsExpandable(false);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const QStringList titles{tr("Dossiers"),        tr("Incoming documents"), tr("Outgoing documents"),
                             tr("Reports"),         tr("Synchronisation"),    tr("Administration"),
                             tr("Needs attention"), tr("Unregistered scans"), tr("Home")};
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    QFont pageFont = navFont;
    pageFont.setBold(true);
    m_navigation->setFont(navFont);
    // Shown in this order: the home dashboard first, the needs-attention list right after the dossiers it is about.
    const bool attention = m_session.can(Permission::ViewDossiers);
    const bool homeShown = m_session.can(Permission::ViewDossiers);
    const bool syncShown = m_session.can(Permission::ViewSync);
    const bool documentsShown = m_session.can(Permission::ViewDocuments);
    m_pageItems.resize(titles.size());
    for (const Page page : {Page::Home, Page::Dossiers, Page::Attention, Page::Incoming, Page::Outgoing, Page::Reports,
                            Page::Sync, Page::Admin}) {
        if ((page == Page::Home && !homeShown) || (page == Page::Attention && !attention) ||
            (page == Page::Sync && !syncShown) ||
            ((page == Page::Incoming || page == Page::Outgoing) && !documentsShown))
            continue;
        auto *item = new QTreeWidgetItem(m_navigation, {titles.at(int(page))});
        item->setData(0, kPageRole, int(page));
        item->setData(0, Qt::AccessibleTextRole, titles.at(int(page)));
        item->setFont(0, pageFont);
        m_pageItems[int(page)] = item;
    }
    // The work queues live under Dossiers; each one filters the same paged list.
    for (const WorkQueue &queue : WorkQueues::forSession(m_session)) {
        auto *item = new QTreeWidgetItem(m_pageItems.at(int(Page::Dossiers)), {queue.title});
        item->setData(0, kPageRole, int(Page::Dossiers));
        item->setData(0, kQueueRole, queue.key);
        item->setData(0, Qt::AccessibleTextRole, queue.title);
        item->setToolTip(0, queue.title);
        m_queueItems.append(item);
    }
    // The document queues the core counts live under Incoming and Outgoing, like the dossier queues.
    auto addDocumentQueue = [this](Page page, const DocumentQueue &queue) {
        if (!m_pageItems.at(int(page)))
            return;
        auto *item = new QTreeWidgetItem(m_pageItems.at(int(page)), {queue.title});
        item->setData(0, kPageRole, int(page));
        item->setData(0, kQueueRole, queue.key);
        item->setData(0, kTitleRole, queue.title);
        item->setData(0, Qt::AccessibleTextRole, queue.title);
        m_documentQueueItems.append(item);
    };
    for (const DocumentQueue &queue : DocumentQueues::incoming()) {
        if (DocumentQueues::inNavigation(m_session, true, queue.key))
            addDocumentQueue(Page::Incoming, queue);
    }
    for (const DocumentQueue &queue : DocumentQueues::outgoing()) {
        if (DocumentQueues::inNavigation(m_session, false, queue.key))
            addDocumentQueue(Page::Outgoing, queue);
    }
    // The scanner's files waiting to be registered, last under Incoming (for those who register documents).
    const bool scansShown = documentsShown && m_session.can(Permission::RegisterIncoming);
    if (scansShown) {
        const QString title = titles.at(int(Page::ScanInbox));
        auto *item = new QTreeWidgetItem(m_pageItems.at(int(Page::Incoming)), {title});
        item->setData(0, kPageRole, int(Page::ScanInbox));
        item->setData(0, kTitleRole, title);
        item->setData(0, Qt::AccessibleTextRole, title);
        m_pageItems[int(Page::ScanInbox)] = item;
    }
    m_navigation->expandAll();
    int navWidth = 0;
    const QFontMetrics navMetrics(navFont);
    for (const QString &title : titles)
        navWidth = std::max(navWidth, QFontMetrics(pageFont).horizontalAdvance(title + u" (99)"_s));
    QList<QTreeWidgetItem *> children = m_queueItems + m_documentQueueItems;
    if (QTreeWidgetItem *scans = m_pageItems.at(int(Page::ScanInbox)))
        children << scans;
    for (const QTreeWidgetItem *item : std::as_const(children))
        navWidth =
            std::max(navWidth, navMetrics.horizontalAdvance(item->text(0) + u" (999)"_s) + m_navigation->indentation());
    m_navigation->setMinimumWidth(navWidth + navMetrics.averageCharWidth() * 4);
    m_navigation->setMaximumWidth(m_navigation->minimumWidth() * 2);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_dossiersPage = new DossiersPage(m_dossiers, m_session, m_pages);
    m_pages->addWidget(m_dossiersPage);
    if (documentsShown) {
        m_incomingPage = new IncomingPage(m_store, m_session, m_pages);
        m_pages->addWidget(m_incomingPage);
        m_outgoingPage = new OutgoingPage(m_store, m_session, m_pages);
        m_pages->addWidget(m_outgoingPage);
        connectDocumentPages();
    } else {
        m_pages->addWidget(createPlaceholder(u"incomingPage"_s, tr("Incoming documents"), QString()));
        m_pages->addWidget(createPlaceholder(u"outgoingPage"_s, tr("Outgoing documents"), QString()));
    }
    m_reportsPage = new ReportsPage(m_store, m_session, m_pages);
    m_pages->addWidget(m_reportsPage);
    if (syncShown) {
        m_syncPage = new SyncPage(m_store, m_session, m_sync, m_pages);
        m_pages->addWidget(m_syncPage);
        connect(m_syncPage, &SyncPage::storeChanged, this, &MainWindow::refresh);
    } else {
        m_pages->addWidget(createPlaceholder(u"syncPage"_s, tr("Synchronisation"), QString()));
    }
    m_adminPage = new AdminPage(m_store, m_session, m_pages);
    m_pages->addWidget(m_adminPage);
    if (attention) {
        m_attentionPage = new AttentionPage(m_store, m_session, m_pages);
        m_pages->addWidget(m_attentionPage);
        connect(m_attentionPage, &AttentionPage::openDossierRequested, this, &MainWindow::openDossier);
        connect(m_attentionPage, &AttentionPage::storeChanged, this, &MainWindow::refresh);
    } else {
        m_pages->addWidget(createPlaceholder(u"attentionPage"_s, tr("Needs attention"), QString()));
    }
    if (scansShown) {
        m_scanInboxPage = new ScanInboxPage(m_store, m_session, m_pages);
        m_pages->addWidget(m_scanInboxPage);
        auto showScanCount = [this](int n) {
            QTreeWidgetItem *item = m_pageItems.at(int(Page::ScanInbox));
            item->setData(0, kCountRole, qint64(n));
            item->setText(0, DocumentQueues::withCount(item->data(0, kTitleRole).toString(), qint64(n)));
            item->setData(0, Qt::AccessibleTextRole, item->text(0));
            QFont font = item->font(0);
            font.setBold(n > 0);
            item->setFont(0, font);
        };
        connect(m_scanInboxPage, &ScanInboxPage::countChanged, this, showScanCount);
        showScanCount(m_scanInboxPage->scanCount());
        connect(m_scanInboxPage, &ScanInboxPage::registerRequested, this, &MainWindow::registerScan);
        connect(m_scanInboxPage, &ScanInboxPage::attached, this, &MainWindow::refresh);
    } else {
        m_pages->addWidget(createPlaceholder(u"scanInboxPage"_s, tr("Unregistered scans"), QString()));
    }
    if (homeShown) {
        m_homePage = new HomePage(m_store, m_session, m_pages);
        m_pages->addWidget(m_homePage);
        connect(m_homePage, &HomePage::figureActivated, this,
                [this](DashboardFigure figure, bool mine, const QString &title) {
                    showDossierList(ReportService::dashboardFilter(figure, mine), title);
                });
        connect(m_homePage, &HomePage::loadFailed, this, &MainWindow::showLoadError);
    } else {
        m_pages->addWidget(createPlaceholder(u"homePage"_s, tr("Home"), QString()));
    }
    Q_ASSERT(m_pages->count() == int(Page::Home) + 1);
    // A bundle taken in on the administration page changed the store from another thread.
    connect(m_adminPage, &AdminPage::storeChanged, this, &MainWindow::refresh);
    connect(m_adminPage, &AdminPage::attentionRequested, this, [this] { showPage(Page::Attention); });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigation->minimumWidth(), m_navigation->minimumWidth() * 5});
    splitter->setChildrenCollapsible(false);

    // When the store takes no changes (read-only, damaged, events lost): why, and what to do, above everything.
    m_blockBox = new QWidget(this);
    m_blockBox->setObjectName(u"writeBlockBox"_s);
    m_blockBox->setAutoFillBackground(true);
    QPalette warn = m_blockBox->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xe0));
    warn.setColor(QPalette::WindowText, QColor(0x6d, 0x2e, 0x00));
    m_blockBox->setPalette(warn);
    m_blockBanner = new QLabel(m_blockBox);
    m_blockBanner->setObjectName(u"writeBlockBanner"_s);
    m_blockBanner->setWordWrap(true);
    m_blockBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockBanner->setAccessibleName(tr("Why nothing can be saved"));
    m_acceptLoss = new QPushButton(tr("&Accept the loss…"), m_blockBox);
    m_acceptLoss->setObjectName(u"acceptLossButton"_s);
    m_acceptLoss->setToolTip(tr("This counter continues as a new device, so no dossier code is given twice"));
    auto *blockLayout = new QHBoxLayout(m_blockBox);
    blockLayout->setContentsMargins(12, 8, 12, 8);
    blockLayout->addWidget(m_blockBanner, 1);
    blockLayout->addWidget(m_acceptLoss, 0, Qt::AlignTop);
    connect(m_acceptLoss, &QPushButton::clicked, this, &MainWindow::acceptLostEvents);
    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_blockBox);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { navigationChanged(current); });
    connect(m_dossiersPage, &DossiersPage::receiveRequested, this, &MainWindow::receiveDossier);
    connect(m_dossiersPage, &DossiersPage::openRequested, this, &MainWindow::openDossier);
    connect(m_dossiersPage, &DossiersPage::loadFailed, this, &MainWindow::showLoadError);
    connect(m_dossiersPage, &DossiersPage::queuesRequested, this, [this] {
        showQueue({});
        m_dossiersPage->table()->setFocus();
    });

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(u"storeLabel"_s);
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(store.databasePath())));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(session.fullName, session.username));
    m_syncIndicator = new SyncIndicator(m_store, m_sync, this);
    m_syncIndicator->setOpensPage(m_syncPage != nullptr);
    connect(m_syncIndicator, &SyncIndicator::clicked, this, &MainWindow::syncIndicatorClicked);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();

    // The one search box (Ctrl+F, Ctrl+K) in the tool bar.
    auto *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(u"searchToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setEnabled(false);
    m_searchPanel = new SearchPanel(m_store, m_session, toolBar);
    toolBar->addWidget(m_searchPanel);
    connect(m_searchPanel, &SearchPanel::dossierActivated, this, &MainWindow::openDossier);
    connect(m_searchPanel, &SearchPanel::applicantActivated, this, &MainWindow::showApplicantDossiers);
    connect(m_searchPanel, &SearchPanel::procedureActivated, this, &MainWindow::receiveDossierFor);
    // A file of an incoming or outgoing document: that document's record (a dossier's file opens the dossier).
    connect(m_searchPanel, &SearchPanel::attachmentActivated, this,
            [this](const QString &entity, const QString &id, const QString &attachmentId) {
                openDocumentOf(entity, id, attachmentId);
            });

    const QFontMetrics fm = fontMetrics();
    // Wide enough for the queue navigation and a readable procedure column, but never beyond the screen.
    QSize size(fm.averageCharWidth() * 195, fm.height() * 42);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
    m_settings.restoreGeometry(this);
    const QByteArray splitterState = m_settings.uiState(splitter->objectName(), u"state"_s);
    if (!splitterState.isEmpty())
        splitter->restoreState(splitterState);
    m_dossiersPage->restoreState(m_settings);

    // A run changed the store from the worker's thread: the list's sync column and the counts follow at once.
    if (m_sync)
        connect(m_sync, &SyncController::runFinished, this, &MainWindow::refresh);

    // After signing in: the day's numbers (the dossier list for those who do not see them).
    m_navigation->setCurrentItem(m_homePage ? m_pageItems.at(int(Page::Home)) : m_queueItems.value(0));
    refresh();
    if (m_homePage)
        m_homePage->setFocus();
    else
        m_dossiersPage->table()->setFocus();

    // The store changes under the window too: the CLI beside it, another process, another person's window in this
    // one. While shown, the list and the counts follow within a couple of seconds, read again only when it changed.
    m_storeWatch = new QTimer(this);
    m_storeWatch->setObjectName(u"storeWatch"_s);
    m_storeWatch->setInterval(kStoreWatchInterval);
    connect(m_storeWatch, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshIfChanged();
    });
    m_storeWatch->start();
}

void MainWindow::refreshIfChanged()
{
    auto version = m_store.dataVersion();
    if (version && *version == m_seenVersion)
        return;
    refresh();
}

MainWindow::~MainWindow() = default;

SyncController *MainWindow::syncController() const
{
    return m_sync;
}

void MainWindow::connectDocumentPages()
{
    connect(m_incomingPage, &IncomingPage::documentsChanged, this, &MainWindow::refresh);
    connect(m_outgoingPage, &OutgoingPage::documentsChanged, this, &MainWindow::refresh);
    connect(m_incomingPage, &IncomingPage::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t); });
    connect(m_outgoingPage, &OutgoingPage::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t); });
    // The page's own queue selector and the navigation show the same queue.
    connect(m_incomingPage, &IncomingPage::queueChosen, this, [this](const QString &key) {
        QTreeWidgetItem *item =
            key.isEmpty() ? m_pageItems.value(int(Page::Incoming)) : documentQueueItem(Page::Incoming, key);
        if (item && m_navigation->currentItem() != item && m_pages->currentWidget() == m_incomingPage)
            m_navigation->setCurrentItem(item);
    });
    connect(m_outgoingPage, &OutgoingPage::queueChosen, this, [this](const QString &key) {
        QTreeWidgetItem *item =
            key.isEmpty() ? m_pageItems.value(int(Page::Outgoing)) : documentQueueItem(Page::Outgoing, key);
        if (item && m_navigation->currentItem() != item && m_pages->currentWidget() == m_outgoingPage)
            m_navigation->setCurrentItem(item);
    });
}

QWidget *MainWindow::createPlaceholder(const QString &objectName, const QString &title, const QString &sentence)
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(objectName);
    auto *heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(sentence, page);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Dossier"));
    m_receiveAction = fileMenu->addAction(tr("&Receive dossier…"));
    m_receiveAction->setObjectName(u"receiveAction"_s);
    m_receiveAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_receiveAction->setEnabled(m_session.can(Permission::ReceiveDossier));
    connect(m_receiveAction, &QAction::triggered, this, &MainWindow::receiveDossier);

    QAction *refreshAction = fileMenu->addAction(tr("Re&fresh"));
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    QAction *findAction = fileMenu->addAction(tr("&Search…"));
    findAction->setObjectName(u"searchAction"_s);
    findAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F)});
    connect(findAction, &QAction::triggered, this, [this] { m_searchPanel->activate(); });

    QAction *printAction = fileMenu->addAction(tr("&Print receipt"));
    printAction->setObjectName(u"printReceiptAction"_s);
    printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(printAction, &QAction::triggered, this, &MainWindow::printSelectedReceipt);

    // Signing out closes this person's session only; quitting closes the program (AppController asks first when
    // other people's work is kept open).
    fileMenu->addSeparator();
    QAction *signOutAction = new QAction(tr("Sign &out"), this);
    signOutAction->setObjectName(u"signOutAction"_s);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    signOutAction->setToolTip(tr("Close your session and go back to the sign-in screen"));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    fileMenu->addAction(signOutAction);
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setToolTip(tr("Close MotCua Desk"));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    // The document work, from any page: the keys open the form over the page it belongs to.
    if (m_incomingPage) {
        QMenu *documentsMenu = menuBar()->addMenu(tr("Do&cuments"));
        m_registerIncomingAction = documentsMenu->addAction(tr("Register &incoming document…"));
        m_registerIncomingAction->setObjectName(u"registerIncomingAction"_s);
        m_registerIncomingAction->setShortcut(QKeySequence(Qt::Key_F3));
        connect(m_registerIncomingAction, &QAction::triggered, this, [this] {
            showPage(Page::Incoming);
            m_incomingPage->registerDocument();
        });
        m_draftOutgoingAction = documentsMenu->addAction(tr("New &outgoing draft…"));
        m_draftOutgoingAction->setObjectName(u"draftOutgoingAction"_s);
        m_draftOutgoingAction->setShortcut(QKeySequence(Qt::Key_F4));
        connect(m_draftOutgoingAction, &QAction::triggered, this, [this] {
            showPage(Page::Outgoing);
            m_outgoingPage->createDocument();
        });
        documentsMenu->addSeparator();
        QAction *registers = documentsMenu->addAction(tr("&Print registers…"));
        registers->setObjectName(u"printRegistersAction"_s);
        connect(registers, &QAction::triggered, this, [this] { m_incomingPage->printRegisters(); });
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    if (m_homePage) {
        QAction *go = viewMenu->addAction(tr("Home"));
        go->setObjectName(u"homeAction"_s);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        connect(go, &QAction::triggered, this, [this] { showPage(Page::Home); });
    }
    const QStringList titles{tr("Dossiers"), tr("Incoming documents"), tr("Outgoing documents"),
                             tr("Reports"),  tr("Synchronisation"),    tr("Administration")};
    for (int i = 0; i < titles.size(); ++i) {
        if (Page(i) == Page::Sync && !m_session.can(Permission::ViewSync))
            continue;
        QAction *go = viewMenu->addAction(titles.at(i));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    if (m_session.can(Permission::ViewDossiers)) {
        QAction *go = viewMenu->addAction(tr("Needs attention"));
        go->setObjectName(u"attentionAction"_s);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
        connect(go, &QAction::triggered, this, [this] { showPage(Page::Attention); });
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{{QString::fromLatin1(kLanguageVietnamese), u"Tiếng Việt"_s},
                                                     {QString::fromLatin1(kLanguageEnglish), u"English"_s}};
    for (const auto &[key, name] : choices) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == key);
        action->setActionGroup(languages);
        connect(action, &QAction::triggered, this, [this, key] { chooseLanguage(key); });
    }

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *passwordAction = accountMenu->addAction(tr("&Change password…"));
    passwordAction->setObjectName(u"changePasswordAction"_s);
    m_passwordAction = passwordAction;
    connect(passwordAction, &QAction::triggered, this, [this] {
        auto *dialog = new ChangePasswordDialog(m_auth, m_session, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { statusBar()->showMessage(tr("Your password was changed.")); });
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    QAction *lockAction = accountMenu->addAction(tr("&Lock screen"));
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    accountMenu->addSeparator();
    accountMenu->addAction(signOutAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About MotCua Desk"));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    // Dossiers: keep the queue being looked at.
    QTreeWidgetItem *current = m_navigation->currentItem();
    if (page == Page::Dossiers && current && current->data(0, kPageRole).toInt() == int(Page::Dossiers))
        return;
    QTreeWidgetItem *target = page == Page::Dossiers ? m_queueItems.value(0) : m_pageItems.value(int(page));
    if (target)
        m_navigation->setCurrentItem(target);
}

QTreeWidgetItem *MainWindow::queueItem(const QString &queue) const
{
    for (QTreeWidgetItem *item : m_queueItems) {
        if (item->data(0, kQueueRole).toString() == queue)
            return item;
    }
    return nullptr;
}

void MainWindow::showQueue(const QString &queue)
{
    QTreeWidgetItem *item = queueItem(queue);
    if (!item)
        return;
    if (m_navigation->currentItem() == item)
        navigationChanged(item); // the page may show a list from elsewhere under this entry: the queue again
    else
        m_navigation->setCurrentItem(item);
}

void MainWindow::showDossierList(const DossierFilter &filter, const QString &title)
{
    // The Dossiers entry itself, none of its queues: the list is not one of them. Choosing any queue afterwards
    // (navigationChanged -> DossiersPage::setQueue) goes back to the queues.
    if (QTreeWidgetItem *dossiers = m_pageItems.at(int(Page::Dossiers))) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentItem(dossiers);
    }
    m_pages->setCurrentWidget(m_dossiersPage);
    m_dossiersPage->showFilter(filter, title);
    m_dossiersPage->table()->setFocus();
}

void MainWindow::navigationChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int page = item->data(0, kPageRole).toInt();
    m_pages->setCurrentIndex(page);
    if (page == int(Page::Dossiers))
        m_dossiersPage->setQueue(item->data(0, kQueueRole).toString());
    else if (page == int(Page::Incoming) && m_incomingPage)
        m_incomingPage->setQueue(item->data(0, kQueueRole).toString());
    else if (page == int(Page::Outgoing) && m_outgoingPage)
        m_outgoingPage->setQueue(item->data(0, kQueueRole).toString());
}

IncomingDialog *MainWindow::registerScan(const QString &path)
{
    if (!m_incomingPage || path.isEmpty())
        return nullptr;
    IncomingDialog *dialog = m_incomingPage->registerDocument({path});
    if (!dialog)
        return nullptr;
    // Registered with the scan attached (the clerk may have taken it off the list, or chosen a confidentiality
    // level): only then does it leave the inbox.
    connect(m_incomingPage, &IncomingPage::registered, dialog, [this, path](const QString &, const QStringList &files) {
        if (m_scanInboxPage && files.contains(path))
            m_scanInboxPage->markRegistered(path);
    });
    return dialog;
}

DocumentDetailDialog *MainWindow::openDocumentOf(const QString &ownerEntity, const QString &ownerId,
                                                 const QString &attachmentId)
{
    DocumentDetailDialog *dialog = nullptr;
    if (ownerEntity == u"incoming" && m_incomingPage)
        dialog = m_incomingPage->showDocument(ownerId);
    else if (ownerEntity == u"outgoing" && m_outgoingPage)
        dialog = m_outgoingPage->showDocument(ownerId);
    if (!dialog)
        return nullptr;
    AttachmentPanel *panel = dialog->attachmentPanel();
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        if (panel->model()->at(row).id == attachmentId)
            panel->view()->selectRow(row);
    }
    return dialog;
}

QTreeWidgetItem *MainWindow::documentQueueItem(Page page, const QString &key) const
{
    for (QTreeWidgetItem *item : m_documentQueueItems) {
        if (item->data(0, kPageRole).toInt() == int(page) && item->data(0, kQueueRole).toString() == key)
            return item;
    }
    return nullptr;
}

DossierDialog *MainWindow::openDossier(const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    auto *dialog = new DossierDialog(m_dossiers, m_auth, m_session, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->enablePrinting(m_store);
    dialog->enableAttachments(m_store);
    connect(dialog, &DossierDialog::dossierChanged, this, [this](const Dossier &dossier) {
        refresh();
        statusBar()->showMessage(tr("Dossier %1: %2").arg(dossier.code, ErrorText::dossierState(dossier.state)));
    });
    dialog->open();
    return dialog;
}

void MainWindow::receiveDossier()
{
    receiveDossierFor({});
}

void MainWindow::receiveDossierFor(const QString &procedureCode)
{
    if (!m_session.can(Permission::ReceiveDossier))
        return;
    if (const auto block = m_store.writeBlock()) {
        // Nothing could be saved: say so now, not after the form is filled.
        statusBar()->showMessage(ErrorText::message(block->error()));
        return;
    }
    // Window-modal and not blocking (no exec()): at a shared counter another person may sign in while this form is
    // half-filled; the form is then hidden with this window and comes back as it was when its owner signs in again.
    auto *dialog = new ReceiveDialog(m_dossiers, m_catalog, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!procedureCode.isEmpty())
        dialog->selectProcedure(procedureCode);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted && dialog->createdDossier())
            received(*dialog->createdDossier(), dialog->printReceiptAfterSaving());
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void MainWindow::received(const Dossier &dossier, bool printReceipt)
{
    showQueue({});
    m_dossiersPage->filterEdit()->clear();
    refresh();
    m_dossiersPage->table()->selectRow(0);
    if (!dossier.duplicateOf.isEmpty() && dossier.state == DossierState::Refused)
        statusBar()->showMessage(
            tr("Dossier %1 was not accepted: duplicate of the open dossier %2").arg(dossier.code, dossier.duplicateOf));
    else
        statusBar()->showMessage(tr("Received dossier %1, due %2. Ctrl+P prints its receipt.")
                                     .arg(dossier.code, Time::toVietnam(dossier.dueAt).toString(u"dd/MM/yyyy"_s)));
    if (printReceipt) {
        const SlipKind kind = dossier.state == DossierState::Refused ? SlipKind::Refusal : SlipKind::Receipt;
        printSlip(this, m_store, m_session, SlipRequest{kind, dossier.code, {}, {}});
    }
}

void MainWindow::printSelectedReceipt()
{
    const QString code = m_dossiersPage->currentCode();
    if (code.isEmpty() || m_pages->currentWidget() != m_dossiersPage) {
        statusBar()->showMessage(tr("Select a dossier in the list to print its receipt."));
        return;
    }
    printSlip(this, m_store, m_session, SlipRequest{SlipKind::Receipt, code, {}, {}});
}

void MainWindow::showApplicantDossiers(const QString &applicantId, const QString &name)
{
    // The list filter matches folded words: the citizen id picks exactly this person's dossiers, the name may
    // also show namesakes. Find the id on one of the dossiers that the name brings up.
    QString filter = name;
    DossierFilter byName;
    byName.text = name;
    if (auto page = m_dossiers.list(m_session, byName, {}, 200)) {
        for (const Dossier &d : page->rows) {
            if (d.applicantId == applicantId && !d.citizenId.isEmpty()) {
                filter = d.citizenId;
                break;
            }
        }
    }
    showQueue({});
    m_dossiersPage->filterEdit()->setText(filter);
    m_dossiersPage->table()->setFocus();
    statusBar()->showMessage(tr("Dossiers of %1").arg(name));
}

void MainWindow::refresh()
{
    // Read before the reload: a change that lands meanwhile is seen at the next check.
    if (auto version = m_store.dataVersion())
        m_seenVersion = *version;
    m_dossiersPage->reload();
    if (m_incomingPage) {
        m_incomingPage->reload();
        m_outgoingPage->reload();
    }
    if (m_attentionPage)
        m_attentionPage->reload();
    if (m_homePage)
        m_homePage->refresh(); // read now when it shows, else when it shows next
    updateCount();
    updateDocumentCounts();
    updateWriteBlock();
    updateSync();
}

void MainWindow::updateSync()
{
    SyncService sync(m_store);
    auto st = sync.status();
    const bool enrolled = st && st->enrolled;
    // The records of each list with changes the province has not acknowledged, read once for all of them.
    QHash<QString, QSet<QString>> pending;
    if (enrolled) {
        if (auto records = sync.pendingRecords()) {
            for (const RecordKey &r : std::as_const(*records))
                pending[r.first].insert(r.second);
        }
    }
    m_dossiersPage->setSyncState(enrolled, pending.value(u"dossier"_s));
    if (m_incomingPage)
        m_incomingPage->setSyncState(enrolled, pending.value(u"incoming"_s));
    if (m_outgoingPage)
        m_outgoingPage->setSyncState(enrolled, pending.value(u"outgoing"_s));
    m_syncIndicator->refresh();
    if (m_syncPage)
        m_syncPage->reload();
}

void MainWindow::syncIndicatorClicked()
{
    if (m_syncPage) {
        showPage(Page::Sync);
        return;
    }
    statusBar()->showMessage(m_syncIndicator->detailText().replace(u'\n', u' '));
}

QString MainWindow::writeBlockText(const WriteBlock &block, const QString &dataDir)
{
    switch (block.reason) {
    case WriteBlock::Reason::ReadOnly:
        return tr("⚠ Read-only: the data folder %1 cannot be written, so nothing can be saved. You can still look at "
                  "dossiers, search, print and make backups. Ask the administrator to give this computer's account "
                  "write access to that folder (or to unlock or free the disk), then start MotCua Desk again.")
            .arg(QDir::toNativeSeparators(dataDir));
    case WriteBlock::Reason::Damaged:
        return tr("⚠ The data store is damaged: its check found errors, so nothing can be saved, to keep the records "
                  "safe. You can still look, search and make backups. Make a backup now (Administration › Backup), "
                  "then ask the administrator to restore the latest good backup or to call the province's IT.");
    case WriteBlock::Reason::EventsLost:
        return tr("⚠ Changes saved earlier are missing from the data store (its journal file was deleted or lost). "
                  "So that no dossier code is given twice, nothing can be saved until they come back: close MotCua "
                  "Desk and start again the program that saved them, or restore a backup. An administrator can also "
                  "accept the loss; this counter then goes on as a new device.");
    }
    return {};
}

void MainWindow::updateWriteBlock()
{
    const auto block = m_store.writeBlock();
    m_blockBox->setVisible(block.has_value());
    const QString why = block ? ErrorText::message(block->error()) : QString();
    if (block)
        m_blockBanner->setText(writeBlockText(*block, m_store.dataDir()));
    m_acceptLoss->setVisible(block && block->reason == WriteBlock::Reason::EventsLost &&
                             m_session.can(Permission::Maintain));
    // The actions that would write: off, saying why.
    m_receiveAction->setEnabled(m_session.can(Permission::ReceiveDossier) && !block);
    m_receiveAction->setToolTip(why);
    m_receiveAction->setStatusTip(why);
    m_passwordAction->setEnabled(!block);
    if (m_registerIncomingAction) {
        m_registerIncomingAction->setEnabled(m_session.can(Permission::RegisterIncoming) && !block);
        m_registerIncomingAction->setStatusTip(why);
        m_draftOutgoingAction->setEnabled(m_session.can(Permission::DraftOutgoing) && !block);
        m_draftOutgoingAction->setStatusTip(why);
    }
    m_passwordAction->setStatusTip(why);
}

void MainWindow::acceptLostEvents()
{
    askFirst(this, u"acceptLossBox"_s, tr("Accept the loss"),
             tr("The changes missing from the data store will not come back on this counter. If another program or "
                "a backup still has them, use that instead.\n\nAccept the loss? This counter then goes on as a new "
                "device with a code tag of its own, so that no dossier code is given twice."),
             tr("&Accept the loss"), tr("&Not now"), [this] {
                 if (auto r = MaintenanceService(m_store).acceptLostEvents(m_session); !r) {
                     statusBar()->showMessage(ErrorText::message(r.error()));
                     return;
                 }
                 refresh();
                 statusBar()->showMessage(tr("The loss was accepted: this counter goes on as %1, and changes can be "
                                             "saved again.")
                                              .arg(m_store.deviceTag()));
             });
}

void MainWindow::updateCount()
{
    // One count query per queue shown.
    for (QTreeWidgetItem *item : std::as_const(m_queueItems)) {
        const QString key = item->data(0, kQueueRole).toString();
        DossierFilter filter;
        filter.queue = workQueueFromKey(key).value_or(MotCua::WorkQueue::All);
        auto n = m_dossiers.count(m_session, filter);
        const QString title = WorkQueues::title(key);
        item->setData(0, kCountRole, n ? QVariant(*n) : QVariant());
        //: Navigation entry of a work queue: its name, then how many dossiers it holds
        item->setText(0, n ? tr("%1 (%2)", "queue (count)").arg(title).arg(*n) : title);
        QFont font = item->font(0);
        font.setBold(n && *n > 0 && key == u"overdue");
        item->setFont(0, font);
    }
    if (QTreeWidgetItem *item = m_pageItems.value(int(Page::Attention))) {
        // The open items: bold while there are any, so nobody misses them.
        auto open = ConflictService(m_store).openCount(m_session);
        const QString title = tr("Needs attention");
        item->setData(0, kCountRole, open ? QVariant(*open) : QVariant());
        item->setText(0, open && *open > 0 ? tr("%1 (%2)", "queue (count)").arg(title).arg(*open) : title);
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        if (open && *open > 0)
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
        else
            item->setData(0, Qt::ForegroundRole, QVariant());
    }
    auto count = m_dossiers.count(m_session, {});
    if (!count) {
        m_countLabel->setText(tr("Dossiers: unknown"));
        return;
    }
    m_countLabel->setText(tr("%n dossier(s)", nullptr, int(std::min<qint64>(*count, INT_MAX))));
}

void MainWindow::updateDocumentCounts()
{
    if (!m_incomingPage)
        return;
    // One query for every document queue (the core counts them together).
    auto counts = m_incomingPage->service().counts(m_session);
    const DocumentCounts c = counts ? *counts : DocumentCounts{};
    for (QTreeWidgetItem *item : std::as_const(m_documentQueueItems)) {
        const QString key = item->data(0, kQueueRole).toString();
        const bool incoming = item->data(0, kPageRole).toInt() == int(Page::Incoming);
        const std::optional<qint64> n =
            !counts ? std::nullopt
                    : (incoming ? DocumentQueues::incomingCount(c, key) : DocumentQueues::outgoingCount(c, key));
        const QString title = item->data(0, kTitleRole).toString();
        item->setData(0, kCountRole, n ? QVariant(*n) : QVariant());
        item->setText(0, DocumentQueues::withCount(title, n));
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        QFont font = item->font(0);
        font.setBold(n && *n > 0 && (key == u"overdue" || key == u"to-direct"));
        item->setFont(0, font);
    }
    if (counts) {
        m_incomingPage->setCounts(c);
        m_outgoingPage->setCounts(c);
    }
}

void MainWindow::showLoadError(const Error &error)
{
    statusBar()->showMessage(tr("Could not load the dossiers: %1").arg(ErrorText::message(error)));
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    QMessageBox::information(this, tr("Language"), tr("The new language takes effect when MotCua Desk is restarted."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About MotCua Desk"),
                       tr("<h3>MotCua Desk %1</h3>"
                          "<p>Offline-first desktop client for the one-stop counters of Vietnam's communes.</p>"
                          "<p>Commune: %2<br>Data store: %3</p>")
                           .arg(QString::fromLatin1(MOTCUA_VERSION), m_store.communeName().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_store.databasePath()).toHtmlEscaped()));
}

void MainWindow::saveState()
{
    m_settings.saveGeometry(this);
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        m_settings.setUiState(splitter->objectName(), u"state"_s, splitter->saveState());
    m_dossiersPage->saveState(m_settings);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace MotCua::Ui
