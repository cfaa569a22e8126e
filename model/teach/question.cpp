#include "teach/question.h"

namespace tcplab {

QString questionKindName(QuestionKind k)
{
    switch (k) {
    case QuestionKind::NextSegment: return QStringLiteral("next-segment");
    case QuestionKind::NextState: return QStringLiteral("next-state");
    case QuestionKind::AckNumber: return QStringLiteral("ack-number");
    case QuestionKind::TimerDuration: return QStringLiteral("timer-duration");
    case QuestionKind::Response: return QStringLiteral("response");
    case QuestionKind::Written: return QStringLiteral("written");
    }
    return QString();
}

QString responseKindName(ResponseKind r)
{
    switch (r) {
    case ResponseKind::Nothing: return QStringLiteral("nothing");
    case ResponseKind::Ack: return QStringLiteral("ack");
    case ResponseKind::Rst: return QStringLiteral("rst");
    case ResponseKind::SynAck: return QStringLiteral("syn-ack");
    }
    return QString();
}

} // namespace tcplab
