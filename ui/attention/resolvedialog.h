#pragma once

#include <QDialog>

#include "core/services/conflictservice.h"
#include "core/services/session.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace MotCua::Ui
{

// Marks a needs-attention item resolved with a note of what was done (ConflictService::resolve): an event, so every
// counter sees it resolved.
class ResolveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDialog)

public:
    ResolveDialog(ConflictService &conflicts, const Session &session, const Conflict &item, QWidget *parent = nullptr);
    ~ResolveDialog() override;

    QPlainTextEdit *noteEdit() const { return m_note; }

public slots:
    void accept() override; // records it; stays open when the core refuses

private:
    ConflictService &m_conflicts;
    Session m_session;
    QString m_id;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace MotCua::Ui
