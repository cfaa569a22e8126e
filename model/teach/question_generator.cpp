#include "teach/question_generator.h"

#include "trace/trace.h"

#include <QCoreApplication>
#include <QSet>

namespace tcplab {

namespace {

// Textbook notation without window and options: what the question is about.
QString segmentLabel(TcpFlags flags, uint32_t seq, uint32_t ack, int length)
{
    QString s = tcpFlagsLabel(flags);
    s += QStringLiteral(" seq=%1").arg(seq);
    if (flags & TcpFlag::Ack)
        s += QStringLiteral(" ack=%1").arg(ack);
    if (length > 0)
        s += QStringLiteral(" len=%1").arg(length);
    return s;
}

QString segmentLabel(const Segment &s)
{
    return segmentLabel(s.flags, s.seq, s.ack, int(s.length()));
}

bool isReverseOf(const Segment &answer, const Segment &received)
{
    return answer.source == received.destination && answer.destination == received.source;
}

// "1", "0.25": a duration in seconds with no more decimals than it needs.
QString secondsText(SimTime d)
{
    QString text = QString::number(double(d) / usPerSecond, 'f', 6);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

TeachText durationLabel(SimTime d)
{
    if (d == QuestionChoice::noTimer)
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "No further timeout: connect() fails now"));
    const SimTime hour = secondsToUs(3600);
    const SimTime minute = secondsToUs(60);
    if (d >= hour && d % hour == 0)
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 h"), {QString::number(d / hour)});
    if (d >= 10 * minute && d % minute == 0)
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 min"), {QString::number(d / minute)});
    if (d % usPerSecond == 0)
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 s"), {QString::number(d / usPerSecond)});
    if (d % usPerMs == 0)
        return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 ms"), {QString::number(d / usPerMs)});
    return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 s"), {secondsText(d)});
}

TeachText responseLabel(ResponseKind r)
{
    switch (r) {
    case ResponseKind::Nothing: return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "Nothing: no answer at all"));
    case ResponseKind::Ack: return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "An ACK"));
    case ResponseKind::Rst: return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "A RST"));
    case ResponseKind::SynAck: return TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "A SYN,ACK"));
    }
    return {};
}

ResponseKind responseOf(const Trace &trace, int segment)
{
    if (segment < 0)
        return ResponseKind::Nothing;
    const Segment &s = trace.segments[segment].segment;
    if (s.has(TcpFlag::Rst))
        return ResponseKind::Rst;
    if (s.has(TcpFlag::Syn | TcpFlag::Ack))
        return ResponseKind::SynAck;
    return ResponseKind::Ack; // every other answer carries the ACK bit (RFC 9293 §3.10.7.4)
}

QuestionChoice segmentChoice(TcpFlags flags, uint32_t seq, uint32_t ack, Misconception m)
{
    QuestionChoice c;
    c.flags = flags;
    c.seq = seq;
    c.ack = ack;
    c.misconception = m;
    c.label = TeachText::verbatim(segmentLabel(flags, seq, ack, 0));
    return c;
}

QuestionChoice ackChoice(uint32_t ack, Misconception m)
{
    QuestionChoice c;
    c.ack = ack;
    c.misconception = m;
    c.label = TeachText::verbatim(QStringLiteral("ack=%1").arg(ack));
    return c;
}

QuestionChoice stateChoice(TcpState state, Misconception m)
{
    QuestionChoice c;
    c.state = state;
    c.misconception = m;
    c.label = TeachText::verbatim(tcpStateName(state));
    return c;
}

QuestionChoice durationChoice(SimTime d, Misconception m)
{
    QuestionChoice c;
    c.duration = d;
    c.misconception = m;
    c.label = durationLabel(d);
    return c;
}

QuestionChoice responseChoice(ResponseKind r, Misconception m)
{
    QuestionChoice c;
    c.response = r;
    c.misconception = m;
    c.label = responseLabel(r);
    return c;
}

