#pragma once

#include "scenario/scenario.h"
#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace tcplab {

class HeaderFigure;

// The selected segment under the magnifying glass: its TCP header drawn as the classic
// 32-bit-wide figure of RFC 9293 §3.1 with every field's value and the real checksum, a
// plain explanation of its numbers in the context of the run, and its data as text and hex.
class SegmentInspector : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentInspector(QWidget *parent = nullptr);

    // Not owned; called again after every re-simulation (the selection is kept by id).
    void setTrace(const Trace *trace, const Scenario *scenario);
    void setPlayhead(SimTime t);
    void setSegment(int segmentId);
    int segment() const { return m_segment; }

    // What the panel shows, for tests and for copying.
    QStringList explanation() const { return m_sentences; }
    // The heading line: "Segment A#1: 10.0.0.1:40000 → 10.0.0.2:80   SYN".
    QString title() const;
    QString payloadText() const;
    // The painted header figure, inside its own sideways-scrolling area.
    QWidget *headerFigure() const;

    // Pure text builders.
    static QStringList explain(const Trace &trace, int segmentId);
    // "0000  47 45 54 20 …  |GET …|": offset, 16 bytes in hex, the same bytes as ASCII.
    static QString hexDump(const QByteArray &data);
    // The data as text with control characters escaped ("GET / HTTP/1.0\r\n").
    static QString printable(const QByteArray &data);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void fitFigureScroll();

    const Trace *m_trace = nullptr;
    const Scenario *m_scenario = nullptr;
    SimTime m_playhead = 0;
    int m_segment = -1;
    QStringList m_sentences;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    HeaderFigure *m_figure = nullptr;
    QScrollArea *m_figureScroll = nullptr;
    QLabel *m_explanationTitle = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_payloadTitle = nullptr;
    QPlainTextEdit *m_payload = nullptr;
};

} // namespace tcplab
