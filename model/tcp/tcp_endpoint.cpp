#include "tcp/tcp_endpoint.h"

#include "tcp/sequence_number.h"

#include <algorithm>

namespace tcplab {

namespace {
constexpr size_t timerIndex(TimerKind k) { return static_cast<size_t>(k); }
// RFC 6298 §2: clock granularity G; our virtual clock is exact, 1 ms is Linux's jiffy floor.
constexpr SimTime clockGranularity = msToUs(1);
// Linux tcp_invalid_ratelimit: at most one ACK to unacceptable segments per 500 ms.
constexpr SimTime outOfWindowAckInterval = msToUs(500);
} // namespace

TcpEndpoint::TcpEndpoint(const ProtocolSettings &settings, SocketAddress local, uint16_t mss)
    : m_settings(settings), m_local(local), m_ownMss(mss), m_rto(settings.rtoInitial)
{
}

// ---------------------------------------------------------------------------------------
// Effects plumbing
// ---------------------------------------------------------------------------------------

EndpointEffects TcpEndpoint::takeEffects()
{
    EndpointEffects out = std::move(m_effects);
    m_effects = EndpointEffects();
    return out;
}

void TcpEndpoint::transition(TcpState to, StateCause cause)
{
    if (to == m_state)
        return;
    m_effects.transitions.append({m_state, to, cause});
    m_state = to;
}

void TcpEndpoint::notify(NoticeKind kind, const QByteArray &data)
{
    // After close() or the process's death nobody holds the socket: there is no
    // application left to tell (the kernel finishes the close on its own).
    if (m_orphaned)
        return;
    m_effects.notices.append({kind, data});
}

void TcpEndpoint::setTimer(SimTime now, TimerKind timer, SimTime after)
{
    const SimTime due = now + after;
    m_timerDue[timerIndex(timer)] = due;
    m_effects.timers.append({timer, TimerAction::Set, due});
}

void TcpEndpoint::cancelTimer(TimerKind timer)
{
    if (m_timerDue[timerIndex(timer)] == 0)
        return;
    m_timerDue[timerIndex(timer)] = 0;
    m_effects.timers.append({timer, TimerAction::Cancel, 0});
}

uint16_t TcpEndpoint::advertisedWindow() const
{
    const int free = m_settings.window - int(m_unread.size());
    return static_cast<uint16_t>(std::clamp(free, 0, 65535));
}

uint32_t TcpEndpoint::effectiveMss() const
{
    // RFC 9293 §3.7.1: send no more than the peer announced (536 when it announced none),
    // and no more than our own path allows.
    return std::min<uint32_t>(m_peerMss, m_ownMss);
}

uint32_t TcpEndpoint::dataEndSeq() const
{
    return m_sendBufferSeq + static_cast<uint32_t>(m_sendBuffer.size());
}

void TcpEndpoint::output(SimTime now, TcpFlags flags, const QByteArray &payload, uint32_t seq,
                         SegmentKind kind)
{
    Segment seg;
    seg.source = m_local;
    seg.destination = m_remote;
    seg.seq = seq;
    seg.flags = flags;
    if (flags & TcpFlag::Ack)
        seg.ack = m_rcvNxt;
    seg.window = advertisedWindow();
    m_lastAdvertisedWindow = seg.window;
    if (flags & TcpFlag::Syn)
        seg.mss = m_ownMss; // the MSS option travels only in SYN segments (RFC 9293 §3.7.1)
    seg.payload = payload;
    m_effects.segments.append({seg, kind});
    if (flags & TcpFlag::Ack) {
        // Any segment carrying our current ACK satisfies a pending delayed ACK.
        m_ackPending = false;
        m_ackNow = false;
        cancelTimer(TimerKind::DelayedAck);
    }
    m_lastActivity = now;
}

void TcpEndpoint::sendAck(SimTime now)
{
    output(now, TcpFlag::Ack, {}, m_sndNxt);
}

void TcpEndpoint::sendOutOfWindowAck(SimTime now, const Segment &cause)
{
    // RFC 9293 §3.10.7.4 answers every unacceptable segment with an ACK. Two endpoints
    // whose ideas of the sequence space disagree (an old incarnation's segment, a peer that
    // lost state) would then ping-pong ACKs forever; Linux allows one such ACK per 500 ms
    // (tcp_invalid_ratelimit, RFC 5961 §7), and so do we. A segment carrying data (without
    // SYN) is no part of such a loop: an old duplicate data segment, or a zero-window probe,
    // is always answered (Linux tcp_oow_rate_limited).
    const bool carriesData = cause.length() > 0 && !cause.has(TcpFlag::Syn);
    if (!carriesData) {
        if (m_lastOutOfWindowAck >= 0 && now - m_lastOutOfWindowAck < outOfWindowAckInterval)
            return;
        m_lastOutOfWindowAck = now;
    }
    sendAck(now);
}

bool TcpEndpoint::rstMayReset(SimTime now, const Segment &rst)
{
    // RFC 5961 §3.2 (RFC 9293 §3.10.7.4, second check): a RST exactly at RCV.NXT resets;
    // one elsewhere in the window may be an off-path guess, so it is answered with a
    // challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and dropped. The real peer, if it
    // did send the RST, answers the ACK with a RST at the exact number. The older rule
    // (RFC 793) let any in-window RST reset.
    if (!m_settings.rfc5961ChallengeAck || rst.seq == m_rcvNxt)
        return true;
    sendOutOfWindowAck(now, rst);
    return false;
}

void TcpEndpoint::returnToListen(StateCause cause)
{
    for (int i = 0; i < timerKindCount; ++i)
        cancelTimer(static_cast<TimerKind>(i));
    transition(TcpState::Listen, cause);
}

void TcpEndpoint::sendReset(uint32_t seq, SendReason reason)
{
    Segment seg;
    seg.source = m_local;
    seg.destination = m_remote;
    seg.seq = seq;
    seg.flags = TcpFlag::Rst;
    // A connection that resets itself (abort, unread data, data after close, keepalive
    // given up) still advertises its receive window, as in every segment it sends (Linux
    // tcp_send_active_reset goes through tcp_transmit_skb). A RST answering a segment that
    // fits no state of the connection is the host's answer, window 0 (tcp_v4_send_reset),
    // like the answer for no connection at all (RFC 9293 §3.10.7.1).
    if (reason != SendReason::UnacceptableAck)
        seg.window = advertisedWindow();
    m_effects.segments.append({seg, SegmentKind::Original, reason});
}

void TcpEndpoint::sendActiveReset(SendReason reason)
{
    // A RST the endpoint decides on itself (abort, close with unread data, keepalive giving
    // up). RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>. Linux's tcp_send_active_reset()
    // (net/ipv4/tcp_output.c) sends RST,ACK with ACK = RCV.NXT.
    if (!m_settings.resetCarriesAck) {
        sendReset(m_sndNxt, reason);
        return;
    }
    Segment seg;
    seg.source = m_local;
    seg.destination = m_remote;
    seg.seq = m_sndNxt;
    seg.ack = m_rcvNxt;
    seg.flags = TcpFlag::Rst | TcpFlag::Ack;
    m_effects.segments.append({seg, SegmentKind::Original, reason});
}

bool TcpEndpoint::ackAtOnceAsQuickAck()
{
    // Linux (tcp_event_data_recv, tcp_incr_quickack in net/ipv4/tcp_input.c) starts every
    // connection in quick-ACK mode: its first data segments are acknowledged at once, so
    // slow start is not held back by delayed ACKs; only later ones wait for the timer.
    if (m_quickAcksSent >= m_settings.quickAcks)
        return false;
    ++m_quickAcksSent;
    return true;
}

bool TcpEndpoint::ackOfFinWaits() const
{
    // Linux delays the ACK of a FIN by the ACK timeout (ATO), which only the first data
    // segment sets, to 40 ms (tcp_event_data_recv); until then it is 0, so the delayed-ACK
    // timer fires at the next tick: a FIN that comes before any data is ACKed at once.
    return m_settings.quickAcks == 0 || m_dataReceived;
}

std::optional<Segment> TcpEndpoint::resetForUnknownConnection(const Segment &in)
{
    // RFC 9293 §3.10.7.1: an incoming RST is discarded; otherwise answer with a RST that
    // the sender will find acceptable.
    if (in.has(TcpFlag::Rst))
        return std::nullopt;
    Segment rst;
    rst.source = in.destination;
    rst.destination = in.source;
    if (in.has(TcpFlag::Ack)) {
        rst.seq = in.ack;
        rst.flags = TcpFlag::Rst;
    } else {
        rst.seq = 0;
        rst.ack = in.seq + in.sequenceLength();
        rst.flags = TcpFlag::Rst | TcpFlag::Ack;
    }
    return rst;
}

// ---------------------------------------------------------------------------------------
// User calls (RFC 9293 §3.10.1 – §3.10.6)
// ---------------------------------------------------------------------------------------

EndpointEffects TcpEndpoint::listen(SimTime)
{
    if (m_state == TcpState::Closed)
        transition(TcpState::Listen, StateCause::AppListen);
    return takeEffects();
}

EndpointEffects TcpEndpoint::connect(SimTime now, SocketAddress remote, uint32_t iss)
{
    if (m_state != TcpState::Closed)
        return takeEffects();
    // RFC 9293 §3.10.1 OPEN, active: select an ISS, send <SEQ=ISS><CTL=SYN>, SND.UNA=ISS,
    // SND.NXT=ISS+1, enter SYN-SENT.
    m_remote = remote;
    m_iss = iss;
    m_sndUna = iss;
    m_sndNxt = iss + 1;
    m_sendBufferSeq = iss + 1;
    transition(TcpState::SynSent, StateCause::AppConnect);
    output(now, TcpFlag::Syn, {}, m_iss);
    m_rttTiming = true;
    m_rttSeq = m_sndNxt;
    m_rttStart = now;
    setTimer(now, TimerKind::Retransmission, m_rto);
    return takeEffects();
}

EndpointEffects TcpEndpoint::acceptSyn(SimTime now, const Segment &syn, uint32_t iss)
{
    // RFC 9293 §3.10.7.2, LISTEN, third check: a SYN. Set RCV.NXT=SEG.SEQ+1, IRS=SEG.SEQ,
    // select ISS, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SND.NXT=ISS+1, SND.UNA=ISS.
    m_state = TcpState::Listen; // the child starts as a copy of the listening socket
    m_passiveOpen = true;
    m_remote = syn.source;
    m_irs = syn.seq;
    m_rcvNxt = syn.seq + 1;
    m_iss = iss;
    m_sndUna = iss;
    m_sndNxt = iss + 1;
    m_sendBufferSeq = iss + 1;
    m_sndWnd = syn.window;
    m_sndWl1 = syn.seq;
    m_sndWl2 = 0;
    if (syn.mss)
        m_peerMss = syn.mss;
    if (m_settings.variant == ProtocolVariant::TwoWayHandshake) {
        // Teaching variant: the server treats the SYN alone as proof of a connection.
        becomeEstablished(now, StateCause::TwoWayHandshake);
        output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss);
        m_sndUna = m_sndNxt; // nobody will acknowledge the SYN in a two-way world
        return takeEffects();
    }
    transition(TcpState::SynReceived, StateCause::SynReceived);
    output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss);
    m_rttTiming = true;
    m_rttSeq = m_sndNxt;
    m_rttStart = now;
    setTimer(now, TimerKind::Retransmission, m_rto);
    return takeEffects();
}