// Whether two choices claim the same thing for a question of this kind.
bool sameClaim(QuestionKind kind, const QuestionChoice &a, const QuestionChoice &b)
{
    switch (kind) {
    case QuestionKind::NextSegment: return a.flags == b.flags && a.seq == b.seq && a.ack == b.ack;
    case QuestionKind::NextState: return a.state == b.state;
    case QuestionKind::AckNumber: return a.ack == b.ack;
    case QuestionKind::TimerDuration: return a.duration == b.duration;
    case QuestionKind::Response: return a.response == b.response;
    case QuestionKind::Written: return a.label == b.label;
    }
    return false;
}

// Puts the right answer and the distractors that say something else (at most three, in
// the order given) into the question; the right answer's place is fixed by the moment, so
// it is not always first and the same run always asks the same way. False when fewer than
// two distractors remain: a question with one wrong choice is a coin toss.
bool setChoices(Question *q, const QuestionChoice &right, const QList<QuestionChoice> &distractors)
{
    QList<QuestionChoice> wrong;
    for (const QuestionChoice &d : distractors) {
        bool repeated = sameClaim(q->kind, d, right) || d.label == right.label;
        for (const QuestionChoice &w : wrong)
            repeated = repeated || sameClaim(q->kind, d, w) || d.label == w.label;
        if (!repeated && wrong.size() < 3)
            wrong.append(d);
    }
    if (wrong.size() < 2)
        return false;
    const int count = int(wrong.size()) + 1;
    q->answer = q->event % count;
    q->choices = wrong;
    q->choices.insert(q->answer, right);
    return true;
}

// A state change worth predicting, with the states a learner who holds a misconception
// would name instead.
struct StateRule {
    TcpState from;
    StateCause cause;
    const char *explanation;
    QList<QPair<TcpState, Misconception>> distractors;
};

const QList<StateRule> &stateRules()
{
    using M = Misconception;
    using S = TcpState;
    static const QList<StateRule> rules = {
        {S::Established, StateCause::FinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "The FIN closes only the peer's direction: the receiver acknowledges it and "
                           "stays in CLOSE-WAIT, free to send, until its own application closes."),
         {{S::Closed, M::FinClosesBothDirections}, {S::LastAck, M::FinSentAtOnce}, {S::TimeWait, M::ServerHoldsTimeWait}}},
        {S::FinWait1, StateCause::AckOfFinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "The ACK of its FIN closes only its own direction; it waits in FIN-WAIT-2 for "
                           "the peer's FIN."),
         {{S::TimeWait, M::AckOfFinIsTheEnd}, {S::Closed, M::FinClosesBothDirections}}},
        {S::FinWait1, StateCause::FinAckReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "One segment both acknowledged its FIN and carried the peer's FIN, so it goes "
                           "straight to TIME-WAIT."),
         {{S::FinWait2, M::AlwaysFourSegments}, {S::Closing, M::ClosingNeedsCrossedFins}, {S::Closed, M::TimeWaitSkipped}}},
        {S::FinWait1, StateCause::FinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "The peer's FIN arrived before the ACK of its own: a simultaneous close. It "
                           "waits in CLOSING for that ACK."),
         {{S::TimeWait, M::ClosingNeedsCrossedFins}, {S::CloseWait, M::ServerHoldsTimeWait}, {S::Closed, M::TimeWaitSkipped}}},
        {S::FinWait2, StateCause::FinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "Both directions are closed now. The active closer acknowledges the FIN and "
                           "waits 2×MSL in TIME-WAIT."),
         {{S::Closed, M::TimeWaitSkipped}, {S::CloseWait, M::ServerHoldsTimeWait}, {S::Closing, M::ClosingNeedsCrossedFins}}},
        {S::CloseWait, StateCause::AppClose,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "The side that closes second sends its FIN and waits in LAST-ACK for the "
                           "acknowledgment."),
         {{S::TimeWait, M::ServerHoldsTimeWait}, {S::FinWait1, M::ServerHoldsTimeWait}}},
        {S::LastAck, StateCause::AckOfFinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "The ACK of its FIN ends the passive closer's part: it goes to CLOSED, with "
                           "no TIME-WAIT."),
         {{S::TimeWait, M::ServerHoldsTimeWait}, {S::FinWait2, M::ServerHoldsTimeWait}}},
        {S::Closing, StateCause::AckOfFinReceived,
         QT_TRANSLATE_NOOP("tcplab::Questions",
                           "In a simultaneous close both sides sent the first FIN, so both hold TIME-WAIT "
                           "once their FIN is acknowledged."),
         {{S::Closed, M::TimeWaitSkipped}, {S::FinWait2, M::AckOfFinIsTheEnd}}},
    };
    return rules;
}

} // namespace

