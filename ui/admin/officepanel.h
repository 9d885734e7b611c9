#pragma once

#include <QWidget>

#include "core/services/session.h"
#include "core/services/settingsservice.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace MotCua::Ui
{

// Administration, "Office" tab: how the centre presents itself on the slips, and the screen lock of this PC.
class OfficePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficePanel)

public:
    OfficePanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~OfficePanel() override;

    bool save();

private:
    SettingsService m_settings;
    Session m_session;
    QLineEdit *m_centerName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_hotline = nullptr;
    QLineEdit *m_email = nullptr;
    QSpinBox *m_idle = nullptr;
    QLineEdit *m_counterName = nullptr;
    QString m_counterNameSaved;
    QLabel *m_message = nullptr;
};

} // namespace MotCua::Ui
