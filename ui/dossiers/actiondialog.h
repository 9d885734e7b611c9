#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/domain/dossierstate.h"
#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "core/services/session.h"

namespace MotCua::Ui
{

namespace Ui
{
class ActionDialog;
}

// The small form of one dossier action (transfer, request a supplement, refuse, return, apologise, ...): one .ui whose
// rows are shown per action. OK calls DossierService::act once; a refusal is shown next to its field and the form
// stays open.
class ActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    // `colleagues`: the people a transfer can go to (AuthService::listColleagues).
    ActionDialog(DossierService &dossiers, const Session &session, const Dossier &dossier, DossierAction action,
                 const QList<User> &colleagues, QWidget *parent = nullptr);
    ~ActionDialog() override;

    DossierAction action() const { return m_action; }
    // The dossier as the core returned it after a successful action.
    const std::optional<Dossier> &updatedDossier() const { return m_updated; }
    // The button label and window title of an action ("Transfer…").
    static QString actionTitle(DossierAction action);

public slots:
    void accept() override; // acts; stays open when the core refuses

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFields();
    void addItem();
    void updateRemoveButton();
    // The ticked papers (supplement request: the catalog's and those typed here; supplement received: those brought).
    QStringList tickedItems() const;
    // Calls the core once; stays open with the refusal next to its field.
    void act();
    void colleagueChanged();
    void clearErrors();
    void showError(const Error &error);
    DossierActionRequest request() const;

    std::unique_ptr<Ui::ActionDialog> m_ui;
    DossierService &m_dossiers;
    Session m_session;
    Dossier m_dossier;
    DossierAction m_action;
    QList<User> m_colleagues;
    QString m_autoDepartment; // the department filled in from the chosen person (replaced while untouched)
    std::optional<Dossier> m_updated;
};

} // namespace MotCua::Ui
