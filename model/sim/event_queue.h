#pragma once

#include "sim/sim_time.h"
#include "tcp/endpoint_effects.h"

#include <cstdint>
#include <vector>

namespace tcplab {

// What the simulation loop does next, in virtual time: a priority queue of
// (time, insertion order), so two things due at the same moment happen first-come,
// first-served and every run takes the same path.
class EventQueue
{
public:
    enum class Kind {
        Action,        // subject: index of the scenario's action
        ResumedAction, // subject: an action that waited for its connection's handshake;
                       // detail: that connection's socket
        FloodSyn,      // subject: the SYN flood's action; detail: the SYN's ordinal
        Deliver,       // subject: segment id
        Drop,          // subject: segment id the network dropped on the way
        TimerFire,     // subject: socket id; detail: TimerKind
    };
    struct Item {
        SimTime time = 0;
        uint64_t order = 0;
        Kind kind = Kind::Action;
        int subject = -1;
        int detail = 0;
        TimerKind timer() const { return static_cast<TimerKind>(detail); }
    };

    void scheduleAction(SimTime t, int actionIndex) { push(t, Kind::Action, actionIndex); }
    void scheduleResumedAction(SimTime t, int actionIndex, int socket)
    {
        push(t, Kind::ResumedAction, actionIndex, socket);
    }
    void scheduleFloodSyn(SimTime t, int actionIndex, int ordinal) { push(t, Kind::FloodSyn, actionIndex, ordinal); }
    void scheduleDelivery(SimTime t, int segment) { push(t, Kind::Deliver, segment); }
    void scheduleDrop(SimTime t, int segment) { push(t, Kind::Drop, segment); }
    void scheduleTimer(SimTime t, int socket, TimerKind timer)
    {
        push(t, Kind::TimerFire, socket, static_cast<int>(timer));
    }

    bool isEmpty() const { return m_items.empty(); }
    // The earliest item; the queue must not be empty.
    const Item &next() const { return m_items.front(); }
    Item take();

private:
    static bool earlier(const Item &a, const Item &b)
    {
        return a.time != b.time ? a.time < b.time : a.order < b.order;
    }
    void push(SimTime t, Kind kind, int subject, int detail = 0);

    // A 4-ary min-heap on (time, order). Keys are unique (the order is), so any correct
    // priority queue takes the items in the same sequence. Four children per node instead
    // of two halve the levels a take() walks down: a long transfer keeps ~3,000 items
    // (segments in flight, timers re-set before they fire), a 1k run ~150, and each level
    // is a dependent load and a hard-to-predict branch.
    std::vector<Item> m_items;
    uint64_t m_order = 0;
};

} // namespace tcplab
