#include "sim/event_queue.h"

namespace tcplab {

namespace {
constexpr size_t arity = 4;
} // namespace

void EventQueue::push(SimTime t, Kind kind, int subject, int detail)
{
    const Item item{t, m_order++, kind, subject, detail};
    // Sift up: move parents down into the hole until the item's place is found.
    size_t hole = m_items.size();
    m_items.emplace_back();
    while (hole > 0) {
        const size_t parent = (hole - 1) / arity;
        if (!earlier(item, m_items[parent]))
            break;
        m_items[hole] = m_items[parent];
        hole = parent;
    }
    m_items[hole] = item;
}

EventQueue::Item EventQueue::take()
{
    const Item top = m_items.front();
    const Item last = m_items.back();
    m_items.pop_back();
    const size_t n = m_items.size();
    if (n == 0)
        return top;
    // Sift down: the earliest child moves up into the hole until `last` fits there.
    size_t hole = 0;
    for (;;) {
        const size_t first = hole * arity + 1;
        if (first >= n)
            break;
        size_t best = first;
        const size_t end = first + arity < n ? first + arity : n;
        for (size_t c = first + 1; c < end; ++c) {
            if (earlier(m_items[c], m_items[best]))
                best = c;
        }
        if (!earlier(m_items[best], last))
            break;
        m_items[hole] = m_items[best];
        hole = best;
    }
    m_items[hole] = last;
    return top;
}

} // namespace tcplab
