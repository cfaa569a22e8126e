#include "capture/observed_endpoint.h"

#include "tcp/sequence_number.h"

namespace tcplab {

namespace {

// A window no real stack exceeds (RFC 7323 §2.3: 2^30 with the largest scale): anything
// further ahead of RCV.NXT is not of this connection.
constexpr uint32_t generousWindow = 1u << 30;
constexpr int maxPending = 256;

} // namespace

ObservedEndpoint::ObservedEndpoint(Start start)
{
    if (start == Start::AlreadySynchronized) {
        m_state = TcpState::Established;
        m_assumed = true;
    }
}

TcbSnapshot ObservedEndpoint::tcb() const
{
    TcbSnapshot t;
    t.state = m_state;
    t.iss = m_iss;
    t.irs = m_irs;
    t.sndUna = m_sndUna;
    t.sndNxt = m_sndNxt;
    t.sndWnd = m_sndWnd;
    t.rcvNxt = m_rcvNxt;
    t.rcvWnd = m_rcvWnd;
    uint32_t held = 0;
    for (const Pending &p : m_pending)
        held += p.length;
    t.outOfOrderBytes = int(held);
    return t;
}

void ObservedEndpoint::moveTo(TcpState to, StateCause cause)
{
    if (to == m_state)
        return;
    if (to == TcpState::TimeWait)
        m_timeWaitSince = m_now;
    m_effects.transitions.append({m_state, to, cause});
    m_state = to;
    if (to == TcpState::Closed)
        m_pending.clear();
}

void ObservedEndpoint::notify(NoticeKind kind)
{
    m_effects.notices.append({kind, {}});
}

bool ObservedEndpoint::ourFinAcknowledged() const
{
    return m_finSent && seqGreater(m_sndUna, m_finSeq);
}

// A capture that began mid-connection: learn the numbers from the first segments.
void ObservedEndpoint::initialiseFromPeer(const Segment &s)
{
    if (!m_rcvKnown) {
        m_rcvNxt = s.seq;
        m_rcvKnown = true;
    }
    if (!m_issKnown && s.has(TcpFlag::Ack)) {
        m_sndUna = m_sndNxt = s.ack;
        m_issKnown = true;
    }
}

bool ObservedEndpoint::takeShutdownRevealed()
{
    if (!m_shutdownRevealed || m_shutdownReported)
        return false;
    m_shutdownReported = true;
    return true;
}

// No stack keeps TIME-WAIT for less than 30 s (Windows' shortest; Linux 60 s, RFC 9293
// §3.4.2 2×MSL = 4 min): a TIME-WAIT gone sooner was skipped or cut short.
constexpr SimTime shortestTimeWait = secondsToUs(30);

StateCause ObservedEndpoint::causeOfUnseenEnd(SimTime now, const Segment &s) const
{
    switch (m_state) {
    case TcpState::FinWait2:
        return StateCause::FinWait2Timeout; // Linux tcp_fin_timeout
    case TcpState::TimeWait:
        return now - m_timeWaitSince < shortestTimeWait ? StateCause::NoTimeWait : StateCause::TimeWaitExpired;
    default:
        Q_UNUSED(s);
        return StateCause::HostCrash; // the host lost its state: it crashed and came back
    }
}

EndpointEffects ObservedEndpoint::segmentSent(SimTime now, const Segment &s, SegmentKind kind)
{
    m_effects = {};
    m_now = now;
    m_rcvWnd = s.window;
    if (m_textAfterFin && !s.has(TcpFlag::Rst) && s.has(TcpFlag::Ack) && seqGreaterEqual(s.ack, m_textAfterFinEnd))
        m_shutdownRevealed = true;
    if (kind == SegmentKind::Duplicate)
        return m_effects; // the network made this copy, not the side
    const bool unanswered = m_lastSentUnanswered;
    const bool afterRetransmission = m_lastSentRetransmission;
    const bool afterKeepalive = m_lastSentKeepalive;
    m_lastSentUnanswered = true;
    m_lastSentRetransmission = kind == SegmentKind::Retransmission;
    m_lastSentKeepalive = s.keepaliveProbe;
    if (m_assumed && !m_issKnown) {
        m_sndUna = m_sndNxt = s.seq;
        m_issKnown = true;
    }
    if (m_assumed && !m_rcvKnown && s.has(TcpFlag::Ack)) {
        m_rcvNxt = s.ack;
        m_rcvKnown = true;
    }

    if (s.has(TcpFlag::Rst)) {
        // §3.10.4 ABORT: a synchronized side sends RST and is gone. In SYN-SENT a RST only
        // answers an unacceptable ACK (§3.10.7.3) and the side stays; a closed side's RST
        // answers a segment for no connection (§3.10.7.1).
        switch (m_state) {
        case TcpState::SynReceived:
        case TcpState::Established:
        case TcpState::FinWait1:
        case TcpState::FinWait2:
        case TcpState::CloseWait:
        case TcpState::Closing:
        case TcpState::LastAck:
            // A side whose probes or retransmissions went unanswered gives up with a RST
            // (RFC 1122 §4.2.3.6 keepalive, §4.2.3.5 R2); otherwise the user aborted.
            if (unanswered && afterKeepalive)
                moveTo(TcpState::Closed, StateCause::KeepaliveExhausted);
            else if (unanswered && afterRetransmission)
                moveTo(TcpState::Closed, StateCause::RetriesExhausted);
            else
                moveTo(TcpState::Closed, StateCause::AppAbort);
            break;
        default:
            break;
        }
        return m_effects;
    }

    if (s.has(TcpFlag::Syn)) {
        if (!s.has(TcpFlag::Ack)) {
            // §3.10.1 OPEN, active: send SYN, enter SYN-SENT.
            if (m_state == TcpState::Closed) {
                m_iss = s.seq;
                m_sndUna = s.seq;
                m_sndNxt = s.seq + 1;
                m_issKnown = true;
                moveTo(TcpState::SynSent, StateCause::AppConnect);
            }
        } else {
            if (m_state == TcpState::Closed) {
                // The SYN that made this side answer was not seen arriving (§3.10.7.2).
                m_irs = s.ack - 1;
                m_rcvNxt = s.ack;
                m_rcvKnown = true;
                m_effects.transitions.append({TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived});
                m_state = TcpState::SynReceived;
            }
            if (!m_issKnown || m_state == TcpState::SynReceived) {
                m_iss = s.seq;
                m_sndUna = s.seq;
                m_sndNxt = s.seq + 1;
                m_issKnown = true;
            }
        }
        return m_effects;
    }

    const uint32_t end = s.seq + s.length();
    if (seqGreater(end, m_sndNxt))
        m_sndNxt = end;
    if (s.has(TcpFlag::Fin)) {
        if (!m_finSent || seqGreater(end, m_finSeq)) {
            m_finSent = true;
            m_finSeq = end;
        }
        if (seqGreaterEqual(m_finSeq, m_sndNxt))
            m_sndNxt = m_finSeq + 1;
        // §3.10.4 CLOSE: ESTABLISHED and SYN-RECEIVED send FIN and enter FIN-WAIT-1;
        // CLOSE-WAIT sends FIN and enters LAST-ACK.
        switch (m_state) {
        case TcpState::SynReceived:
        case TcpState::Established:
            moveTo(TcpState::FinWait1, StateCause::AppClose);
            break;
        case TcpState::CloseWait:
            moveTo(TcpState::LastAck, StateCause::AppClose);
            break;
        default:
            break;
        }
    }
    return m_effects;
}

void ObservedEndpoint::notifyEndOfStream()
{
    // After a CLOSE nobody reads any more: the application is told of the peer's FIN only
    // while its receiving half is open (§3.10.7.4 "signal the user"; a stack whose user has
    // closed has no one to signal). A FIN of ours with nothing read after it counts as a
    // CLOSE, as its state change's cause does.
    if (!m_finSent || m_shutdownRevealed)
        notify(NoticeKind::EndOfStream);
}

void ObservedEndpoint::finReceived()
{
    // §3.10.7.4, eighth: check the FIN bit.
    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
        moveTo(TcpState::CloseWait, StateCause::FinReceived);
        notifyEndOfStream();
        break;
    case TcpState::FinWait1:
        // Our FIN not yet acknowledged (else we would be in FIN-WAIT-2): simultaneous close.
        moveTo(TcpState::Closing, StateCause::FinReceived);
        notifyEndOfStream();
        break;
    case TcpState::FinWait2:
        moveTo(TcpState::TimeWait, StateCause::FinReceived);
        notifyEndOfStream();
        break;
    default: // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: remain
        break;
    }
}