EndpointEffects TcpEndpoint::acceptCookie(SimTime now, const Segment &ack, uint32_t iss,
                                          uint16_t peerMss)
{
    // RFC 4987 §3.6: the final ACK proves the cookie; the connection is rebuilt from it and
    // starts ESTABLISHED. The SYN-RECEIVED stage happened without any state.
    m_state = TcpState::Listen;
    m_passiveOpen = true;
    m_remote = ack.source;
    m_irs = ack.seq - 1;
    m_rcvNxt = ack.seq;
    m_iss = iss;
    m_sndUna = ack.ack;
    m_sndNxt = ack.ack;
    m_sendBufferSeq = ack.ack;
    m_sndWnd = ack.window;
    m_sndWl1 = ack.seq;
    m_sndWl2 = ack.ack;
    m_peerMss = peerMss ? peerMss : 536;
    becomeEstablished(now, StateCause::CookieAckReceived);
    processText(now, ack);
    if (m_ackNow)
        sendAck(now);
    m_ackNow = false;
    return takeEffects();
}

EndpointEffects TcpEndpoint::send(SimTime now, const QByteArray &data)
{
    if (!acceptsSend()) {
        // RFC 9293 §3.10.2: "error: connection closing" after our FIN, "connection does
        // not exist" once gone; a socket API reports both as EPIPE. A listener is no
        // connection to send on at all.
        if (m_state != TcpState::Listen)
            notify(NoticeKind::BrokenPipe);
        return takeEffects();
    }
    // RFC 9293 §3.10.2: in SYN-SENT and SYN-RECEIVED the data is queued until the
    // connection is established.
    m_sendBuffer += data;
    if (m_state == TcpState::Established || m_state == TcpState::CloseWait)
        pushOutput(now);
    return takeEffects();
}

