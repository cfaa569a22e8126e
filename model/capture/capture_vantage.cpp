#include "capture/capture_vantage.h"

namespace tcplab {

QString captureVantageName(CaptureVantage vantage)
{
    switch (vantage) {
    case CaptureVantage::NearA: return QStringLiteral("A");
    case CaptureVantage::NearB: return QStringLiteral("B");
    case CaptureVantage::Middle: return QStringLiteral("wire");
    }
    return QString();
}

bool captureVantageFromName(const QString &name, CaptureVantage *vantage)
{
    for (const CaptureVantage v : {CaptureVantage::NearA, CaptureVantage::NearB, CaptureVantage::Middle}) {
        if (captureVantageName(v) == name) {
            *vantage = v;
            return true;
        }
    }
    return false;
}

} // namespace tcplab
