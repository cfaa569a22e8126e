#include "capture/capture_importer.h"

#include "capture/capture_file_info.h"
#include "capture/capture_reader.h"
#include "capture/connection_observer.h"
#include "capture/conversation_table.h"

namespace tcplab {

bool CaptureImporter::list(const QString &path, Listing *listing, QString *error)
{
    ConversationTable table;
    if (!CaptureReader::readFile(path, [&](const DecodedPacket &p) { table.add(p); }, &listing->stats, error))
        return false;
    listing->conversations = table.conversations();
    return true;
}

bool CaptureImporter::observe(const QString &path, int index, std::optional<CaptureVantage> vantage,
                              ObservedConnection *connection, Listing *listing, QString *error)
{
    ConversationTable table;
    QList<DecodedPacket> kept;
    const auto keep = [&](const DecodedPacket &p) {
        if (table.add(p) + 1 != index)
            return;
        DecodedPacket copy = p;
        copy.segment.payload = p.payloadBytes();
        copy.payloadData = nullptr;
        kept.append(std::move(copy));
    };
    if (!CaptureReader::readFile(path, keep, &listing->stats, error))
        return false;
    listing->conversations = table.conversations();
    if (index < 1 || index > listing->conversations.size()) {
        *error = listing->conversations.isEmpty()
            ? QStringLiteral("%1: no TCP connection in this capture").arg(path)
            : QStringLiteral("%1: no connection %2; the capture has %3 (1 to %3)")
                  .arg(path)
                  .arg(index)
                  .arg(listing->conversations.size());
        return false;
    }
    ConnectionObserver observer;
    if (!vantage) // a capture tcplab wrote says where it was taken
        vantage = CaptureFileInfo::read(path).vantageFor(listing->conversations[index - 1]);
    if (vantage)
        observer.setVantage(*vantage);
    *connection = observer.observe(listing->conversations[index - 1], std::move(kept));
    return true;
}

} // namespace tcplab
