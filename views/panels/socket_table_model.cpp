#include "panels/socket_table_model.h"

#include "common/host_palette.h"

#include <QColor>
#include <QFont>

namespace tcplab {

SocketTableModel::SocketTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString SocketTableModel::ssStateName(TcpState state)
{
    // iproute2's ss spelling (misc/ss.c sstate_name), which differs from RFC 9293's.
    switch (state) {
    case TcpState::Closed: return QStringLiteral("UNCONN");
    case TcpState::Listen: return QStringLiteral("LISTEN");
    case TcpState::SynSent: return QStringLiteral("SYN-SENT");
    case TcpState::SynReceived: return QStringLiteral("SYN-RECV");
    case TcpState::Established: return QStringLiteral("ESTAB");
    case TcpState::FinWait1: return QStringLiteral("FIN-WAIT-1");
    case TcpState::FinWait2: return QStringLiteral("FIN-WAIT-2");
    case TcpState::CloseWait: return QStringLiteral("CLOSE-WAIT");
    case TcpState::Closing: return QStringLiteral("CLOSING");
    case TcpState::LastAck: return QStringLiteral("LAST-ACK");
    case TcpState::TimeWait: return QStringLiteral("TIME-WAIT");
    }
    return QString();
}

void SocketTableModel::setTrace(const Trace *trace)
{
    m_trace = trace;
    if (m_trace && m_host >= m_trace->hosts.size())
        m_host = 0;
    m_hostSockets = m_trace ? m_trace->socketsOf(m_host) : QList<int>();
    recompute(true);
}

void SocketTableModel::setHost(int host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_hostSockets = m_trace ? m_trace->socketsOf(m_host) : QList<int>();
    recompute(true);
}

void SocketTableModel::setPlayhead(SimTime t)
{
    m_playhead = t;
    recompute(false);
}

void SocketTableModel::recompute(bool force)
{
    const int boundary = m_trace ? m_trace->firstEventAtOrAfter(m_playhead + 1) : -1;
    if (!force && boundary == m_eventBoundary)
        return; // nothing happened between the old and the new playhead
    m_eventBoundary = boundary;

    QList<Row> rows;
    if (m_trace) {
        for (int id : std::as_const(m_hostSockets)) {
            const SocketInfo &info = m_trace->sockets[id];
            const TcpState state = m_trace->stateAt(id, m_playhead);
            // A half-open entry that returned to LISTEN is gone: its listener is the row.
            if (state == TcpState::Listen && info.listenerSocket >= 0)
                continue;
            const QString error = lastError(id);
            if (state == TcpState::Closed && error.isEmpty())
                continue;
            Row r;
            r.socket = id;
            r.state = state;
            r.error = error;
            if (info.listener) {
                // As ss shows a listener: Recv-Q the accept queue, Send-Q the backlog.
                const ListenerQueues queues = m_trace->listenerQueuesAt(id, m_playhead);
                r.recvQ = queues.acceptQueue;
                r.sendQ = info.backlog;
                r.synQueue = queues.synQueue;
            } else {
                const TcbSnapshot tcb = m_trace->tcbAt(id, m_playhead);
                r.recvQ = tcb.unreadBytes;
                r.sendQ = tcb.sendQueued;
            }
            rows.append(r);
        }
        // Listeners first, as people look for them first; then in order of creation.
        std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
            return m_trace->sockets[a.socket].listener > m_trace->sockets[b.socket].listener;
        });
    }

    bool sameSockets = rows.size() == m_rows.size();
    for (int i = 0; sameSockets && i < rows.size(); ++i)
        sameSockets = rows[i].socket == m_rows[i].socket;
    if (sameSockets && !force) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString SocketTableModel::lastError(int socket) const
{
    const QList<int> &events = m_trace->eventsOfSocket(socket);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (*it >= m_eventBoundary)
            continue;
        const TraceEvent &e = m_trace->events[*it];
        if (e.type == TraceEventType::Notice) {
            if (const QString error = noticeErrorName(e.notice); !error.isEmpty())
                return error;
        }
    }
    return QString();
}

int SocketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_trace || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const SocketInfo &info = m_trace->sockets[r.socket];
    if (role == SocketIdRole)
        return r.socket;
    if (role == TcpStateRole)
        return int(r.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StateColumn:
            return r.error.isEmpty() ? ssStateName(r.state) : ssStateName(r.state) + QLatin1Char(' ') + r.error;
        case RecvQColumn: return r.recvQ;
        case SendQColumn: return r.sendQ >= 0 ? QVariant(r.sendQ) : QVariant(QStringLiteral("?"));
        case SynQueueColumn: return r.synQueue >= 0 ? QVariant(r.synQueue) : QVariant();
        case LocalColumn: return endpointText(m_trace->addressText(info.local.address, info.host), info.local.port);
        case PeerColumn:
            return info.listener ? QStringLiteral("*:*") : endpointText(m_trace->remoteAddressText(r.socket), info.remote.port);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StateColumn: {
            const QString state = tr("%1 is how ss prints the state %2 (RFC 9293).").arg(ssStateName(r.state), tcpStateName(r.state));
            return r.error.isEmpty() ? state : state + QLatin1Char('\n') + errorText(r.error);
        }
        case RecvQColumn:
            return info.listener ? tr("For a listener: connections waiting in the accept queue. The scenario's applications accept at once, so it stays 0.")
                                 : tr("Bytes received that the application has not read yet.");
        case SendQColumn:
            return info.listener ? tr("For a listener: the backlog, the limit of its queues.")
                                 : tr("Bytes sent (or queued) that the peer has not acknowledged yet.");
        case SynQueueColumn:
            return info.listener ? tr("Half-open connections (SYN-RECV) waiting for the handshake's last ACK.") : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == RecvQColumn || index.column() == SendQColumn || index.column() == SynQueueColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == StateColumn)
        return HostPalette::stateFill(r.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return HostPalette::stateText(r.state);
    if (role == Qt::FontRole && index.column() != StateColumn) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

QVariant SocketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StateColumn: return tr("State");
        case RecvQColumn: return tr("Recv-Q");
        case SendQColumn: return tr("Send-Q");
        case SynQueueColumn: return tr("SYN queue");
        case LocalColumn: return tr("Local Address:Port");
        case PeerColumn: return tr("Peer Address:Port");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StateColumn: return tr("The state as ss prints it; after it, the error (errno) the application got on the socket, if any.");
        case RecvQColumn: return tr("Established: bytes not yet read. Listener: the accept queue.");
        case SendQColumn: return tr("Established: bytes not yet acknowledged. Listener: the backlog.");
        case SynQueueColumn: return tr("Listener only: half-open connections in SYN-RECV. Not a column of ss; it counts the rows `ss -tan state syn-recv` would show.");
        default: break;
        }
    }
    return {};
}

QString SocketTableModel::errorText(const QString &errnoName)
{
    if (errnoName == QLatin1String("ECONNRESET"))
        return tr("ECONNRESET: the peer reset the connection.");
    if (errnoName == QLatin1String("ECONNREFUSED"))
        return tr("ECONNREFUSED: the connection attempt was answered with RST.");
    if (errnoName == QLatin1String("ETIMEDOUT"))
        return tr("ETIMEDOUT: retransmissions or keepalive probes went unanswered.");
    if (errnoName == QLatin1String("EPIPE"))
        return tr("EPIPE: send() after shutdown(), or on a connection that is gone.");
    if (errnoName == QLatin1String("EADDRINUSE"))
        return tr("EADDRINUSE: the four addresses are still held by an earlier connection.");
    return errnoName;
}

void SocketTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace tcplab
