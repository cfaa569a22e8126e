#pragma once

#include "tcp/endpoint_effects.h"
#include "tcp/tcp_flags.h"
#include "tcp/tcp_state.h"

#include <QString>
#include <optional>

namespace tcplab {

class Trace;

// How many segments of a kind a host sent: a condition of a challenge goal.
struct SegmentCount {
    QString host;
    TcpFlags flags = 0;  // the segments carry at least these bits (0: any segment)
    int atLeast = -1;    // -1: no lower bound
    int atMost = -1;     // -1: no upper bound
    friend bool operator==(const SegmentCount &, const SegmentCount &) = default;
};

// The goal of a "Try this" challenge (a scenario file's "challenges", documented in
// docs/scenario-format.md): a few conditions over a run, all of which must hold. The
// learner reaches it by editing the story (faults, settings, actions); the window checks
// it against every new run.
struct ChallengeGoal {
    QString host; // the host the host conditions below are about
    // The last state the host's connection held before it went back to CLOSED, or the
    // state at the end of the run if it never did: "ends in TIME-WAIT".
    std::optional<TcpState> finalState;
    // A state the host's connection entered at any time.
    std::optional<TcpState> reachedState;
    // Whether the host's connect() gave up: SYN retries exhausted in SYN-SENT.
    std::optional<bool> gaveUpConnecting;
    // A notice the host's application got ("reset", "refused", "timed-out", ...).
    std::optional<NoticeKind> notice;
    std::optional<SegmentCount> retransmissions; // counts retransmissions only
    std::optional<SegmentCount> segments;        // counts every segment sent (no duplicates)

    bool isEmpty() const
    {
        return !finalState && !reachedState && !gaveUpConnecting && !notice && !retransmissions
            && !segments;
    }
    bool needsHost() const { return finalState || reachedState || gaveUpConnecting || notice; }
    bool isMetBy(const Trace &trace) const;

    friend bool operator==(const ChallengeGoal &, const ChallengeGoal &) = default;
};

// Inverse of noticeKindName(); false for an unknown name.
bool noticeKindFromName(const QString &name, NoticeKind *kind);

} // namespace tcplab
