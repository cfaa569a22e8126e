#pragma once

#include "sim/sim_time.h"
#include "tcp/tcp_flags.h"
#include "tcp/tcp_state.h"
#include "teach/misconception.h"
#include "teach/teach_text.h"

#include <QList>
#include <QString>

namespace tcplab {

// What a question asks the learner to predict.
enum class QuestionKind {
    NextSegment,   // which segment a host sends next: control bits, seq, ack
    NextState,     // the state a host moves to
    AckNumber,     // the acknowledgment number of a host's answer
    TimerDuration, // how long a timer runs (2MSL, the next RTO, the keepalive interval)
    Response,      // whether a segment is answered with an ACK, a RST or nothing
    Written,       // hand-written in the scenario file ("questions")
};
// The kinds QuestionGenerator makes (all but Written).
inline constexpr int questionKindCount = int(QuestionKind::Response) + 1;
QString questionKindName(QuestionKind k); // "next-segment", "next-state", ...

// How a host answers a segment, for Response questions.
enum class ResponseKind { Nothing, Ack, Rst, SynAck };
QString responseKindName(ResponseKind r); // "nothing", "ack", "rst", "syn-ack"

// One choice. Besides its label it holds what it claims in the kind's own terms, so that
// a check can hold the choice against the run: NextSegment: flags, seq, ack; NextState:
// state; AckNumber: ack; TimerDuration: duration (noTimer: no timer at all); Response:
// response.
struct QuestionChoice {
    static constexpr SimTime noTimer = -1;

    TeachText label;
    Misconception misconception = Misconception::None; // None for the right answer
    TeachText explanation; // a hand-written wrong choice's own explanation, if any

    TcpFlags flags = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    TcpState state = TcpState::Closed;
    SimTime duration = 0;
    ResponseKind response = ResponseKind::Nothing;

    bool isRight() const { return misconception == Misconception::None; }
    // What is true instead, for a wrong choice: its own explanation, else its misconception's.
    TeachText whyWrong() const
    {
        return explanation.isEmpty() ? misconceptionExplanation(misconception) : explanation;
    }
};

// A question about one moment of a trace. Playback in predict mode stops before `event`
// (the first event that gives the answer away), asks, and then plays it.
struct Question {
    QuestionKind kind = QuestionKind::NextSegment;
    int host = -1;
    int socket = -1;
    int event = -1;       // index in Trace::events of the event that reveals the answer
    SimTime time = 0;     // that event's time
    int trigger = -1;     // the segment the question is about (just arrived), or -1
    int answerSegment = -1; // the segment that answers it in the run, or -1
    TeachText prompt;
    QList<QuestionChoice> choices; // 3 or 4, distinct, exactly one right
    int answer = -1;      // index of the right choice
    TeachText explanation; // why the right answer is right

    const QuestionChoice &rightChoice() const { return choices[answer]; }
};

} // namespace tcplab
