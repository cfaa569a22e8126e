#pragma once

#include "scenario/scenario.h"
#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace tcplab {

class SocketTableModel;

// `ss -tan` for one host at the playhead: a host selector over a table of its sockets.
class SocketTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SocketTablePanel(QWidget *parent = nullptr);

    void setTrace(const Trace *trace, const Scenario *scenario);
    void setPlayhead(SimTime t);
    void setHost(int host);
    int host() const;

    SocketTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    // The learner double-clicked a row: show that connection elsewhere (endpoint panel).
    void socketActivated(int socket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildHosts();
    void retranslate();
    void updateCount();
    void fitColumns();
    void widenColumns();

    const Trace *m_trace = nullptr;
    QLabel *m_hostLabel = nullptr;
    QComboBox *m_hosts = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    SocketTableModel *m_model = nullptr;
};

} // namespace tcplab