QuestionGenerator::QuestionGenerator(const Trace &trace) : m_trace(trace)
{
    m_sendEvent.fill(-1, trace.segments.size());
    for (int i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        if (e.type == TraceEventType::Send && e.segment >= 0 && e.segment < m_sendEvent.size()
            && m_sendEvent[e.segment] < 0)
            m_sendEvent[e.segment] = i;
    }
}

QList<Question> QuestionGenerator::questions() const
{
    QList<Question> result;
    QHash<QString, int> asked; // how often a host was asked the same thing
    QSet<int> moments;
    for (int i = 0; i < m_trace.events.size(); ++i) {
        const std::optional<Question> q = questionAt(i);
        if (!q || moments.contains(q->event))
            continue;
        // The same question about the same host (the same prompt, from the same state)
        // asked a third time teaches nothing the first two did not: a bulk transfer
        // acknowledges every segment, a SYN flood draws hundreds of SYN,ACKs.
        QString same = questionKindName(q->kind) + QLatin1Char('/') + QString::number(q->host) + QLatin1Char('/')
            + QString::fromUtf8(q->prompt.source());
        if (q->kind == QuestionKind::NextState)
            same += QLatin1Char('/') + tcpStateName(m_trace.events[q->event].fromState);
        if (asked[same]++ >= sameQuestionsPerHost)
            continue;
        moments.insert(q->event);
        result.append(*q);
    }
    return result;
}

std::optional<Question> QuestionGenerator::questionAt(int event) const
{
    if (event < 0 || event >= m_trace.events.size())
        return std::nullopt;
    switch (m_trace.events[event].type) {
    case TraceEventType::Send: return segmentQuestion(event);
    case TraceEventType::State: return stateQuestion(event);
    case TraceEventType::Timer: return timerQuestion(event);
    case TraceEventType::Deliver: return responseQuestion(event);
    default: return std::nullopt;
    }
}

int QuestionGenerator::sendEventOf(int segment) const
{
    return segment >= 0 && segment < m_sendEvent.size() ? m_sendEvent[segment] : -1;
}

int QuestionGenerator::answeredSegment(int segment) const
{
    const SegmentRecord &sent = m_trace.segments[segment];
    int best = -1;
    for (const SegmentRecord &r : m_trace.segments) {
        if (r.id == segment || r.dropped || r.arrivesAt > sent.sentAt || !isReverseOf(sent.segment, r.segment))
            continue;
        // Arrived at or before the send, and before it in the trace (a segment arriving at
        // the very moment is taken in first only if its delivery was recorded first).
        if (r.arrivesAt == sent.sentAt) {
            bool deliveredFirst = false;
            for (int i = sendEventOf(segment) - 1; i >= 0 && m_trace.events[i].time == sent.sentAt; --i)
                deliveredFirst = deliveredFirst
                    || (m_trace.events[i].type == TraceEventType::Deliver && m_trace.events[i].segment == r.id);
            if (!deliveredFirst)
                continue;
        }
        if (best < 0 || r.arrivesAt >= m_trace.segments[best].arrivesAt)
            best = r.id;
    }
    return best;
}

int QuestionGenerator::immediateAnswer(int segment) const
{
    const SegmentRecord &received = m_trace.segments[segment];
    for (int id = segment + 1; id < m_trace.segments.size(); ++id) {
        const SegmentRecord &r = m_trace.segments[id];
        if (r.sentAt > received.arrivesAt)
            break;
        if (r.sentAt == received.arrivesAt && r.kind != SegmentKind::Duplicate
            && isReverseOf(r.segment, received.segment))
            return id;
    }
    return -1;
}

