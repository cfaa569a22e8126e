#include "capture/capture_file_info.h"

#include "tcp/segment.h"

#include <QFile>
#include <QRegularExpression>

namespace tcplab {

namespace {

constexpr uint32_t blockSectionHeader = 0x0A0D0D0A;
constexpr uint32_t blockInterfaceDescription = 0x00000001;
constexpr uint32_t byteOrderMagic = 0x1A2B3C4D;

struct Reader {
    const QByteArray &bytes;
    bool swapped = false;

    bool has(qsizetype at, qsizetype n) const { return at >= 0 && n >= 0 && at + n <= bytes.size(); }
    uint32_t u32(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uint8_t *>(bytes.constData()) + at;
        return swapped ? uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]
                       : uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
    }
    uint16_t u16(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uint8_t *>(bytes.constData()) + at;
        return swapped ? uint16_t(p[0] << 8 | p[1]) : uint16_t(p[1] << 8 | p[0]);
    }
};

// Calls `take(code, value)` for each option in [at, end).
template<typename Take>
void readOptions(const Reader &r, qsizetype at, qsizetype end, Take take)
{
    while (r.has(at, 4) && at + 4 <= end) {
        const uint16_t code = r.u16(at);
        const uint16_t length = r.u16(at + 2);
        if (code == 0 || !r.has(at + 4, length) || at + 4 + length > end)
            return;
        take(code, r.bytes.mid(at + 4, length));
        at += 4 + ((length + 3) & ~3);
    }
}

} // namespace

CaptureFileInfo CaptureFileInfo::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.read(64 * 1024));
}

CaptureFileInfo CaptureFileInfo::parse(const QByteArray &head)
{
    CaptureFileInfo info;
    Reader r{head};
    if (!r.has(0, 12) || r.u32(0) != blockSectionHeader)
        return info;
    if (r.u32(8) != byteOrderMagic) {
        r.swapped = true;
        if (r.u32(8) != byteOrderMagic)
            return info;
    }
    const uint32_t shbLength = r.u32(4);
    if (shbLength < 28 || shbLength % 4 || !r.has(0, shbLength))
        return info;
    readOptions(r, 24, qsizetype(shbLength) - 4, [&](uint16_t code, const QByteArray &value) {
        if (code == 1)
            info.comments << QString::fromUtf8(value);
        else if (code == 4)
            info.application = QString::fromUtf8(value);
    });
    const qsizetype idb = shbLength;
    if (!r.has(idb, 8) || r.u32(idb) != blockInterfaceDescription)
        return info;
    const uint32_t idbLength = r.u32(idb + 4);
    if (idbLength < 20 || idbLength % 4 || !r.has(idb, idbLength))
        return info;
    readOptions(r, idb + 16, idb + qsizetype(idbLength) - 4, [&](uint16_t code, const QByteArray &value) {
        if (code == 2)
            info.interfaceName = QString::fromUtf8(value);
        else if (code == 3)
            info.interfaceDescription = QString::fromUtf8(value);
    });
    return info;
}

std::optional<CaptureVantage> CaptureFileInfo::vantageFor(const Conversation &conversation) const
{
    if (!application.startsWith(QLatin1String("tcplab")))
        return std::nullopt;
    static const QRegularExpression point(QStringLiteral("^Capture point: (wire|\\S+ (\\d+\\.\\d+\\.\\d+\\.\\d+))"));
    for (const QString &comment : comments) {
        const QRegularExpressionMatch m = point.match(comment);
        if (!m.hasMatch())
            continue;
        if (m.captured(1) == QLatin1String("wire"))
            return CaptureVantage::Middle;
        uint32_t address = 0;
        if (!parseIpv4(m.captured(2), &address))
            return std::nullopt;
        if (conversation.a.address.isV4() && conversation.a.address.toV4() == address)
            return CaptureVantage::NearA;
        if (conversation.b.address.isV4() && conversation.b.address.toV4() == address)
            return CaptureVantage::NearB;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace tcplab
