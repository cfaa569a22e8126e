#pragma once

#include "sim/sim_time.h"
#include "tcp/tcp_flags.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace tcplab {

enum class FaultKind : uint8_t { None, Drop, Delay, Duplicate };
QString faultKindName(FaultKind k); // "none", "drop", "delay", "duplicate"

// What a segment is, independent of where it falls in the run: the sender, its exact
// control bits, its sequence and acknowledgment numbers counted from the ISNs, and which
// time the sender sent exactly these (1 = the first; a retransmission of the same bits and
// numbers is 2, 3, ...). Another edit that adds or removes earlier segments does not change
// it, so a fault that names it never slides onto a different segment.
//
// seq counts from the ISN of the segment's own direction (the latest SYN seen on the same
// four addresses in that direction), ack from the ISN of the other direction (RFC 9293
// §3.4: SYN takes one number, so the ACK of a SYN is ack=1). A number with no ISN to count
// from — a RST for a closed port, a forged SYN — is kept as sent. ack is 0 without ACK.
struct SegmentIdentity {
    QString host;
    TcpFlags flags = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    int transmission = 1;

    // Protocol notation, relative numbers: "A ACK seq=+20 ack=+21 #1".
    QString text() const;

    friend bool operator==(const SegmentIdentity &, const SegmentIdentity &) = default;
};

// How a fault rule finds its segment.
enum class FaultTarget {
    // By position: the sender's host and the ordinal among that host's segments, counting
    // only those that carry all of `flags` ("A#3" = A's third segment; "B:FIN#1" = B's first
    // segment with FIN set). This is how the learner points at a segment on the command line
    // and how version-1 files name it; FaultResolver turns it into an identity against one
    // run, and the position means nothing after later edits.
    Position,
    // By identity (`segment`): what is kept in the undo stack and in saved files.
    Segment,
    // A position that named no segment when it was resolved: kept so the learner sees it,
    // but it hits nothing.
    Unresolved,
};

// One intervention.
struct FaultRule {
    FaultKind kind = FaultKind::Drop;
    FaultTarget target = FaultTarget::Position;
    // The position (Position, Unresolved). For Segment: how the rule was pointed at when it
    // was resolved ("A:ACK#3" in a shipped file), kept for the words of exports; ordinal 0
    // when it was made from the segment itself. It never decides what the rule matches, and
    // is not part of a rule's value (operator==) nor written to files.
    QString host;
    int ordinal = 1;       // 1-based
    TcpFlags flags = 0;    // 0 = any segment
    SegmentIdentity segment; // Segment
    SimTime delta = 0;     // Delay: extra time; Duplicate: the copy arrives this much later

    // Whether a Position rule names this segment (the ordinal counted among segments
    // carrying `flags`).
    bool matches(const QString &sender, TcpFlags segmentFlags, int ordinalAmongMatching) const;
    // Whether a Segment rule names this segment.
    bool matches(const SegmentIdentity &identity) const;
    // The host that sends the segment the rule names.
    QString senderHost() const { return target == FaultTarget::Segment ? segment.host : host; }
    // "A#3", "B:FIN#1", "A#2:300ms" — the command-line spelling of the position (without
    // the kind); a Segment rule with no position gives its identity ("A ACK seq=+20 ack=+21 #1").
    QString key() const;
    // The same segment with another kind and time: "one segment, one fault" compares this.
    bool sameTarget(const FaultRule &other) const;

    // The rule by identity, keeping the kind and time.
    static FaultRule forSegment(FaultKind kind, const SegmentIdentity &segment, SimTime delta = 0);

    friend bool operator==(const FaultRule &a, const FaultRule &b)
    {
        return a.kind == b.kind && a.delta == b.delta && a.sameTarget(b);
    }
};

// Parses the command-line spelling for one kind: "A#3", "B:FIN#1", "B:SYN+ACK#1",
// "A#2:300ms" (Delay and Duplicate need the time). Gives a Position rule. Returns false
// with *error set.
bool parseFaultRule(FaultKind kind, const QString &text, FaultRule *rule, QString *error);

using FaultPlan = QList<FaultRule>;

// One segment, one fault: `rule` takes the place of the rule that targets the same segment
// (sameTarget), or is added at the end. Returns the kind of the rule it replaced, if any.
// The window's right-click and the command line's fault options both go through this.
std::optional<FaultKind> putFault(FaultPlan *plan, const FaultRule &rule);

} // namespace tcplab
