#pragma once

#include "teach/question.h"

#include <QList>
#include <optional>

namespace tcplab {

class Trace;

// Makes "predict, then see" questions from a run. Everything a question states — its right
// answer, the moment it is asked — is read from the trace; every wrong choice is made of a
// misconception (teach/misconception.h) applied to the same moment, never of a random
// number. Deterministic: the same trace gives the same questions in the same order.
class QuestionGenerator
{
public:
    // questions() asks a host the same question (same prompt, same state) at most this
    // often: in a bulk transfer every data segment would make one.
    static constexpr int sameQuestionsPerHost = 2;

    explicit QuestionGenerator(const Trace &trace);

    // Every moment of the run that makes a question, in the order of the run, at most one
    // per moment and few repeats (sameQuestionsPerHost).
    QList<Question> questions() const;
    // The question event `event` of the trace makes (the event that gives the answer
    // away), if any.
    std::optional<Question> questionAt(int event) const;

private:
    Question questionAbout(QuestionKind kind, int event) const;
    std::optional<Question> segmentQuestion(int event) const;
    std::optional<Question> stateQuestion(int event) const;
    std::optional<Question> timerQuestion(int event) const;
    std::optional<Question> responseQuestion(int event) const;

    std::optional<Question> timeWaitQuestion(int event) const;
    std::optional<Question> retransmissionQuestion(int event) const;
    std::optional<Question> keepaliveQuestion(int event) const;

    // The segment last delivered to the sender of `segment` on the same connection before
    // it was sent (what it answers), or -1.
    int answeredSegment(int segment) const;
    // The first segment the receiver of `segment` sends back on that connection at the
    // moment it arrives, or -1 (nothing).
    int immediateAnswer(int segment) const;
    // The segment whose arrival at `host` at the time of `event` was recorded just before
    // it, on the connection of `socket`; -1 if none.
    int arrivalBefore(int event, int socket) const;
    TcpState stateBefore(int socket, int event) const;
    int sendEventOf(int segment) const;

    const Trace &m_trace;
    QList<int> m_sendEvent; // by segment id
};

} // namespace tcplab
