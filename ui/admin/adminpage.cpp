#include "ui/admin/adminpage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/admin/auditpanel.h"
#include "ui/admin/backuppanel.h"
#include "ui/admin/bundlepanel.h"
#include "ui/admin/catalogpanel.h"
#include "ui/admin/officepanel.h"
#include "ui/admin/registerspanel.h"
#include "ui/admin/userspanel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

AdminPage::AdminPage(Store &store, const Session &session, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"adminPage"_s);
    auto *heading = new QLabel(tr("Administration"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (!session.hasRole(Role::Admin)) {
        auto *text = new QLabel(tr("This page is for the administrators of the commune: accounts, backups, the audit "
                                   "trail and the office details. Ask an administrator if something needs changing."),
                                this);
        text->setObjectName(u"adminOnlyLabel"_s);
        text->setWordWrap(true);
        layout->addWidget(text);
        layout->addStretch(1);
        return;
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_users = new UsersPanel(store, session, m_tabs);
    m_backup = new BackupPanel(store, session, m_tabs);
    m_audit = new AuditPanel(store, session, m_tabs);
    m_office = new OfficePanel(store, session, m_tabs);
    m_catalog = new CatalogPanel(store, session, m_tabs);
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_backup, tr("&Backup"));
    m_tabs->addTab(m_audit, tr("&Audit trail"));
    m_tabs->addTab(m_office, tr("&Office"));
    m_tabs->addTab(m_catalog, tr("&Procedure catalog"));
    m_bundles = new BundlePanel(store, session, m_tabs);
    m_tabs->addTab(m_bundles, tr("Bu&ndles"));
    m_tabs->addTab(new RegistersPanel(store, session, m_tabs), tr("&Registers"));
    connect(m_bundles, &BundlePanel::storeChanged, this, &AdminPage::storeChanged);
    connect(m_bundles, &BundlePanel::attentionRequested, this, &AdminPage::attentionRequested);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == UsersTab)
            m_users->reload();
        else if (index == AuditTab)
            m_audit->search();
        else if (index == CatalogTab)
            m_catalog->reload();
    });
}

AdminPage::~AdminPage() = default;

} // namespace MotCua::Ui
