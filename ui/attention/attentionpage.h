#pragma once

#include <QWidget>

#include "core/services/authservice.h"
#include "core/services/conflictservice.h"
#include "core/services/session.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class ConflictTableModel;
class RenameUserDialog;
class ResolveDialog;

// "Needs attention" (Cần xử lý): what folding the other counters' events found that a person must look at
// (ConflictService::list). For the selected item it says what happened and what can be done, in words chosen by its
// kind, with a button per remedy the core lists: open the dossier, rename the account (administrators), mark
// resolved with a note. Shown to everyone who may view dossiers; resolved items on demand.
class AttentionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPage)

public:
    AttentionPage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~AttentionPage() override;

    // Reads the list again, keeping the selected item when it is still there.
    void reload();
    void setShowResolved(bool show);
    // The item on the selected row, if any.
    const Conflict *selected() const;
    void select(const QString &id);

    // The remedies for the selected item. Each form is window-modal and not blocking; returned for tests.
    void openDossier();
    RenameUserDialog *renameUser();
    ResolveDialog *markResolved();

    QTableView *table() const { return m_table; }
    ConflictTableModel *model() const { return m_model; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *resolveButton() const { return m_resolve; }

signals:
    // "Open the dossier": the main window opens it as it opens any dossier.
    void openDossierRequested(const QString &code);
    // The page changed the store (a rename, a resolution): lists and counts follow.
    void storeChanged();

private:
    void showSelected();

    Store &m_store;
    Session m_session;
    ConflictService m_conflicts;
    AuthService m_auth;
    ConflictTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_happened = nullptr;
    QLabel *m_todo = nullptr;
    QLabel *m_resolution = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
