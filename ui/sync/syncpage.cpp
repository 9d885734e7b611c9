#include "ui/sync/syncpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cstdlib>

#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"
#include "ui/sync/enroldialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/synchistorymodel.h"
#include "ui/sync/syncindicator.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
int clampInt(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

// A value of the state form. A sentence wraps, as tall as its text at the width it has (a plain wrapped QLabel in a
// form cuts lines); a short value does not.
QLabel *valueLabel(const QString &name, QWidget *parent, bool sentence = false)
{
    QLabel *label = sentence ? new MessageLabel(parent) : new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}
} // namespace

SyncPage::SyncPage(Store &store, const Session &session, SyncController *sync, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_sync(sync)
{
    setObjectName(u"syncPage"_s);
    // In a scroll area: on a small screen the page scrolls instead of making the whole window taller.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"syncScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(u"syncContent"_s);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    QWidget *const self = content;
    auto *heading = new QLabel(tr("Synchronisation with the province"), self);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new MessageLabel(self);
    intro->setText(tr("This counter keeps all its work here and sends it to the provincial server whenever the line "
                      "is up, every few minutes and soon after each change; it receives the other counters' work the "
                      "same way. Nothing at the counter waits for it."));

    m_state = valueLabel(u"syncStateLabel"_s, self);
    m_server = valueLabel(u"syncServerLabel"_s, self);
    m_pending = valueLabel(u"syncPendingLabel"_s, self);
    m_lastSuccess = valueLabel(u"syncLastSuccessLabel"_s, self);
    m_lastError = valueLabel(u"syncLastErrorLabel"_s, self, true);
    m_next = valueLabel(u"syncNextLabel"_s, self);
    auto *stateForm = new QFormLayout;
    stateForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    stateForm->addRow(tr("State:"), m_state);
    stateForm->addRow(tr("Server:"), m_server);
    stateForm->addRow(tr("Waiting to be sent:"), m_pending);
    stateForm->addRow(tr("Last success:"), m_lastSuccess);
    stateForm->addRow(tr("Last error:"), m_lastError);
    m_clock = valueLabel(u"syncClockLabel"_s, self, true);
    stateForm->addRow(tr("This computer's clock:"), m_clock);
    stateForm->addRow(tr("Next automatic sync:"), m_next);

    // A refusal that waits for a person: what it means, and Retry once the cause was dealt with.
    m_parkedBox = new QWidget(self);
    m_parkedBox->setObjectName(u"syncParkedBox"_s);
    m_parkedBox->setAutoFillBackground(true);
    QPalette warn = m_parkedBox->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xe0));
    warn.setColor(QPalette::WindowText, QColor(0x6d, 0x2e, 0x00));
    m_parkedBox->setPalette(warn);
    m_parkedText = new MessageLabel(m_parkedBox);
    m_parkedText->setObjectName(u"syncParkedLabel"_s);
    m_parkedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parkedText->setAccessibleName(tr("Why sync is stopped"));
    m_parkedText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry = new QPushButton(tr("&Retry"), m_parkedBox);
    m_retry->setObjectName(u"syncRetryButton"_s);
    m_retry->setToolTip(tr("Once the cause was dealt with: lift the stop and sync once more"));
    auto *parkedLayout = new QHBoxLayout(m_parkedBox);
    parkedLayout->setContentsMargins(12, 8, 12, 8);
    parkedLayout->addWidget(m_parkedText, 1);
    parkedLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_parkedBox->hide();

    m_syncNow = new QPushButton(tr("Sync &now"), self);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setToolTip(tr("Send what waits here and receive the other counters' work, now"));
    m_enrol = new QPushButton(tr("&Enrol with the province…"), self);
    m_enrol->setObjectName(u"syncEnrolButton"_s);
    m_enrol->setVisible(m_session.can(Permission::Maintain));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_enrol);
    buttons->addStretch(1);

    m_progressText = new QLabel(self);
    m_progressText->setObjectName(u"syncProgressLabel"_s);
    m_progress = new QProgressBar(self);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    m_progressText->hide();
    m_progress->hide();

    m_message = new MessageLabel(self);
    m_message->setObjectName(u"syncMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    showHint(m_message, {});

    auto *historyTitle = new QLabel(tr("Recent runs"), self);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    m_history = new SyncHistoryModel(this);
    m_historyView = new QTableView(self);
    m_historyView->setObjectName(u"syncHistoryTable"_s);
    m_historyView->setAccessibleName(tr("Recent sync runs"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->verticalHeader()->hide();
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    header->resizeSection(SyncHistoryModel::Time, fm.horizontalAdvance(u"30/11/2026 17:02:59"_s) + pad);
    header->resizeSection(SyncHistoryModel::Result, std::max(fm.horizontalAdvance(SyncHistoryModel::tr("Succeeded")),
                                                             fm.horizontalAdvance(SyncHistoryModel::tr("Failed"))) +
                                                        pad);
    header->resizeSection(SyncHistoryModel::Pushed, fm.horizontalAdvance(u"20.000"_s) + pad * 2);
    header->resizeSection(SyncHistoryModel::Pulled, fm.horizontalAdvance(u"20.000"_s) + pad * 2);

    auto *layout = new QVBoxLayout(self);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(stateForm);
    layout->addWidget(m_parkedBox);
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);

    // How often, and when not (administrators).
    if (m_session.can(Permission::Maintain)) {
        auto *settingsBox = new QGroupBox(tr("Automatic sync"), self);
        settingsBox->setObjectName(u"syncSettingsBox"_s);
        m_interval = new QSpinBox(settingsBox);
        m_interval->setObjectName(u"syncInterval"_s);
        m_interval->setRange(1, 1440);
        m_interval->setAccessibleName(tr("Minutes between automatic syncs"));
        //: Suffix of the spin box "every N minutes"
        m_interval->setSuffix(tr(" min"));
        m_quiet = new QCheckBox(tr("&Quiet hours: no automatic sync from"), settingsBox);
        m_quiet->setObjectName(u"syncQuietHours"_s);
        m_quietFrom = new QTimeEdit(settingsBox);
        m_quietFrom->setObjectName(u"syncQuietFrom"_s);
        m_quietFrom->setDisplayFormat(u"HH:mm"_s);
        m_quietFrom->setAccessibleName(tr("Quiet hours start"));
        m_quietUntil = new QTimeEdit(settingsBox);
        m_quietUntil->setObjectName(u"syncQuietUntil"_s);
        m_quietUntil->setDisplayFormat(u"HH:mm"_s);
        m_quietUntil->setAccessibleName(tr("Quiet hours end"));
        m_saveSettings = new QPushButton(tr("&Save"), settingsBox);
        m_saveSettings->setObjectName(u"syncSaveSettings"_s);
        m_settingsMessage = new MessageLabel(settingsBox);
        m_settingsMessage->setObjectName(u"syncSettingsMessage"_s);
        showHint(m_settingsMessage, {});
        auto *intervalLabel = new QLabel(tr("Sync &every:"), settingsBox);
        intervalLabel->setBuddy(m_interval);
        auto *quietRow = new QHBoxLayout;
        quietRow->addWidget(m_quiet);
        quietRow->addWidget(m_quietFrom);
        //: Between the two times of the quiet hours: "from 22:00 to 06:00"
        quietRow->addWidget(new QLabel(tr("to"), settingsBox));
        quietRow->addWidget(m_quietUntil);
        //: After the quiet hours' end
        quietRow->addWidget(new QLabel(tr("(Vietnam time)"), settingsBox));
        quietRow->addStretch(1);
        auto *intervalRow = new QHBoxLayout;
        intervalRow->addWidget(intervalLabel);
        intervalRow->addWidget(m_interval);
        intervalRow->addStretch(1);
        intervalRow->addWidget(m_saveSettings);
        auto *settingsLayout = new QVBoxLayout(settingsBox);
        settingsLayout->addLayout(intervalRow);
        settingsLayout->addLayout(quietRow);
        settingsLayout->addWidget(m_settingsMessage);
        layout->addWidget(settingsBox);
        connect(m_saveSettings, &QPushButton::clicked, this, &SyncPage::saveSettings);
        connect(m_quiet, &QCheckBox::toggled, this, [this](bool on) {
            m_quietFrom->setEnabled(on);
            m_quietUntil->setEnabled(on);
        });
        loadSettings();
    }
    // Reconciliation with the province (leaders and administrators see this page): the province anchors the chains.
    {
        auto *box = new QGroupBox(tr("Check against the province"), self);
        box->setObjectName(u"reconcileBox"_s);
        auto *intro = new MessageLabel(box);
        intro->setText(tr("Compares the number and the fingerprint of each day's events here with what the province "
                          "holds, to find records changed or lost on either side."));
        m_reconcileDays = new QSpinBox(box);
        m_reconcileDays->setObjectName(u"reconcileDays"_s);
        m_reconcileDays->setRange(1, 400);
        m_reconcileDays->setValue(30);
        //: Suffix of the spin box "the last N days"
        m_reconcileDays->setSuffix(tr(" days"));
        m_reconcileDays->setAccessibleName(tr("Days to check"));
        auto *daysLabel = new QLabel(tr("The &last:"), box);
        daysLabel->setBuddy(m_reconcileDays);
        m_reconcile = new QPushButton(tr("&Check"), box);
        m_reconcile->setObjectName(u"reconcileButton"_s);
        m_reconcileResult = new MessageLabel(box);
        m_reconcileResult->setObjectName(u"reconcileResult"_s);
        m_reconcileResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *row = new QHBoxLayout;
        row->addWidget(daysLabel);
        row->addWidget(m_reconcileDays);
        row->addWidget(m_reconcile);
        row->addStretch(1);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(intro);
        boxLayout->addLayout(row);
        boxLayout->addWidget(m_reconcileResult);
        layout->addWidget(box);
        connect(m_reconcile, &QPushButton::clicked, this, [this] { reconcile(); });
    }
    layout->addWidget(historyTitle);
    layout->addWidget(m_historyView, 1);

    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_enrol, &QPushButton::clicked, this, [this] { enrol(); });
    if (m_sync) {
        connect(m_sync, &SyncController::runStarted, this, &SyncPage::updateProgress);
        connect(m_sync, &SyncController::progressed, this, &SyncPage::updateProgress);
        connect(m_sync, &SyncController::runFinished, this, &SyncPage::finished);
        connect(m_sync, &SyncController::planChanged, this, &SyncPage::reload);
    }
    reload();
}

