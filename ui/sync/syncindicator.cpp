#include "ui/sync/syncindicator.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <climits>

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "ui/shell/errortext.h"
#include "ui/sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
int clampInt(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
// A run shorter than this shows no bar (no flicker every few minutes).
constexpr int kBarDelayMs = 800;
} // namespace

SyncIndicator::SyncIndicator(Store &store, SyncController *sync, QWidget *parent)
    : QWidget(parent), m_store(store), m_sync(sync)
{
    setObjectName(u"syncIndicator"_s);
    m_button = new QToolButton(this);
    m_button->setObjectName(u"syncLabel"_s);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"syncStatusProgress"_s);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->hide();
    m_barDelay = new QTimer(this);
    m_barDelay->setSingleShot(true);
    m_barDelay->setInterval(kBarDelayMs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncIndicator::clicked);
    connect(m_barDelay, &QTimer::timeout, this, [this] {
        if (m_sync && m_sync->isRunning())
            m_bar->show();
    });
    if (m_sync) {
        connect(m_sync, &SyncController::runStarted, this, [this] { m_barDelay->start(); });
        connect(m_sync, &SyncController::progressed, this, &SyncIndicator::update);
        connect(m_sync, &SyncController::runFinished, this, &SyncIndicator::refresh);
        connect(m_sync, &SyncController::planChanged, this, &SyncIndicator::refresh);
        connect(m_sync, &SyncController::runStarted, this, &SyncIndicator::update);
    }
    refresh();
}

SyncIndicator::~SyncIndicator() = default;

QString SyncIndicator::text() const
{
    return m_button->text();
}

QString SyncIndicator::detailText() const
{
    return m_button->toolTip();
}

void SyncIndicator::setOpensPage(bool opens)
{
    m_opensPage = opens;
    update();
}

QString SyncIndicator::when(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = Time::toVietnam(utc);
    if (local.date() == Time::toVietnam(QDateTime::currentDateTimeUtc()).date())
        return local.toString(u"HH:mm"_s);
    return local.toString(u"dd/MM/yyyy HH:mm"_s);
}

QString SyncIndicator::clockText(const SyncStatus &st)
{
    if (!st.clockSkewSeconds)
        return tr("not checked yet (the first sync checks it)");
    const qint64 skew = *st.clockSkewSeconds;
    if (!st.clockOff())
        return tr("right (checked at %1)").arg(when(st.clockCheckedAt));
    const int minutes = clampInt(std::max<qint64>(1, std::llabs(skew) / 60));
    return skew > 0 ? tr("⚠ %n minute(s) ahead of the province's (checked at %1): set this computer's clock right, "
                         "the dates on receipts and registers follow it",
                         nullptr, minutes)
                          .arg(when(st.clockCheckedAt))
                    : tr("⚠ %n minute(s) behind the province's (checked at %1): set this computer's clock right, "
                         "the dates on receipts and registers follow it",
                         nullptr, minutes)
                          .arg(when(st.clockCheckedAt));
}

QString SyncIndicator::summary(const SyncStatus &st, const SyncController *sync)
{
    const QString line = stateSummary(st, sync);
    if (st.enrolled && st.clockOff() && !(sync && sync->isRunning()))
        return tr("⚠ Clock off · %1", "the sync summary").arg(line);
    return line;
}

QString SyncIndicator::stateSummary(const SyncStatus &st, const SyncController *sync)
{
    if (!st.enrolled)
        return tr("Sync: not enrolled with the province");
    if (sync && sync->isRunning()) {
        const QLocale locale;
        if (sync->stage() == SyncStage::Push)
            return sync->total() > 0 ? tr("Sync: sending %1 of %2…")
                                           .arg(locale.toString(sync->done()), locale.toString(sync->total()))
                                     : tr("Sync: sending…");
        return sync->done() > 0 ? tr("Sync: receiving… %1").arg(locale.toString(sync->done())) : tr("Sync: receiving…");
    }
    const int waiting = clampInt(st.pending);
    if (st.parked)
        return tr("⚠ Sync stopped: needs attention");
    if (st.offlineSince.isValid())
        return waiting > 0 ? tr("Sync: offline since %1 · %n waiting", nullptr, waiting).arg(when(st.offlineSince))
                           : tr("Sync: offline since %1").arg(when(st.offlineSince));
    if (!st.lastError.isEmpty())
        return waiting > 0 ? tr("⚠ Sync: the last attempt failed · %n waiting", nullptr, waiting)
                           : tr("⚠ Sync: the last attempt failed");
    if (st.lastSuccess.isValid())
        return waiting > 0 ? tr("Sync: online, last at %1 · %n waiting", nullptr, waiting).arg(when(st.lastSuccess))
                           : tr("Sync: online, last at %1").arg(when(st.lastSuccess));
    return waiting > 0 ? tr("Sync: not synced yet · %n waiting", nullptr, waiting) : tr("Sync: not synced yet");
}

QString SyncIndicator::details(const SyncStatus &st, const SyncController *sync, bool opensPage)
{
    QStringList lines;
    if (!st.enrolled) {
        lines << tr("This counter is not enrolled with the province: its work stays here (bundles still carry it "
                    "to the other counters).");
        return lines.join(u'\n');
    }
    lines << tr("Server: %1").arg(st.url);
    lines << tr("Waiting to be sent: %n event(s)", nullptr, clampInt(st.pending));
    lines << (st.lastSuccess.isValid() ? tr("Last success: %1").arg(when(st.lastSuccess)) : tr("Last success: never"));
    if (st.parked)
        lines << ErrorText::syncFailure(st.parkedField, st.parkedReason);
    else if (!st.lastError.isEmpty())
        lines << ErrorText::syncFailure(st.lastErrorField, st.lastError);
    if (st.clockOff())
        lines << tr("Clock: %1").arg(clockText(st));
    if (sync && !st.parked && sync->plan().nextRun.isValid() && !sync->isRunning())
        lines << tr("Next automatic sync: %1").arg(when(sync->plan().nextRun));
    if (opensPage)
        lines << tr("Click to open the Synchronisation page.");
    return lines.join(u'\n');
}

void SyncIndicator::refresh()
{
    auto st = SyncService(m_store).status();
    if (st)
        m_status = *st;
    update();
}

void SyncIndicator::update()
{
    const bool running = m_sync && m_sync->isRunning();
    if (!running) {
        m_barDelay->stop();
        m_bar->hide();
    } else if (m_sync->total() > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, m_sync->done() * 1000 / m_sync->total())));
    } else {
        m_bar->setRange(0, 0);
    }
    if (!m_status) {
        m_button->setText(tr("Sync: state unknown"));
        return;
    }
    const QString text = summary(*m_status, m_sync);
    m_button->setText(text);
    m_button->setAccessibleName(text);
    m_button->setToolTip(details(*m_status, m_sync, m_opensPage));
    // A refusal needs a person: bold, besides the sign and the words.
    QFont font = m_button->font();
    font.setBold(m_status->parked);
    m_button->setFont(font);
}

} // namespace MotCua::Ui
