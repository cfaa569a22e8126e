#include "sim/network.h"

#include <algorithm>

namespace tcplab {

Network::Network(const NetworkSettings &settings, const FaultPlan &faults)
    : m_settings(settings), m_faults(faults), m_rng(settings.seed)
{
    m_hasPositionRules = std::any_of(m_faults.cbegin(), m_faults.cend(),
                                     [](const FaultRule &r) { return r.target == FaultTarget::Position; });
}

TransmitOutcome Network::transmit(SimTime now, const QString &from, const QString &to,
                                  const SegmentIdentity &identity)
{
    const TcpFlags flags = identity.flags;
    TransmitOutcome out;
    // Draw the random numbers in a fixed order for every segment, whether or not they are
    // used, so one changed fault shifts nothing else in the run.
    const double jitterDraw = m_rng.nextUnit();
    const double lossDraw = m_rng.nextUnit();

    SimTime delay = m_settings.delayFor(from, to);
    if (m_settings.jitter > 0)
        delay += static_cast<SimTime>((jitterDraw * 2.0 - 1.0) * double(m_settings.jitter));
    delay = std::max<SimTime>(delay, 1);
    out.arrivesAt = addSimTime(now, delay);

    // Count this segment for every flag filter any position rule of this sender uses.
    QHash<TcpFlags, int> ordinalFor;
    if (m_hasPositionRules) {
        QList<TcpFlags> filters{0};
        for (const FaultRule &r : m_faults) {
            if (r.target == FaultTarget::Position && r.host == from && !filters.contains(r.flags))
                filters.append(r.flags);
        }
        for (TcpFlags f : filters) {
            if ((flags & f) == f) {
                int &n = m_ordinals[from + QLatin1Char('/') + QString::number(f)];
                ordinalFor.insert(f, ++n);
            }
        }
    }

    for (int i = 0; i < m_faults.size(); ++i) {
        const FaultRule &r = m_faults[i];
        const bool hit = r.target == FaultTarget::Segment
            ? r.matches(identity)
            : ordinalFor.contains(r.flags) && r.matches(from, flags, ordinalFor.value(r.flags));
        if (!hit)
            continue;
        out.rulesMatched.append(i);
        // Recorded here, where the match is made, so nobody has to count ordinals again
        // to find the rule behind a segment (the editor's "Remove Fault").
        if (out.faultRule < 0)
            out.faultRule = i;
        switch (r.kind) {
        case FaultKind::Drop:
            out.dropped = true;
            out.dropReason = DropReason::Fault;
            out.fault = FaultKind::Drop;
            out.faultDelta = 0;
            break;
        case FaultKind::Delay:
            if (out.fault != FaultKind::Drop) {
                out.fault = FaultKind::Delay;
                out.faultDelta = addSimTime(out.faultDelta, r.delta);
            }
            out.arrivesAt = addSimTime(out.arrivesAt, r.delta);
            break;
        case FaultKind::Duplicate:
            out.duplicated = true;
            if (out.fault == FaultKind::None) {
                out.fault = FaultKind::Duplicate;
                out.faultDelta = r.delta;
            }
            out.duplicateArrivesAt = addSimTime(addSimTime(now, delay), r.delta);
            break;
        case FaultKind::None:
            break;
        }
    }
    if (!out.dropped && lossDraw < m_settings.lossFor(from, to)) {
        out.dropped = true;
        out.dropReason = DropReason::Loss;
    }
    if (out.dropped) {
        // Shown midway on the diagram: lost somewhere in the network.
        out.droppedAt = now + (out.arrivesAt - now) / 2;
    }
    return out;
}

} // namespace tcplab