int QuestionGenerator::arrivalBefore(int event, int socket) const
{
    const TraceEvent &e = m_trace.events[event];
    const SocketInfo &sock = m_trace.sockets[socket];
    for (int i = event - 1; i >= 0 && m_trace.events[i].time == e.time; --i) {
        const TraceEvent &d = m_trace.events[i];
        if (d.type != TraceEventType::Deliver || d.host != e.host || d.segment < 0)
            continue;
        const Segment &s = m_trace.segments[d.segment].segment;
        if (s.destination == sock.local && s.source == sock.remote)
            return d.segment;
    }
    return -1;
}

TcpState QuestionGenerator::stateBefore(int socket, int event) const
{
    TcpState state = TcpState::Closed;
    for (int i : m_trace.stateEventsOf(socket)) {
        if (i >= event)
            break;
        state = m_trace.events[i].toState;
    }
    return state;
}

// --- which segment, which acknowledgment number ---------------------------------------

// A question about event `event`: asked of its host and socket, at its moment.
Question QuestionGenerator::questionAbout(QuestionKind kind, int event) const
{
    const TraceEvent &e = m_trace.events[event];
    Question q;
    q.kind = kind;
    q.host = e.host;
    q.socket = e.socket;
    q.event = event;
    q.time = e.time;
    return q;
}

std::optional<Question> QuestionGenerator::segmentQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    if (e.segment < 0 || e.socket < 0)
        return std::nullopt;
    const SegmentRecord &rec = m_trace.segments[e.segment];
    const Segment &s = rec.segment;
    if (rec.kind != SegmentKind::Original || s.keepaliveProbe || !s.has(TcpFlag::Ack) || s.has(TcpFlag::Rst))
        return std::nullopt;
    const int answered = answeredSegment(e.segment);
    if (answered < 0)
        return std::nullopt;
    const Segment &t = m_trace.segments[answered].segment;
    // The question is honest only when this segment is the first answer to t and
    // acknowledges exactly t (not a later segment still on its way, not a gap).
    if (t.sequenceLength() == 0 || s.ack != t.seq + t.sequenceLength())
        return std::nullopt;
    for (int id = answered + 1; id < e.segment; ++id) {
        const SegmentRecord &r = m_trace.segments[id];
        if (r.sentAt >= m_trace.segments[answered].arrivesAt && isReverseOf(r.segment, t) && r.kind != SegmentKind::Duplicate)
            return std::nullopt;
    }

    // The kind (next segment, or the ack number) is chosen below.
    Question q = questionAbout(QuestionKind::NextSegment, event);
    q.trigger = answered;
    q.answerSegment = e.segment;
    const QString host = m_trace.hostName(e.host);
    const QString received = segmentLabel(t);
    using M = Misconception;

    const TcpState after = m_trace.stateAt(e.socket, e.time);
    const bool synAck = s.has(TcpFlag::Syn) && t.has(TcpFlag::Syn) && !t.has(TcpFlag::Ack);
    const bool passiveCloseAnswer = t.has(TcpFlag::Fin) && !s.has(TcpFlag::Syn) && s.payload.isEmpty()
        && (after == TcpState::CloseWait || after == TcpState::LastAck);
    if (synAck || passiveCloseAnswer) {
        q.kind = QuestionKind::NextSegment;
        q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                               "%1 has just received %2. Which segment does %1 send next?"),
                             {host, received});
        const QuestionChoice right = segmentChoice(s.flags, s.seq, s.ack, M::None);
        QList<QuestionChoice> wrong;
        // Without the one sequence number SYN and FIN take, the ack would be seq itself.
        wrong << segmentChoice(s.flags, s.seq, t.seq, M::SynFinTakeNoSequenceSpace);
        if (synAck) {
            wrong << segmentChoice(s.flags, s.ack, s.ack, M::SharedSequenceSpace);
            wrong << segmentChoice(s.flags, 0, s.ack, M::IsnIsZero);
            q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                "The server answers a SYN with its own SYN and the ACK of the client's in one "
                "segment: seq is its own initial sequence number, ack the client's ISN + 1."));
        } else if (s.has(TcpFlag::Fin)) {
            wrong << segmentChoice(s.flags & ~TcpFlag::Fin, s.seq, s.ack, M::AlwaysFourSegments);
            q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                "Its application closed before the delayed ACK was due, so the ACK of the FIN rides "
                "on its own FIN: one FIN,ACK instead of two segments."));
        } else {
            wrong << segmentChoice(s.flags | TcpFlag::Fin, s.seq, s.ack, M::FinSentAtOnce);
            q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                "The FIN is acknowledged at once (ack = its seq + 1), but the receiver's own FIN "
                "waits until its application closes."));
        }
        if (!setChoices(&q, right, wrong))
            return std::nullopt;
        return q;
    }

    q.kind = QuestionKind::AckNumber;
    q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                           "%1 has just received %2. Which acknowledgment number does %1 "
                                           "send back?"),
                         {host, received});
    const QuestionChoice right = ackChoice(s.ack, M::None);
    QList<QuestionChoice> wrong;
    if (!t.payload.isEmpty()) {
        wrong << ackChoice(t.seq + 1, M::AckIsSeqPlusOne);
        wrong << ackChoice(t.seq + t.sequenceLength() - 1, M::AckNamesLastByte);
        wrong << ackChoice(t.seq, M::AckEchoesSeq);
        q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The acknowledgment number is the next byte expected: seq + len for data (plus one if "
            "the segment also carries SYN or FIN)."));
    } else {
        wrong << ackChoice(t.seq, M::SynFinTakeNoSequenceSpace);
        q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A SYN or FIN takes one sequence number, so the answer to seq=x is ack=x+1."));
    }
    wrong << ackChoice(s.seq, M::SharedSequenceSpace);
    if (!setChoices(&q, right, wrong))
        return std::nullopt;
    return q;
}

