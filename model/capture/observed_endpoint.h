#pragma once

#include "tcp/endpoint_effects.h"
#include "tcp/tcp_endpoint.h"

#include <QList>

namespace tcplab {

// One side of a connection as a passive observer must think of it: the RFC 9293 §3.10
// event processing run backwards, from the segments the side sent (which reveal its user
// calls: a SYN is an active OPEN, a FIN a CLOSE, a RST an ABORT) and the segments that
// reached it (which drive it as §3.10.7 says). Effects carry only state changes and the
// notices the segments imply; timers and the application's reads are not on the wire.
//
// A passive observer does not know the side's window scale or its RFC 1337 and RFC 5961
// choices, so it is generous where a stack would be strict: a segment is acceptable
// unless it lies wholly before RCV.NXT or impossibly far beyond it, and a RST in the
// window resets (as Linux does with tcp_rfc1337=0).
class ObservedEndpoint
{
public:
    // What the side sent in answer to a segment, as far as the capture shows:
    // - SynAck: it answered a SYN with a SYN,ACK, so it was listening when the SYN came
    //   (§3.10.7.2) rather than closed (§3.10.7.1);
    // - ResetForNoConnection: it answered at once with <SEQ=SEG.ACK><CTL=RST>, the reply
    //   of a side that has no connection (§3.10.7.1), so whatever state the observer
    //   thought it in had already ended unseen (a FIN-WAIT-2 timeout, a TIME-WAIT cut
    //   short, a crash and reboot).
    enum class Reply { None, SynAck, ResetForNoConnection };
    // A capture that starts after the handshake: the side is taken to be synchronized
    // from its first segment on, and no state change is claimed for before it.
    enum class Start { Closed, AlreadySynchronized };

    explicit ObservedEndpoint(Start start = Start::Closed);

    TcpState state() const { return m_state; }
    TcbSnapshot tcb() const;

    EndpointEffects segmentSent(SimTime now, const Segment &segment, SegmentKind kind);
    EndpointEffects segmentReceived(SimTime now, const Segment &segment, Reply reply);

    // True once, when the side has just acknowledged text that came after its own FIN:
    // its FIN was a shutdown of the sending half (it went on reading), not a CLOSE after
    // which such text would have been answered with RST. The FIN's state change is then
    // caused by app-shutdown rather than app-close.
    bool takeShutdownRevealed();

private:
    struct Pending { // an in-window segment beyond RCV.NXT, held for when the gap fills
        uint32_t seq;
        uint32_t length;
        bool fin;
    };

    void moveTo(TcpState to, StateCause cause);
    StateCause causeOfUnseenEnd(SimTime now, const Segment &segment) const;
    void notify(NoticeKind kind);
    bool ourFinAcknowledged() const;
    void acceptText(uint32_t seq, uint32_t length, bool fin);
    void finReceived();
    void notifyEndOfStream();
    void initialiseFromPeer(const Segment &segment);

    TcpState m_state = TcpState::Closed;
    bool m_assumed = false; // synchronized by assumption, numbers learnt lazily
    bool m_numbersKnown = false;
    uint32_t m_iss = 0, m_irs = 0;
    uint32_t m_sndUna = 0, m_sndNxt = 0, m_sndWnd = 0;
    uint32_t m_rcvNxt = 0, m_rcvWnd = 0;
    bool m_issKnown = false;
    bool m_rcvKnown = false;
    SimTime m_now = 0;
    SimTime m_timeWaitSince = 0;
    bool m_lastSentUnanswered = false; // nothing has arrived since our last segment
    bool m_lastSentRetransmission = false;
    bool m_lastSentKeepalive = false;
    bool m_finSent = false;
    bool m_textAfterFin = false;      // text accepted after our FIN went out
    uint32_t m_textAfterFinEnd = 0;
    bool m_shutdownRevealed = false;
    bool m_shutdownReported = false;
    uint32_t m_finSeq = 0; // the sequence number our FIN occupies
    QList<Pending> m_pending;
    EndpointEffects m_effects;
};

} // namespace tcplab
