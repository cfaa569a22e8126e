#include "text/fault_description.h"

#include "sequence/sequence_layout.h"

#include <algorithm>

namespace tcplab {

namespace {

QString msText(SimTime t)
{
    // Whole milliseconds read best; keep fractions only when they exist.
    if (t % usPerMs == 0)
        return QString::number(t / usPerMs);
    return QString::number(double(t) / usPerMs, 'f', 3);
}

// Whether the sender's socket entered `state` at the moment it sent the segment: the
// segment is the one that transition sent.
bool senderEnteredAtSend(const Trace &trace, const SegmentRecord &r, TcpState state)
{
    if (r.fromSocket < 0 || r.fromSocket >= trace.sockets.size())
        return false;
    for (int i : trace.stateEventsOf(r.fromSocket)) {
        const TraceEvent &e = trace.events.at(i);
        if (e.time == r.sentAt && e.toState == state)
            return true;
    }
    return false;
}

SegmentRole roleOf(const Trace &trace, const SegmentRecord &r)
{
    if (r.kind == SegmentKind::Retransmission)
        return SegmentRole::Retransmission;
    const TcpFlags bits = r.segment.flags;
    if (bits == TcpFlags(TcpFlag::Syn))
        return SegmentRole::ConnectionRequest;
    if (bits == TcpFlags(TcpFlag::Ack) && r.segment.payload.isEmpty()) {
        if (senderEnteredAtSend(trace, r, TcpState::TimeWait))
            return SegmentRole::FinalAck;
        if (senderEnteredAtSend(trace, r, TcpState::Established))
            return SegmentRole::HandshakeAck;
    }
    return SegmentRole::None;
}

// Which of its sender's segments with the same control bits `segmentId` is, from 1 (as the
// command line's A:ACK#3 counts them; a network copy is not one of them).
int ordinalAmongSameFlags(const Trace &trace, int segmentId)
{
    const SegmentRecord &target = trace.segments.at(segmentId);
    int n = 0;
    for (int i = 0; i <= segmentId; ++i) {
        const SegmentRecord &r = trace.segments.at(i);
        if (r.duplicateOf < 0 && r.fromHost == target.fromHost && r.segment.flags == target.segment.flags)
            ++n;
    }
    return std::max(n, 1);
}

} // namespace

SegmentWords FaultDescription::wordsFor(const Trace &trace, int segmentId)
{
    SegmentWords words;
    if (segmentId < 0 || segmentId >= trace.segments.size())
        return words;
    const SegmentRecord *r = &trace.segments.at(segmentId);
    if (r->duplicateOf >= 0 && r->duplicateOf < trace.segments.size())
        r = &trace.segments.at(r->duplicateOf);
    words.host = trace.hostName(r->fromHost);
    words.label = segmentLabelText(r->segment, SegmentLabelContent::Textbook);
    words.role = roleOf(trace, *r);
    return words;
}

SegmentWords FaultDescription::wordsForUnmatched(const FaultRule &rule)
{
    SegmentWords words;
    words.host = rule.senderHost();
    if (rule.target != FaultTarget::Segment) {
        words.label = positionLabel(rule);
        words.form = SegmentWords::LabelForm::Ordinal;
        return words;
    }
    // Protocol notation, like the diagram's labels, with the numbers counted from the ISNs.
    const SegmentIdentity &id = rule.segment;
    QString label = tcpFlagsLabel(id.flags);
    if (label.isEmpty())
        label = QStringLiteral("<none>");
    label += QStringLiteral(" seq=ISN+%1").arg(id.seq);
    if (id.flags & TcpFlag::Ack)
        label += QStringLiteral(" ack=ISN+%1").arg(id.ack);
    words.label = label;
    if (id.transmission > 1)
        words.role = SegmentRole::Retransmission;
    return words;
}

QString FaultDescription::positionLabel(const FaultRule &rule)
{
    // "A#3" counts all of A's segments, "A:ACK#3" only those with ACK set.
    if (rule.flags == 0)
        return tr("segment #%1").arg(rule.ordinal);
    return tr("%1 #%2").arg(tcpFlagsLabel(rule.flags)).arg(rule.ordinal);
}

QString FaultDescription::roleText(SegmentRole role)
{
    switch (role) {
    case SegmentRole::None: return QString();
    case SegmentRole::Retransmission: return tr("a retransmission");
    case SegmentRole::ConnectionRequest: return tr("the connection request");
    case SegmentRole::HandshakeAck: return tr("the handshake's last ACK");
    case SegmentRole::FinalAck: return tr("the final ACK");
    }
    return QString();
}

QString FaultDescription::segmentText(const SegmentWords &words)
{
    const QString role = roleText(words.role);
    if (words.form == SegmentWords::LabelForm::Ordinal) {
        //: A host (%1) and which of its segments (%2, "ACK #3"): "A's ACK #3".
        if (role.isEmpty())
            return tr("%1's %2", "ordinal").arg(words.host, words.label);
        return tr("%1's %2 (%3)", "ordinal").arg(words.host, words.label, role);
    }
    if (role.isEmpty())
        return tr("%1's %2").arg(words.host, words.label);
    return tr("%1's %2 (%3)").arg(words.host, words.label, role);
}

QString FaultDescription::describe(FaultKind kind, SimTime delta, const SegmentWords &words)
{
    const QString segment = segmentText(words);
    switch (kind) {
    case FaultKind::Drop:
        return tr("Drop %1").arg(segment);
    case FaultKind::Delay:
        return tr("Delay %1 by %2 ms").arg(segment, msText(delta));
    case FaultKind::Duplicate:
        return tr("Duplicate %1 (copy %2 ms later)").arg(segment, msText(delta));
    case FaultKind::None:
        break;
    }
    return tr("No fault on %1").arg(segment);
}

QString FaultDescription::describeWithoutNumbers(const Trace &trace, const FaultRule &rule, int ruleIndex)
{
    if (!matched(trace, ruleIndex)) {
        SegmentWords words;
        words.host = rule.senderHost();
        if (rule.target == FaultTarget::Segment && rule.ordinal < 1) {
            words.label = tcpFlagsLabel(rule.segment.flags);
            if (words.label.isEmpty())
                words.label = QStringLiteral("<none>");
        } else {
            words.label = positionLabel(rule);
            words.form = SegmentWords::LabelForm::Ordinal;
        }
        return tr("%1 — matches no segment in this run").arg(describe(rule.kind, rule.delta, words));
    }
    int segmentId = trace.faultSegments.at(ruleIndex);
    if (const int original = trace.segments.at(segmentId).duplicateOf; original >= 0 && original < trace.segments.size())
        segmentId = original;
    SegmentWords words = wordsFor(trace, segmentId);
    QString flags = tcpFlagsLabel(trace.segments.at(segmentId).segment.flags);
    if (flags.isEmpty())
        flags = QStringLiteral("<none>");
    //: A segment named without its numbers: its control bits (%1) and which of its sender's
    //: segments with those bits it is (%2), as in "A's ACK #3".
    words.label = tr("%1 #%2").arg(flags).arg(ordinalAmongSameFlags(trace, segmentId));
    words.form = SegmentWords::LabelForm::Ordinal;
    return describe(rule.kind, rule.delta, words);
}

bool FaultDescription::matched(const Trace &trace, int ruleIndex)
{
    return ruleIndex >= 0 && ruleIndex < trace.faultSegments.size()
        && trace.faultSegments.at(ruleIndex) >= 0;
}

QString FaultDescription::describe(const Trace &trace, const FaultRule &rule, int ruleIndex)
{
    if (matched(trace, ruleIndex))
        return describe(rule.kind, rule.delta, wordsFor(trace, trace.faultSegments.at(ruleIndex)));
    //: A fault whose segment is not in the run (another edit removed it); it changes nothing.
    return tr("%1 — matches no segment in this run")
        .arg(describe(rule.kind, rule.delta, wordsForUnmatched(rule)));
}

} // namespace tcplab