SyncPage::~SyncPage() = default;

void SyncPage::loadSettings()
{
    if (!m_interval)
        return;
    auto local = SettingsService(m_store).local();
    if (!local)
        return;
    m_interval->setValue(local->syncIntervalMinutes);
    m_quiet->setChecked(local->syncQuietHours);
    m_quietFrom->setTime(local->syncQuietFrom);
    m_quietUntil->setTime(local->syncQuietUntil);
    m_quietFrom->setEnabled(local->syncQuietHours);
    m_quietUntil->setEnabled(local->syncQuietHours);
}

void SyncPage::saveSettings()
{
    if (!m_interval)
        return;
    SettingsService settings(m_store);
    auto local = settings.local();
    if (!local) {
        showHint(m_settingsMessage, {MessageLevel::Error, ErrorText::message(local.error())});
        return;
    }
    local->syncIntervalMinutes = m_interval->value();
    local->syncQuietHours = m_quiet->isChecked();
    local->syncQuietFrom = m_quietFrom->time();
    local->syncQuietUntil = m_quietUntil->time();
    if (auto r = settings.setLocal(m_session, *local); !r) {
        showHint(m_settingsMessage, {MessageLevel::Error, ErrorText::message(r.error())});
        return;
    }
    if (m_sync)
        m_sync->settingsChanged();
    showHint(m_settingsMessage,
             {MessageLevel::Success,
              local->syncQuietHours
                  ? tr("Saved: a sync every %n minute(s), none from %1 to %2.", nullptr, local->syncIntervalMinutes)
                        .arg(local->syncQuietFrom.toString(u"HH:mm"_s), local->syncQuietUntil.toString(u"HH:mm"_s))
                  : tr("Saved: a sync every %n minute(s), at any hour.", nullptr, local->syncIntervalMinutes)});
}

