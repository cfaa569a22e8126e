#include "teach/question_json.h"

#include "trace/trace.h"

#include <QJsonArray>

namespace tcplab {

namespace {

// The segment's key as the fault options spell it ("A#3"), or null.
QJsonValue segmentKey(const Trace &trace, int segment)
{
    if (segment < 0 || segment >= trace.segments.size())
        return QJsonValue::Null;
    const SegmentRecord &r = trace.segments[segment];
    return QStringLiteral("%1#%2").arg(trace.hostName(r.fromHost)).arg(r.senderOrdinal);
}

} // namespace

QJsonObject questionToJson(const Question &q, const Trace &trace)
{
    QJsonArray choices;
    for (const QuestionChoice &c : q.choices) {
        QJsonObject choice{
            {QStringLiteral("text"), c.label.text()},
            {QStringLiteral("correct"), c.isRight()},
        };
        if (!c.isRight()) {
            choice.insert(QStringLiteral("misconception"), misconceptionName(c.misconception));
            choice.insert(QStringLiteral("explanation"), c.whyWrong().text());
        }
        choices.append(choice);
    }
    return QJsonObject{
        {QStringLiteral("kind"), questionKindName(q.kind)},
        {QStringLiteral("host"), trace.hostName(q.host)},
        {QStringLiteral("time"), formatSimTime(q.time)},
        {QStringLiteral("event"), q.event},
        {QStringLiteral("about"), segmentKey(trace, q.trigger)},
        {QStringLiteral("answered_by"), segmentKey(trace, q.answerSegment)},
        {QStringLiteral("prompt"), q.prompt.text()},
        {QStringLiteral("choices"), choices},
        {QStringLiteral("answer"), q.answer},
        {QStringLiteral("explanation"), q.explanation.text()},
    };
}

} // namespace tcplab
