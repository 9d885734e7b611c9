#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/session.h"

class QCheckBox;
class QLabel;

namespace MotCua::Ui
{

namespace Ui
{
class ReceiveDialog;
}

// Receives one dossier at the counter: pick the procedure (search without diacritics), type the applicant, tick the
// papers handed in, Enter saves. DossierService::receive does all validation; the inline hints only help typing.
class ReceiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveDialog)

public:
    ReceiveDialog(DossierService &dossiers, CatalogService &catalog, const Session &session, QWidget *parent = nullptr);
    ~ReceiveDialog() override;

    // The dossier created by the last successful save (the dialog is then accepted).
    const std::optional<Dossier> &createdDossier() const { return m_created; }
    QString selectedProcedureCode() const;
    // The open dossier of the same citizen for the same procedure, when one was found.
    const std::optional<Dossier> &duplicateOf() const { return m_duplicate; }
    // Chooses the procedure `code` in the list (from the main window's search); false when the catalog lacks it.
    bool selectProcedure(const QString &code);
    // "Print the receipt after saving" (on by default): the caller opens the print preview of the new dossier.
    bool printReceiptAfterSaving() const;
    void setPrintReceiptAfterSaving(bool on);

public slots:
    void accept() override; // saves; stays open when the core refuses

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchProcedures(const QString &query);
    void showProcedure(int row);
    // The appointment (result due) the dossier would get if saved now, from the core.
    void updateAppointment();
    bool hasPapersToTick() const;
    bool anyPaperTicked() const;
    // Calls the core once; stays open with the refusal next to its field.
    void save();
    void updateCitizenIdHint();
    void updatePhoneHint();
    // Looks for an open dossier of the same citizen for the same procedure and shows the choice if there is one.
    void checkDuplicate();
    void refuseAsDuplicate();
    void clearErrors();
    void showError(const Error &error);
    ReceiveRequest request() const;

    std::unique_ptr<Ui::ReceiveDialog> m_ui;
    DossierService &m_dossiers;
    CatalogService &m_catalog;
    Session m_session;
    QList<Procedure> m_procedures;
    std::optional<Dossier> m_created;
    std::optional<Dossier> m_duplicate; // the open dossier this one would duplicate
    QCheckBox *m_printReceipt = nullptr;
};

} // namespace MotCua::Ui
