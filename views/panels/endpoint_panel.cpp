#include "panels/endpoint_panel.h"

#include "common/duration_text.h"
#include "common/host_palette.h"
#include "text/narration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {

QColor hostColor(const Trace &trace, int host)
{
    if (host >= 0 && host < trace.hosts.size() && trace.hosts[host].attacker)
        return HostPalette::attackerColor();
    return HostPalette::hostColor(host);
}

constexpr std::array<TimerKind, timerKindCount> timerKinds = {
    TimerKind::Retransmission, TimerKind::TimeWait, TimerKind::FinWait2, TimerKind::Keepalive, TimerKind::DelayedAck,
    TimerKind::Persist};

} // namespace

EndpointPanel::EndpointPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_connectionLabel = new QLabel(this);
    m_connections = new QComboBox(this);
    m_connections->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionLabel->setBuddy(m_connections);
    top->addWidget(m_connectionLabel);
    top->addWidget(m_connections, 1);
    layout->addLayout(top);

    m_state = new QLabel(this);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumHeight(34);
    layout->addWidget(m_state);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    for (int i = 1; i < fieldCount; ++i) { // the state has its own banner
        m_names[i] = new QLabel(this);
        m_valueLabels[i] = new QLabel(this);
        m_valueLabels[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_valueLabels[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_valueLabels[i]->setMinimumWidth(90);
        m_help[i] = new QLabel(this);
        m_help[i]->setWordWrap(true);
        QPalette pal = m_help[i]->palette();
        pal.setColor(QPalette::WindowText, QColor(0x66, 0x66, 0x66));
        m_help[i]->setPalette(pal);
        QFont nameFont = m_names[i]->font();
        nameFont.setBold(true);
        m_names[i]->setFont(nameFont);
        grid->addWidget(m_names[i], i - 1, 0);
        grid->addWidget(m_valueLabels[i], i - 1, 1);
        grid->addWidget(m_help[i], i - 1, 2);
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    m_timersTitle = new QLabel(this);
    QFont titleFont = m_timersTitle->font();
    titleFont.setBold(true);
    m_timersTitle->setFont(titleFont);
    layout->addSpacing(6);
    layout->addWidget(m_timersTitle);
    m_noTimers = new QLabel(this);
    layout->addWidget(m_noTimers);
    auto *timers = new QGridLayout;
    for (int k = 0; k < timerKindCount; ++k) {
        m_timerNames[k] = new QLabel(this);
        m_timerLeft[k] = new QLabel(this);
        m_timerLeft[k]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timerLeft[k]->setMinimumWidth(80);
        QFont f = m_timerLeft[k]->font();
        f.setBold(true);
        m_timerLeft[k]->setFont(f);
        m_timerBars[k] = new QProgressBar(this);
        m_timerBars[k]->setTextVisible(false);
        m_timerBars[k]->setRange(0, 1000);
        m_timerBars[k]->setMaximumHeight(10);
        timers->addWidget(m_timerNames[k], k, 0);
        timers->addWidget(m_timerLeft[k], k, 1);
        timers->addWidget(m_timerBars[k], k, 2);
    }
    timers->setColumnStretch(2, 1);
    layout->addLayout(timers);
    layout->addSpacing(6);
    m_relativeBox = new QCheckBox(this);
    layout->addWidget(m_relativeBox);
    layout->addStretch(1);

    connect(m_connections, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_comboSockets.size())
            setSocket(m_comboSockets[index]);
    });
    connect(m_relativeBox, &QCheckBox::toggled, this, &EndpointPanel::setRelativeSequenceNumbers);
    retranslate();
}

QString EndpointPanel::connectionName(const Trace &trace, int socket)
{
    if (socket < 0 || socket >= trace.sockets.size())
        return QString();
    const SocketInfo &s = trace.sockets[socket];
    const QString local = endpointText(trace.addressText(s.local.address, s.host), s.local.port);
    if (s.listener)
        return tr("%1 %2 (listening)").arg(trace.hostName(s.host), local);
    return QStringLiteral("%1 %2 ↔ %3")
        .arg(trace.hostName(s.host), local, endpointText(trace.remoteAddressText(socket), s.remote.port));
}

// Spelled out for both plural forms: the app has no English catalogue for %n plurals.
QString EndpointPanel::bytesText(int n)
{
    return n == 1 ? tr("1 byte") : tr("%1 bytes").arg(n);
}

QString EndpointPanel::timeLeftText(SimTime left)
{
    if (left < 0)
        left = 0;
    if (left < usPerSecond) {
        // Hundredths of a second, so a countdown below one second keeps its unit.
        QString s = QString::number(double(left) / usPerSecond, 'f', 2);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return QStringLiteral("%1 s").arg(s);
    }
    return durationText(left);
}

