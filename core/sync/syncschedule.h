#pragma once

#include <QDateTime>
#include <QTime>

#include <chrono>
#include <functional>
#include <optional>

namespace MotCua
{

// What a counter's administrator sets (LocalSettings holds it).
struct SyncScheduleSettings
{
    std::chrono::minutes interval{5};
    bool quietHours = false; // off by default
    QTime quietFrom{22, 0};  // Vietnam time; may wrap past midnight (22:00-06:00)
    QTime quietUntil{6, 0};
};

// When the automatic syncs with the province run (docs/sync-protocol.md §3): every `interval` while the line is good;
// after passing faults (no connection, a timeout, 5xx) a retry with exponential backoff and full jitter (retry n
// waits a uniformly random time in [0, min(15 min, 2 s × 2ⁿ)], n = 0 after the first failure; a success resets n);
// never while a refusal is parked (a person must look); never starting in the quiet hours (Vietnam time), when they
// are on. Runs a person starts ("Đồng bộ ngay", the CLI) are not the schedule's business: they always run.
//
// Pure rules, no timer: the caller asks for the next delay after each outcome and arms its own timer. The random
// source and the clock are injected, so tests are deterministic.
class SyncSchedule
{
public:
    using Settings = SyncScheduleSettings;

    static constexpr std::chrono::milliseconds kBackoffBase{2000};
    static constexpr std::chrono::milliseconds kBackoffCap{15 * 60 * 1000};
    // How long after a change to the store a run starts (changes in a burst start one run).
    static constexpr std::chrono::milliseconds kChangeDelay{3000};

    using Random = std::function<double()>;   // uniform in [0, 1]
    using Clock = std::function<QDateTime()>; // now, in UTC

    // Without `random`: QRandomGenerator::global(); without `clock`: the system clock.
    explicit SyncSchedule(Settings settings = {}, Random random = {}, Clock clock = {});

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    // The outcome of the last run.
    void succeeded();         // resets the backoff
    void failedTransiently(); // one more failure in a row
    void parked();            // a refusal: no automatic run until a person's run
    void unparked();          // a person's run lifted it (whatever it then ends with)

    bool isParked() const { return m_parked; }
    // Transient failures in a row since the last success.
    int failures() const { return m_failures; }

    // min(cap, base × 2ⁿ): the longest wait before retry n.
    static std::chrono::milliseconds backoffCeiling(int n);

    // How long from now until the next automatic run: none while parked; after failures, the jittered backoff; else
    // the interval. A run that would start in the quiet hours waits for their end.
    std::optional<std::chrono::milliseconds> nextDelay();
    // How long after a change to the store to run: kChangeDelay, unless the last run failed, a refusal is parked, or
    // it is the quiet hours (the schedule then decides).
    std::optional<std::chrono::milliseconds> changeDelay() const;
    // Whether an automatic run may start now (not parked, not the quiet hours).
    bool mayRunNow() const;

    bool inQuietHours(const QDateTime &utc) const;
    // The first moment at or after `utc` that is not in the quiet hours.
    QDateTime quietHoursEnd(const QDateTime &utc) const;

    QDateTime now() const;

private:
    // The wait from now, moved past the quiet hours.
    std::chrono::milliseconds outsideQuietHours(std::chrono::milliseconds wait) const;

    Settings m_settings;
    Random m_random;
    Clock m_clock;
    int m_failures = 0;
    bool m_parked = false;
};

} // namespace MotCua
