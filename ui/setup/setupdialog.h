#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/services/setupservice.h"

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

namespace Ui
{
class SetupDialog;
}

// First run: the commune this computer serves and the first administrator. SetupService does the work.
class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    explicit SetupDialog(Store &store, QWidget *parent = nullptr);
    ~SetupDialog() override;

    const std::optional<SetupResult> &result() const { return m_result; }
    QString selectedCommuneCode() const;

public slots:
    void accept() override; // initialises the store; stays open when the core refuses

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchCommunes(const QString &query);
    void validate();

    std::unique_ptr<Ui::SetupDialog> m_ui;
    Store &m_store;
    std::optional<SetupResult> m_result;
};

} // namespace MotCua::Ui
