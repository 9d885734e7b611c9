#pragma once

#include <QDialog>
#include <QWidget>

#include <optional>

#include "core/services/catalogservice.h"
#include "core/services/session.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace MotCua::Ui
{

// Administration, "Procedure catalog" tab: the procedures whose legal time limit (or its unit) the source data does
// not give, or every procedure, and the form that sets one. CatalogService judges and records it.
class CatalogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPanel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        FieldColumn,
        TimeLimitColumn,
        SourceColumn,
        ColumnCount,
    };

    CatalogPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~CatalogPanel() override;

    QTableWidget *table() const { return m_table; }
    void reload();
    std::optional<Procedure> selectedProcedure() const;
    // Opens the time-limit form for the selected procedure (window-modal, not blocking); returns it for tests.
    class TimeLimitDialog *editTimeLimit();

private:
    void updateButtons();

    CatalogService m_catalog;
    Session m_session;
    QList<Procedure> m_procedures;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_message = nullptr;
};

// Sets the legal time limit of one procedure: a number and its unit, with what the source says beside them.
class TimeLimitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeLimitDialog)

public:
    TimeLimitDialog(CatalogService &catalog, const Session &admin, const Procedure &procedure,
                    QWidget *parent = nullptr);
    ~TimeLimitDialog() override;

    // The procedure as saved.
    const std::optional<Procedure> &saved() const { return m_saved; }

public slots:
    void accept() override; // saves; stays open when the core refuses

private:
    void updateRange();

    CatalogService &m_catalog;
    Session m_admin;
    Procedure m_procedure;
    std::optional<Procedure> m_saved;
    QSpinBox *m_limit = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