// --- which state ----------------------------------------------------------------------

std::optional<Question> QuestionGenerator::stateQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    if (e.socket < 0)
        return std::nullopt;
    const StateRule *rule = nullptr;
    for (const StateRule &r : stateRules()) {
        if (r.from == e.fromState && r.cause == e.cause)
            rule = &r;
    }
    if (!rule)
        return std::nullopt;

    Question q = questionAbout(QuestionKind::NextState, event);
    const QString host = m_trace.hostName(e.host);
    const QString from = tcpStateName(e.fromState);
    if (e.cause == StateCause::AppClose) {
        q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                               "%1 is in %2 and its application calls close(). Which state "
                                               "does %1 move to?"),
                             {host, from});
    } else {
        q.trigger = arrivalBefore(event, e.socket);
        if (q.trigger < 0)
            return std::nullopt;
        q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                               "%1 is in %2 and receives %3. Which state does %1 move to?"),
                             {host, from, segmentLabel(m_trace.segments[q.trigger].segment)});
    }
    q.explanation = TeachText(rule->explanation);
    QList<QuestionChoice> wrong;
    for (const auto &[state, misconception] : rule->distractors)
        wrong << stateChoice(state, misconception);
    if (!setChoices(&q, stateChoice(e.toState, Misconception::None), wrong))
        return std::nullopt;
    return q;
}

// --- how long a timer runs -------------------------------------------------------------

std::optional<Question> QuestionGenerator::timerQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    if (e.socket < 0 || e.timerAction != TimerAction::Set)
        return std::nullopt;
    switch (e.timer) {
    case TimerKind::TimeWait: return timeWaitQuestion(event);
    case TimerKind::Retransmission: return retransmissionQuestion(event);
    case TimerKind::Keepalive: return keepaliveQuestion(event);
    default: return std::nullopt;
    }
}