void SyncPage::reload()
{
    auto st = SyncService(m_store).status();
    if (!st) {
        m_state->setText(ErrorText::message(st.error()));
        return;
    }
    m_status = *st;
    const SyncStatus &s = *m_status;
    const QLocale locale;
    m_state->setText(s.enrolled ? tr("Enrolled with the province as counter %1.").arg(m_store.deviceTag()) + u' ' +
                                      Sync::TokenVault::placeText(s.tokenPlace)
                                : tr("Not enrolled with the province: the work stays on this counter (bundles still "
                                     "carry it to the others)."));
    m_server->setText(s.url.isEmpty() ? tr("none") : s.url);
    // The outbox: how many events wait, and of which records.
    QString outbox = tr("%n event(s)", nullptr, clampInt(s.pending));
    if (s.enrolled && s.pending > 0) {
        if (auto records = SyncService(m_store).pendingRecords()) {
            QHash<QString, int> kinds;
            for (const RecordKey &r : std::as_const(*records))
                ++kinds[r.first];
            QStringList parts;
            if (const int n = kinds.take(u"dossier"_s))
                parts << tr("%n dossier(s)", "waiting to be sent", n);
            if (const int n = kinds.take(u"incoming"_s))
                parts << tr("%n incoming document(s)", "waiting to be sent", n);
            if (const int n = kinds.take(u"outgoing"_s))
                parts << tr("%n outgoing document(s)", "waiting to be sent", n);
            int others = 0;
            for (const int n : std::as_const(kinds))
                others += n;
            if (others > 0)
                parts << tr("%n other record(s) (accounts, settings, files)", "waiting to be sent", others);
            if (!parts.isEmpty())
                outbox = tr("%1, of %2", "events waiting, of which records").arg(outbox, parts.join(u", "_s));
        }
    }
    m_pending->setText(outbox);
    m_lastSuccess->setText(s.lastSuccess.isValid() ? SyncIndicator::when(s.lastSuccess) : tr("never"));
    if (s.lastError.isEmpty())
        m_lastError->setText(tr("none"));
    else if (s.offlineSince.isValid())
        m_lastError->setText(
            tr("Offline since %1. %2")
                .arg(SyncIndicator::when(s.offlineSince), ErrorText::syncFailure(s.lastErrorField, s.lastError)));
    else
        m_lastError->setText(ErrorText::syncFailure(s.lastErrorField, s.lastError));
    m_lastError->setToolTip(s.lastError);
    m_clock->setText(SyncIndicator::clockText(s));

    const bool running = m_sync && m_sync->isRunning();
    QString next;
    if (!s.enrolled)
        next = tr("none (not enrolled)");
    else if (s.parked)
        next = tr("none: a refusal needs attention first");
    else if (running)
        next = tr("running now");
    else if (!m_sync)
        next = tr("not in this window");
    else if (m_sync->plan().nextRun.isValid())
        next = m_sync->plan().failures > 0
                   ? tr("%1 (a retry: %n failed attempt(s) in a row)", nullptr, m_sync->plan().failures)
                         .arg(SyncIndicator::when(m_sync->plan().nextRun))
                   : SyncIndicator::when(m_sync->plan().nextRun);
    else
        next = tr("soon");
    m_next->setText(next);

    m_parkedBox->setVisible(s.parked);
    if (s.parked)
        m_parkedText->setText(tr("⚠ Sync is stopped until a person looks: %1")
                                  .arg(ErrorText::syncFailure(s.parkedField, s.parkedReason)));
    m_parkedText->setToolTip(s.parkedReason);

    const auto block = m_store.writeBlock();
    const bool canRun = m_sync && s.enrolled && !running && !block;
    m_syncNow->setEnabled(canRun);
    m_retry->setEnabled(canRun);
    QString why;
    if (!m_sync)
        why = tr("Sync runs in the main window of MotCua Desk.");
    else if (!s.enrolled)
        why = ErrorText::syncProblem(u"not_enrolled"_s);
    else if (block)
        why = ErrorText::message(block->error());
    m_syncNow->setToolTip(why.isEmpty() ? tr("Send what waits here and receive the other counters' work, now") : why);
    m_enrol->setEnabled(!running && !block);
    m_reconcile->setEnabled(s.enrolled && !m_reconcileTask);
    m_reconcile->setToolTip(s.enrolled ? QString() : ErrorText::syncProblem(u"not_enrolled"_s));
    m_enrol->setText(s.enrolled ? tr("&Enrol again…") : tr("&Enrol with the province…"));
    m_history->setRuns(s.runs());
    updateProgress();
}

