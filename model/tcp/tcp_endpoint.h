#pragma once

#include "tcp/endpoint_effects.h"
#include "settings/protocol_settings.h"
#include "tcp/segment.h"
#include "tcp/tcp_state.h"

#include <QByteArray>
#include <QMap>
#include <array>
#include <optional>

namespace tcplab {

// The transmission control block's variables (RFC 9293 §3.3.1), as a value for views.
struct TcbSnapshot {
    TcpState state = TcpState::Closed;
    uint32_t iss = 0, irs = 0;
    uint32_t sndUna = 0, sndNxt = 0, sndWnd = 0;
    uint32_t rcvNxt = 0, rcvWnd = 0;
    int sendQueued = 0;   // bytes the application gave us that are not yet acknowledged
    int unreadBytes = 0;  // bytes received in order but not yet read by the application
    int outOfOrderBytes = 0;
    SimTime rto = 0;
    std::array<SimTime, timerKindCount> timerDue{}; // 0 = not running

    friend bool operator==(const TcbSnapshot &, const TcbSnapshot &) = default;
};

// One connection's TCB and the event processing of RFC 9293 §3.10, sans-I/O: every input
// carries the current time and returns its effects; the endpoint never reads a clock or
// touches a network. The simulator (or a test) delivers the effects.
class TcpEndpoint
{
public:
    TcpEndpoint(const ProtocolSettings &settings, SocketAddress local, uint16_t mss = 1460);

    // --- user calls (RFC 9293 §3.10.1 – §3.10.6) ---
    EndpointEffects listen(SimTime now);
    EndpointEffects connect(SimTime now, SocketAddress remote, uint32_t iss);
    // Called by a listener for a SYN it accepted into its SYN queue: LISTEN → SYN-RECEIVED.
    EndpointEffects acceptSyn(SimTime now, const Segment &syn, uint32_t iss);
    // Called by a listener whose SYN cookie was proven by the final ACK: the connection
    // starts ESTABLISHED without ever having had state (RFC 4987 §3.6).
    EndpointEffects acceptCookie(SimTime now, const Segment &ack, uint32_t iss, uint16_t peerMss);
    EndpointEffects send(SimTime now, const QByteArray &data);
    // Whether send() would take data now: not after shutdown() or once the connection is gone.
    bool acceptsSend() const;
    EndpointEffects shutdownWrite(SimTime now);
    EndpointEffects close(SimTime now);
    EndpointEffects abort(SimTime now);
    // The process exits: like close(), and like close it resets when data is unread.
    EndpointEffects processExit(SimTime now);
    // The application reads everything received so far.
    EndpointEffects read(SimTime now);
    // The connection vanishes without a word: its host crashed, or a new incarnation
    // replaced it in TIME-WAIT.
    EndpointEffects discard(StateCause cause);
    void setAutoRead(bool on) { m_autoRead = on; }
    void setKeepalive(bool on) { m_settings.keepalive = on; }

    // --- network and timers ---
    EndpointEffects segmentArrived(SimTime now, const Segment &seg);
    EndpointEffects timerExpired(SimTime now, TimerKind timer);

    // A SYN arriving for a TIME-WAIT connection with a sequence number above RCV.NXT may
    // reopen it (Linux, RFC 6191 spirit). Returns true when this endpoint accepts it.
    bool acceptsNewIncarnation(const Segment &syn) const;
    // The ISN the new incarnation's server side starts with, when the profile chooses it
    // from this old connection (Linux: old SND.NXT + 65537); otherwise none, and the
    // listener picks one as for any SYN.
    std::optional<uint32_t> newIncarnationIss() const;

    // The answer of a host to a segment that matches no connection (RFC 9293 §3.10.7.1):
    // nothing for a RST; <SEQ=SEG.ACK><CTL=RST> if ACK is set; else
    // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    static std::optional<Segment> resetForUnknownConnection(const Segment &incoming);

    // --- observation ---
    TcpState state() const { return m_state; }
    SocketAddress local() const { return m_local; }
    SocketAddress remote() const { return m_remote; }
    TcbSnapshot snapshot() const;
    SimTime timerDue(TimerKind timer) const { return m_timerDue[static_cast<size_t>(timer)]; }
    const QByteArray &receivedData() const { return m_delivered; }
    bool isOrphaned() const { return m_orphaned; }
    const ProtocolSettings &settings() const { return m_settings; }

private:
    // RFC 9293 §3.10.7 arrival processing, split by state group.
    void onSegmentInSynSent(SimTime now, const Segment &seg);
    void onSegmentSynchronized(SimTime now, const Segment &seg);
    bool segmentAcceptable(const Segment &seg) const;
    bool processAck(SimTime now, const Segment &seg);
    void processText(SimTime now, const Segment &seg);
    void processFin(SimTime now, const Segment &seg);
    void deliverInOrder(SimTime now);

