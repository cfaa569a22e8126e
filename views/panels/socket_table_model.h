#pragma once

#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QAbstractTableModel>
#include <QList>

namespace tcplab {

// One host's sockets at the playhead, the way `ss -tan` lists them: every socket that is
// not CLOSED, with its queues and its two addresses; and, unlike ss, a socket whose
// application got an error (ECONNRESET, ECONNREFUSED, ETIMEDOUT, EPIPE) shows it in the
// state cell ("UNCONN ECONNRESET"), also once the connection is gone: the application
// still holds the socket. Rows change only when the playhead
// crosses an event, so scrubbing through a SYN flood with thousands of half-open entries
// stays cheap.
class SocketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, RecvQColumn, SendQColumn, SynQueueColumn, LocalColumn, PeerColumn, ColumnCount };
    enum Role { SocketIdRole = Qt::UserRole + 1, TcpStateRole };

    explicit SocketTableModel(QObject *parent = nullptr);

    void setTrace(const Trace *trace);
    void setPlayhead(SimTime t);
    void setHost(int host);
    int host() const { return m_host; }

    int socketAt(int row) const { return m_rows.value(row).socket; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The state as `ss` prints it: ESTAB, SYN-RECV, ... (not the RFC spelling).
    static QString ssStateName(TcpState state);
    // A sentence for an errno name ("ECONNRESET: the peer reset the connection.").
    static QString errorText(const QString &errnoName);
    // Call after a language change: the header and tooltips are re-read.
    void retranslate();

private:
    struct Row {
        int socket = -1;
        TcpState state = TcpState::Closed;
        int recvQ = 0;
        int sendQ = 0;
        int synQueue = -1; // listeners only
        QString error;     // the errno the application last got on the socket, if any
    };
    void recompute(bool force);
    // The errno of the socket's last error notice before m_eventBoundary, or empty.
    QString lastError(int socket) const;

    const Trace *m_trace = nullptr;
    SimTime m_playhead = 0;
    int m_host = 0;
    int m_eventBoundary = -1; // events before this index are in force at the playhead
    QList<int> m_hostSockets;
    QList<Row> m_rows;
};

} // namespace tcplab
