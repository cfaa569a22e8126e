#include "sim/zeroed_memory.h"

#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace tcplab {

namespace {

// Below this, calloc (from the heap's reused, already mapped memory) is cheaper than a
// mapping of its own.
constexpr std::size_t mappedFrom = std::size_t(1) << 21; // one huge page

} // namespace

ZeroedMemory::ZeroedMemory(std::size_t bytes) : m_size(bytes)
{
    if (bytes == 0)
        return;
#ifdef __linux__
    if (bytes >= mappedFrom) {
        // One huge page more than asked, so the block can start on a huge page's boundary
        // (the kernel backs only whole, aligned huge pages).
        const std::size_t length = bytes + mappedFrom;
        void *p = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            const auto base = reinterpret_cast<std::uintptr_t>(p);
            const std::uintptr_t aligned = (base + mappedFrom - 1) & ~(std::uintptr_t(mappedFrom) - 1);
            // Advice only: where huge pages are off, the mapping works with small ones.
            madvise(reinterpret_cast<void *>(aligned), bytes, MADV_HUGEPAGE);
            m_mapping = p;
            m_mappingLength = length;
            m_data = reinterpret_cast<void *>(aligned);
            return;
        }
    }
#endif
    m_data = std::calloc(bytes, 1);
    if (!m_data)
        throw std::bad_alloc();
}

ZeroedMemory::~ZeroedMemory()
{
    release();
}

ZeroedMemory::ZeroedMemory(ZeroedMemory &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_mapping(std::exchange(other.m_mapping, nullptr)),
      m_mappingLength(std::exchange(other.m_mappingLength, 0))
{
}

ZeroedMemory &ZeroedMemory::operator=(ZeroedMemory &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapping = std::exchange(other.m_mapping, nullptr);
        m_mappingLength = std::exchange(other.m_mappingLength, 0);
    }
    return *this;
}

void ZeroedMemory::adviseHugePages(const void *data, std::size_t bytes)
{
#ifdef __linux__
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + mappedFrom - 1) & ~(std::uintptr_t(mappedFrom) - 1);
    const std::uintptr_t last = (begin + bytes) & ~(std::uintptr_t(mappedFrom) - 1);
    if (first < last)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void ZeroedMemory::release()
{
    if (!m_data)
        return;
#ifdef __linux__
    if (m_mapping) {
        munmap(m_mapping, m_mappingLength);
        m_mapping = nullptr;
        m_data = nullptr;
        return;
    }
#endif
    std::free(m_data);
    m_data = nullptr;
}

} // namespace tcplab
