#pragma once

#include "sim/zeroed_memory.h"

#include <QList>

namespace tcplab {

// The trace's long lists (events, segments, a busy socket's TCB samples) in huge pages: a
// long run writes hundreds of megabytes of them, and with 4 KiB pages a fault and a TLB
// entry per page cost as much as the simulation itself (bench/bench_scaling.cpp).

// Room for `count` items, the new block advised into huge pages.
template <typename T>
void reserveInHugePages(QList<T> &list, qsizetype count)
{
    if (count <= list.capacity())
        return;
    list.reserve(count);
    ZeroedMemory::adviseHugePages(list.constData(), size_t(list.capacity()) * sizeof(T));
}

// Appends to a list that may grow long. Once it is over a huge page, each time it grows
// (by realloc, which remaps a large block rather than copying it) the new block is
// advised into huge pages too.
template <typename T>
void appendInHugePages(QList<T> &list, const T &item)
{
    constexpr qsizetype longFrom = qsizetype((std::size_t(1) << 21) / sizeof(T)); // one huge page
    const bool grows = list.size() == list.capacity();
    list.append(item);
    if (grows && list.size() >= longFrom)
        ZeroedMemory::adviseHugePages(list.constData(), size_t(list.capacity()) * sizeof(T));
}

} // namespace tcplab
