#pragma once

#include "sim/sim_time.h"
#include "tcp/tcp_flags.h"

#include <QList>
#include <QString>

namespace tcplab {

enum class FaultKind { None, Drop, Delay, Duplicate };
QString faultKindName(FaultKind k); // "none", "drop", "delay", "duplicate"

// One intervention, matched to a segment by a stable key: the sender's host and the
// ordinal among that host's segments, counting only those that carry all of `flags`
// ("A#3" = A's third segment; "B:FIN#1" = B's first segment with FIN set).
// Stable because the simulation is deterministic: re-running keeps the key's meaning
// up to the first changed segment.
struct FaultRule {
    FaultKind kind = FaultKind::Drop;
    QString host;
    int ordinal = 1;       // 1-based
    TcpFlags flags = 0;    // 0 = any segment
    SimTime delta = 0;     // Delay: extra time; Duplicate: the copy arrives this much later

    bool matches(const QString &sender, TcpFlags segmentFlags, int ordinalAmongMatching) const;
    // "A#3", "B:FIN#1", "A#2:300ms" — the command-line spelling (without the kind).
    QString key() const;

    friend bool operator==(const FaultRule &, const FaultRule &) = default;
};

// Parses the command-line spelling for one kind: "A#3", "B:FIN#1", "B:SYN+ACK#1",
// "A#2:300ms" (Delay and Duplicate need the time). Returns false with *error set.
bool parseFaultRule(FaultKind kind, const QString &text, FaultRule *rule, QString *error);

using FaultPlan = QList<FaultRule>;

} // namespace tcplab