void SyncPage::updateProgress()
{
    const bool running = m_sync && m_sync->isRunning();
    m_progressText->setVisible(running);
    m_progress->setVisible(running);
    if (!running)
        return;
    m_syncNow->setEnabled(false);
    m_retry->setEnabled(false);
    m_enrol->setEnabled(false);
    const QLocale locale;
    if (m_sync->stage() == SyncStage::Push) {
        m_progressText->setText(tr("Sending this counter's work…"));
        if (m_sync->total() > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, m_sync->done() * 1000 / m_sync->total())));
            m_progress->setFormat(
                tr("%1 of %2").arg(locale.toString(m_sync->done()), locale.toString(m_sync->total())));
        } else {
            m_progress->setRange(0, 0);
        }
    } else {
        m_progressText->setText(tr("Receiving the other counters' work…"));
        m_progress->setRange(0, 0);
        m_progress->setFormat(locale.toString(m_sync->done()));
    }
    m_next->setText(tr("running now"));
}

void SyncPage::syncNow()
{
    if (!m_sync)
        return;
    m_waitingForMine = true;
    showHint(m_message, {MessageLevel::Info, tr("Syncing with the province…")});
    m_syncNow->setEnabled(false);
    m_retry->setEnabled(false);
    m_sync->syncNow();
}

