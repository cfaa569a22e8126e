#pragma once

#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace tcplab {

// The playhead: virtual time shown on screen, moved by playback at a chosen speed, by
// stepping from event to event, or by scrubbing. Rewinding is only moving the time; the
// views ask the trace what was true then (DESIGN.md).
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    static constexpr double minSpeed = 0.02;
    static constexpr double maxSpeed = 10.0;

    explicit PlaybackController(QObject *parent = nullptr);

    // The playhead keeps its time across re-simulation, clamped into the new trace.
    void setTrace(const Trace *trace);
    const Trace *trace() const { return m_trace; }

    SimTime time() const { return m_time; }
    SimTime endTime() const;
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    bool skipsQuietStretches() const { return m_skipQuiet; }
    // Playback stops when a segment lands (or is lost): the class can say what happens next
    // before it goes on. Stepping and scrubbing are not affected.
    bool pausesAtArrivals() const { return m_pauseAtArrivals; }
    // When the segments land or are lost, ascending, each once.
    const QList<SimTime> &arrivalTimes() const { return m_arrivalTimes; }

    // The distinct times at which something happens, ascending (the slider's stops).
    const QList<SimTime> &eventTimes() const { return m_eventTimes; }
    // Index into eventTimes() of the last stop at or before t (0 when none).
    int stopIndexAt(SimTime t) const;

    // Where the playhead goes after `wallNs` of playing from `from` at `speed`: the
    // virtual time advances by speed × wall time, and when nothing happens (no segment in
    // flight, no event) within the next wall-clock second, it jumps to shortly before the
    // next event, so a 60 s TIME-WAIT does not take minutes to watch.
    SimTime advance(SimTime from, qint64 wallNs) const;
    // One step of playing: moves the playhead as `wallNs` of wall time at the current speed
    // does (advance()), stopping at an arrival when pausesAtArrivals() and at the end. The
    // frame timer calls it with the wall time measured; tests call it with any.
    void playFor(qint64 wallNs);

    // Times the playhead stops short of (predict mode): playing or stepping forward, it
    // pauses one microsecond before such a time, so nothing that happens then is shown yet,
    // and reports holdReached(). A hold stays until the caller removes it (once answered).
    void setHoldTimes(const QList<SimTime> &times);
    const QList<SimTime> &holdTimes() const { return m_holds; }
    void removeHoldTime(SimTime time);

public slots:
    void setTime(SimTime t);
    void play();
    void pause();
    void togglePlaying();
    // Clamped to minSpeed..maxSpeed; a speed that is not finite (NaN, ±∞) is ignored.
    void setSpeed(double speed);
    void setSkipQuietStretches(bool on);
    void setPauseAtArrivals(bool on);
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();

signals:
    void timeChanged(SimTime time);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void traceReset();
    // The playhead stopped just before a hold time (setHoldTimes()).
    void holdReached(SimTime time);

private:
    void tick();
    SimTime nextEventTimeAfter(SimTime t) const;
    bool somethingInFlight(SimTime t) const;
    // The first hold time after t and at or before `to`, or -1.
    SimTime holdBetween(SimTime t, SimTime to) const;
    void stopAtHold(SimTime hold);

    const Trace *m_trace = nullptr;
    QList<SimTime> m_eventTimes;
    QList<SimTime> m_holds; // ascending
    SimTime m_time = 0;
    double m_speed = 0.1;
    bool m_skipQuiet = true;
    bool m_pauseAtArrivals = false;
    QList<SimTime> m_arrivalTimes;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
};

} // namespace tcplab