bool TcpEndpoint::acceptsSend() const
{
    switch (m_state) {
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::CloseWait:
        return !m_finQueued;
    default:
        return false;
    }
}

EndpointEffects TcpEndpoint::shutdownWrite(SimTime now)
{
    switch (m_state) {
    case TcpState::SynSent:
        cancelTimer(TimerKind::Retransmission);
        transition(TcpState::Closed, StateCause::AppShutdown);
        break;
    case TcpState::SynReceived:
        m_finQueued = true; // sent once established, as for close()
        break;
    case TcpState::Established:
        // Half-close: our direction ends with a FIN; the other keeps flowing.
        m_finQueued = true;
        transition(TcpState::FinWait1, StateCause::AppShutdown);
        pushOutput(now);
        break;
    case TcpState::CloseWait:
        m_finQueued = true;
        transition(TcpState::LastAck, StateCause::AppShutdown);
        pushOutput(now);
        break;
    default:
        break;
    }
    return takeEffects();
}

EndpointEffects TcpEndpoint::close(SimTime now)
{
    return closeImpl(now, StateCause::AppClose);
}

EndpointEffects TcpEndpoint::processExit(SimTime now)
{
    // The kernel closes the sockets of a dead process exactly like close().
    return closeImpl(now, StateCause::ProcessExit);
}

EndpointEffects TcpEndpoint::closeImpl(SimTime now, StateCause cause)
{
    // RFC 2525 §2.17 (and Linux): closing while received data is still unread discards
    // it and resets the connection, so the peer learns the data was not consumed.
    const bool unread = !m_unread.isEmpty();
    switch (m_state) {
    case TcpState::Listen:
    case TcpState::SynSent:
        cancelTimer(TimerKind::Retransmission);
        transition(TcpState::Closed, cause);
        break;
    case TcpState::SynReceived:
        // RFC 9293 §3.10.4: with nothing queued to send, the FIN goes now and the state is
        // FIN-WAIT-1; otherwise the FIN waits until the handshake completes (processAck).
        m_orphaned = true;
        m_finQueued = true;
        if (m_sendBuffer.isEmpty()) {
            transition(TcpState::FinWait1, cause);
            sendFinIfReady(now);
        }
        break;
    case TcpState::Established:
    case TcpState::CloseWait:
        if (unread) {
            resetConnection(cause, SendReason::UnreadDataOnClose);
            break;
        }
        // Our FIN follows the queued data: the active closer waits in FIN-WAIT-1, the
        // passive one (the peer's FIN already in) in LAST-ACK (RFC 9293 §3.10.4).
        m_orphaned = true;
        m_finQueued = true;
        transition(m_state == TcpState::Established ? TcpState::FinWait1 : TcpState::LastAck, cause);
        pushOutput(now);
        break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        if (unread) {
            resetConnection(cause, SendReason::UnreadDataOnClose);
            break;
        }
        m_orphaned = true;
        if (m_state == TcpState::FinWait2 && timerDue(TimerKind::FinWait2) == 0)
            setTimer(now, TimerKind::FinWait2, m_settings.finWait2Timeout);
        break;
    default:
        m_orphaned = true;
        break;
    }
    return takeEffects();
}

void TcpEndpoint::resetConnection(StateCause cause, SendReason reason)
{
    // RFC 9293 §3.10.5 ABORT: <SEQ=SND.NXT><CTL=RST>, then CLOSED. New data for a closed
    // socket is answered like a segment to no connection (Linux: tcp_rcv_state_process's
    // "abort on data" returns to tcp_v4_send_reset), so it stays a bare RST.
    if (reason == SendReason::DataAfterClose)
        sendReset(m_sndNxt, reason);
    else
        sendActiveReset(reason);
    m_unread.clear();
    becomeClosed(cause);
}

EndpointEffects TcpEndpoint::abort(SimTime)
{
    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        resetConnection(StateCause::AppAbort, SendReason::AppAbort);
        break;
    default:
        // LISTEN, SYN-SENT, CLOSING, LAST-ACK, TIME-WAIT: no RST, just forget (§3.10.5).
        becomeClosed(StateCause::AppAbort);
        break;
    }
    return takeEffects();
}

EndpointEffects TcpEndpoint::discard(StateCause cause)
{
    becomeClosed(cause);
    return takeEffects();
}

EndpointEffects TcpEndpoint::read(SimTime now)
{
    if (!m_unread.isEmpty()) {
        notify(NoticeKind::DataReceived, m_unread);
        m_delivered += m_unread;
        m_unread.clear();
        sendWindowUpdateIfOpened(now);
    }
    return takeEffects();
}

bool TcpEndpoint::acceptsNewIncarnation(const Segment &syn) const
{
    // Linux (and RFC 6191 in spirit): a SYN for a TIME-WAIT connection whose sequence number
    // lies beyond everything of the old incarnation may start a new one.
    return m_state == TcpState::TimeWait && m_settings.timeWaitAcceptsNewSyn
        && syn.has(TcpFlag::Syn) && !syn.has(TcpFlag::Ack) && seqGreater(syn.seq, m_rcvNxt);
}

std::optional<uint32_t> TcpEndpoint::newIncarnationIss() const
{
    // Linux tcp_timewait_state_process (net/ipv4/tcp_minisocks.c): isn = tw_snd_nxt +
    // 65535 + 2, so nothing of the old connection can fall into the new one's window.
    if (!m_settings.timeWaitReopenIsn)
        return std::nullopt;
    const uint32_t isn = m_sndNxt + 65535u + 2u;
    return isn == 0 ? 1u : isn;
}

// ---------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------

void TcpEndpoint::sendDataSegment(SimTime now, uint32_t seq, int length, SegmentKind kind)
{
    const int offset = seqDiff(seq, m_sendBufferSeq);
    const QByteArray payload = m_sendBuffer.mid(offset, length);
    const bool last = seq + uint32_t(length) == dataEndSeq();
    output(now, TcpFlag::Ack | (last ? TcpFlag::Psh : 0), payload, seq, kind);
}

