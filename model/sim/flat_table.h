#pragma once

#include "sim/zeroed_memory.h"

#include <QtGlobal>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace tcplab {

// A hash table for the simulator's per-run bookkeeping that only ever grows (entries are
// added and changed, never removed): keys and values side by side in one array, found by
// linear probing. A long run keeps hundreds of thousands of entries, far beyond the caches;
// here a lookup touches one slot (one cache miss) where QHash touches its span's index and
// then the entry (two), and the table can be sized for the whole run up front
// (RunProjection) so it seldom rehashes while the run goes. Nothing iterates it, so the
// order of the slots never shows in a run's result.
//
// `Hash` maps a key to 64 bits; the table mixes them again, so packed fields will do
// (flatHashPair() for keys wider than 64 bits). Keys and values are plain values that
// live in ZeroedMemory, and a value of all zero bits means "no entry" (`IsSet` tells):
// a slot holds nothing but its key and value, so more of them share a cache line. A key
// whose value is left zero after operator[] is as if never added.
template <typename Key, typename Value, typename Hash, typename IsSet>
class FlatTable
{
    static_assert(std::is_trivially_copyable_v<Key> && std::is_trivially_copyable_v<Value>);

public:
    FlatTable() = default;

    qsizetype size() const { return m_size + m_pendingCount; }
    qsizetype capacity() const { return qsizetype(m_slotCount); }

    // Room for `count` entries without rehashing.
    void reserve(qsizetype count)
    {
        const size_t wanted = slotsFor(count);
        if (wanted > m_slotCount)
            rehash(wanted);
    }

    // Starts loading the slot where `key` would be, so that a lookup a little later finds
    // it in the cache: two lookups into tables far larger than the caches then wait for
    // memory once, together, instead of one after the other.
    void prefetch(const Key &key) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (m_slotCount != 0)
            __builtin_prefetch(&slotArray()[indexFor(key)], 1);
#else
        Q_UNUSED(key);
#endif
    }

    // The value for `key`, or nullptr.
    const Value *find(const Key &key) const
    {
        if (const Slot *p = findPending(key))
            return &p->value;
        if (m_slotCount == 0)
            return nullptr;
        for (size_t i = indexFor(key);; i = (i + 1) & m_mask) {
            const Slot &s = slotArray()[i];
            if (!IsSet()(s.value))
                return nullptr;
            if (s.key == key)
                return &s.value;
        }
    }

    // The value for `key`, zero when the key is new: give it a value that is set, or the
    // key stays absent. The reference holds until the next insertion.
    Value &operator[](const Key &key)
    {
        if (Slot *p = findPending(key))
            return p->value;
        return tableSlot(key);
    }

    // Adds `key`, which the caller knows is absent (it has never been added), with a
    // `value` that is set. Its slot is written later, together with the next few such keys:
    // a new key's slot is a cache miss in a table beyond the caches, and a batch's misses
    // overlap instead of each waiting for the one before (a long transfer adds a key for
    // nearly every segment). Until then find() and operator[] look in the batch too.
    void insertAbsent(const Key &key, const Value &value)
    {
        m_pending[m_pendingCount++] = Slot{key, value};
        if (m_pendingCount == pendingCapacity)
            flushPending();
    }

private:
    struct Slot {
        Key key;
        Value value;
    };
    static constexpr int pendingCapacity = 16;

    Slot *findPending(const Key &key) const
    {
        for (int i = 0; i < m_pendingCount; ++i) {
            if (m_pending[i].key == key)
                return const_cast<Slot *>(&m_pending[i]);
        }
        return nullptr;
    }

    void flushPending()
    {
        const int count = std::exchange(m_pendingCount, 0);
        if (slotsFor(m_size + count) > m_slotCount)
            rehash(slotsFor(m_size + count) * 2);
        for (int i = 0; i < count; ++i)
            prefetch(m_pending[i].key);
        for (int i = 0; i < count; ++i)
            tableSlot(m_pending[i].key) = m_pending[i].value;
    }

    Value &tableSlot(const Key &key)
    {
        if (slotsFor(m_size + 1) > m_slotCount)
            rehash(slotsFor(m_size + 1) * 2);
        for (size_t i = indexFor(key);; i = (i + 1) & m_mask) {
            Slot &s = slotArray()[i];
            if (!IsSet()(s.value)) {
                s.key = key;
                ++m_size;
                return s.value;
            }
            if (s.key == key)
                return s.value;
        }
    }

    // At most two thirds full: with linear probing a miss then looks at five slots on
    // average, most often within the cache line it started in.
    static size_t slotsFor(qsizetype count)
    {
        return count <= 0 ? 0 : std::bit_ceil(size_t(count) + size_t(count) / 2);
    }

    size_t indexFor(const Key &key) const
    {
        // SplitMix64's finaliser: every input bit moves every output bit, so keys that
        // differ only in a few bits (consecutive sequence numbers) land far apart.
        uint64_t h = uint64_t(Hash()(key));
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
        return size_t(h ^ (h >> 31)) & m_mask;
    }

    Slot *slotArray() const { return static_cast<Slot *>(m_memory.data()); }

    void rehash(size_t slotCount)
    {
        const ZeroedMemory old = std::exchange(m_memory, ZeroedMemory(slotCount * sizeof(Slot)));
        const size_t oldCount = std::exchange(m_slotCount, slotCount);
        m_mask = slotCount - 1;
        m_size = 0;
        const Slot *oldSlots = static_cast<const Slot *>(old.data());
        for (size_t i = 0; i < oldCount; ++i) {
            if (IsSet()(oldSlots[i].value))
                tableSlot(oldSlots[i].key) = oldSlots[i].value;
        }
    }

    ZeroedMemory m_memory;
    Slot m_pending[pendingCapacity];
    int m_pendingCount = 0;
    size_t m_slotCount = 0;
    size_t m_mask = 0;
    qsizetype m_size = 0;
};

// Two 64-bit halves of a wider key as one value for FlatTable's Hash.
constexpr uint64_t flatHashPair(uint64_t a, uint64_t b)
{
    return a ^ (b * 0x9E3779B97F4A7C15ull);
}

} // namespace tcplab
