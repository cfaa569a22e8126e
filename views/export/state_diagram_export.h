#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace tcplab {

class StateDiagramWidget;

// What a state diagram export shows and how (the PNG choices match DiagramExportOptions).
struct StateDiagramExportOptions {
    double scale = 1.0;       // PNG: 1×, 2×, …
    int dpi = 0;              // PNG: when > 0, overrides scale (96 dpi = 1×)
    bool transparent = false; // PNG and SVG: no white background
    bool titleBlock = true;   // title, details and the states at the playhead above the diagram
    QString title;
    QStringList details;

    double effectiveScale() const { return dpi > 0 ? dpi / 96.0 : scale; }
};

// Exports the RFC 9293 state diagram as a widget shows it — the states at its playhead
// highlighted, the last transitions marked — to PNG, SVG or PDF. The picture is drawn by
// the same painter as the screen, at the diagram's own size (not the widget's), so an
// export does not depend on how the dock happens to be sized. Files are written atomically.
class StateDiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(StateDiagramExporter)

public:
    // The widget must have its trace and playhead set; it is only read.
    StateDiagramExporter(const StateDiagramWidget &widget, const StateDiagramExportOptions &options);

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

    const StateDiagramWidget &m_widget;
    StateDiagramExportOptions m_options;
};

} // namespace tcplab