void EndpointPanel::setTrace(const Trace *trace, const Scenario *scenario)
{
    // Keep the chosen connection across re-simulations by its addresses, not its id.
    SocketInfo previous;
    const bool hadSocket = m_trace && m_socket >= 0 && m_socket < m_trace->sockets.size();
    if (hadSocket)
        previous = m_trace->sockets[m_socket];
    m_trace = trace;
    m_scenario = scenario;
    int chosen = -1;
    if (m_trace) {
        for (const SocketInfo &s : m_trace->sockets) {
            if (hadSocket && s.host == previous.host && s.local == previous.local && s.remote == previous.remote
                && s.listener == previous.listener) {
                chosen = s.id;
                break;
            }
        }
        if (chosen < 0) {
            // The first connection that is not a listener: usually the client's.
            for (const SocketInfo &s : m_trace->sockets) {
                if (!s.listener) {
                    chosen = s.id;
                    break;
                }
            }
        }
        if (chosen < 0 && !m_trace->sockets.isEmpty())
            chosen = 0;
    }
    m_socket = chosen;
    rebuildConnections();
    refresh();
}

void EndpointPanel::rebuildConnections()
{
    m_connections->clear();
    m_comboSockets.clear();
    if (!m_trace)
        return;
    for (const SocketInfo &s : m_trace->sockets) {
        m_connections->addItem(connectionName(*m_trace, s.id));
        m_comboSockets.append(s.id);
    }
    m_connections->setCurrentIndex(int(m_comboSockets.indexOf(m_socket)));
}

QStringList EndpointPanel::connectionNames() const
{
    QStringList names;
    for (int i = 0; i < m_connections->count(); ++i)
        names << m_connections->itemText(i);
    return names;
}

void EndpointPanel::setSocket(int socket)
{
    if (socket == m_socket)
        return;
    m_socket = socket;
    m_connections->setCurrentIndex(int(m_comboSockets.indexOf(socket)));
    refresh();
    emit socketChanged(socket);
}

void EndpointPanel::setPlayhead(SimTime t)
{
    m_playhead = t;
    refresh();
}

void EndpointPanel::setRelativeSequenceNumbers(bool on)
{
    if (m_relativeBox->isChecked() != on)
        m_relativeBox->setChecked(on);
    if (m_relative == on)
        return;
    m_relative = on;
    refresh();
}

int EndpointPanel::lastSocketEventAtOrBefore(int socket, SimTime t) const
{
    if (!m_trace)
        return -1;
    const QList<int> &list = m_trace->eventsOfSocket(socket);
    auto it = std::upper_bound(list.begin(), list.end(), t,
                               [this](SimTime time, int index) { return time < m_trace->events[index].time; });
    return it == list.begin() ? -1 : *(it - 1);
}

SimTime EndpointPanel::timerSetAt(int socket, TimerKind kind, SimTime t) const
{
    const int last = lastSocketEventAtOrBefore(socket, t);
    if (last < 0)
        return -1;
    const QList<int> &list = m_trace->eventsOfSocket(socket);
    for (int pos = int(std::find(list.begin(), list.end(), last) - list.begin()); pos >= 0; --pos) {
        const TraceEvent &e = m_trace->events[list[pos]];
        if (e.type == TraceEventType::Timer && e.timer == kind && e.timerAction == TimerAction::Set)
            return e.time;
    }
    return -1;
}

QString EndpointPanel::valueText(Field field) const
{
    return m_values[size_t(field)];
}

QStringList EndpointPanel::timerTexts() const
{
    QStringList out;
    for (int k = 0; k < timerKindCount; ++k) {
        if (!m_timerLeft[k]->isHidden())
            out << m_timerNames[k]->text() + QLatin1Char('\t') + m_timerLeft[k]->text();
    }
    return out;
}

