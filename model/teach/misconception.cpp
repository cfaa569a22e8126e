#include "teach/misconception.h"

#include <QCoreApplication>

namespace tcplab {

QString misconceptionName(Misconception m)
{
    switch (m) {
    case Misconception::None: return QStringLiteral("none");
    case Misconception::AckIsSeqPlusOne: return QStringLiteral("ack-is-seq-plus-one");
    case Misconception::AckNamesLastByte: return QStringLiteral("ack-names-last-byte");
    case Misconception::AckEchoesSeq: return QStringLiteral("ack-echoes-seq");
    case Misconception::SynFinTakeNoSequenceSpace: return QStringLiteral("syn-fin-take-no-sequence-space");
    case Misconception::SharedSequenceSpace: return QStringLiteral("shared-sequence-space");
    case Misconception::IsnIsZero: return QStringLiteral("isn-is-zero");
    case Misconception::TwoWayHandshakeEnough: return QStringLiteral("two-way-handshake-enough");
    case Misconception::AlwaysFourSegments: return QStringLiteral("always-four-segments");
    case Misconception::FinSentAtOnce: return QStringLiteral("fin-sent-at-once");
    case Misconception::FinClosesBothDirections: return QStringLiteral("fin-closes-both-directions");
    case Misconception::AckOfFinIsTheEnd: return QStringLiteral("ack-of-fin-is-the-end");
    case Misconception::ServerHoldsTimeWait: return QStringLiteral("server-holds-time-wait");
    case Misconception::TimeWaitSkipped: return QStringLiteral("time-wait-skipped");
    case Misconception::ClosingNeedsCrossedFins: return QStringLiteral("closing-needs-crossed-fins");
    case Misconception::TimeWaitIsTwoRtt: return QStringLiteral("time-wait-is-two-rtt");
    case Misconception::TimeWaitFixedTwoMinutes: return QStringLiteral("time-wait-fixed-two-minutes");
    case Misconception::TimeWaitIsOneMsl: return QStringLiteral("time-wait-is-one-msl");
    case Misconception::ConnectFailsAfterOneLostSyn: return QStringLiteral("connect-fails-after-one-lost-syn");
    case Misconception::RtoNeverGrows: return QStringLiteral("rto-never-grows");
    case Misconception::RtoAlwaysDoubles: return QStringLiteral("rto-always-doubles");
    case Misconception::KeepaliveEvery75Minutes: return QStringLiteral("keepalive-every-75-minutes");
    case Misconception::KeepaliveWaitsIdleAgain: return QStringLiteral("keepalive-waits-idle-again");
    case Misconception::RstIsAnswered: return QStringLiteral("rst-is-answered");
    case Misconception::ClosedPortSilent: return QStringLiteral("closed-port-silent");
    case Misconception::NoConnectionIsAccepted: return QStringLiteral("no-connection-is-accepted");
    case Misconception::LostLastAckHangs: return QStringLiteral("lost-last-ack-hangs");
    case Misconception::Other: return QStringLiteral("other");
    }
    return QString();
}

bool misconceptionFromName(const QString &name, Misconception *m)
{
    for (int i = 1; i < misconceptionCount; ++i) {
        if (misconceptionName(Misconception(i)) == name) {
            *m = Misconception(i);
            return true;
        }
    }
    return false;
}

TeachText misconceptionExplanation(Misconception m)
{
    switch (m) {
    case Misconception::None:
    case Misconception::Other: // its choice carries its own explanation
        return {};
    case Misconception::AckIsSeqPlusOne:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "“ack = seq + 1” holds only for a segment that carries SYN or FIN and no data. "
            "A data segment is acknowledged with seq + len: the next byte expected."));
    case Misconception::AckNamesLastByte:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The acknowledgment number names the next byte expected, not the last byte received: "
            "seq + len, not seq + len − 1."));
    case Misconception::AckEchoesSeq:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The acknowledgment number does not repeat the sequence number it answers; it is the "
            "next byte expected, beyond everything the segment occupied."));
    case Misconception::SynFinTakeNoSequenceSpace:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "SYN and FIN each take one sequence number although they carry no data byte "
            "(RFC 9293 §3.4), so the answer to seq=x is ack=x+1."));
    case Misconception::SharedSequenceSpace:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Each direction has its own sequence numbers, starting at its sender's initial "
            "sequence number: seq counts one's own bytes, ack counts the peer's."));
    case Misconception::IsnIsZero:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Initial sequence numbers are chosen per connection (RFC 9293 §3.4.1), not zero; "
            "each side announces its own in its SYN."));
    case Misconception::TwoWayHandshakeEnough:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Two segments are not enough to open a connection: the server waits in SYN-RECEIVED "
            "for the third segment, which lets the client refuse a connection opened by an old "
            "duplicate SYN and proves both initial sequence numbers arrived."));
    case Misconception::AlwaysFourSegments:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A close need not take four separate segments: when the application closes before the "
            "delayed ACK is due, the ACK rides on the FIN (FIN,ACK), and one segment can both "
            "acknowledge a FIN and carry one."));
    case Misconception::FinSentAtOnce:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The passive closer acknowledges a FIN at once but sends its own FIN only when its "
            "application calls close(); until then it is in CLOSE-WAIT and may still send data."));
    case Misconception::FinClosesBothDirections:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A FIN means “I will send no more”, not “I will receive no more”: it closes one "
            "direction, and the other stays open until its own FIN."));
    case Misconception::AckOfFinIsTheEnd:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The ACK of one's FIN closes only one's own direction; in FIN-WAIT-2 the host still "
            "waits for the peer's FIN."));
    case Misconception::ServerHoldsTimeWait:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Whoever sends the first FIN (client or server) is the active closer: it passes "
            "FIN-WAIT-1 and FIN-WAIT-2 and holds TIME-WAIT. The side that closes second passes "
            "CLOSE-WAIT and LAST-ACK and ends in CLOSED."));
    case Misconception::TimeWaitSkipped:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The active closer does not close at once: it waits 2×MSL in TIME-WAIT to acknowledge "
            "a retransmitted FIN again and to let old duplicates of the connection die out."));
    case Misconception::ClosingNeedsCrossedFins:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "CLOSING is for a simultaneous close: the peer's FIN arrived before the ACK of one's "
            "own. A FIN that also acknowledges one's FIN leads straight to TIME-WAIT."));
    case Misconception::TimeWaitIsTwoRtt:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "TIME-WAIT lasts 2 × MSL, the maximum segment lifetime, not 2 × the round-trip time: "
            "it must outlast any old segment still in the network."));
    case Misconception::TimeWaitFixedTwoMinutes:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "TIME-WAIT is not 2 minutes everywhere: it is 2 × MSL, and implementations choose the "
            "MSL (Linux keeps TIME-WAIT a fixed 60 s)."));
    case Misconception::TimeWaitIsOneMsl:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "TIME-WAIT lasts twice the MSL: long enough for a lost last ACK to draw a "
            "retransmitted FIN, and for segments in both directions to die out."));
    case Misconception::ConnectFailsAfterOneLostSyn:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "One lost SYN does not make connect() fail: the SYN is retransmitted a fixed number "
            "of times (Linux: 6) with growing gaps before connect() gives up."));
    case Misconception::RtoNeverGrows:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "After each timeout the retransmission timer is doubled (RFC 6298 §5.5), so retries "
            "come ever further apart."));
    case Misconception::RtoAlwaysDoubles:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Here the timeout did not double: the first SYN retries come at a fixed gap (Linux "
            "tcp_syn_linear_timeouts), or the timeout has reached its cap."));
    case Misconception::KeepaliveEvery75Minutes:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Keepalive probes repeat every 75 seconds on Linux, not every 75 minutes; the long "
            "wait (2 hours) is only the idle time before the first probe."));
    case Misconception::KeepaliveWaitsIdleAgain:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "Only the first probe waits for the idle time; unanswered probes are repeated at the "
            "much shorter probe interval."));
    case Misconception::RstIsAnswered:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A RST is never answered, neither with an ACK nor with a RST: it ends the connection "
            "at once, with no TIME-WAIT."));
    case Misconception::ClosedPortSilent:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A host does answer a segment for a connection it does not have: with a RST (to a SYN, "
            "RST,ACK: connection refused). Only a firewall makes a closed port silent."));
    case Misconception::NoConnectionIsAccepted:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A host with no record of the connection and no listener cannot go along with it: it "
            "answers with RST (RFC 9293 §3.10.7.1)."));
    case Misconception::LostLastAckHangs:
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The side in TIME-WAIT still answers a retransmitted FIN with an ACK and restarts its "
            "2MSL timer: that is why TIME-WAIT exists."));
    }
    return {};
}

} // namespace tcplab
