#pragma once

#include "sim/fault_plan.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>

namespace tcplab {

// The part a segment plays in the story, when a learner would name it by it.
enum class SegmentRole {
    None,
    Retransmission,  // sent again after its retransmission timer fired
    ConnectionRequest, // the first SYN of an active open
    HandshakeAck,    // the third segment of the three-way handshake
    FinalAck,        // the ACK of the peer's FIN that puts the sender in TIME-WAIT
};

// What a learner calls one segment of one run: enough to word it again later, in another
// language, without keeping the run.
struct SegmentWords {
    // How the label names the segment; Chinese joins the two to the host differently
    // ("A 的 ACK seq=1020", but "A 的第 3 个 ACK").
    enum class LabelForm {
        Notation, // "ACK seq=1020 ack=5021"
        Ordinal,  // "ACK #3", "segment #3"
    };
    QString host;  // "A"
    QString label; // "ACK seq=1020 ack=5021", as the diagram labels it
    SegmentRole role = SegmentRole::None;
    LabelForm form = LabelForm::Notation;
    friend bool operator==(const SegmentWords &, const SegmentWords &) = default;
};

// The fault list's and the Edit menu's words for a fault, the way a learner speaks:
// "Drop A's ACK seq=1020 ack=5021 (the final ACK)". The numbers are the run's, as the
// diagram shows them; a fault that matches no segment says so instead of pointing at one.
class FaultDescription
{
    Q_DECLARE_TR_FUNCTIONS(FaultDescription)
public:
    // The words for trace.segments[segmentId] (a network copy stands for its original).
    static SegmentWords wordsFor(const Trace &trace, int segmentId);
    // The words for a rule that matched no segment: its identity with numbers counted from
    // the ISNs ("ACK seq=ISN+20 ack=ISN+21"), or its position ("A#9").
    static SegmentWords wordsForUnmatched(const FaultRule &rule);
    // "A's ACK seq=1020 ack=5021 (the final ACK)".
    static QString segmentText(const SegmentWords &words);
    // "Drop A's ACK seq=1020 ack=5021 (the final ACK)", "Delay … by 400 ms".
    static QString describe(FaultKind kind, SimTime delta, const SegmentWords &words);
    // Rule `ruleIndex` of the fault plan `trace` was run with: its segment's words, or
    // the rule's own and "matches no segment in this run".
    static QString describe(const Trace &trace, const FaultRule &rule, int ruleIndex);
    // The same words with no sequence or acknowledgment number in them, for a worksheet that
    // asks for those numbers: the segment is named by its control bits and which of the
    // sender's segments with them it is ("Drop A's ACK #3 (the final ACK)").
    static QString describeWithoutNumbers(const Trace &trace, const FaultRule &rule, int ruleIndex);
    // Whether rule `ruleIndex` of the plan `trace` was run with hit a segment.
    static bool matched(const Trace &trace, int ruleIndex);
    // A rule's position in words: "segment #3" (A#3), "ACK #3" (A:ACK#3).
    static QString positionLabel(const FaultRule &rule);
    // The role's words, "" for None: "the final ACK".
    static QString roleText(SegmentRole role);
};

} // namespace tcplab
