#include "tcp/endpoint_effects.h"

namespace tcplab {

QString stateCauseName(StateCause c)
{
    switch (c) {
    case StateCause::AppListen: return QStringLiteral("app-listen");
    case StateCause::AppConnect: return QStringLiteral("app-connect");
    case StateCause::AppClose: return QStringLiteral("app-close");
    case StateCause::AppShutdown: return QStringLiteral("app-shutdown");
    case StateCause::AppAbort: return QStringLiteral("app-abort");
    case StateCause::ProcessExit: return QStringLiteral("process-exit");
    case StateCause::SynReceived: return QStringLiteral("rcv-syn");
    case StateCause::SynAckReceived: return QStringLiteral("rcv-syn-ack");
    case StateCause::AckOfSynReceived: return QStringLiteral("rcv-ack-of-syn");
    case StateCause::AckOfFinReceived: return QStringLiteral("rcv-ack-of-fin");
    case StateCause::FinReceived: return QStringLiteral("rcv-fin");
    case StateCause::FinAckReceived: return QStringLiteral("rcv-fin-ack");
    case StateCause::RstReceived: return QStringLiteral("rcv-rst");
    case StateCause::RetriesExhausted: return QStringLiteral("retries-exhausted");
    case StateCause::TimeWaitExpired: return QStringLiteral("time-wait-expired");
    case StateCause::FinWait2Timeout: return QStringLiteral("fin-wait-2-timeout");
    case StateCause::KeepaliveExhausted: return QStringLiteral("keepalive-exhausted");
    case StateCause::TwoWayHandshake: return QStringLiteral("two-way-handshake");
    case StateCause::NoTimeWait: return QStringLiteral("no-time-wait");
    case StateCause::HostCrash: return QStringLiteral("host-crash");
    case StateCause::SynInTimeWait: return QStringLiteral("syn-in-time-wait");
    case StateCause::CookieAckReceived: return QStringLiteral("rcv-cookie-ack");
    }
    return QString();
}

QString timerKindName(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmission: return QStringLiteral("rto");
    case TimerKind::TimeWait: return QStringLiteral("2msl");
    case TimerKind::FinWait2: return QStringLiteral("fin-wait-2");
    case TimerKind::Keepalive: return QStringLiteral("keepalive");
    case TimerKind::DelayedAck: return QStringLiteral("delayed-ack");
    case TimerKind::Persist: return QStringLiteral("persist");
    }
    return QString();
}

QString timerActionName(TimerAction a)
{
    switch (a) {
    case TimerAction::Set: return QStringLiteral("set");
    case TimerAction::Fire: return QStringLiteral("fire");
    case TimerAction::Cancel: return QStringLiteral("cancel");
    }
    return QString();
}

QString noticeKindName(NoticeKind k)
{
    switch (k) {
    case NoticeKind::Established: return QStringLiteral("established");
    case NoticeKind::DataReceived: return QStringLiteral("data");
    case NoticeKind::EndOfStream: return QStringLiteral("end-of-stream");
    case NoticeKind::ConnectionReset: return QStringLiteral("reset");
    case NoticeKind::ConnectionRefused: return QStringLiteral("refused");
    case NoticeKind::TimedOut: return QStringLiteral("timed-out");
    case NoticeKind::Closed: return QStringLiteral("closed");
    case NoticeKind::SynQueueFull: return QStringLiteral("syn-queue-full");
    case NoticeKind::AcceptQueueFull: return QStringLiteral("accept-queue-full");
    case NoticeKind::AddressInUse: return QStringLiteral("address-in-use");
    case NoticeKind::FaultMatchedNothing: return QStringLiteral("fault-matched-nothing");
    case NoticeKind::BrokenPipe: return QStringLiteral("broken-pipe");
    }
    return QString();
}

QString noticeErrorName(NoticeKind k)
{
    switch (k) {
    case NoticeKind::ConnectionReset: return QStringLiteral("ECONNRESET");
    case NoticeKind::ConnectionRefused: return QStringLiteral("ECONNREFUSED");
    case NoticeKind::TimedOut: return QStringLiteral("ETIMEDOUT");
    case NoticeKind::BrokenPipe: return QStringLiteral("EPIPE");
    case NoticeKind::AddressInUse: return QStringLiteral("EADDRINUSE");
    default: return QString();
    }
}

QString segmentKindName(SegmentKind k)
{
    switch (k) {
    case SegmentKind::Original: return QStringLiteral("original");
    case SegmentKind::Retransmission: return QStringLiteral("retransmission");
    case SegmentKind::Duplicate: return QStringLiteral("duplicate");
    }
    return QString();
}

QString sendReasonName(SendReason r)
{
    switch (r) {
    case SendReason::None: return QStringLiteral("none");
    case SendReason::NoConnection: return QStringLiteral("no-connection");
    case SendReason::ConnectionLostInCrash: return QStringLiteral("connection-lost-in-crash");
    case SendReason::TimeWaitSkipped: return QStringLiteral("time-wait-skipped");
    case SendReason::UnacceptableAck: return QStringLiteral("unacceptable-ack");
    case SendReason::AppAbort: return QStringLiteral("app-abort");
    case SendReason::UnreadDataOnClose: return QStringLiteral("unread-data-on-close");
    case SendReason::DataAfterClose: return QStringLiteral("data-after-close");
    case SendReason::NewSynInSynReceived: return QStringLiteral("new-syn-in-syn-received");
    case SendReason::KeepaliveExhausted: return QStringLiteral("keepalive-exhausted");
    case SendReason::SynCookie: return QStringLiteral("syn-cookie");
    case SendReason::KeepaliveProbe: return QStringLiteral("keepalive-probe");
    case SendReason::Injected: return QStringLiteral("injected");
    case SendReason::ZeroWindowProbe: return QStringLiteral("zero-window-probe");
    }
    return QString();
}

} // namespace tcplab
