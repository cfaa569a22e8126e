#pragma once

#include "scenario/scenario.h"
#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QList>
#include <QWidget>
#include <array>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace tcplab {

// One connection's transmission control block at the playhead (RFC 9293 §3.3.1): its
// state, sequence variables, windows, queues and every running timer with the time left,
// counting down as playback moves. Values changed by the step just taken are emphasised.
class EndpointPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Field { State, Iss, Irs, SndUna, SndNxt, SndWnd, RcvNxt, RcvWnd, SendQueued, Unread, OutOfOrder, Rto };
    static constexpr int fieldCount = 12;

    explicit EndpointPanel(QWidget *parent = nullptr);

    // Not owned; called again after every re-simulation (the chosen connection is kept).
    void setTrace(const Trace *trace, const Scenario *scenario);
    void setPlayhead(SimTime t);
    SimTime playhead() const { return m_playhead; }

    // The connection shown (a socket id of the trace), -1 for none.
    int socket() const { return m_socket; }
    void setSocket(int socket);
    // Show SND/RCV numbers relative to the ISNs, as Wireshark does; absolute by default.
    void setRelativeSequenceNumbers(bool on);
    bool relativeSequenceNumbers() const { return m_relative; }

    // What the panel shows, for tests.
    QString valueText(Field field) const;
    bool isEmphasised(Field field) const { return m_emphasised[size_t(field)]; }
    // One line per running timer: "TIME-WAIT (2×MSL)\t30 s".
    QStringList timerTexts() const;
    QStringList connectionNames() const;

    // "0 bytes", "1 byte", "18 bytes".
    static QString bytesText(int n);
    // Time left on a timer: "0.73 s", "59.2 s", "1 h 59 min".
    static QString timeLeftText(SimTime left);
    // "A 10.0.0.1:40000 ↔ 10.0.0.2:80"; a listener: "B 10.0.0.2:80 (listening)".
    static QString connectionName(const Trace &trace, int socket);

signals:
    void socketChanged(int socket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildConnections();
    void refresh();
    void retranslate();
    // The event before or at t on this socket (index into trace events), or -1.
    int lastSocketEventAtOrBefore(int socket, SimTime t) const;
    SimTime timerSetAt(int socket, TimerKind kind, SimTime t) const;

    const Trace *m_trace = nullptr;
    const Scenario *m_scenario = nullptr;
    SimTime m_playhead = 0;
    int m_socket = -1;
    bool m_relative = false;
    QList<int> m_comboSockets;             // socket id per combo entry
    std::array<QString, fieldCount> m_values;
    std::array<bool, fieldCount> m_emphasised{};

    QLabel *m_connectionLabel = nullptr;
    QComboBox *m_connections = nullptr;
    QLabel *m_state = nullptr;
    std::array<QLabel *, fieldCount> m_names{};
    std::array<QLabel *, fieldCount> m_valueLabels{};
    std::array<QLabel *, fieldCount> m_help{};
    QLabel *m_timersTitle = nullptr;
    QLabel *m_noTimers = nullptr;
    std::array<QLabel *, timerKindCount> m_timerNames{};
    std::array<QLabel *, timerKindCount> m_timerLeft{};
    std::array<QProgressBar *, timerKindCount> m_timerBars{};
    QCheckBox *m_relativeBox = nullptr;
};

} // namespace tcplab
