#pragma once

#include <QtGlobal>
#include <cstdint>

namespace tcplab {

// The CRC-32 of PNG chunks (ISO 3309, ITU-T V.42; as zlib's crc32): `crc` is the CRC of
// the bytes before these (0 to begin), the result that of all of them. With the
// processor's carry-less multiplication (PCLMULQDQ, found at run time) sixteen bytes at a
// time, else eight bytes a step from tables.
uint32_t crc32(uint32_t crc, const uchar *data, qsizetype size);

} // namespace tcplab