void SyncPage::finished(const SyncOutcome &outcome)
{
    reload();
    if (!outcome.person)
        return; // an automatic run: the page shows its state, the message is for what a person asked
    m_waitingForMine = false;
    if (!outcome.ok) {
        showHint(m_message, {MessageLevel::Error, ErrorText::syncFailure(outcome.error.field, outcome.error.message)});
        return;
    }
    const SyncReport &r = outcome.report;
    QStringList lines;
    const QString sent = tr("%n event(s) sent", nullptr, clampInt(r.pushed));
    const QString received = tr("%n received", nullptr, clampInt(r.pulled));
    lines << (r.pending > 0 ? tr("Synced: %1, %2; %3 still waiting.", "sent, received, waiting")
                                  .arg(sent, received, tr("%n event(s)", nullptr, clampInt(r.pending)))
                            : tr("Synced: %1, %2; nothing waits to be sent.", "sent, received").arg(sent, received));
    if (!r.conflicts.isEmpty())
        lines << tr("%n new item(s) need attention (Needs attention).", nullptr, int(r.conflicts.size()));
    if (r.clockWarning)
        lines << tr("This computer's clock is %n minute(s) off the province's: set it right, the dates on receipts "
                    "follow it.",
                    nullptr, clampInt(std::llabs(r.clockSkewSeconds) / 60));
    showHint(m_message, {r.clockWarning || !r.conflicts.isEmpty() ? MessageLevel::Warning : MessageLevel::Success,
                         lines.join(u' ')});
}

EnrolDialog *SyncPage::enrol()
{
    if (!m_session.can(Permission::Maintain))
        return nullptr;
    if (const auto block = m_store.writeBlock()) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(block->error())});
        return nullptr;
    }
    auto *dialog = new EnrolDialog(m_store.dataDir(), m_session, m_status ? m_status->url : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        showHint(m_message,
                 {MessageLevel::Success, tr("Enrolled with %1. The first sync starts now.").arg(dialog->server())});
        emit storeChanged();
        if (m_sync) {
            m_waitingForMine = true;
            m_sync->syncNow();
        }
    });
    dialog->show();
    return dialog;
}

bool SyncPage::reconcile()
{
    if (m_reconcileTask || !m_status || !m_status->enrolled)
        return false;
    m_reconcile->setEnabled(false);
    m_reconcileResult->setText(tr("Checking with the province…"));
    const int days = m_reconcileDays->value();
    const Session actor = m_session;
    // The log is read on a thread of its own, on a Store of its own; the request goes from there too.
    m_reconcileTask = BackgroundTask::onStore<QList<ReconcileDay>>(
        m_store.dataDir(),
        [actor, days](Store &store, const Store::Progress &) { return SyncService(store).reconcile(actor, days); },
        [this](const Result<QList<ReconcileDay>> &r) {
            if (!r) {
                m_reconcileResult->setText(
                    tr("The check did not run: %1").arg(ErrorText::syncFailure(r.error().field, r.error().message)));
            } else {
                QStringList lines{reconcileSummary(*r)};
                constexpr int kShown = 5; // of each day; motcua-cli sync reconcile lists them all
                for (const ReconcileDay &d : *r) {
                    if (d.matches)
                        continue;
                    lines.append(u"• "_s + reconcileDayText(d));
                    for (qsizetype i = 0; i < std::min<qsizetype>(kShown, d.events.size()); ++i) {
                        // In the window's words: what the record is, what the event did.
                        ReconcileEvent e = d.events.at(i);
                        if (e.entity == u"dossier")
                            e.entity = tr("dossier", "a record named in the check against the province");
                        else if (e.entity == u"incoming")
                            e.entity = tr("incoming document", "a record named in the check against the province");
                        else if (e.entity == u"outgoing")
                            e.entity = tr("outgoing document", "a record named in the check against the province");
                        if (!e.type.isEmpty())
                            e.type = ErrorText::eventType(e.type);
                        lines.append(u"    – "_s + reconcileEventText(e));
                    }
                    if (d.events.size() > kShown)
                        lines.append(u"    "_s + tr("… and %n more (motcua-cli sync reconcile lists them all)", nullptr,
                                                    int(d.events.size() - kShown)));
                }
                m_reconcileResult->setText(lines.join(u'\n'));
            }
            m_reconcile->setEnabled(true);
            emit reconciled();
        },
        this);
    connect(m_reconcileTask, &BackgroundTask::finished, m_reconcileTask, &QObject::deleteLater);
    m_reconcileTask->start();
    return true;
}

} // namespace MotCua::Ui
