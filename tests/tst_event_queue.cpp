// EventQueue, the simulator's agenda: items come out by time, and items due at the same
// time in the order they were scheduled, whatever the mix of pushes and takes (the heap's
// shape must never show in a run).
#include "sim/event_queue.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace tcplab;

class TestEventQueue : public QObject
{
    Q_OBJECT
private slots:
    void itemsDueTogetherComeOutFirstComeFirstServed()
    {
        EventQueue q;
        q.scheduleDelivery(50, 1);
        q.scheduleTimer(10, 7, TimerKind::DelayedAck);
        q.scheduleDelivery(10, 2);
        q.scheduleDrop(10, 3);
        QCOMPARE(q.take().subject, 7);
        QCOMPARE(q.take().subject, 2);
        const EventQueue::Item drop = q.take();
        QCOMPARE(drop.kind, EventQueue::Kind::Drop);
        QCOMPARE(drop.subject, 3);
        QCOMPARE(q.next().time, SimTime(50));
        QCOMPARE(q.take().subject, 1);
        QVERIFY(q.isEmpty());
    }

    void takesInTheSameSequenceAsASortedList()
    {
        // Random pushes and takes, as a run does them (never earlier than the last item
        // taken), against a plain list kept sorted by (time, scheduling order).
        QRandomGenerator rng(9293);
        EventQueue q;
        std::vector<std::tuple<SimTime, int>> reference; // (time, subject = scheduling order)
        SimTime now = 0;
        int scheduled = 0;
        for (int step = 0; step < 30000; ++step) {
            if (reference.empty() || rng.bounded(100) < 52) {
                const SimTime t = now + SimTime(rng.bounded(rng.bounded(2) ? 3 : 2000));
                q.scheduleDelivery(t, scheduled);
                reference.emplace_back(t, scheduled);
                ++scheduled;
                continue;
            }
            const auto first = std::min_element(reference.begin(), reference.end());
            const EventQueue::Item item = q.take();
            QCOMPARE(item.time, std::get<0>(*first));
            QCOMPARE(item.subject, std::get<1>(*first));
            now = item.time;
            reference.erase(first);
        }
        QCOMPARE(q.isEmpty(), reference.empty());
    }
};

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_event_queue.moc"