std::optional<Question> QuestionGenerator::timeWaitQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    // The first TIME-WAIT of the socket; a restart after a retransmitted FIN asks the same.
    for (int i : m_trace.eventsOfSocket(e.socket)) {
        if (i >= event)
            break;
        const TraceEvent &before = m_trace.events[i];
        if (before.type == TraceEventType::Timer && before.timer == TimerKind::TimeWait)
            return std::nullopt;
    }
    const SimTime d = e.due - e.time;
    Question q = questionAbout(QuestionKind::TimerDuration, event);
    q.trigger = arrivalBefore(event, e.socket);
    q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                           "%1 has just entered TIME-WAIT. How long does its 2MSL timer run?"),
                         {m_trace.hostName(e.host)});
    q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
        "TIME-WAIT lasts twice the maximum segment lifetime (MSL) of this host's settings: long "
        "enough to acknowledge a retransmitted FIN and for old duplicates to die out."));
    QList<QuestionChoice> wrong;
    wrong << durationChoice(secondsToUs(120), Misconception::TimeWaitFixedTwoMinutes);
    if (q.trigger >= 0) {
        const SegmentRecord &fin = m_trace.segments[q.trigger];
        const SimTime roundTrip = 2 * (fin.arrivesAt - fin.sentAt);
        if (roundTrip > 0)
            wrong << durationChoice(2 * roundTrip, Misconception::TimeWaitIsTwoRtt);
    }
    wrong << durationChoice(d / 2, Misconception::TimeWaitIsOneMsl);
    if (!setChoices(&q, durationChoice(d, Misconception::None), wrong))
        return std::nullopt;
    return q;
}

std::optional<Question> QuestionGenerator::retransmissionQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    // Asked at the first backoff of a connecting socket: its timer fired, it sent the SYN
    // again, and now sets the timer anew.
    bool fired = false;
    int fires = 0;
    SimTime previous = -1;
    for (int i : m_trace.eventsOfSocket(e.socket)) {
        if (i >= event)
            break;
        const TraceEvent &b = m_trace.events[i];
        if (b.type != TraceEventType::Timer || b.timer != TimerKind::Retransmission)
            continue;
        if (b.timerAction == TimerAction::Fire) {
            ++fires;
            fired = b.time == e.time;
        } else if (b.timerAction == TimerAction::Set) {
            previous = b.due - b.time;
        }
    }
    if (!fired || fires != 1 || previous <= 0)
        return std::nullopt;
    int synAgain = -1;
    for (const SegmentRecord &r : m_trace.segments) {
        if (r.sentAt == e.time && r.fromSocket == e.socket && r.kind == SegmentKind::Retransmission
            && r.segment.has(TcpFlag::Syn) && !r.segment.has(TcpFlag::Ack))
            synAgain = r.id;
    }
    if (synAgain < 0)
        return std::nullopt;
    const SimTime d = e.due - e.time;
    Question q = questionAbout(QuestionKind::TimerDuration, event);
    q.answerSegment = synAgain;
    q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                           "%1's SYN got no answer: its retransmission timer ran out after "
                                           "%2 s and %1 sent the SYN again. How long does the timer run now?"),
                         {m_trace.hostName(e.host), secondsText(previous)});
    q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
        "Each timeout is followed by a retry with a longer timer (doubled, RFC 6298 §5.5, unless a "
        "linear start or the cap applies), a fixed number of times."));
    QList<QuestionChoice> wrong;
    if (d == previous)
        wrong << durationChoice(2 * previous, Misconception::RtoAlwaysDoubles);
    else
        wrong << durationChoice(previous, Misconception::RtoNeverGrows);
    wrong << durationChoice(QuestionChoice::noTimer, Misconception::ConnectFailsAfterOneLostSyn);
    if (!setChoices(&q, durationChoice(d, Misconception::None), wrong))
        return std::nullopt;
    return q;
}

