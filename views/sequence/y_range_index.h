#pragma once

#include <QList>

namespace tcplab {

// Finds the items whose vertical extent [minY, maxY] meets a query range, in time
// proportional to what is found: items are filed in fixed-height buckets. The painter asks
// it for what intersects the visible rect (100,000 arrows, < 8 ms a frame); hit tests ask it
// for what is under the mouse.
class YRangeIndex
{
public:
    explicit YRangeIndex(double bucketHeight = 256.0) : m_bucketHeight(bucketHeight) {}

    void clear();
    // Room for this many items (the layout knows how many arrows it files).
    void reserve(int items);
    // Items get consecutive ids 0, 1, 2, ... in the order they are added.
    int add(double minY, double maxY);
    int size() const { return int(m_ranges.size()); }
    // Ids of the items meeting [y0, y1], ascending, each once.
    QList<int> query(double y0, double y1) const;

private:
    struct Range {
        double minY;
        double maxY;
    };
    // A bucket's ids in a chain of chunks of one pool: no list (and allocation) per bucket.
    static constexpr int chunkIds = 7;
    struct Chunk {
        int ids[chunkIds];
        int next = -1;
    };
    struct Bucket {
        int head = -1;  // first chunk in m_chunks
        int tail = -1;  // last chunk
        int count = 0;  // ids in the chain
    };
    int bucketOf(double y) const;

    double m_bucketHeight;
    double m_origin = 0; // y of bucket 0; fixed by the first item
    bool m_hasOrigin = false;
    QList<Range> m_ranges;
    QList<Bucket> m_buckets;
    QList<Chunk> m_chunks;
};

} // namespace tcplab
