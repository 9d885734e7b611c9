#pragma once

#include <QWidget>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace MotCua::Ui
{

// Administration, "Registers" tab: the issuer and department abbreviations of the commune's documents and the number
// series of its outgoing register (Decree 30/2020 Đ15: set by the head of the agency). The rules (which series a
// document goes to, what a valid abbreviation is) are the core's; this panel edits and saves them as one whole.
class RegistersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistersPanel)

public:
    RegistersPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~RegistersPanel() override;

    void load();
    bool save();

private:
    RegisterConfig edited() const;

    DocumentService m_documents;
    Session m_session;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_department = nullptr;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_series = nullptr;
    QLabel *m_numbering = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
