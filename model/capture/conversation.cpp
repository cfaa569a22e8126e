#include "capture/conversation.h"

namespace tcplab {

QString conversationEndingName(ConversationEnding ending)
{
    switch (ending) {
    case ConversationEnding::SynOnly: return QStringLiteral("syn-only");
    case ConversationEnding::Refused: return QStringLiteral("refused");
    case ConversationEnding::Reset: return QStringLiteral("reset");
    case ConversationEnding::Closed: return QStringLiteral("closed");
    case ConversationEnding::HalfClosed: return QStringLiteral("half-closed");
    case ConversationEnding::Open: return QStringLiteral("open");
    case ConversationEnding::OpenedBefore: return QStringLiteral("opened-before");
    }
    return QString();
}

QString conversationEndingDescription(ConversationEnding ending)
{
    switch (ending) {
    case ConversationEnding::SynOnly: return QStringLiteral("SYN only, no answer");
    case ConversationEnding::Refused: return QStringLiteral("refused: RST answered the SYN");
    case ConversationEnding::Reset: return QStringLiteral("RST");
    case ConversationEnding::Closed: return QStringLiteral("FIN both ways");
    case ConversationEnding::HalfClosed: return QStringLiteral("FIN one way only");
    case ConversationEnding::Open: return QStringLiteral("open");
    case ConversationEnding::OpenedBefore: return QStringLiteral("open, began before the capture");
    }
    return QString();
}

ConversationEnding Conversation::ending() const
{
    const bool opened = synFromA || synFromB;
    if (rstSeen)
        return rstAnsweredSyn && !synAckSeen ? ConversationEnding::Refused : ConversationEnding::Reset;
    if (finFromA && finFromB)
        return ConversationEnding::Closed;
    if (finFromA || finFromB)
        return ConversationEnding::HalfClosed;
    if (opened && !synAckSeen && !(synFromA && synFromB))
        return ConversationEnding::SynOnly;
    return opened ? ConversationEnding::Open : ConversationEnding::OpenedBefore;
}

} // namespace tcplab
