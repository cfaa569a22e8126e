#include "sequence/y_range_index.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

void YRangeIndex::clear()
{
    m_ranges.clear();
    m_buckets.clear();
    m_chunks.clear();
    m_hasOrigin = false;
}

void YRangeIndex::reserve(int items)
{
    m_ranges.reserve(items);
    // An arrow spans a bucket or two, and a bucket holds a few arrows: at most a chunk
    // per item.
    m_chunks.reserve(items);
}

int YRangeIndex::bucketOf(double y) const
{
    return int(std::floor((y - m_origin) / m_bucketHeight));
}

int YRangeIndex::add(double minY, double maxY)
{
    if (maxY < minY)
        std::swap(minY, maxY);
    if (!m_hasOrigin) {
        // Items above the origin go to bucket 0; a margin keeps headers and labels there.
        m_origin = minY - m_bucketHeight;
        m_hasOrigin = true;
    }
    const int id = int(m_ranges.size());
    m_ranges.append({minY, maxY});
    const int b0 = std::max(0, bucketOf(minY));
    const int b1 = std::max(b0, bucketOf(maxY));
    if (m_buckets.size() <= b1)
        m_buckets.resize(b1 + 1);
    Bucket *buckets = m_buckets.data();
    for (int b = b0; b <= b1; ++b) {
        Bucket &bucket = buckets[b];
        const int slot = bucket.count % chunkIds;
        if (slot == 0) {
            const int chunk = int(m_chunks.size());
            m_chunks.emplace_back();
            if (bucket.tail >= 0)
                m_chunks[bucket.tail].next = chunk;
            else
                bucket.head = chunk;
            bucket.tail = chunk;
        }
        m_chunks[bucket.tail].ids[slot] = id;
        ++bucket.count;
    }
    return id;
}

QList<int> YRangeIndex::query(double y0, double y1) const
{
    QList<int> out;
    if (m_ranges.isEmpty() || y1 < y0)
        return out;
    const int firstBucket = std::max(0, bucketOf(y0));
    const int lastBucket = std::min(int(m_buckets.size()) - 1, std::max(0, bucketOf(y1)));
    for (int b = firstBucket; b <= lastBucket; ++b) {
        const Bucket &bucket = m_buckets[b];
        int remaining = bucket.count;
        for (int c = bucket.head; c >= 0; c = m_chunks[c].next) {
            const Chunk &chunk = m_chunks[c];
            const int n = std::min(remaining, chunkIds);
            remaining -= n;
            for (int k = 0; k < n; ++k) {
                const int id = chunk.ids[k];
                const Range &r = m_ranges[id];
                if (r.maxY < y0 || r.minY > y1)
                    continue;
                // Report an item only from the first queried bucket it is filed in.
                if (std::max(0, bucketOf(r.minY)) < b && b != firstBucket)
                    continue;
                out.append(id);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace tcplab