void TcpEndpoint::trySendData(SimTime now)
{
    if (m_state != TcpState::Established && m_state != TcpState::CloseWait
        && m_state != TcpState::FinWait1 && m_state != TcpState::LastAck)
        return;
    // Data cut into segments of at most MSS and within the peer's window (RFC 9293 §3.8.6).
    bool sentAny = false;
    while (!m_finSent && seqLess(m_sndNxt, dataEndSeq())) {
        const int64_t windowLeft = int64_t(m_sndWnd) - seqDiff(m_sndNxt, m_sndUna);
        if (windowLeft <= 0)
            break;
        const int64_t unsent = seqDiff(dataEndSeq(), m_sndNxt);
        const int length = int(std::min<int64_t>({int64_t(effectiveMss()), windowLeft, unsent}));
        sendDataSegment(now, m_sndNxt, length, SegmentKind::Original);
        if (!m_rttTiming) {
            m_rttTiming = true;
            m_rttSeq = m_sndNxt + uint32_t(length);
            m_rttStart = now;
        }
        m_sndNxt += uint32_t(length);
        sentAny = true;
    }
    if (sentAny && timerDue(TimerKind::Retransmission) == 0)
        setTimer(now, TimerKind::Retransmission, m_rto);
    updatePersistTimer(now);
}

void TcpEndpoint::updatePersistTimer(SimTime now)
{
    // RFC 9293 §3.8.6.1: data waits behind a zero window and nothing is in flight whose ACK
    // could bring the news that it opened; the peer's window update may be lost, so the
    // sender must probe. The first probe comes after one RTO, later ones back off like the
    // RTO (RFC 1122 §4.2.2.17).
    const bool blocked = !m_finSent && seqLess(m_sndNxt, dataEndSeq()) && m_sndWnd == 0
                         && m_sndUna == m_sndNxt;
    if (!blocked) {
        m_persistInterval = 0;
        cancelTimer(TimerKind::Persist);
        return;
    }
    if (timerDue(TimerKind::Persist) != 0)
        return; // already probing: an answer with the window still zero changes nothing
    if (m_persistInterval == 0)
        m_persistInterval = m_rto;
    setTimer(now, TimerKind::Persist, m_persistInterval);
}

void TcpEndpoint::sendZeroWindowProbe(SimTime now)
{
    // "The sending TCP must regularly transmit at least one octet of new data (if
    // available) ... even if the send window is zero" (RFC 9293 §3.8.6.1). The byte lies
    // beyond the window, so the receiver drops it and answers with an ACK carrying its
    // current window. SND.NXT stays: the byte counts as sent only if it is acknowledged.
    sendDataSegment(now, m_sndNxt, 1, SegmentKind::Original);
    m_effects.segments.last().reason = SendReason::ZeroWindowProbe;
    m_probeOutstanding = true;
    m_persistInterval = std::min(m_persistInterval * 2, m_settings.rtoMax);
    setTimer(now, TimerKind::Persist, m_persistInterval);
}

void TcpEndpoint::sendWindowUpdateIfOpened(SimTime now)
{
    if (m_state != TcpState::Established && m_state != TcpState::FinWait1
        && m_state != TcpState::FinWait2)
        return; // the peer has sent its FIN: it sends no more data, a window is no news
    // RFC 9293 §3.8.6.2.2: announce a larger window only once it has grown by at least
    // min(half the receive buffer, one full segment) over what was last advertised.
    const int grown = int(advertisedWindow()) - int(m_lastAdvertisedWindow);
    const int worthIt = std::min<int>(m_settings.window / 2, int(effectiveMss()));
    if (grown > 0 && grown >= worthIt)
        sendAck(now);
}

void TcpEndpoint::pushOutput(SimTime now)
{
    trySendData(now);
    sendFinIfReady(now);
}

void TcpEndpoint::sendFinIfReady(SimTime now)
{
    if (!m_finQueued || m_finSent)
        return;
    if (m_state == TcpState::SynReceived || m_state == TcpState::SynSent)
        return; // RFC 9293 §3.10.4: the FIN waits until the connection is established
    if (seqLess(m_sndNxt, dataEndSeq()))
        return; // data still waits for the peer's window; the FIN follows it
    // A FIN always carries ACK once synchronized (RFC 9293 §3.10.7.4; Linux likewise).
    m_finSeq = m_sndNxt;
    m_finSent = true;
    output(now, TcpFlag::Fin | TcpFlag::Ack, {}, m_finSeq);
    m_sndNxt = m_finSeq + 1;
    if (timerDue(TimerKind::Retransmission) == 0)
        setTimer(now, TimerKind::Retransmission, m_rto);
}

void TcpEndpoint::retransmitOldest(SimTime now)
{
    // RFC 6298 §5.4: retransmit the earliest segment not yet acknowledged.
    switch (m_state) {
    case TcpState::SynSent:
        output(now, TcpFlag::Syn, {}, m_iss, SegmentKind::Retransmission);
        return;
    case TcpState::SynReceived:
        output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss, SegmentKind::Retransmission);
        return;
    default:
        break;
    }
    if (m_sndUna == m_iss) {
        // Closed in SYN-RECEIVED (a listener's child or a simultaneous open): our SYN is
        // still unacknowledged, so the SYN,ACK is the oldest segment to repeat. The data
        // branch below must not treat the SYN's number as a data byte.
        output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss, SegmentKind::Retransmission);
        return;
    }
    if (seqLess(m_sndUna, dataEndSeq()) && seqLess(m_sndUna, m_sndNxt)) {
        const uint32_t sentEnd = m_finSent ? m_finSeq : m_sndNxt;
        const int length = int(std::min<int64_t>(effectiveMss(), seqDiff(sentEnd, m_sndUna)));
        if (length > 0) {
            sendDataSegment(now, m_sndUna, length, SegmentKind::Retransmission);
            return;
        }
    }
    if (m_finSent && !m_ourFinAcked)
        output(now, TcpFlag::Fin | TcpFlag::Ack, {}, m_finSeq, SegmentKind::Retransmission);
}

// ---------------------------------------------------------------------------------------
// Timers
// ---------------------------------------------------------------------------------------

void TcpEndpoint::updateRtt(SimTime r)
{
    // RFC 6298 §2.2 (first sample) and §2.3 (later samples), alpha = 1/8, beta = 1/4.
    if (!m_haveRttSample) {
        m_srtt = r;
        m_rttvar = r / 2;
        m_haveRttSample = true;
    } else {
        const SimTime delta = m_srtt > r ? m_srtt - r : r - m_srtt;
        m_rttvar = (3 * m_rttvar + delta) / 4;
        m_srtt = (7 * m_srtt + r) / 8;
    }
    const SimTime rto = m_srtt + std::max(clockGranularity, 4 * m_rttvar);
    // §2.4 asks for a 1 s floor; Linux uses 200 ms, a setting here.
    m_rto = std::clamp(rto, m_settings.rtoMin, m_settings.rtoMax);
}

