#pragma once

#include "export/diagram_export.h"
#include "settings/protocol_settings.h"
#include "trace/trace_comparison.h"

#include <QCoreApplication>
#include <optional>

namespace tcplab {

// Two runs of one story side by side in one picture (PNG, SVG or PDF): "your run" beside
// "as shipped", or the real rule beside a teaching variant. The moment the runs part ways
// (firstDivergence()) is marked across both diagrams, so a class sees where the story
// changes without comparing arrow by arrow.
class ComparisonExporter
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExporter)

public:
    ComparisonExporter(const Trace &left, const QString &leftTitle, const Trace &right,
                       const QString &rightTitle, const SequenceLayoutOptions &layoutOptions,
                       const DiagramExportOptions &options);

    // The column titles: "Your run" beside "As shipped", or the variants' names.
    static QString yourRunTitle();
    static QString shippedTitle();
    static QString variantTitle(ProtocolVariant variant);

    // Nothing when the two runs are the same.
    std::optional<TraceDivergence> divergence() const { return m_divergence; }
    QSizeF pictureSize() const;
    QImage renderImage() const;
    bool write(const QString &path, QString *error) const;

private:
    double headerHeight() const;
    void paint(class QPainter *p) const;
    ImageFileWriter writer() const;

    DiagramExportOptions m_options;
    QString m_leftTitle;
    QString m_rightTitle;
    DiagramExporter m_left;
    DiagramExporter m_right;
    std::optional<TraceDivergence> m_divergence;
};

} // namespace tcplab
