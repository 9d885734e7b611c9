#include "ui/admin/officepanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

OfficePanel::OfficePanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_settings(store), m_session(session)
{
    setObjectName(u"officePanel"_s);
    auto *officeBox = new QGroupBox(tr("The centre (printed on the slips)"), this);
    auto *form = new QFormLayout(officeBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto edit = [&](const QString &name, const QString &label, const QString &accessible) {
        auto *e = new QLineEdit(officeBox);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        auto *l = new QLabel(label, officeBox);
        l->setBuddy(e);
        form->addRow(l, e);
        return e;
    };
    m_centerName = edit(u"centerName"_s, tr("&Name of the centre:"), tr("Name of the centre"));
    m_centerName->setPlaceholderText(u"Trung tâm Phục vụ hành chính công …"_s);
    m_address = edit(u"officeAddress"_s, tr("&Address:"), tr("Address"));
    m_hotline = edit(u"officeHotline"_s, tr("&Hotline:"), tr("Hotline"));
    m_email = edit(u"officeEmail"_s, tr("&Email:"), tr("Email"));

    auto *lockBox = new QGroupBox(tr("This computer"), this);
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_idle = new QSpinBox(lockBox);
    m_idle->setObjectName(u"idleLockMinutes"_s);
    m_idle->setAccessibleName(tr("Lock the screen after minutes without use"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min", "minutes suffix"));
    m_idle->setSpecialValueText(tr("never"));
    auto *idleLabel = new QLabel(tr("&Lock the screen after:"), lockBox);
    idleLabel->setBuddy(m_idle);
    lockForm->addRow(idleLabel, m_idle);
    // The reception point this PC is (reports group by it; the other counters see the name after a bundle or sync).
    m_counterName = new QLineEdit(lockBox);
    m_counterName->setObjectName(u"counterName"_s);
    m_counterName->setAccessibleName(tr("Name of this reception point"));
    m_counterName->setPlaceholderText(tr("e.g. Counter 1 - Civil status"));
    m_counterName->setMaxLength(80);
    auto *counterLabel = new QLabel(tr("&Reception point:"), lockBox);
    counterLabel->setBuddy(m_counterName);
    lockForm->addRow(counterLabel, m_counterName);

    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(u"saveOfficeButton"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"officeMessage"_s);
    showHint(m_message, {});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(officeBox);
    layout->addWidget(lockBox);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(1);

    if (auto office = m_settings.office()) {
        m_centerName->setText(office->centerName);
        m_address->setText(office->address);
        m_hotline->setText(office->hotline);
        m_email->setText(office->email);
    }
    if (auto local = m_settings.local())
        m_idle->setValue(local->idleLockMinutes);
    if (auto counters = m_settings.counters()) {
        for (const CounterPoint &c : std::as_const(*counters))
            if (c.here)
                m_counterNameSaved = c.label;
        m_counterName->setText(m_counterNameSaved);
    }
    connect(saveButton, &QPushButton::clicked, this, &OfficePanel::save);
}

OfficePanel::~OfficePanel() = default;

bool OfficePanel::save()
{
    OfficeProfile profile{m_centerName->text().trimmed(), m_address->text().trimmed(), m_hotline->text().trimmed(),
                          m_email->text().trimmed()};
    if (auto r = m_settings.setOffice(m_session, profile); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        return false;
    }
    auto local = m_settings.local();
    if (!local) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(local.error())});
        return false;
    }
    LocalSettings next = *local;
    next.idleLockMinutes = m_idle->value();
    if (auto r = m_settings.setLocal(m_session, next); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        return false;
    }
    // Named only when it changed: every naming is an event the other counters take in.
    if (m_counterName->text().trimmed() != m_counterNameSaved) {
        if (auto r = m_settings.nameThisCounter(m_session, m_counterName->text()); !r) {
            showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
            return false;
        }
        if (auto counters = m_settings.counters())
            for (const CounterPoint &c : std::as_const(*counters))
                if (c.here)
                    m_counterNameSaved = c.label;
        m_counterName->setText(m_counterNameSaved);
    }
    showHint(m_message, {MessageLevel::Success, tr("Saved. The screen lock follows the new time within a minute.")});
    return true;
}

} // namespace MotCua::Ui