void TcpEndpoint::restartRetransmissionTimer(SimTime now)
{
    // RFC 6298 §5.2 / §5.3: all data acknowledged → stop; else restart with the current RTO.
    if (m_sndUna == m_sndNxt)
        cancelTimer(TimerKind::Retransmission);
    else
        setTimer(now, TimerKind::Retransmission, m_rto);
}

EndpointEffects TcpEndpoint::timerExpired(SimTime now, TimerKind timer)
{
    if (timerDue(timer) == 0 || timerDue(timer) > now)
        return takeEffects(); // cancelled or re-set meanwhile: a stale expiry
    m_timerDue[timerIndex(timer)] = 0;
    m_effects.timers.append({timer, TimerAction::Fire, now});

    switch (timer) {
    case TimerKind::Retransmission: {
        const int limit = retryLimit();
        if (m_retries >= limit) {
            if (m_state == TcpState::SynReceived && m_passiveOpen) {
                // The half-open entry is dropped silently; the client never answered.
                becomeClosed(StateCause::RetriesExhausted);
            } else {
                notify(NoticeKind::TimedOut);
                becomeClosed(StateCause::RetriesExhausted);
            }
            break;
        }
        ++m_retries;
        m_rttTiming = false; // Karn's algorithm: no RTT sample from a retransmitted segment
        // RFC 6298 §5.5: back off. Linux's tcp_syn_linear_timeouts keeps the first few SYN
        // retries at the initial RTO before doubling (tcp_retransmit_timer: SYN-SENT only).
        const bool linear = m_state == TcpState::SynSent && m_retries <= m_settings.synLinearTimeouts;
        if (!linear)
            m_rto = std::min(m_rto * 2, m_settings.rtoMax);
        retransmitOldest(now);
        setTimer(now, TimerKind::Retransmission, m_rto);
        break;
    }
    case TimerKind::TimeWait:
        becomeClosed(StateCause::TimeWaitExpired);
        break;
    case TimerKind::FinWait2:
        // Linux tcp_fin_timeout: an orphan does not wait forever for the peer's FIN.
        if (m_state == TcpState::FinWait2)
            becomeClosed(StateCause::FinWait2Timeout);
        break;
    case TimerKind::Keepalive:
        if (m_state != TcpState::Established && m_state != TcpState::CloseWait)
            break;
        if (m_keepaliveProbesSent >= m_settings.keepaliveProbes) {
            // Linux gives up with a RST and reports ETIMEDOUT to the application.
            sendActiveReset(SendReason::KeepaliveExhausted);
            notify(NoticeKind::TimedOut);
            becomeClosed(StateCause::KeepaliveExhausted);
            break;
        }
        // RFC 1122 §4.2.3.6: a probe is an ACK with SEG.SEQ = SND.NXT-1, outside the peer's
        // window, so a live peer must answer with an ACK.
        ++m_keepaliveProbesSent;
        {
            Segment probe;
            probe.source = m_local;
            probe.destination = m_remote;
            probe.seq = m_sndNxt - 1;
            probe.ack = m_rcvNxt;
            probe.flags = TcpFlag::Ack;
            probe.window = advertisedWindow();
            probe.keepaliveProbe = true;
            m_effects.segments.append({probe, SegmentKind::Original, SendReason::KeepaliveProbe});
        }
        setTimer(now, TimerKind::Keepalive, m_settings.keepaliveInterval);
        break;
    case TimerKind::DelayedAck:
        if (m_ackPending)
            sendAck(now);
        break;
    case TimerKind::Persist:
        if (m_sndWnd == 0 && seqLess(m_sndNxt, dataEndSeq()) && !m_finSent)
            sendZeroWindowProbe(now);
        break;
    }
    return takeEffects();
}

int TcpEndpoint::retryLimit() const
{
    switch (m_state) {
    case TcpState::SynSent:
        // Linux tcp_write_timeout (net/ipv4/tcp_timer.c): the linear SYN retries come on top
        // of tcp_syn_retries, so the doubling ones keep the classic time budget.
        return m_settings.synRetries + m_settings.synLinearTimeouts;
    case TcpState::SynReceived:
        return m_settings.synAckRetries;
    default:
        return m_settings.dataRetries;
    }
}

void TcpEndpoint::startKeepaliveIfEnabled(SimTime now)
{
    if (m_settings.keepalive)
        setTimer(now, TimerKind::Keepalive, m_settings.keepaliveIdle);
}

void TcpEndpoint::touchKeepalive(SimTime now)
{
    // Anything heard from the peer proves it alive: probes start over after a full idle.
    if (!m_settings.keepalive || timerDue(TimerKind::Keepalive) == 0)
        return;
    m_keepaliveProbesSent = 0;
    setTimer(now, TimerKind::Keepalive, m_settings.keepaliveIdle);
}

void TcpEndpoint::becomeEstablished(SimTime now, StateCause cause)
{
    transition(TcpState::Established, cause);
    notify(NoticeKind::Established);
    startKeepaliveIfEnabled(now);
    // RFC 9293 §3.10.4: a CLOSE (or our shutdown) during the handshake queued the FIN until
    // now; the state moves on to FIN-WAIT-1 and the FIN follows the queued data.
    if (m_finQueued)
        transition(TcpState::FinWait1, m_orphaned ? StateCause::AppClose : StateCause::AppShutdown);
}

void TcpEndpoint::enterTimeWait(SimTime now, StateCause cause)
{
    transition(TcpState::TimeWait, cause);
    cancelTimer(TimerKind::Retransmission);
    cancelTimer(TimerKind::FinWait2);
    cancelTimer(TimerKind::Keepalive);
    if (m_settings.variant == ProtocolVariant::NoTimeWait) {
        becomeClosed(StateCause::NoTimeWait);
        return;
    }
    // RFC 9293 §3.10.7.4: wait 2×MSL so a lost final ACK can be repeated and old duplicates
    // of this connection die out before the four addresses are used again.
    setTimer(now, TimerKind::TimeWait, 2 * m_settings.msl);
}

void TcpEndpoint::becomeClosed(StateCause cause)
{
    for (int i = 0; i < timerKindCount; ++i)
        cancelTimer(static_cast<TimerKind>(i));
    transition(TcpState::Closed, cause);
}