void EndpointPanel::refresh()
{
    m_values.fill(QString());
    m_emphasised.fill(false);
    const bool valid = m_trace && m_socket >= 0 && m_socket < m_trace->sockets.size();
    TcbSnapshot tcb;
    TcbSnapshot before;
    if (valid) {
        tcb = m_trace->tcbAt(m_socket, m_playhead);
        tcb.state = m_trace->stateAt(m_socket, m_playhead);
        // The step just taken: the latest event of the whole run at or before the playhead.
        // If it happened to this socket, emphasise what it changed.
        const int lastGlobal = m_trace->firstEventAtOrAfter(m_playhead + 1) - 1;
        const int lastHere = lastSocketEventAtOrBefore(m_socket, m_playhead);
        if (lastGlobal >= 0 && lastHere >= 0 && m_trace->events[lastHere].time == m_trace->events[lastGlobal].time) {
            const SimTime at = m_trace->events[lastHere].time;
            before = m_trace->tcbAt(m_socket, at - 1);
            before.state = m_trace->stateAt(m_socket, at - 1);
        } else {
            before = tcb;
        }
    }

    const bool existed = valid && (tcb.state != TcpState::Closed || tcb.iss != 0 || tcb.sndNxt != 0);
    const bool hasSend = existed && tcb.state != TcpState::Listen;
    const bool hasReceive = hasSend && tcb.state != TcpState::SynSent;
    auto seqText = [this](uint32_t v, uint32_t base) {
        return QString::number(m_relative ? uint32_t(v - base) : v);
    };
    auto set = [this](Field f, const QString &text, bool changed) {
        m_values[size_t(f)] = text;
        m_emphasised[size_t(f)] = changed;
    };
    const QString none = QStringLiteral("—");
    set(Field::State, valid ? tcpStateName(tcb.state) : none, tcb.state != before.state);
    set(Field::Iss, hasSend ? seqText(tcb.iss, tcb.iss) : none, tcb.iss != before.iss);
    set(Field::Irs, hasReceive ? seqText(tcb.irs, tcb.irs) : none, tcb.irs != before.irs);
    set(Field::SndUna, hasSend ? seqText(tcb.sndUna, tcb.iss) : none, tcb.sndUna != before.sndUna);
    set(Field::SndNxt, hasSend ? seqText(tcb.sndNxt, tcb.iss) : none, tcb.sndNxt != before.sndNxt);
    set(Field::SndWnd, hasReceive ? QString::number(tcb.sndWnd) : none, tcb.sndWnd != before.sndWnd);
    set(Field::RcvNxt, hasReceive ? seqText(tcb.rcvNxt, tcb.irs) : none, tcb.rcvNxt != before.rcvNxt);
    set(Field::RcvWnd, hasReceive ? QString::number(tcb.rcvWnd) : none, tcb.rcvWnd != before.rcvWnd);
    set(Field::SendQueued, existed ? bytesText(tcb.sendQueued) : none, tcb.sendQueued != before.sendQueued);
    set(Field::Unread, existed ? bytesText(tcb.unreadBytes) : none, tcb.unreadBytes != before.unreadBytes);
    set(Field::OutOfOrder, existed ? bytesText(tcb.outOfOrderBytes) : none, tcb.outOfOrderBytes != before.outOfOrderBytes);
    set(Field::Rto, hasSend ? timeLeftText(tcb.rto) : none, tcb.rto != before.rto);

    // The state banner, in the state's colour with the host's colour as a side bar.
    const QColor fill = HostPalette::stateFill(tcb.state);
    const QColor text = HostPalette::stateText(tcb.state);
    const QColor side = valid ? hostColor(*m_trace, m_trace->sockets[m_socket].host) : QColor(Qt::gray);
    m_state->setText(m_values[0]);
    m_state->setToolTip(valid ? Narration::socketName(*m_trace, m_socket, m_trace->sockets[m_socket].host) : QString());
    const QString stateStyle = QStringLiteral("QLabel { background: %1; color: %2; border-left: 8px solid %3;"
                                          " font-weight: bold; font-size: %4pt; padding: 4px; %5 }")
                               .arg(fill.name(), text.name(), side.name())
                               .arg(font().pointSizeF() * 1.4)
                               .arg(m_emphasised[0] ? QStringLiteral("border-top: 2px solid %1; border-bottom: 2px solid %1;")
                                                          .arg(HostPalette::selectionColor().name())
                                                    : QString());
    // Style sheets are parsed on every set: only touch them when they change (playback
    // calls this every frame).
    if (m_state->styleSheet() != stateStyle)
        m_state->setStyleSheet(stateStyle);
    const QString emphasis = QStringLiteral("QLabel { background: #fff2a8; color: #000; font-weight: bold; border-radius: 3px; padding: 0 3px; }");
    for (int i = 1; i < fieldCount; ++i) {
        m_valueLabels[i]->setText(m_values[i]);
        const QString style = m_emphasised[i] ? emphasis : QStringLiteral("QLabel { padding: 0 3px; }");
        if (m_valueLabels[i]->styleSheet() != style)
            m_valueLabels[i]->setStyleSheet(style);
    }

    // Running timers with the time left, counting down with the playhead.
    bool any = false;
    for (int k = 0; k < timerKindCount; ++k) {
        const SimTime due = valid ? tcb.timerDue[size_t(k)] : 0;
        const bool running = due > 0 && due >= m_playhead;
        m_timerNames[k]->setVisible(running);
        m_timerLeft[k]->setVisible(running);
        m_timerBars[k]->setVisible(running);
        if (!running)
            continue;
        any = true;
        const SimTime left = due - m_playhead;
        m_timerLeft[k]->setText(timeLeftText(left));
        const SimTime setAt = timerSetAt(m_socket, timerKinds[size_t(k)], m_playhead);
        const SimTime total = setAt >= 0 ? due - setAt : 0;
        m_timerBars[k]->setValue(total > 0 ? int(1000 * left / total) : 0);
        m_timerBars[k]->setToolTip(tr("due at %1 s").arg(QString::number(double(due) / usPerSecond, 'f', 3)));
        const QString barStyle = QStringLiteral("QProgressBar::chunk { background: %1; }")
                                     .arg(HostPalette::timerColor(timerKinds[size_t(k)]).name());
        if (m_timerBars[k]->styleSheet() != barStyle)
            m_timerBars[k]->setStyleSheet(barStyle);
    }
    m_noTimers->setVisible(!any);
}