// §3.10.7.4, seventh and eighth: text and FIN are taken in sequence order; what lies
// beyond RCV.NXT waits for the gap to fill.
void ObservedEndpoint::acceptText(uint32_t seq, uint32_t length, bool fin)
{
    const uint32_t end = seq + length;
    if (m_finSent && length > 0 && seqGreater(end, m_rcvNxt)) {
        m_textAfterFin = true;
        m_textAfterFinEnd = end;
    }
    if (seqGreater(seq, m_rcvNxt)) {
        if (m_pending.size() < maxPending)
            m_pending.append({seq, length, fin});
        return;
    }
    bool finNow = false;
    if (seqGreater(end, m_rcvNxt))
        m_rcvNxt = end;
    if (fin && m_rcvNxt == end) {
        m_rcvNxt = end + 1;
        finNow = true;
    }
    if (finNow)
        finReceived();
    // Held segments the new RCV.NXT reaches.
    for (bool progress = true; progress;) {
        progress = false;
        for (int i = 0; i < m_pending.size(); ++i) {
            const Pending p = m_pending[i];
            if (seqGreater(p.seq, m_rcvNxt))
                continue;
            m_pending.removeAt(i);
            const uint32_t pEnd = p.seq + p.length;
            if (seqGreater(pEnd, m_rcvNxt))
                m_rcvNxt = pEnd;
            if (p.fin && m_rcvNxt == pEnd) {
                m_rcvNxt = pEnd + 1;
                finReceived();
            }
            progress = true;
            break;
        }
    }
}

