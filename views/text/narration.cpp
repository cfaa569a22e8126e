#include "text/narration.h"

#include "common/duration_text.h"
#include "scenario/note_binder.h"
#include "sequence/sequence_layout.h"

#include <algorithm>
#include <limits>

namespace tcplab {

namespace {

// A short, printable preview of application data.
QString dataPreview(const QByteArray &data)
{
    QString s;
    for (char c : data.left(40)) {
        if (c == '\r')
            s += QStringLiteral("\\r");
        else if (c == '\n')
            s += QStringLiteral("\\n");
        else if (c >= 0x20 && c < 0x7f)
            s += QLatin1Char(c);
        else
            s += QLatin1Char('.');
    }
    if (data.size() > 40)
        s += QStringLiteral("…");
    return s;
}

} // namespace

QString NarrationItem::text() const
{
    QString out;
    for (const QString &s : sentences) {
        if (!out.isEmpty() && out.back().unicode() < 0x3000)
            out += QLatin1Char(' ');
        out += s;
    }
    return out;
}

QString Narration::catalogueLanguage()
{
    // Each catalogue names its own language, so the scenario's notes follow the app's.
    //: The language code of this catalogue: zh_CN in the Chinese one (not shown to users).
    const QString code = tr("en");
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString Narration::segmentLabel(const Segment &s)
{
    // The diagram's own label: one function builds "SYN seq=… ack=…" everywhere.
    return segmentLabelText(s, SegmentLabelContent::Textbook);
}

QString Narration::socketName(const Trace &trace, int socket, int host)
{
    if (socket >= 0 && socket < trace.sockets.size()) {
        const SocketInfo &info = trace.sockets[socket];
        if (info.listener)
            return tr("%1's listener on port %2").arg(trace.hostName(info.host)).arg(info.local.port);
        return trace.hostName(info.host);
    }
    return trace.hostName(host);
}

QString Narration::timerName(TimerKind timer)
{
    switch (timer) {
    case TimerKind::Retransmission: return tr("retransmission timer (RTO)");
    case TimerKind::TimeWait: return tr("TIME-WAIT timer (2×MSL)");
    case TimerKind::FinWait2: return tr("FIN-WAIT-2 timer");
    case TimerKind::Keepalive: return tr("keepalive timer");
    case TimerKind::DelayedAck: return tr("delayed-ACK timer");
    case TimerKind::Persist: return tr("persist timer");
    }
    return QString();
}

QString Narration::stateCauseText(const TraceEvent &e)
{
    switch (e.cause) {
    case StateCause::AppListen:
        return tr("The application made a passive open: the socket waits for a SYN.");
    case StateCause::AppConnect:
        return tr("The application called connect(): the SYN is sent and the socket waits for the SYN,ACK.");
    case StateCause::AppClose:
        if (e.toState == TcpState::FinWait1)
            return tr("The application closed first (active close): a FIN is sent, meaning \"I will send no more data\".");
        if (e.toState == TcpState::LastAck)
            return tr("The application closed after the peer's FIN: its own FIN is sent and it waits for the last ACK.");
        if (e.toState == TcpState::Closed && isSynchronized(e.fromState))
            return tr("The application closed with received data still unread, so the connection is reset (RST) instead of closed with FIN (RFC 2525 §2.17).");
        return tr("The application closed the socket; nothing needs to be sent.");
    case StateCause::AppShutdown:
        return tr("The application called shutdown(SHUT_WR): a FIN is sent, but the socket keeps receiving (half-close).");
    case StateCause::AppAbort:
        return tr("The application aborted the connection: it is dropped at once, with a RST if it was synchronized.");
    case StateCause::ProcessExit:
        return tr("The process exited: the kernel closes its sockets for it (FIN, or RST where data was unread).");
    case StateCause::SynReceived:
        if (e.fromState == TcpState::SynSent)
            return tr("A SYN arrived while its own SYN was on the way (simultaneous open): it answers SYN,ACK.");
        return tr("A SYN arrived: it answers SYN,ACK, and the half-open connection waits in the listener's SYN queue.");
    case StateCause::SynAckReceived:
        return tr("The SYN,ACK acknowledged its SYN: it sends the third segment (ACK) and the connection is open on its side.");
    case StateCause::AckOfSynReceived:
        return tr("The ACK of its SYN arrived: the three-way handshake is complete and the connection moves to the accept queue.");
    case StateCause::AckOfFinReceived:
        if (e.toState == TcpState::FinWait2)
            return tr("Its FIN was acknowledged: it now waits for the peer's FIN (the connection is half-closed).");
        if (e.toState == TcpState::TimeWait)
            return tr("Its FIN was acknowledged after both sides had sent FIN: it waits 2×MSL in TIME-WAIT.");
        return tr("The ACK of its FIN arrived: the connection is closed. The passive closer does not enter TIME-WAIT.");
    case StateCause::FinReceived:
        if (e.toState == TcpState::CloseWait)
            return tr("The peer's FIN arrived: it is acknowledged at once and the application is told end-of-stream; this side may still send.");
        if (e.toState == TcpState::Closing)
            return tr("The peer's FIN arrived before the ACK of its own FIN: both sides are closing at once (simultaneous close).");
        if (e.toState == TcpState::TimeWait)
            return tr("The peer's FIN arrived: it is acknowledged, and the socket waits 2×MSL in TIME-WAIT in case that last ACK is lost.");
        return tr("The peer's FIN arrived: the peer will send no more data.");
    case StateCause::FinAckReceived:
        return tr("The peer's FIN arrived together with the ACK of its own FIN: it skips FIN-WAIT-2 and goes straight to TIME-WAIT.");
    case StateCause::RstReceived:
        if (e.fromState == TcpState::SynSent)
            return tr("A RST answered its SYN: nobody listens on that port (connection refused).");
        return tr("A RST arrived: the connection is dropped at once, with no TIME-WAIT; data in flight is lost.");
    case StateCause::RetriesExhausted:
        return tr("Every retransmission went unanswered: TCP gives up on the connection.");
    case StateCause::TimeWaitExpired:
        return tr("2×MSL has passed: TIME-WAIT is over, old duplicates have died out, and the connection is gone.");
    case StateCause::FinWait2Timeout:
        return tr("The closed (orphaned) socket waited too long for the peer's FIN in FIN-WAIT-2 and is dropped (Linux tcp_fin_timeout).");
    case StateCause::KeepaliveExhausted:
        return tr("No keepalive probe was answered: the peer is taken for dead and the connection is dropped.");
    case StateCause::TwoWayHandshake:
        return tr("Teaching variant: the server counts the connection as open on the SYN alone (a two-way handshake).");
    case StateCause::NoTimeWait:
        return tr("Teaching variant: the active closer skips TIME-WAIT and forgets the connection at once.");
    case StateCause::HostCrash:
        return tr("The host crashed: all its connection state is lost, and the peer is not told.");
    case StateCause::SynInTimeWait:
        return tr("A new SYN with a higher sequence number ended TIME-WAIT early: a new incarnation of the connection starts (Linux).");
    case StateCause::CookieAckReceived:
        return tr("The final ACK brought back a valid SYN cookie: the connection opens without ever having taken a place in the SYN queue (RFC 4987).");
    }
    return QString();
}

QString Narration::dropText(const Trace &trace, const SegmentRecord &r, DropReason reason)
{
    const QString label = segmentLabel(r.segment);
    switch (reason) {
    case DropReason::None:
        break;
    case DropReason::Fault:
        return tr("%1 is lost on the way: the fault plan drops it.").arg(label);
    case DropReason::Loss:
        return tr("The network loses %1 (random loss).").arg(label);
    case DropReason::HostDown:
        return tr("%1 arrives at %2, but that host is down: nobody receives it.").arg(label, trace.hostName(r.toHost));
    case DropReason::NoHost:
        return tr("%1 goes nowhere: no host has the address %2 (a forged source address).")
            .arg(label, formatIpv4(r.segment.destination.address));
    case DropReason::SynQueueFull:
        return tr("%1 drops %2: its listener's SYN queue is full. New SYNs, legitimate ones too, are lost until entries leave the queue.")
            .arg(trace.hostName(r.toHost), label);
    case DropReason::AcceptQueueFull:
        return tr("%1 drops %2: its listener's accept queue is full.").arg(trace.hostName(r.toHost), label);
    }
    return QString();
}

QString Narration::resetReason(const Trace &, const SegmentRecord &r)
{
    // The sender recorded why it sent the RST (SegmentRecord::reason).
    switch (r.reason) {
    case SendReason::NoConnection:
    case SendReason::ConnectionLostInCrash:
    case SendReason::TimeWaitSkipped:
        return tr("No socket matches the segment it answers (no connection and nobody listening on the port), so the host answers RST (RFC 9293 §3.10.7.1).");
    case SendReason::AppAbort:
        return tr("The application aborted the connection, so TCP sends RST instead of FIN.");
    case SendReason::UnreadDataOnClose:
        return tr("The socket was closed while received data was still unread, so TCP resets the connection instead of closing it with FIN (RFC 2525 §2.17).");
    case SendReason::KeepaliveExhausted:
        return tr("The keepalive probes went unanswered, so TCP gives up with a RST.");
    case SendReason::DataAfterClose:
        return tr("New data arrived after the application had closed the socket; nobody can read it, so TCP resets the connection instead of acknowledging it (RFC 1122 §4.2.2.13).");
    case SendReason::UnacceptableAck:
        return tr("The segment it answers acknowledged something this side never sent (for example an old duplicate), so it answers RST (RFC 9293 §3.10.7).");
    case SendReason::NewSynInSynReceived:
        return tr("A SYN with a new sequence number reached a half-open connection. Linux answers it with RST and forgets the connection request (tcp_check_req); RFC 9293 §3.10.7.4 would go back to LISTEN without an answer.");
    case SendReason::Injected:
        return tr("It is a hand-made segment: no TCP endpoint of its sender chose to send it. A receiver that finds its sequence number in the window cannot tell it from a real one (RFC 5961).");
    case SendReason::None:
    case SendReason::SynCookie:
    case SendReason::KeepaliveProbe:
    case SendReason::ZeroWindowProbe:
        break; // not a RST's reason
    }
    return QString();
}

QStringList Narration::segmentMeaning(const Trace &trace, const SegmentRecord &r)
{
    QStringList out;
    const Segment &s = r.segment;
    const QString from = trace.hostName(r.fromHost);
    const QString to = r.toHost >= 0 ? trace.hostName(r.toHost) : formatIpv4(s.destination.address);
    if (s.has(TcpFlag::Rst)) {
        out << resetReason(trace, r);
        return out;
    }
    if (r.reason == SendReason::Injected)
        out << tr("A hand-made segment: %1 wrote its addresses and numbers itself, as a raw socket or a middlebox does; no connection of %1 knows about it.").arg(from);
    if (s.keepaliveProbe) {
        out << tr("A keepalive probe: its seq is one below the next new byte, so %1 must answer with an ACK if it is still there.").arg(to);
        return out;
    }
    // The ack that acknowledges all of this segment: seq + SEG.LEN (RFC 9293 §3.4).
    const uint32_t answer = s.seq + s.sequenceLength();
    if (s.has(TcpFlag::Syn) && !s.has(TcpFlag::Ack)) {
        out << tr("seq=%1 is %2's initial sequence number (ISN). The SYN uses one sequence number, so the answer will be ack=%3.")
                   .arg(s.seq).arg(from).arg(answer);
    } else if (s.has(TcpFlag::Syn) && r.fromSocket >= 0 && r.fromSocket < trace.sockets.size()
               && trace.sockets[r.fromSocket].listener) {
        // Sent by the listener itself: its SYN queue was full and SYN cookies are on.
        out << tr("seq=%1 is a SYN cookie: %2's SYN queue is full, so instead of keeping state it encodes the connection in its ISN. If %3's ACK comes back with ack=%4, the cookie proves the handshake (RFC 4987).")
                   .arg(s.seq).arg(from).arg(to).arg(answer);
        out << tr("ack=%1: the next byte %2 expects from %3; %3's SYN with seq=%4 used one sequence number.")
                   .arg(s.ack).arg(from).arg(to).arg(s.ack - 1);
    } else if (s.has(TcpFlag::Syn)) {
        out << tr("seq=%1 is %2's own ISN. ack=%3: the next byte %2 expects from %4; %4's SYN with seq=%5 used one sequence number.")
                   .arg(s.seq).arg(from).arg(s.ack).arg(to).arg(s.ack - 1);
    } else if (!s.payload.isEmpty()) {
        out << tr("len=%1, so %2 will answer ack=%3 (seq + len, not seq + 1).").arg(s.payload.size()).arg(to).arg(answer);
    } else if (s.has(TcpFlag::Fin)) {
        out << tr("FIN means %1 will send no more data. It uses one sequence number, so the answer is ack=%2 (seq + 1).")
                   .arg(from).arg(answer);
    } else if (s.has(TcpFlag::Ack)) {
        out << tr("ack=%1: %2 has received everything before byte %1 and expects that byte next.").arg(s.ack).arg(from);
    }
    return out;
}

QStringList Narration::narrate(const Trace &trace, const Scenario &scenario, int eventIndex)
{
    Q_UNUSED(scenario);
    QStringList out;
    if (eventIndex < 0 || eventIndex >= trace.events.size())
        return out;
    const TraceEvent &e = trace.events[eventIndex];
    const QString who = socketName(trace, e.socket, e.host);
    const SocketInfo *info = e.socket >= 0 && e.socket < trace.sockets.size() ? &trace.sockets[e.socket] : nullptr;
    const SegmentRecord *rec = e.segment >= 0 && e.segment < trace.segments.size() ? &trace.segments[e.segment] : nullptr;

    switch (e.type) {
    case TraceEventType::App:
        switch (e.appCall) {
        case AppActionKind::Listen:
            out << tr("%1's application calls listen() on port %2 (passive open).").arg(trace.hostName(e.host)).arg(info ? info->local.port : 0);
            break;
        case AppActionKind::Connect:
            out << tr("%1's application calls connect() to %2 (active open).").arg(who, info ? endpointText(trace.remoteAddressText(e.socket), info->remote.port) : QString());
            break;
        case AppActionKind::Send:
            if (e.appBytes > 0)
                out << tr("%1's application hands %2 bytes to TCP to send.").arg(who).arg(e.appBytes);
            else
                out << tr("%1's application calls send(), but its connection takes no more data.").arg(who);
            break;
        case AppActionKind::Shutdown:
            out << tr("%1's application calls shutdown(SHUT_WR): it will send no more data but keeps receiving.").arg(who);
            break;
        case AppActionKind::Close:
            out << tr("%1's application calls close().").arg(who);
            break;
        case AppActionKind::Abort:
            out << tr("%1's application aborts the connection.").arg(who);
            break;
        case AppActionKind::Read:
            out << tr("%1's application reads the data received so far.").arg(who);
            break;
        case AppActionKind::Crash:
        case AppActionKind::Reboot:
        case AppActionKind::Kill:
            break; // narrated by the host event
        case AppActionKind::SynFlood:
            out << tr("%1 starts a SYN flood: SYNs with forged source addresses that will never complete the handshake.").arg(trace.hostName(e.host));
            break;
        case AppActionKind::Inject:
            out << tr("%1 sends a segment it made by hand.").arg(trace.hostName(e.host));
            break;
        }
        break;
    case TraceEventType::State:
        out << tr("%1: %2 → %3.").arg(who, tcpStateName(e.fromState), tcpStateName(e.toState));
        out << stateCauseText(e);
        break;
    case TraceEventType::Send:
        if (!rec)
            break;
        switch (rec->kind) {
        case SegmentKind::Original:
            out << tr("%1 sends %2.").arg(trace.hostName(rec->fromHost), segmentLabel(rec->segment));
            out << segmentMeaning(trace, *rec);
            break;
        case SegmentKind::Retransmission:
            out << tr("%1 retransmits %2: the retransmission timer expired before an ACK for it came back.")
                       .arg(trace.hostName(rec->fromHost), segmentLabel(rec->segment));
            break;
        case SegmentKind::Duplicate:
            out << tr("The network duplicates %1: an extra copy, not a retransmission, arrives %2 later.")
                       .arg(segmentLabel(rec->segment), durationText(rec->faultDelta > 0 ? rec->faultDelta : rec->arrivesAt - rec->sentAt));
            break;
        }
        if (rec->fault == FaultKind::Delay)
            out << tr("The fault plan delays it by %1.").arg(durationText(rec->faultDelta));
        break;
    case TraceEventType::Deliver:
        if (!rec)
            break;
        if (e.socket < 0)
            out << tr("%1 receives %2, but no socket matches it.").arg(trace.hostName(e.host), segmentLabel(rec->segment));
        else if (rec->kind == SegmentKind::Duplicate)
            out << tr("%1 receives the network's extra copy of %2: a duplicate of a segment that already arrived.").arg(who, segmentLabel(rec->segment));
        else
            out << tr("%1 receives %2.").arg(who, segmentLabel(rec->segment));
        break;
    case TraceEventType::Drop:
        if (rec)
            out << dropText(trace, *rec, e.dropReason);
        break;
    case TraceEventType::Timer:
        switch (e.timerAction) {
        case TimerAction::Set:
            switch (e.timer) {
            case TimerKind::Retransmission:
                out << tr("%1 starts its retransmission timer (%2): if no ACK comes by then, it sends again.").arg(who, durationText(e.due - e.time));
                break;
            case TimerKind::TimeWait:
                out << tr("%1 starts the 2×MSL timer: it stays in TIME-WAIT for %2.").arg(who, durationText(e.due - e.time));
                break;
            case TimerKind::FinWait2:
                out << tr("%1 starts the FIN-WAIT-2 timer (%2): a closed socket does not wait forever for the peer's FIN.").arg(who, durationText(e.due - e.time));
                break;
            case TimerKind::Keepalive:
                out << tr("%1 starts the keepalive timer (%2): if the connection stays idle that long, it probes the peer.").arg(who, durationText(e.due - e.time));
                break;
            case TimerKind::DelayedAck:
                out << tr("%1 delays its ACK (%2), hoping to send it together with data.").arg(who, durationText(e.due - e.time));
                break;
            case TimerKind::Persist:
                out << tr("%1 starts its persist timer (%2): the peer's window is zero, so it will probe whether it has opened.").arg(who, durationText(e.due - e.time));
                break;
            }
            break;
        case TimerAction::Fire:
            switch (e.timer) {
            case TimerKind::Retransmission:
                out << tr("%1's retransmission timer expires: no ACK came in time.").arg(who);
                break;
            case TimerKind::TimeWait:
                out << tr("%1's 2×MSL timer expires.").arg(who);
                break;
            case TimerKind::FinWait2:
                out << tr("%1's FIN-WAIT-2 timer expires: the peer's FIN never came.").arg(who);
                break;
            case TimerKind::Keepalive:
                out << tr("%1's keepalive timer expires: the connection has been idle, so it probes the peer.").arg(who);
                break;
            case TimerKind::DelayedAck:
                out << tr("%1's delayed-ACK timer expires: it sends the ACK now.").arg(who);
                break;
            case TimerKind::Persist:
                out << tr("%1's persist timer expires: it sends a zero-window probe, one byte beyond the closed window, so the answer repeats the peer's window (RFC 9293 §3.8.6.1).").arg(who);
                break;
            }
            break;
        case TimerAction::Cancel:
            if (e.timer == TimerKind::Retransmission)
                out << tr("%1 stops its retransmission timer: everything it sent so far is acknowledged.").arg(who);
            else
                out << tr("%1 cancels its %2.").arg(who, timerName(e.timer));
            break;
        }
        break;
    case TraceEventType::Notice:
        switch (e.notice) {
        case NoticeKind::Established:
            out << tr("%1's application is told the connection is established (connect() or accept() returns).").arg(who);
            break;
        case NoticeKind::DataReceived:
            out << tr("%1's application receives %2 bytes: \"%3\".").arg(who).arg(e.data.size()).arg(dataPreview(e.data));
            break;
        case NoticeKind::EndOfStream:
            out << tr("%1's application reads end-of-stream (read() returns 0): the peer will send no more.").arg(who);
            break;
        case NoticeKind::ConnectionReset:
            out << tr("%1's application gets \"connection reset\" (ECONNRESET).").arg(who);
            break;
        case NoticeKind::ConnectionRefused:
            out << tr("%1's connect() fails with \"connection refused\" (ECONNREFUSED).").arg(who);
            break;
        case NoticeKind::TimedOut:
            out << tr("%1's application gets \"connection timed out\" (ETIMEDOUT).").arg(who);
            break;
        case NoticeKind::Closed:
            out << tr("%1's connection is gone.").arg(who);
            break;
        case NoticeKind::SynQueueFull:
            out << tr("%1's SYN queue is full: it drops new SYNs instead of answering them.").arg(who);
            break;
        case NoticeKind::AcceptQueueFull:
            out << tr("%1's accept queue is full.").arg(who);
            break;
        case NoticeKind::BrokenPipe:
            out << tr("%1's send() fails with \"broken pipe\" (EPIPE): its sending side is shut down or the connection is gone.").arg(who);
            break;
        case NoticeKind::AddressInUse:
            out << tr("%1's connect() fails with EADDRINUSE: the same four addresses are still held by an earlier connection.").arg(who);
            break;
        case NoticeKind::FaultMatchedNothing:
            out << tr("Fault %1 of the fault list matched no segment of %2 in this run, so it changed nothing.")
                       .arg(e.faultRule + 1)
                       .arg(trace.hostName(e.host));
            break;
        }
        break;
    case TraceEventType::Host:
        switch (e.hostEvent) {
        case HostEventKind::Crash:
            out << tr("Host %1 crashes: it loses all connection state and answers nothing.").arg(trace.hostName(e.host));
            break;
        case HostEventKind::Reboot:
            out << tr("Host %1 reboots: it answers again but remembers no connection, so old segments get RST.").arg(trace.hostName(e.host));
            break;
        case HostEventKind::Kill:
            out << tr("The process on %1 is killed: the kernel still closes its sockets (FIN, or RST where data was unread).").arg(trace.hostName(e.host));
            break;
        }
        break;
    }
    out.removeAll(QString());
    return out;
}

QList<NarrationItem> Narration::items(const Trace &trace, const Scenario &scenario, const QString &language)
{
    QList<NarrationItem> result;
    // Each note follows the event it describes (NoteBinder); notes whose event no longer
    // happens are not part of this run's story (originalStoryNotes()).
    const QList<NoteBinder::Placed> notes = NoteBinder::place(trace, scenario).placed;
    int nextNote = 0;
    auto flushNotesBefore = [&](SimTime t, bool inclusive) {
        while (nextNote < notes.size() && (inclusive ? notes[nextNote].time <= t : notes[nextNote].time < t)) {
            NarrationItem n;
            n.time = notes[nextNote].time;
            n.note = true;
            n.sentences << scenario.notes[notes[nextNote].note].text.text(language);
            result.append(n);
            ++nextNote;
        }
    };
    for (int i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        flushNotesBefore(e.time, false);
        // One input to a host and what it caused happen at one moment on one host: one item.
        const bool joins = !result.isEmpty() && !result.last().note && result.last().time == e.time
                           && result.last().host == e.host;
        if (!joins) {
            NarrationItem item;
            item.time = e.time;
            item.host = e.host;
            item.firstEvent = i;
            result.append(item);
        }
        result.last().lastEvent = i;
        result.last().sentences += narrate(trace, scenario, i);
        // A note at this moment follows the last event of the moment.
        if (i + 1 >= trace.events.size() || trace.events[i + 1].time != e.time)
            flushNotesBefore(e.time, true);
    }
    flushNotesBefore(std::numeric_limits<SimTime>::max(), true);
    return result;
}

QList<NarrationItem> Narration::originalStoryNotes(const Trace &trace, const Scenario &scenario,
                                                   const QString &language)
{
    QList<NarrationItem> result;
    for (int n : NoteBinder::place(trace, scenario).gone) {
        NarrationItem item;
        item.time = scenario.notes[n].at; // its moment in the original story
        item.note = true;
        item.sentences << scenario.notes[n].text.text(language);
        result.append(item);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const NarrationItem &a, const NarrationItem &b) { return a.time < b.time; });
    return result;
}

QStringList narrate(const Trace &trace, const Scenario &scenario, int eventIndex)
{
    return Narration::narrate(trace, scenario, eventIndex);
}

} // namespace tcplab