void EndpointPanel::retranslate()
{
    setWindowTitle(tr("Connection Variables"));
    m_connectionLabel->setText(tr("&Connection:"));
    m_timersTitle->setText(tr("Running timers"));
    m_noTimers->setText(tr("No timer is running."));
    m_relativeBox->setText(tr("Relative sequence numbers (counted from the ISNs, as Wireshark shows them)"));
    // The names are RFC 9293 §3.3.1's and stay as they are in every language.
    m_names[int(Field::Iss)]->setText(QStringLiteral("ISS"));
    m_names[int(Field::Irs)]->setText(QStringLiteral("IRS"));
    m_names[int(Field::SndUna)]->setText(QStringLiteral("SND.UNA"));
    m_names[int(Field::SndNxt)]->setText(QStringLiteral("SND.NXT"));
    m_names[int(Field::SndWnd)]->setText(QStringLiteral("SND.WND"));
    m_names[int(Field::RcvNxt)]->setText(QStringLiteral("RCV.NXT"));
    m_names[int(Field::RcvWnd)]->setText(QStringLiteral("RCV.WND"));
    m_names[int(Field::SendQueued)]->setText(tr("Send queue"));
    m_names[int(Field::Unread)]->setText(tr("Unread"));
    m_names[int(Field::OutOfOrder)]->setText(tr("Out of order"));
    m_names[int(Field::Rto)]->setText(QStringLiteral("RTO"));
    m_help[int(Field::Iss)]->setText(tr("initial send sequence number: this side's ISN"));
    m_help[int(Field::Irs)]->setText(tr("initial receive sequence number: the peer's ISN"));
    m_help[int(Field::SndUna)]->setText(tr("oldest sequence number sent but not yet acknowledged"));
    m_help[int(Field::SndNxt)]->setText(tr("next sequence number to send"));
    m_help[int(Field::SndWnd)]->setText(tr("send window: how much the peer said it can take"));
    m_help[int(Field::RcvNxt)]->setText(tr("next sequence number expected from the peer: the ack this side sends"));
    m_help[int(Field::RcvWnd)]->setText(tr("receive window: how much more this side can take"));
    m_help[int(Field::SendQueued)]->setText(tr("bytes the application gave to TCP that are not yet acknowledged"));
    m_help[int(Field::Unread)]->setText(tr("bytes received in order that the application has not read yet"));
    m_help[int(Field::OutOfOrder)]->setText(tr("bytes received ahead of a gap, held until the gap is filled"));
    m_help[int(Field::Rto)]->setText(tr("current retransmission timeout (RFC 6298)"));
    for (int k = 0; k < timerKindCount; ++k) {
        QString name;
        switch (timerKinds[size_t(k)]) {
        case TimerKind::Retransmission: name = tr("Retransmission (RTO)"); break;
        case TimerKind::TimeWait: name = tr("TIME-WAIT (2×MSL)"); break;
        case TimerKind::FinWait2: name = tr("FIN-WAIT-2 timeout"); break;
        case TimerKind::Keepalive: name = tr("Keepalive"); break;
        case TimerKind::DelayedAck: name = tr("Delayed ACK"); break;
        case TimerKind::Persist: name = tr("Persist (zero window)"); break;
        }
        m_timerNames[k]->setText(name);
    }
    if (m_trace) {
        for (int i = 0; i < m_comboSockets.size() && i < m_connections->count(); ++i)
            m_connections->setItemText(i, connectionName(*m_trace, m_comboSockets[i]));
    }
    refresh();
}

void EndpointPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplab
