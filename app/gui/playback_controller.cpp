#include "playback_controller.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
// The look-ahead of "quiet stretches pass quickly", in wall-clock time.
constexpr qint64 quietHorizonNs = 1'000'000'000;
// How much wall time of approach is left before the next event after a jump, so the
// learner sees it coming.
constexpr qint64 approachNs = 300'000'000;
} // namespace

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
{
    // About one display frame; the virtual time comes from the elapsed wall time, not from
    // counting ticks, so a late frame does not slow the playback down.
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

void PlaybackController::setTrace(const Trace *trace)
{
    m_trace = trace;
    m_eventTimes.clear();
    m_arrivalTimes.clear();
    if (m_trace) {
        for (const TraceEvent &event : m_trace->events) {
            if (m_eventTimes.isEmpty() || m_eventTimes.constLast() != event.time)
                m_eventTimes.append(event.time);
        }
        // Where each arrow ends: its head, or the cross of a lost segment.
        for (const SegmentRecord &record : m_trace->segments)
            m_arrivalTimes.append(record.endsAt());
        std::sort(m_arrivalTimes.begin(), m_arrivalTimes.end());
        m_arrivalTimes.erase(std::unique(m_arrivalTimes.begin(), m_arrivalTimes.end()),
                             m_arrivalTimes.end());
    }
    emit traceReset();
    const SimTime clamped = std::clamp<SimTime>(m_time, 0, endTime());
    if (clamped != m_time)
        setTime(clamped);
    else
        emit timeChanged(m_time);
}

SimTime PlaybackController::endTime() const
{
    if (!m_trace)
        return 0;
    if (!m_eventTimes.isEmpty())
        return m_eventTimes.constLast();
    return m_trace->endTime;
}

int PlaybackController::stopIndexAt(SimTime t) const
{
    auto it = std::upper_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), t);
    if (it == m_eventTimes.cbegin())
        return 0;
    return int(it - m_eventTimes.cbegin()) - 1;
}

SimTime PlaybackController::nextEventTimeAfter(SimTime t) const
{
    auto it = std::upper_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), t);
    return it == m_eventTimes.cend() ? -1 : *it;
}

bool PlaybackController::somethingInFlight(SimTime t) const
{
    return m_trace && !m_trace->segmentsInFlight(t).isEmpty();
}

SimTime PlaybackController::advance(SimTime from, qint64 wallNs) const
{
    SimTime to = from + SimTime(double(wallNs) / 1000.0 * m_speed);
    if (m_skipQuiet) {
        const SimTime next = nextEventTimeAfter(from);
        const SimTime horizon = SimTime(double(quietHorizonNs) / 1000.0 * m_speed);
        // A segment moving along its arrow is worth watching even when no event is near.
        if (next >= 0 && next - from > horizon && !somethingInFlight(from)) {
            const SimTime approach = SimTime(double(approachNs) / 1000.0 * m_speed);
            to = std::max(to, next - approach);
        }
    }
    return std::min(to, endTime());
}

void PlaybackController::setTime(SimTime t)
{
    t = std::clamp<SimTime>(t, 0, endTime());
    if (t == m_time)
        return;
    m_time = t;
    emit timeChanged(m_time);
}

void PlaybackController::play()
{
    if (isPlaying() || !m_trace)
        return;
    if (m_time >= endTime())
        setTime(0); // playing at the end starts over, as media players do
    m_clock.start();
    m_lastTickNs = 0;
    m_timer.start();
    emit playingChanged(true);
}

void PlaybackController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackController::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlaybackController::setSpeed(double speed)
{
    // NaN would pass std::clamp unchanged and stop the playhead for good (every advance
    // multiplies by it); an infinite speed is no speed either. Both are refused, and the
    // playhead keeps the speed it has.
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, minSpeed, maxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    emit speedChanged(m_speed);
}

void PlaybackController::setSkipQuietStretches(bool on)
{
    m_skipQuiet = on;
}

void PlaybackController::setPauseAtArrivals(bool on)
{
    m_pauseAtArrivals = on;
}

void PlaybackController::setHoldTimes(const QList<SimTime> &times)
{
    m_holds = times;
    std::sort(m_holds.begin(), m_holds.end());
    m_holds.erase(std::unique(m_holds.begin(), m_holds.end()), m_holds.end());
}

void PlaybackController::removeHoldTime(SimTime time)
{
    m_holds.removeAll(time);
}

SimTime PlaybackController::holdBetween(SimTime t, SimTime to) const
{
    // A playhead waiting at h - 1 still has the hold h ahead of it: pressing Play there
    // before answering stops it again.
    auto it = std::upper_bound(m_holds.cbegin(), m_holds.cend(), t);
    return it != m_holds.cend() && *it <= to ? *it : -1;
}

void PlaybackController::stopAtHold(SimTime hold)
{
    pause();
    setTime(hold - 1);
    emit holdReached(hold);
}

void PlaybackController::stepForward()
{
    pause();
    const SimTime next = nextEventTimeAfter(m_time);
    const SimTime to = next >= 0 ? next : endTime();
    if (const SimTime hold = holdBetween(m_time, to); hold >= 0) {
        stopAtHold(hold);
        return;
    }
    setTime(to);
}

void PlaybackController::stepBack()
{
    pause();
    auto it = std::lower_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), m_time);
    setTime(it == m_eventTimes.cbegin() ? 0 : *(it - 1));
}

void PlaybackController::toStart()
{
    pause();
    setTime(0);
}

void PlaybackController::toEnd()
{
    pause();
    setTime(endTime());
}

void PlaybackController::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 wall = now - m_lastTickNs;
    m_lastTickNs = now;
    playFor(wall);
}

void PlaybackController::playFor(qint64 wallNs)
{
    const SimTime from = m_time;
    SimTime to = advance(from, wallNs);
    // A question comes before the segment it asks about lands: the hold wins.
    if (const SimTime hold = holdBetween(from, to); hold >= 0) {
        stopAtHold(hold);
        return;
    }
    bool arrival = false;
    if (m_pauseAtArrivals) {
        // The first landing after where this frame starts: one already shown (the playhead
        // stopped on it) does not stop the playback again.
        auto it = std::upper_bound(m_arrivalTimes.cbegin(), m_arrivalTimes.cend(), from);
        if (it != m_arrivalTimes.cend() && *it <= to) {
            to = *it;
            arrival = true;
        }
    }
    setTime(to);
    if (arrival || m_time >= endTime())
        pause();
}

} // namespace tcplab
