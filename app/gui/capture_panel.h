#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tcplab {

class ScenarioDocument;

// The "Capture" panel: what the observer knows about a connection read from a capture and
// how — where the capture was taken and the one-way delay (measured or unknown), the real
// addresses (also IPv6, which the model's hosts cannot hold), and for each segment its
// frame number, whether its send and arrival times were seen at the capture point or
// worked out (≈), and what was inferred (lost after the point, out of order, payload cut
// by the snap length). These are the observer's "cannot know" marks (docs/captures.md);
// for a simulated run the panel says there is nothing to mark.
class CapturePanel : public QWidget
{
    Q_OBJECT
public:
    CapturePanel(ScenarioDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summaryText() const;

    // Selects the segment's row (the diagram's selection).
    void setSegment(int segmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ScenarioDocument *m_document;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace tcplab