// ---------------------------------------------------------------------------------------
// Segment arrival (RFC 9293 §3.10.7)
// ---------------------------------------------------------------------------------------

EndpointEffects TcpEndpoint::segmentArrived(SimTime now, const Segment &seg)
{
    switch (m_state) {
    case TcpState::Closed:
        if (auto rst = resetForUnknownConnection(seg))
            m_effects.segments.append({*rst, SegmentKind::Original, SendReason::NoConnection});
        break;
    case TcpState::Listen:
        // §3.10.7.2: RST ignored; an ACK can only be wrong here: <SEQ=SEG.ACK><CTL=RST>.
        // A SYN is the listener's business (it creates a child endpoint).
        if (seg.has(TcpFlag::Rst))
            break;
        if (seg.has(TcpFlag::Ack)) {
            if (auto rst = resetForUnknownConnection(seg))
                m_effects.segments.append({*rst, SegmentKind::Original, SendReason::UnacceptableAck});
        }
        break;
    case TcpState::SynSent:
        onSegmentInSynSent(now, seg);
        break;
    default:
        onSegmentSynchronized(now, seg);
        break;
    }
    return takeEffects();
}

void TcpEndpoint::onSegmentInSynSent(SimTime now, const Segment &seg)
{
    // §3.10.7.3, first: check the ACK bit.
    const bool hasAck = seg.has(TcpFlag::Ack);
    if (hasAck && (seqLessEqual(seg.ack, m_iss) || seqGreater(seg.ack, m_sndNxt))) {
        // An ACK for something we never sent: an old duplicate's SYN,ACK. Answer RST.
        if (!seg.has(TcpFlag::Rst))
            sendReset(seg.ack, SendReason::UnacceptableAck);
        return;
    }
    const bool ackAcceptable = hasAck; // past the check above, SND.UNA < SEG.ACK =< SND.NXT
    // Second: the RST bit.
    if (seg.has(TcpFlag::Rst)) {
        if (ackAcceptable) {
            notify(NoticeKind::ConnectionRefused);
            becomeClosed(StateCause::RstReceived);
        }
        return;
    }
    // Fourth: the SYN bit.
    if (!seg.has(TcpFlag::Syn))
        return;
    m_irs = seg.seq;
    m_rcvNxt = seg.seq + 1;
    if (seg.mss)
        m_peerMss = seg.mss;
    m_sndWnd = seg.window;
    m_sndWl1 = seg.seq;
    m_sndWl2 = seg.ack;
    touchKeepalive(now);
    if (ackAcceptable) {
        m_sndUna = seg.ack;
        if (m_rttTiming && m_retries == 0)
            updateRtt(now - m_rttStart);
        m_rttTiming = false;
        m_retries = 0;
        if (!m_haveRttSample)
            m_rto = m_settings.rtoInitial;
        cancelTimer(TimerKind::Retransmission);
        becomeEstablished(now, StateCause::SynAckReceived);
        sendAck(now);
        pushOutput(now);
        return;
    }
    // Simultaneous open (§3.5, Figure 8): SYN-SENT + SYN → SYN-RECEIVED, send SYN,ACK.
    transition(TcpState::SynReceived, StateCause::SynReceived);
    output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss);
}

bool TcpEndpoint::segmentAcceptable(const Segment &seg) const
{
    // §3.10.7.4, first check: the four cases of the acceptability test.
    const uint32_t len = seg.sequenceLength();
    const uint32_t wnd = advertisedWindow();
    if (len == 0 && wnd == 0)
        return seg.seq == m_rcvNxt;
    if (len == 0)
        return seqInRange(m_rcvNxt, seg.seq, m_rcvNxt + wnd);
    if (wnd == 0)
        return false;
    return seqInRange(m_rcvNxt, seg.seq, m_rcvNxt + wnd)
        || seqInRange(m_rcvNxt, seg.seq + len - 1, m_rcvNxt + wnd);
}

