#pragma once

#include <QDialog>
#include <QHash>
#include <QMap>

#include <memory>

#include "core/domain/dossierstate.h"
#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "core/services/session.h"
#include "core/store/event.h"
#include "ui/slips/slipdata.h"

class QMenu;
class QPushButton;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

namespace Ui
{
class DossierDialog;
}

class ActionDialog;
class AttachmentPanel;

// One dossier: its details, its history as readable lines, the processing control sheet, and a button per action.
// An action's button is shown when the state allows it and enabled when the person's roles do too (the core still
// decides). Each action opens an ActionDialog; after a success everything here is reloaded and dossierChanged() lets
// the list and the queue counts follow.
class DossierDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierDialog)

public:
    DossierDialog(DossierService &dossiers, AuthService &auth, const Session &session, const QString &code,
                  QWidget *parent = nullptr);
    ~DossierDialog() override;

    const Dossier &dossier() const { return m_dossier; }
    QPushButton *actionButton(DossierAction action) const { return m_buttons.value(action); }
    // Opens the form of `action` (window-modal, not blocking) and returns it; nullptr when not allowed now.
    ActionDialog *startAction(DossierAction action);
    // A history event as one readable sentence.
    static QString describe(const Event &event);
    // Shows the "Print" menu button: the slips of this dossier (printSlip preview, or exportSlipPdf).
    void enablePrinting(Store &store);
    QPushButton *printButton() const { return m_printButton; }
    // Adds the "Attachments" tab: the dossier's scans and PDFs (AttachmentPanel).
    void enableAttachments(Store &store);
    AttachmentPanel *attachmentPanel() const { return m_attachments; }
    // The slips that apply to the dossier now: the receipt and control sheet always, the supplement request after
    // one, the refusal when refused, the apology when a new appointment was given.
    static QList<SlipKind> applicableSlips(const Dossier &dossier);

public slots:
    // Reads the dossier, its history and control sheet again.
    void refresh();

signals:
    void dossierChanged(const MotCua::Dossier &dossier);

private:
    void fillDetails(const QList<SupplementRound> &supplements);
    // Each request with what it asked for and what came back.
    QString supplementText(const QList<SupplementRound> &rounds) const;
    // A bulleted list (rich text) of plain strings.
    static QString listHtml(const QStringList &items);
    void fillHistory(const QList<Event> &events);
    void fillControlSheet(const ControlSheet &sheet);
    void updateActions();
    void fillPrintMenu();
    QString personName(const QString &userId) const;

    std::unique_ptr<Ui::DossierDialog> m_ui;
    AttachmentPanel *m_attachments = nullptr;
    DossierService &m_dossiers;
    AuthService &m_auth;
    Session m_session;
    QString m_code;
    Dossier m_dossier;
    QList<User> m_colleagues;
    QHash<QString, QString> m_names; // user id -> full name
    QMap<DossierAction, QPushButton *> m_buttons;
    Store *m_store = nullptr; // set by enablePrinting
    QPushButton *m_printButton = nullptr;
    QMenu *m_printMenu = nullptr;
};

} // namespace MotCua::Ui