std::optional<Question> QuestionGenerator::keepaliveQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    // Asked when the first probe has just gone out: how long until the next one?
    int probe = -1;
    bool earlierProbe = false;
    for (const SegmentRecord &r : m_trace.segments) {
        if (r.fromSocket != e.socket || r.reason != SendReason::KeepaliveProbe)
            continue;
        if (r.sentAt < e.time)
            earlierProbe = true;
        else if (r.sentAt == e.time)
            probe = r.id;
    }
    if (probe < 0 || earlierProbe)
        return std::nullopt;
    SimTime idle = -1;
    for (int i : m_trace.eventsOfSocket(e.socket)) {
        if (i >= event)
            break;
        const TraceEvent &b = m_trace.events[i];
        if (b.type == TraceEventType::Timer && b.timer == TimerKind::Keepalive && b.timerAction == TimerAction::Set)
            idle = b.due - b.time;
    }
    if (idle <= 0)
        return std::nullopt;
    const SimTime d = e.due - e.time;
    Question q = questionAbout(QuestionKind::TimerDuration, event);
    q.answerSegment = probe;
    q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
                                           "After %2 s of silence %1 has sent its first keepalive probe. If "
                                           "no answer comes, how long until the next probe?"),
                         {m_trace.hostName(e.host), secondsText(idle)});
    q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
        "Unanswered probes are repeated at the keepalive interval (Linux: 75 s, 9 probes) until "
        "the peer answers or the connection is given up."));
    QList<QuestionChoice> wrong;
    wrong << durationChoice(d * 60, Misconception::KeepaliveEvery75Minutes);
    wrong << durationChoice(idle, Misconception::KeepaliveWaitsIdleAgain);
    if (!setChoices(&q, durationChoice(d, Misconception::None), wrong))
        return std::nullopt;
    return q;
}

// --- ACK, RST or nothing ----------------------------------------------------------------

std::optional<Question> QuestionGenerator::responseQuestion(int event) const
{
    const TraceEvent &e = m_trace.events[event];
    if (e.segment < 0)
        return std::nullopt;
    const SegmentRecord &rec = m_trace.segments[e.segment];
    const Segment &t = rec.segment;
    const int answer = immediateAnswer(e.segment);
    const ResponseKind actual = responseOf(m_trace, answer);
    using M = Misconception;

    Question q = questionAbout(QuestionKind::Response, event);
    q.trigger = e.segment;
    q.answerSegment = answer;
    q.prompt = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions", "%1 receives %2. How does %1 answer it?"),
                         {m_trace.hostName(e.host), segmentLabel(t)});
    QList<QuestionChoice> wrong;
    if (t.has(TcpFlag::Rst)) {
        if (actual != ResponseKind::Nothing)
            return std::nullopt;
        wrong << responseChoice(ResponseKind::Ack, M::RstIsAnswered) << responseChoice(ResponseKind::Rst, M::RstIsAnswered);
        q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "A RST is never answered: if its sequence number is acceptable it ends the connection "
            "at once, otherwise it is ignored (RFC 9293 §3.10.7.4)."));
    } else if (actual == ResponseKind::Rst
               && (m_trace.segments[answer].reason == SendReason::NoConnection
                   || m_trace.segments[answer].reason == SendReason::ConnectionLostInCrash)) {
        wrong << responseChoice(ResponseKind::Nothing, M::ClosedPortSilent);
        if (t.has(TcpFlag::Syn) && !t.has(TcpFlag::Ack))
            wrong << responseChoice(ResponseKind::SynAck, M::NoConnectionIsAccepted);
        else
            wrong << responseChoice(ResponseKind::Ack, M::NoConnectionIsAccepted);
        q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "No connection has these addresses and nobody listens on the port, so the host "
            "answers with RST (RFC 9293 §3.10.7.1)."));
    } else if (e.socket >= 0 && t.has(TcpFlag::Fin) && stateBefore(e.socket, event) == TcpState::TimeWait
               && actual == ResponseKind::Ack) {
        wrong << responseChoice(ResponseKind::Nothing, M::LostLastAckHangs)
              << responseChoice(ResponseKind::Rst, M::TimeWaitSkipped);
        q.explanation = TeachText(QT_TRANSLATE_NOOP("tcplab::Questions",
            "The FIN came again because the last ACK was lost; the host is still in TIME-WAIT, so "
            "it acknowledges the FIN again and restarts its 2MSL timer."));
    } else {
        return std::nullopt;
    }
    if (!setChoices(&q, responseChoice(actual, M::None), wrong))
        return std::nullopt;
    return q;
}

} // namespace tcplab