void TcpEndpoint::onSegmentSynchronized(SimTime now, const Segment &seg)
{
    touchKeepalive(now);

    // Linux answers a retransmitted SYN in SYN-RECEIVED by repeating its SYN,ACK (the
    // client's SYN retransmission after a lost SYN,ACK).
    if (m_state == TcpState::SynReceived && seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Ack)
        && seg.seq == m_irs) {
        output(now, TcpFlag::Syn | TcpFlag::Ack, {}, m_iss, SegmentKind::Retransmission);
        return;
    }

    // Simultaneous open (RFC 9293 §3.5, Figure 8, line 6): the peer's SYN,ACK repeats its
    // SYN (already counted in RCV.NXT) and acknowledges ours, so it completes the handshake
    // without a further ACK: four segments in all.
    if (m_state == TcpState::SynReceived && !m_passiveOpen && seg.has(TcpFlag::Syn | TcpFlag::Ack)
        && !seg.has(TcpFlag::Rst) && seg.seq == m_irs) {
        if (seqLess(m_sndUna, seg.ack) && seqLessEqual(seg.ack, m_sndNxt)) {
            m_sndUna = seg.ack;
            m_sndWnd = seg.window;
            m_sndWl1 = seg.seq;
            m_sndWl2 = seg.ack;
            m_retries = 0;
            m_rttTiming = false;
            cancelTimer(TimerKind::Retransmission);
            becomeEstablished(now, StateCause::SynAckReceived);
            pushOutput(now);
        } else {
            sendReset(seg.ack, SendReason::UnacceptableAck);
        }
        return;
    }

    // First: sequence number acceptable?
    if (!segmentAcceptable(seg)) {
        if (!seg.has(TcpFlag::Rst)) {
            if (m_state == TcpState::TimeWait && seg.has(TcpFlag::Fin)) {
                // A retransmitted FIN in TIME-WAIT: ACK it again and restart 2×MSL
                // (RFC 9293 §3.10.7.4, eighth check, TIME-WAIT). This is why TIME-WAIT
                // exists, so it is never rate-limited.
                sendAck(now);
                setTimer(now, TimerKind::TimeWait, 2 * m_settings.msl);
            } else {
                sendOutOfWindowAck(now, seg); // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, then drop
            }
        }
        return;
    }

    // Second: the RST bit — accepted only when its sequence number is in the window, and
    // under RFC 5961 only when it is exactly RCV.NXT.
    if (seg.has(TcpFlag::Rst)) {
        if (!rstMayReset(now, seg))
            return;
        switch (m_state) {
        case TcpState::SynReceived:
            if (m_passiveOpen) {
                // "If this connection was initiated with a passive OPEN (i.e., came from the
                // LISTEN state), then return this connection to LISTEN state and return. The
                // user need not be informed." (RFC 9293 §3.10.7.4)
                returnToListen(StateCause::RstReceived);
            } else {
                notify(NoticeKind::ConnectionRefused);
                becomeClosed(StateCause::RstReceived);
            }
            break;
        case TcpState::Established:
        case TcpState::FinWait1:
        case TcpState::FinWait2:
        case TcpState::CloseWait:
            notify(NoticeKind::ConnectionReset);
            becomeClosed(StateCause::RstReceived);
            break;
        case TcpState::TimeWait:
            // RFC 1337: ignore RST in TIME-WAIT, unless assassination is enabled (Linux
            // tcp_rfc1337=0 default behaviour ends TIME-WAIT early).
            if (m_settings.timeWaitAssassination)
                becomeClosed(StateCause::RstReceived);
            break;
        default: // CLOSING, LAST-ACK
            becomeClosed(StateCause::RstReceived);
            break;
        }
        return;
    }

    // Fourth: the SYN bit (RFC 9293 §3.10.7.4). A half-open connection that came from
    // LISTEN returns to LISTEN ("If the connection was initiated with a passive OPEN, then
    // return this connection to the LISTEN state and return"): the peer evidently started
    // over. In the synchronized states the SYN gets a challenge ACK (RFC 5961 §4.2) and is
    // otherwise ignored. Linux answers the new SYN with a RST before it drops the request
    // (tcp_check_req, "embryonic_reset"), in the form a RST answering a segment takes
    // (RFC 9293 §3.10.7.1); the peer, which sent a SYN, then gives up that attempt.
    if (seg.has(TcpFlag::Syn)) {
        if (m_state == TcpState::SynReceived && m_passiveOpen) {
            if (m_settings.newSynResetsSynReceived) {
                if (auto rst = resetForUnknownConnection(seg))
                    m_effects.segments.append({*rst, SegmentKind::Original, SendReason::NewSynInSynReceived});
            }
            returnToListen(StateCause::SynReceived);
        } else
            sendOutOfWindowAck(now, seg);
        return;
    }

    // Fifth: without ACK the segment is dropped.
    if (!seg.has(TcpFlag::Ack))
        return;
    if (!processAck(now, seg))
        return;

    // Seventh and eighth: text and FIN.
    processText(now, seg);
    if (m_state == TcpState::Closed)
        return; // reset for data after close()
    if (seg.has(TcpFlag::Fin))
        processFin(now, seg);

    // The ACK of our FIN moves FIN-WAIT-1 on only after a FIN in the same segment was
    // looked at: FIN,ACK in FIN-WAIT-1 goes straight to TIME-WAIT.
    if (m_state == TcpState::FinWait1 && m_ourFinAcked) {
        transition(TcpState::FinWait2, StateCause::AckOfFinReceived);
        if (m_orphaned)
            setTimer(now, TimerKind::FinWait2, m_settings.finWait2Timeout);
    }
    if (m_ackNow && m_state != TcpState::Closed)
        sendAck(now);
    m_ackNow = false;
}

bool TcpEndpoint::processAck(SimTime now, const Segment &seg)
{
    if (m_state == TcpState::FinWait1 && m_passiveOpen && m_sndUna == m_iss
        && seqLess(m_sndUna, seg.ack) && seqLessEqual(seg.ack, m_sndNxt)) {
        // Closed in SYN-RECEIVED: this ACK completes the handshake as it ends our side.
        notify(NoticeKind::Established);
    }
    if (m_state == TcpState::SynReceived) {
        // §3.10.7.4 fifth, SYN-RECEIVED: SND.UNA < SEG.ACK =< SND.NXT → ESTABLISHED.
        if (!(seqLess(m_sndUna, seg.ack) && seqLessEqual(seg.ack, m_sndNxt))) {
            sendReset(seg.ack, SendReason::UnacceptableAck);
            return false;
        }
        m_sndWnd = seg.window;
        m_sndWl1 = seg.seq;
        m_sndWl2 = seg.ack;
        becomeEstablished(now, StateCause::AckOfSynReceived);
        // fall through to the ESTABLISHED processing of the same ACK
    }

    if (m_probeOutstanding && seg.ack == m_sndNxt + 1 && seqLess(m_sndNxt, dataEndSeq())) {
        // The window had opened by the time our zero-window probe arrived and its byte was
        // taken: from now on it counts as sent.
        m_sndNxt += 1;
    }
    m_probeOutstanding = false;
    if (seqGreater(seg.ack, m_sndNxt)) {
        sendOutOfWindowAck(now, seg); // acknowledges something not yet sent: ACK and drop (§3.10.7.4)
        return false;
    }
    if (seqLess(m_sndUna, seg.ack)) {
        // New data acknowledged.
        if (m_rttTiming && seqLessEqual(m_rttSeq, seg.ack)) {
            updateRtt(now - m_rttStart);
            m_rttTiming = false;
        }
        if (m_retries > 0 && !m_haveRttSample)
            m_rto = m_settings.rtoInitial;
        m_retries = 0;
        // Drop acknowledged data bytes from the send buffer.
        const uint32_t ackedUpTo = seqLess(seg.ack, dataEndSeq()) ? seg.ack : dataEndSeq();
        const int32_t ackedData = seqDiff(ackedUpTo, m_sendBufferSeq);
        if (ackedData > 0) {
            m_sendBuffer.remove(0, ackedData);
            m_sendBufferSeq += uint32_t(ackedData);
        }
        m_sndUna = seg.ack;
        if (m_finSent && seqGreater(seg.ack, m_finSeq))
            m_ourFinAcked = true;
        restartRetransmissionTimer(now);
    }
    // §3.10.7.4: update the send window from the newest segment.
    if (seqLessEqual(m_sndUna, seg.ack)
        && (seqLess(m_sndWl1, seg.seq) || (m_sndWl1 == seg.seq && seqLessEqual(m_sndWl2, seg.ack)))) {
        m_sndWnd = seg.window;
        m_sndWl1 = seg.seq;
        m_sndWl2 = seg.ack;
    }

    switch (m_state) {
    case TcpState::Closing:
        if (m_ourFinAcked)
            enterTimeWait(now, StateCause::AckOfFinReceived);
        return true;
    case TcpState::LastAck:
        if (m_ourFinAcked) {
            becomeClosed(StateCause::AckOfFinReceived);
            return false;
        }
        return true;
    default:
        break;
    }
    pushOutput(now);
    return true;
}

