#pragma once

#include "export/image_file_writer.h"
#include "settings/protocol_settings.h"
#include "sim/sim_time.h"
#include "state/state_diagram_frame.h"
#include "state/state_diagram_layout.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace tcplab {

class Trace;

// What a state diagram export shows and how (the PNG choices match DiagramExportOptions).
struct StateDiagramExportOptions {
    SimTime at = -1;          // the moment shown; -1: the end of the run
    QList<int> sockets;       // the endpoints shown; empty: StateDiagramFrame::defaultSockets()
    ProtocolVariant variant = ProtocolVariant::Standard; // the run's: its edges are drawn
    double scale = 1.0;       // PNG: 1×, 2×, …
    int dpi = 0;              // PNG: when > 0, overrides scale (96 dpi = 1×)
    bool transparent = false; // PNG and SVG: no white background
    bool titleBlock = true;   // title, details and the states at that moment above the diagram
    QString title;
    QStringList details;

    double effectiveScale() const { return dpi > 0 ? dpi / 96.0 : scale; }
};

// Exports the RFC 9293 state diagram of a trace at one moment — each shown endpoint's state
// highlighted, its last transition marked — to PNG, SVG or PDF. The picture comes from the
// same pure step (StateDiagramFrame) and painter as the screen, at the diagram's own size,
// with no widget: it works under a QGuiApplication (tcplab-cli). Files are written through
// ImageFileWriter, atomically.
class StateDiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(StateDiagramExporter)

public:
    // The trace is only read, and must outlive the exporter.
    StateDiagramExporter(const Trace &trace, const StateDiagramExportOptions &options);

    // What is drawn: the states and marks at the moment.
    const StateDiagramFrame &frame() const { return m_frame; }
    // Size at scale 1, in pixels (points for PDF and SVG).
    QSizeF pictureSize() const;
    QImage renderImage() const;
    // The format comes from the extension (.png, .svg, .pdf). On failure returns false and
    // explains in *error (unknown extension, missing folder, unwritable file).
    bool write(const QString &path, QString *error) const;

    // "At 1.2 s: A ESTABLISHED, B CLOSE-WAIT", the title block's last line.
    QString statesLine() const;

private:
    double titleBlockHeight() const;
    void paintPicture(QPainter *p, bool background) const;
    ImageFileWriter writer(ExportFormat format) const;

    StateDiagramExportOptions m_options;
    StateDiagramLayout m_layout;
    StateDiagramFrame m_frame;
};

} // namespace tcplab
