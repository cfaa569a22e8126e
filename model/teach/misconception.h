#pragma once

#include "teach/teach_text.h"

#include <QString>

namespace tcplab {

// The real mistakes learners make about TCP connection management (docs/teaching-notes.md,
// "Common mistakes"). Every wrong choice of a generated question stands for one of these,
// so that a wrong answer can be explained instead of merely marked wrong.
enum class Misconception {
    None,                      // the right answer
    AckIsSeqPlusOne,           // "ack = seq + 1" also for data
    AckNamesLastByte,          // ack = the last byte received, not the next one expected
    AckEchoesSeq,              // ack repeats the seq it answers
    SynFinTakeNoSequenceSpace, // SYN and FIN would consume no sequence number
    SharedSequenceSpace,       // one sequence count for both directions
    IsnIsZero,                 // connections would start at seq 0
    TwoWayHandshakeEnough,     // two segments would open a connection
    AlwaysFourSegments,        // every close would take four separate segments
    FinSentAtOnce,             // the passive closer would send its FIN with the ACK at once
    FinClosesBothDirections,   // FIN would end receiving too
    AckOfFinIsTheEnd,          // the ACK of one's FIN would end the connection
    ServerHoldsTimeWait,       // the server (the passive closer) would hold TIME-WAIT
    TimeWaitSkipped,           // the active closer would close at once
    ClosingNeedsCrossedFins,   // CLOSING mixed up with TIME-WAIT
    TimeWaitIsTwoRtt,          // 2 × RTT instead of 2 × MSL
    TimeWaitFixedTwoMinutes,   // "2 minutes everywhere"
    TimeWaitIsOneMsl,          // one MSL instead of two
    ConnectFailsAfterOneLostSyn,
    RtoNeverGrows,             // no exponential backoff
    RtoAlwaysDoubles,          // the linear start of recent Linux unknown
    KeepaliveEvery75Minutes,   // "every 75 minutes" instead of 75 seconds
    KeepaliveWaitsIdleAgain,   // each probe after the whole idle time again
    RstIsAnswered,             // a RST drawing an ACK or a RST
    ClosedPortSilent,          // a closed port would not answer
    NoConnectionIsAccepted,    // a host with no connection would accept its segments
    LostLastAckHangs,          // the TIME-WAIT side would not answer a retransmitted FIN
    Other,                     // a hand-written wrong choice explained in its own words
};

inline constexpr int misconceptionCount = int(Misconception::Other) + 1;

// "ack-is-seq-plus-one": a stable name for files and the JSON of `tcplab-cli quiz`.
QString misconceptionName(Misconception m);
// Inverse of misconceptionName() for the wrong-choice names (not "none"); false if unknown.
bool misconceptionFromName(const QString &name, Misconception *m);
// What is true instead, in a sentence or two (translatable; empty for None).
TeachText misconceptionExplanation(Misconception m);

} // namespace tcplab
