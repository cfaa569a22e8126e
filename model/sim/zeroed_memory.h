#pragma once

#include <cstddef>

namespace tcplab {

// A block of memory that starts all zero bits, for tables whose empty entries are zero
// (FlatTable). A large block is mapped from the kernel, which hands out zeroed pages
// anyway, so it is not written twice; on Linux it asks for transparent huge pages too: a
// long run's tables are tens of megabytes read at random, and with 4 KiB pages nearly
// every lookup would also miss the TLB and take a page fault the first time.
class ZeroedMemory
{
public:
    ZeroedMemory() = default;
    explicit ZeroedMemory(std::size_t bytes);
    ~ZeroedMemory();
    ZeroedMemory(ZeroedMemory &&other) noexcept;
    ZeroedMemory &operator=(ZeroedMemory &&other) noexcept;
    ZeroedMemory(const ZeroedMemory &) = delete;
    ZeroedMemory &operator=(const ZeroedMemory &) = delete;

    void *data() const { return m_data; }
    std::size_t size() const { return m_size; }

    // Asks the kernel to back the whole huge pages inside [data, data + bytes) with huge
    // pages when first touched (where it can; advice only). For large buffers that others
    // allocate, such as the trace's lists of a long run.
    static void adviseHugePages(const void *data, std::size_t bytes);

private:
    void release();

    void *m_data = nullptr;
    std::size_t m_size = 0;
    void *m_mapping = nullptr; // the whole mapping, when mapped (m_data lies inside it)
    std::size_t m_mappingLength = 0;
};

} // namespace tcplab