EndpointEffects ObservedEndpoint::segmentReceived(SimTime now, const Segment &s, Reply reply)
{
    m_effects = {};
    m_now = now;
    m_lastSentUnanswered = false;
    if (m_assumed)
        initialiseFromPeer(s);

    if (reply == Reply::ResetForNoConnection) {
        switch (m_state) {
        case TcpState::Closed:
        case TcpState::Listen:
        case TcpState::SynSent:     // a RST answers an unacceptable ACK here (§3.10.7.3)
        case TcpState::SynReceived: // ... and here (§3.10.7.4, fifth)
            break;
        case TcpState::FinWait1:
        case TcpState::FinWait2:
            // Text after a CLOSE is answered with RST too (RFC 2525 §2.17, Linux "abort
            // on data"): that is the side's own abort, handled when its RST is sent.
            if (s.length() > 0)
                break;
            [[fallthrough]];
        default:
            moveTo(TcpState::Closed, causeOfUnseenEnd(now, s));
            return m_effects;
        }
    }

    switch (m_state) {
    case TcpState::Closed:
    case TcpState::Listen:
        // §3.10.7.2 LISTEN: a SYN (no RST, no ACK) sets IRS and RCV.NXT, the answer is a
        // SYN,ACK and the state SYN-RECEIVED. Seen only through the answer: a side that
        // answers with RST was closed (§3.10.7.1) and stays so.
        if (s.has(TcpFlag::Syn) && !s.has(TcpFlag::Ack) && !s.has(TcpFlag::Rst) && reply == Reply::SynAck) {
            m_irs = s.seq;
            m_rcvNxt = s.seq + 1;
            m_rcvKnown = true;
            m_sndWnd = s.window;
            m_effects.transitions.append({TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived});
            m_state = TcpState::SynReceived;
        }
        return m_effects;

    case TcpState::SynSent: {
        // §3.10.7.3 SYN-SENT.
        const bool hasAck = s.has(TcpFlag::Ack);
        const bool ackAcceptable = hasAck && seqLess(m_iss, s.ack) && seqLessEqual(s.ack, m_sndNxt);
        if (hasAck && !ackAcceptable)
            return m_effects; // answered with a RST; the side stays in SYN-SENT
        if (s.has(TcpFlag::Rst)) {
            if (ackAcceptable) {
                notify(NoticeKind::ConnectionRefused);
                moveTo(TcpState::Closed, StateCause::RstReceived);
            }
            return m_effects;
        }
        if (!s.has(TcpFlag::Syn))
            return m_effects;
        m_irs = s.seq;
        m_rcvNxt = s.seq + 1;
        m_rcvKnown = true;
        m_sndWnd = s.window;
        if (ackAcceptable) {
            m_sndUna = s.ack;
            moveTo(TcpState::Established, StateCause::SynAckReceived);
            notify(NoticeKind::Established);
        } else {
            moveTo(TcpState::SynReceived, StateCause::SynReceived); // simultaneous open
        }
        return m_effects;
    }

    default:
        break;
    }

    // Simultaneous open (RFC 9293 §3.5, Figure 8): in SYN-RECEIVED the peer's SYN comes
    // again with the ACK of ours; its SYN lies before RCV.NXT and is trimmed, its ACK
    // completes the handshake.
    if (m_state == TcpState::SynReceived && s.has(TcpFlag::Syn) && s.has(TcpFlag::Ack) && !s.has(TcpFlag::Rst)
        && s.seq == m_irs) {
        if (seqLess(m_sndUna, s.ack) && seqLessEqual(s.ack, m_sndNxt)) {
            m_sndUna = s.ack;
            m_sndWnd = s.window;
            moveTo(TcpState::Established, StateCause::SynAckReceived);
            notify(NoticeKind::Established);
        }
        return m_effects;
    }

    // §3.10.7.4, other states. First: is the segment acceptable? Generous (see the class
    // comment): only a segment wholly before RCV.NXT, or absurdly far beyond, is not.
    const uint32_t length = s.sequenceLength();
    const bool inWindow = length == 0
        ? seqInRange(m_rcvNxt, s.seq, m_rcvNxt + generousWindow) || s.seq == m_rcvNxt - 1
        : seqInRange(m_rcvNxt, s.seq + length - 1, m_rcvNxt + generousWindow);
    if (!inWindow) {
        // An old duplicate (a retransmitted FIN reaching TIME-WAIT): answered with an ACK,
        // no change of state.
        return m_effects;
    }

    // Second: the RST bit.
    if (s.has(TcpFlag::Rst)) {
        switch (m_state) {
        case TcpState::SynReceived:
        case TcpState::Established:
        case TcpState::FinWait1:
        case TcpState::FinWait2:
        case TcpState::CloseWait:
            notify(NoticeKind::ConnectionReset);
            moveTo(TcpState::Closed, StateCause::RstReceived);
            break;
        default: // CLOSING, LAST-ACK, TIME-WAIT
            moveTo(TcpState::Closed, StateCause::RstReceived);
            break;
        }
        return m_effects;
    }

    // Fourth: a SYN in a synchronized state gets a challenge ACK (RFC 5961 §4), no change.
    if (s.has(TcpFlag::Syn))
        return m_effects;

    // Fifth: without ACK the segment is dropped.
    if (!s.has(TcpFlag::Ack))
        return m_effects;
    m_sndWnd = s.window;
    const bool ackNew = seqLess(m_sndUna, s.ack) && seqLessEqual(s.ack, m_sndNxt);
    if (m_state == TcpState::SynReceived) {
        if (!ackNew)
            return m_effects; // an unacceptable ACK: answered with RST
        m_sndUna = s.ack;
        moveTo(TcpState::Established, StateCause::AckOfSynReceived);
        notify(NoticeKind::Established);
    } else if (ackNew) {
        m_sndUna = s.ack;
    }

    // The FIN is in order when the segment's text starts at RCV.NXT and nothing before
    // it is missing.
    const bool finInOrder = s.has(TcpFlag::Fin) && s.seq == m_rcvNxt && m_pending.isEmpty();
    switch (m_state) {
    case TcpState::FinWait1:
        if (ourFinAcknowledged()) {
            if (finInOrder) {
                // FIN and the ACK of our FIN in one segment: straight to TIME-WAIT.
                m_rcvNxt = s.seq + s.length() + 1;
                moveTo(TcpState::TimeWait, StateCause::FinAckReceived);
                notifyEndOfStream();
                return m_effects;
            }
            moveTo(TcpState::FinWait2, StateCause::AckOfFinReceived);
        }
        break;
    case TcpState::Closing:
        if (ourFinAcknowledged())
            moveTo(TcpState::TimeWait, StateCause::AckOfFinReceived);
        return m_effects;
    case TcpState::LastAck:
        if (ourFinAcknowledged())
            moveTo(TcpState::Closed, StateCause::AckOfFinReceived);
        return m_effects;
    case TcpState::TimeWait:
    case TcpState::CloseWait:
        return m_effects; // the peer has closed: no more text or FIN from it
    default:
        break;
    }

    // Seventh and eighth: text and FIN.
    if (s.length() > 0 || s.has(TcpFlag::Fin))
        acceptText(s.seq, s.length(), s.has(TcpFlag::Fin));
    return m_effects;
}

} // namespace tcplab
