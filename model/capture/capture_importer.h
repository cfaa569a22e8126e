#pragma once

#include "capture/capture_read_stats.h"
#include "capture/capture_vantage.h"
#include "capture/conversation.h"
#include "capture/observed_connection.h"

#include <QList>
#include <QString>
#include <optional>

namespace tcplab {

// Opening a capture file, for the command line and the window: its TCP conversations,
// and one of them observed as a trace. Each call reads the file once, from start to end.
class CaptureImporter
{
public:
    struct Listing {
        QList<Conversation> conversations;
        CaptureReadStats stats;
    };

    // False with *error set when the file is not a capture.
    static bool list(const QString &path, Listing *listing, QString *error);
    // Conversation `index` (1-based, as listed) observed as a trace; only its segments are
    // kept in memory. Without a vantage, a capture tcplab wrote is observed from the point
    // its comments name; any other is worked out from the timing. False with *error set for a bad file or an index not in it.
    static bool observe(const QString &path, int index, std::optional<CaptureVantage> vantage,
                        ObservedConnection *connection, Listing *listing, QString *error);
};

} // namespace tcplab