void TcpEndpoint::processText(SimTime now, const Segment &seg)
{
    // §3.10.7.4 seventh: text is accepted in ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2 only.
    if (seg.payload.isEmpty())
        return;
    if (m_state != TcpState::Established && m_state != TcpState::FinWait1
        && m_state != TcpState::FinWait2)
        return;

    uint32_t seq = seg.seq;
    QByteArray data = seg.payload;
    if (seqLess(seq, m_rcvNxt)) {
        const int32_t old = seqDiff(m_rcvNxt, seq);
        data.remove(0, old); // already received: keep only the new part
        seq = m_rcvNxt;
    }
    const uint32_t windowEnd = m_rcvNxt + advertisedWindow();
    const int32_t room = seqDiff(windowEnd, seq);
    if (room < data.size())
        data.truncate(std::max(0, room));
    if (data.isEmpty()) {
        m_ackNow = true; // a pure duplicate: say again what we expect
        return;
    }
    if (m_orphaned) {
        // RFC 1122 §4.2.2.13: after close() no application will read new data, so the
        // connection is reset rather than the data ACKed and thrown away (Linux: "abort
        // on data" in FIN-WAIT-1/2). A duplicate of what arrived before still just gets an ACK.
        resetConnection(StateCause::AppClose, SendReason::DataAfterClose);
        return;
    }
    if (seq != m_rcvNxt) {
        // Out of order: keep it and send a duplicate ACK for the gap.
        QByteArray &slot = m_outOfOrder[seq];
        if (slot.size() < data.size())
            slot = data;
        m_ackNow = true; // a duplicate ACK tells the sender about the gap
        return;
    }
    m_rcvNxt += uint32_t(data.size());
    m_dataReceived = true;
    if (m_autoRead) {
        notify(NoticeKind::DataReceived, data);
        m_delivered += data;
    } else {
        m_unread += data;
    }
    const bool filledGap = !m_outOfOrder.isEmpty();

    // RFC 1122 §4.2.3.2: an ACK may be delayed, but at least every second full segment
    // and never longer than the delayed-ACK timeout; a filled gap is ACKed at once.
    if (m_settings.delayedAck && !filledGap && !m_ackPending && !ackAtOnceAsQuickAck()) {
        m_ackPending = true;
        setTimer(now, TimerKind::DelayedAck, m_settings.delayedAckTimeout);
    } else {
        m_ackNow = true; // sent once the whole segment is processed: a FIN may share it
    }
    // Last: a FIN waiting behind the gap may now count, and its ACK covers everything.
    deliverInOrder(now);
}

void TcpEndpoint::deliverInOrder(SimTime now)
{
    while (!m_outOfOrder.isEmpty()) {
        auto it = m_outOfOrder.begin();
        // Find a stored piece that starts at or before RCV.NXT.
        bool progressed = false;
        for (it = m_outOfOrder.begin(); it != m_outOfOrder.end(); ++it) {
            if (seqLessEqual(it.key(), m_rcvNxt)) {
                const int32_t skip = seqDiff(m_rcvNxt, it.key());
                QByteArray data = it.value().mid(skip);
                m_outOfOrder.erase(it);
                if (!data.isEmpty()) {
                    m_rcvNxt += uint32_t(data.size());
                    if (m_autoRead) {
                        notify(NoticeKind::DataReceived, data);
                        m_delivered += data;
                    } else {
                        m_unread += data;
                    }
                }
                progressed = true;
                break;
            }
        }
        if (!progressed)
            break;
    }
    if (m_hasPendingFin && m_pendingFinSeq == m_rcvNxt) {
        m_hasPendingFin = false;
        Segment fin;
        fin.seq = m_pendingFinSeq;
        fin.flags = TcpFlag::Fin | TcpFlag::Ack;
        processFin(now, fin);
    }
}

void TcpEndpoint::processFin(SimTime now, const Segment &seg)
{
    // §3.10.7.4 eighth. The FIN counts only when everything before it has arrived.
    const uint32_t finSeq = seg.seq + seg.length();
    if (m_state == TcpState::TimeWait) {
        sendAck(now);
        setTimer(now, TimerKind::TimeWait, 2 * m_settings.msl);
        return;
    }
    if (m_peerFinReceived)
        return;
    if (finSeq != m_rcvNxt) {
        if (seqGreater(finSeq, m_rcvNxt)) {
            m_hasPendingFin = true;
            m_pendingFinSeq = finSeq;
            m_ackNow = true; // the gap before the FIN still needs filling
        }
        return;
    }
    m_peerFinReceived = true;
    m_rcvNxt = finSeq + 1; // the FIN occupies one sequence number
    notify(NoticeKind::EndOfStream);

    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
        transition(TcpState::CloseWait, StateCause::FinReceived);
        // The peer may still receive: our application decides when to send its FIN.
        if (m_settings.delayedAck && ackOfFinWaits()) {
            m_ackPending = true;
            setTimer(now, TimerKind::DelayedAck, m_settings.delayedAckTimeout);
        } else {
            sendAck(now);
        }
        break;
    case TcpState::FinWait1:
        if (m_ourFinAcked) {
            sendAck(now);
            enterTimeWait(now, StateCause::FinAckReceived);
        } else {
            sendAck(now);
            transition(TcpState::Closing, StateCause::FinReceived); // simultaneous close
        }
        break;
    case TcpState::FinWait2:
        sendAck(now);
        enterTimeWait(now, StateCause::FinReceived);
        break;
    default: // CLOSE-WAIT, CLOSING, LAST-ACK: a repeated FIN, nothing changes
        sendAck(now);
        break;
    }
}

// ---------------------------------------------------------------------------------------
// Observation
// ---------------------------------------------------------------------------------------

TcbSnapshot TcpEndpoint::snapshot() const
{
    TcbSnapshot s;
    s.state = m_state;
    s.iss = m_iss;
    s.irs = m_irs;
    s.sndUna = m_sndUna;
    s.sndNxt = m_sndNxt;
    s.sndWnd = m_sndWnd;
    s.rcvNxt = m_rcvNxt;
    s.rcvWnd = advertisedWindow();
    s.sendQueued = int(m_sendBuffer.size());
    s.unreadBytes = int(m_unread.size());
    int ooo = 0;
    for (const auto &piece : m_outOfOrder)
        ooo += int(piece.size());
    s.outOfOrderBytes = ooo;
    s.rto = m_rto;
    s.timerDue = m_timerDue;
    return s;
}

} // namespace tcplab
