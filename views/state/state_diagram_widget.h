#pragma once

#include "settings/protocol_settings.h"
#include "sim/sim_time.h"
#include "state/state_diagram_frame.h"
#include "state/state_diagram_layout.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVariantAnimation;

namespace tcplab {

class Trace;

// The RFC 9293 state diagram (Figure 5) with each shown endpoint's state at the playhead
// highlighted in its host's colour and the transition it took last marked (a short pulse
// runs along the edge when it changes). Clicking a state explains it below the diagram.
// What is drawn comes from StateDiagramFrame, the pure step the export uses too; the widget
// adds only the caption, the clicks and the pulse.
class StateDiagramWidget : public QWidget
{
    Q_OBJECT
public:
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

    // Colours and line widths; the caption's colours follow the theme's narration colours.
    void setTheme(const DiagramTheme &theme);
    const DiagramTheme &theme() const { return m_theme; }
    // The state names, transition labels and the caption at this multiple of their normal
    // size; the layout is computed again with the larger fonts, so labels keep apart.
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }

    // What is drawn: the pure step's answer for the trace, the sockets and the playhead.
    const StateDiagramFrame &frame() const { return m_frame; }
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
    enum class Transition { Pulse, Still };
    void recompute(Transition transition);
    void updateCaption();
    void placeCaption();
    QRectF diagramRect() const;

    const Trace *m_trace = nullptr;
    SimTime m_playhead = 0;
    QList<int> m_sockets;
    bool m_defaultSockets = true;
    ProtocolVariant m_variant = ProtocolVariant::Standard;
    DiagramTheme m_theme = DiagramTheme::standard();
    double m_textScale = 1.0;
    StateDiagramLayout m_layout;
    StateDiagramFrame m_frame;
    QList<int> m_pulsing;            // sockets whose mark just changed
    double m_pulse = -1;
    int m_selectedNode = -1;
    QLabel *m_caption = nullptr;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace tcplab
