#pragma once

#include <QDialog>

#include "ui/documents/registerrenderer.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSpinBox;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class MessageLabel;

// Chooses a register (incoming, outgoing, follow-up), its year and an optional range of dates (and, for the
// outgoing register, one number series), then shows its print preview or saves it as PDF.
class RegisterPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPrintDialog)

public:
    RegisterPrintDialog(Store &store, RegisterKind kind, QWidget *parent = nullptr);
    ~RegisterPrintDialog() override;

    RegisterKind kind() const;
    RegisterRange range() const;
    void setKind(RegisterKind kind);
    void setRange(const RegisterRange &range);

    // Saves the register chosen to `path` (what "Save as PDF…" does after asking for the file).
    bool saveTo(const QString &path);

private:
    void preview();
    void save();
    void updateSeries();

    Store &m_store;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_useRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_series = nullptr;
    MessageLabel *m_message = nullptr;
};

// The print preview of a gathered register or slip over `parent` (QPrintPreviewDialog); returns true when printed.
bool previewRegisterSheet(QWidget *parent, const RegisterSheet &sheet);
bool previewActionSlip(QWidget *parent, const ActionSlipData &data);
// Asks for a file name and saves the action slip of `incomingId` there; a message box says why when it fails.
bool saveActionSlipAs(QWidget *parent, Store &store, const QString &incomingId);

} // namespace MotCua::Ui