    void transition(TcpState to, StateCause cause);
    void output(SimTime now, TcpFlags flags, const QByteArray &payload, uint32_t seq,
                SegmentKind kind = SegmentKind::Original);
    void sendAck(SimTime now);
    // The ACK that answers an unacceptable segment (also a challenge ACK), rate-limited
    // unless the segment carries data.
    void sendOutOfWindowAck(SimTime now, const Segment &cause);
    // RFC 5961 §3.2: whether an acceptable RST may reset; else it drew a challenge ACK.
    bool rstMayReset(SimTime now, const Segment &rst);
    // A passive open's half-open connection goes back to its listener (RFC 9293 §3.10.7.4).
    void returnToListen(StateCause cause);
    // <SEQ=seq><CTL=RST>: every RST an endpoint sends itself has this form (§3.10.7); its
    // window is the receive window, except in an answer to an unacceptable ACK.
    void sendReset(uint32_t seq, SendReason reason);
    // The RST of an endpoint resetting on its own: bare (RFC) or RST,ACK (Linux).
    void sendActiveReset(SendReason reason);
    // With delayed ACK: whether this data segment is still ACKed at once (Linux quick-ACK).
    bool ackAtOnceAsQuickAck();
    // With delayed ACK: whether the ACK of the peer's FIN waits for the timer.
    bool ackOfFinWaits() const;
    // How many retransmissions the current state allows before giving up.
    int retryLimit() const;
    void trySendData(SimTime now);
    // Starts or stops the persist timer after the send side changed (RFC 9293 §3.8.6.1).
    void updatePersistTimer(SimTime now);
    void sendZeroWindowProbe(SimTime now);
    // Receiver SWS avoidance (RFC 9293 §3.8.6.2.2): after the application read, tell the
    // peer once the window has opened by enough to be worth it.
    void sendWindowUpdateIfOpened(SimTime now);
    void pushOutput(SimTime now); // data that the window allows, then a queued FIN
    void sendFinIfReady(SimTime now);
    void retransmitOldest(SimTime now);
    void sendDataSegment(SimTime now, uint32_t seq, int length, SegmentKind kind);
    uint32_t dataEndSeq() const; // sequence number after the last byte given by the application
    EndpointEffects closeImpl(SimTime now, StateCause cause);
    void resetConnection(StateCause cause, SendReason reason);
    void touchKeepalive(SimTime now);
    void setTimer(SimTime now, TimerKind timer, SimTime after);
    void cancelTimer(TimerKind timer);
    void restartRetransmissionTimer(SimTime now);
    void updateRtt(SimTime sample);
    // The handshake completed (however it did): ESTABLISHED, the application's connect() or
    // accept() returns, keepalive starts, and a close or shutdown asked for meanwhile goes ahead.
    void becomeEstablished(SimTime now, StateCause cause);
    void enterTimeWait(SimTime now, StateCause cause);
    void becomeClosed(StateCause cause);
    void startKeepaliveIfEnabled(SimTime now);
    void notify(NoticeKind kind, const QByteArray &data = {});
    EndpointEffects takeEffects();
    uint16_t advertisedWindow() const;
    uint32_t effectiveMss() const;

    ProtocolSettings m_settings;
    SocketAddress m_local;
    SocketAddress m_remote;
    uint16_t m_ownMss;
    uint16_t m_peerMss = 536; // RFC 9293 §3.7.1 default when the SYN carries no MSS
    TcpState m_state = TcpState::Closed;

    uint32_t m_iss = 0, m_irs = 0;
    uint32_t m_sndUna = 0, m_sndNxt = 0, m_sndWnd = 0;
    uint32_t m_sndWl1 = 0, m_sndWl2 = 0;
    uint32_t m_rcvNxt = 0;

    QByteArray m_sendBuffer;  // data bytes not yet acknowledged (sent or not)
    uint32_t m_sendBufferSeq = 0; // sequence number of m_sendBuffer's first byte
    bool m_finQueued = false; // the application closed its sending side
    bool m_finSent = false;
    uint32_t m_finSeq = 0;
    bool m_orphaned = false;  // close() called: the application is gone
    bool m_autoRead = true;
    bool m_peerFinReceived = false;
    bool m_passiveOpen = false;  // created by a listener: a RST in SYN-RECEIVED is no refusal
    bool m_ourFinAcked = false;
    bool m_hasPendingFin = false; // the peer's FIN arrived ahead of missing data
    uint32_t m_pendingFinSeq = 0;

    QByteArray m_unread;      // in order, not yet read by the application
    QByteArray m_delivered;   // everything handed to the application (for tests)
    QMap<uint32_t, QByteArray> m_outOfOrder; // keyed by sequence number

    // Retransmission (RFC 6298).
    SimTime m_rto;
    SimTime m_srtt = 0, m_rttvar = 0;
    bool m_haveRttSample = false;
    int m_retries = 0;
    bool m_rttTiming = false;
    uint32_t m_rttSeq = 0;
    SimTime m_rttStart = 0;
    int m_keepaliveProbesSent = 0;
    SimTime m_lastActivity = 0;
    bool m_ackPending = false;
    int m_quickAcksSent = 0;
    bool m_dataReceived = false; // in-order data has arrived (Linux: the ATO is set)
    bool m_ackNow = false; // an ACK is owed once the current segment is fully processed
    SimTime m_lastOutOfWindowAck = -1;
    SimTime m_persistInterval = 0;  // the next probe's wait; 0 while no zero window is probed
    bool m_probeOutstanding = false; // a probe's byte went beyond SND.NXT (not counted as sent)
    uint16_t m_lastAdvertisedWindow = 0;

    std::array<SimTime, timerKindCount> m_timerDue{};
    EndpointEffects m_effects;
};

} // namespace tcplab
