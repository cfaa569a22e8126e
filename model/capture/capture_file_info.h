#pragma once

#include "capture/capture_vantage.h"
#include "capture/conversation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace tcplab {

// What a pcapng file says about itself in its first section header and interface
// description (libpcap does not hand these out): comments, the writing application,
// the interface. Empty for the classic pcap format, which has no such fields.
struct CaptureFileInfo {
    QStringList comments;
    QString application;
    QString interfaceName;
    QString interfaceDescription;

    // Reads the file's first blocks (at most 64 KiB).
    static CaptureFileInfo read(const QString &path);
    // Parses the first blocks of a pcapng file, trusting no length in them.
    static CaptureFileInfo parse(const QByteArray &head);

    // Where a capture written by tcplab was taken, for one of its connections: its
    // "Capture point:" comment names the wire or a host's address. Nothing for other files,
    // or when the host is neither end of the connection.
    std::optional<CaptureVantage> vantageFor(const Conversation &conversation) const;
};

} // namespace tcplab
