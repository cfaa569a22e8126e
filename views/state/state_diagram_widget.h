#pragma once

#include "settings/protocol_settings.h"
#include "sim/sim_time.h"
#include "state/state_diagram_layout.h"
#include "state/state_diagram_painter.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QVariantAnimation;

namespace tcplab {

class Trace;

// The RFC 9293 state diagram (Figure 5) with each shown endpoint's state at the playhead
// highlighted in its host's colour and the transition it took last marked (a short pulse
// runs along the edge when it changes). Clicking a state explains it below the diagram.
// The widget asks the trace; it never owns protocol logic (DESIGN.md).
class StateDiagramWidget : public QWidget
{
    Q_OBJECT
public:
    // One shown endpoint at the playhead.
    struct Highlight {
        int socket = -1;
        int host = -1;
        QString hostName;
        QColor color;
        TcpState state = TcpState::Closed;    // as drawn (a listener's child shows LISTEN
                                              // before it exists and after it is dropped)
        StateNodeRole node = StateNodeRole::Primary;
        int edge = -1;                        // the marked edge, or -1
        int eventIndex = -1;                  // the State event behind the mark, or -1
    };

    explicit StateDiagramWidget(QWidget *parent = nullptr);
    ~StateDiagramWidget() override;

    // The trace must outlive the widget or be replaced first; nullptr clears.
    void setTrace(const Trace *trace);
    const Trace *trace() const { return m_trace; }
    void setPlayhead(SimTime t);
    SimTime playhead() const { return m_playhead; }
    // Which endpoints to show; an empty list restores the default (defaultSockets()).
    void setSockets(const QList<int> &socketIds);
    QList<int> sockets() const { return m_sockets; }
    void setVariant(ProtocolVariant variant);
    ProtocolVariant variant() const { return m_variant; }

    // The first connection socket of each host that is not an attacker (its listener when
    // it has none), in host order.
    static QList<int> defaultSockets(const Trace &trace);

    QList<Highlight> highlights() const { return m_highlights; }
    // Host name → state drawn for it (the first shown socket of each host).
    QMap<QString, TcpState> highlightedStates() const;
    const StateDiagramLayout &diagramLayout() const { return m_layout; }
    // True while the pulse runs along an edge just taken.
    bool isPulsing() const { return m_pulse >= 0; }

    // The state whose explanation is shown, if any.
    void setSelectedState(TcpState state);
    void clearSelection();
    bool hasSelection() const { return m_selectedNode >= 0; }
    TcpState selectedState() const;
    // One short paragraph: what the state means and how it is left (translated).
    static QString stateDescription(TcpState state);
    // What an endpoint's last transition was, for the caption ("rcv FIN / snd ACK").
    static QString transitionText(TcpState from, TcpState to, StateCause cause, int edge);

    // Paints the diagram with the current highlights into any rectangle of any device
    // (export): no caption, no animation.
    void paint(QPainter *painter, const QRectF &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stateClicked(tcplab::TcpState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildLayout();
    void recompute(bool animate);
    void updateCaption();
    void placeCaption();
    QRectF diagramRect() const;
    StateDiagramPaintState paintState(bool withPulse) const;
    QColor colorOfHost(int host) const;

    const Trace *m_trace = nullptr;
    SimTime m_playhead = 0;
    QList<int> m_sockets;
    QHash<int, QList<int>> m_stateEvents; // socket → indexes of its State events
    bool m_defaultSockets = true;
    ProtocolVariant m_variant = ProtocolVariant::Standard;
    StateDiagramLayout m_layout;
    QList<Highlight> m_highlights;
    QList<int> m_pulsing;            // sockets whose mark just changed
    double m_pulse = -1;
    int m_selectedNode = -1;
    QLabel *m_caption = nullptr;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace tcplab
