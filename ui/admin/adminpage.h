#pragma once

#include <QWidget>

#include "core/services/session.h"

class QTabWidget;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class AuditPanel;
class BackupPanel;
class BundlePanel;
class CatalogPanel;
class OfficePanel;
class UsersPanel;

// The "Administration" page: users, backups, audit trail, the office profile, the procedure catalog and the bundles
// exchanged with the commune's other counters, for administrators. Anyone else
// sees one sentence saying the page is for administrators (the services refuse them anyway).
class AdminPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    enum Tab {
        UsersTab,
        BackupTab,
        AuditTab,
        OfficeTab,
        CatalogTab,
        BundleTab,
        RegistersTab,
    };

    AdminPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~AdminPage() override;

    // nullptr for a person who is not an administrator.
    QTabWidget *tabs() const { return m_tabs; }
    UsersPanel *usersPanel() const { return m_users; }
    BackupPanel *backupPanel() const { return m_backup; }
    AuditPanel *auditPanel() const { return m_audit; }
    OfficePanel *officePanel() const { return m_office; }
    CatalogPanel *catalogPanel() const { return m_catalog; }
    BundlePanel *bundlePanel() const { return m_bundles; }

signals:
    // Something this page did changed the store from another thread (a bundle taken in): read it again.
    void storeChanged();
    // "Open the needs-attention list" after a bundle raised new items.
    void attentionRequested();

private:
    QTabWidget *m_tabs = nullptr;
    UsersPanel *m_users = nullptr;
    BackupPanel *m_backup = nullptr;
    AuditPanel *m_audit = nullptr;
    OfficePanel *m_office = nullptr;
    CatalogPanel *m_catalog = nullptr;
    BundlePanel *m_bundles = nullptr;
};

} // namespace MotCua::Ui
