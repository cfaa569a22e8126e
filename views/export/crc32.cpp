#include "export/crc32.h"

#include <QSysInfo>
#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TCPLAB_CRC32_CLMUL 1
#include <immintrin.h>
#endif

namespace tcplab {

namespace {

// The polynomial, bit-reflected as the CRC runs (least significant bit first).
constexpr uint32_t reflectedPolynomial = 0xedb88320u;

// Tables for eight bytes a step ("slicing by 8"): table k gives a byte's effect on the
// CRC k bytes later.
using Tables = std::array<std::array<uint32_t, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t{};
    for (uint32_t n = 0; n < 256; ++n) {
        uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? reflectedPolynomial ^ (c >> 1) : c >> 1;
        t[0][n] = c;
    }
    for (int k = 1; k < 8; ++k) {
        for (int n = 0; n < 256; ++n)
            t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xff];
    }
    return t;
}

constexpr Tables tables = makeTables();

// The running (inverted) CRC over bytes, from the tables.
uint32_t crcFromTables(uint32_t crc, const uchar *data, qsizetype size)
{
    const Tables &t = tables;
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        for (; size >= 8; data += 8, size -= 8) {
            uint32_t one = 0;
            uint32_t two = 0;
            std::memcpy(&one, data, 4);
            std::memcpy(&two, data + 4, 4);
            one ^= crc;
            crc = t[7][one & 0xff] ^ t[6][(one >> 8) & 0xff] ^ t[5][(one >> 16) & 0xff] ^ t[4][one >> 24]
                ^ t[3][two & 0xff] ^ t[2][(two >> 8) & 0xff] ^ t[1][(two >> 16) & 0xff] ^ t[0][two >> 24];
        }
    }
    for (; size > 0; ++data, --size)
        crc = t[0][(crc ^ *data) & 0xff] ^ (crc >> 8);
    return crc;
}

#ifdef TCPLAB_CRC32_CLMUL
// Folding with carry-less multiplication (Gopal et al., "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ Instruction", Intel, 2009): four 128-bit lanes take the
// data 64 bytes a step, each lane multiplied forward by x^512 mod P and the next 64 bytes
// added; then the lanes are folded into one (x^128 mod P), that one to 64 and 32 bits,
// and a Barrett reduction gives the remainder. The constants are those powers of x
// modulo the polynomial, bit-reflected and shifted as the paper derives them for this
// CRC (they are zlib's and Linux's too). `size` is at least 64 and a multiple of 16;
// `crc` is the running (inverted) CRC.
__m128i load(const uchar *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}

// a's low half × the low constant ⊕ a's high half × the high constant ⊕ next: one lane
// folded on over the bytes of `next`.
__attribute__((target("pclmul,sse4.1"))) __m128i fold(__m128i a, __m128i constants, __m128i next)
{
    return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(a, constants, 0x00), _mm_clmulepi64_si128(a, constants, 0x11)),
                         next);
}

__attribute__((target("pclmul,sse4.1"))) uint32_t crcFolded(uint32_t crc, const uchar *data, qsizetype size)
{
    const __m128i xPow544And480 = _mm_set_epi64x(0x1c6e41596, 0x154442bd4); // fold by 64 bytes
    const __m128i xPow160And96 = _mm_set_epi64x(0x0ccaa009e, 0x1751997d0);  // fold by 16 bytes
    const __m128i xPow64 = _mm_set_epi64x(0, 0x163cd6124);
    const __m128i barrett = _mm_set_epi64x(0x1f7011641, 0x1db710641); // mu, P
    const __m128i low32Bits = _mm_setr_epi32(~0, 0, ~0, 0);

    __m128i lane0 = _mm_xor_si128(load(data), _mm_cvtsi32_si128(int(crc)));
    __m128i lane1 = load(data + 16);
    __m128i lane2 = load(data + 32);
    __m128i lane3 = load(data + 48);
    data += 64;
    size -= 64;
    for (; size >= 64; data += 64, size -= 64) {
        lane0 = fold(lane0, xPow544And480, load(data));
        lane1 = fold(lane1, xPow544And480, load(data + 16));
        lane2 = fold(lane2, xPow544And480, load(data + 32));
        lane3 = fold(lane3, xPow544And480, load(data + 48));
    }
    __m128i x = fold(lane0, xPow160And96, lane1);
    x = fold(x, xPow160And96, lane2);
    x = fold(x, xPow160And96, lane3);
    for (; size >= 16; data += 16, size -= 16)
        x = fold(x, xPow160And96, load(data));

    // The one lane (128 bits) to 64 bits, then to 32 …
    x = _mm_xor_si128(_mm_srli_si128(x, 8), _mm_clmulepi64_si128(x, xPow160And96, 0x10));
    x = _mm_xor_si128(_mm_srli_si128(x, 4), _mm_clmulepi64_si128(_mm_and_si128(x, low32Bits), xPow64, 0x00));
    // … and the remainder by Barrett reduction.
    __m128i quotient = _mm_and_si128(_mm_clmulepi64_si128(_mm_and_si128(x, low32Bits), barrett, 0x10), low32Bits);
    x = _mm_xor_si128(x, _mm_clmulepi64_si128(quotient, barrett, 0x00));
    return uint32_t(_mm_extract_epi32(x, 1));
}

bool hasCarrylessMultiply()
{
    static const bool has = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return has;
}
#endif

} // namespace

uint32_t crc32(uint32_t crc, const uchar *data, qsizetype size)
{
    crc = ~crc;
#ifdef TCPLAB_CRC32_CLMUL
    if (size >= 64 && hasCarrylessMultiply()) {
        const qsizetype folded = size & ~qsizetype(15);
        crc = crcFolded(crc, data, folded);
        data += folded;
        size -= folded;
    }
#endif
    return ~crcFromTables(crc, data, size);
}

} // namespace tcplab
