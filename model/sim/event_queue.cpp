#include "sim/event_queue.h"

namespace tcplab {

void EventQueue::push(SimTime t, Kind kind, int subject, int detail)
{
    m_items.push({t, m_order++, kind, subject, detail});
}

EventQueue::Item EventQueue::take()
{
    Item item = m_items.top();
    m_items.pop();
    return item;
}

} // namespace tcplab
