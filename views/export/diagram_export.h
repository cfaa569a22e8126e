#pragma once

#include "export/image_file_writer.h"
#include "sequence/sequence_layout.h"
#include "sim/sim_time.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <limits>

namespace tcplab {

class Trace;

// The typeface of an export in a language: Chinese in "Noto Sans CJK SC" (chosen by name:
// fontconfig's default for a sans-serif CJK text on Debian is the Japanese face, whose
// glyph shapes differ from what Chinese readers learn), other languages in `base`.
QFont exportFont(const QFont &base, const QString &language);
// The language an export is in when its options name none: the current locale's.
QString exportLanguage(const QString &language);

enum class PdfPageMode {
    SinglePage, // one long page, as tall as the diagram
    A4,         // A4 portrait pages split at event boundaries, headers repeated
    Letter,
};

// What the export is for. Slides cut the run into 16:9 pages (1920 × 1080 pixels as PNG,
// 960 × 540 points as PDF) between events, each with the scenario's title and its number.
// A slide is filled: the lifelines spread over its width, and each slide's stretch of time
// is drawn to a scale that fills its height (the labels keep one size on every slide).
enum class ExportPreset { Standard, Slides };

// What an export shows and how. The defaults give what the screen shows.
struct DiagramExportOptions {
    double scale = 1.0;         // PNG: 1×, 2×, …
    int dpi = 0;                // PNG: when > 0, overrides scale (96 dpi = 1×)
    bool transparent = false;   // PNG: no white background
    SimTime from = -1;          // -1: from the start of the run
    SimTime to = -1;            // -1: to the end of the run
    bool stateBands = true;
    bool timers = true;
    bool legend = true;
    bool titleBlock = true;
    PdfPageMode pdfPages = PdfPageMode::SinglePage;
    // Steps and "up to this moment" images: what happens after it is hidden.
    SimTime playhead = std::numeric_limits<SimTime>::max();
    QString title;              // the title block's first line (scenario title)
    QStringList details;        // further lines (the faults applied, the variant)
    ExportPreset preset = ExportPreset::Standard;
    // The language of the words ("zh_CN", "en"): picks the typeface, so Chinese is set in
    // the Simplified Chinese face. Empty: the language of the current locale.
    QString language;
    // Lines under the picture (a step's narration); empty: none.
    QString caption;
    // Slides: the caption in a column right of the diagram instead of under it (a step
    // series of slides: the narration beside the picture, each step's slide as high as
    // the deck's).
    bool captionBeside = false;
    // A4 and Letter pages: points left free at the top of the first page, for a document
    // that puts its own heading there (a worksheet's title and name line).
    double firstPageTop = 0;

    double effectiveScale() const { return dpi > 0 ? dpi / 96.0 : scale; }
};

// Renders the sequence diagram of a trace to PNG, SVG or PDF with the same layout and
// painting code as the screen, in the current language. Files are written through
// ImageFileWriter: atomically, and a failed export leaves the file there as it was.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    DiagramExporter(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                    const DiagramExportOptions &options);
    // The exporter keeps a reference to the trace: a temporary one would be gone before
    // the export is written.
    DiagramExporter(Trace &&, const SequenceLayoutOptions &, const DiagramExportOptions &) = delete;

    // Empty when the chosen range holds nothing to draw (from >= to, or outside the run).
    bool isRangeEmpty() const;
    // The picture at the export's scale (for PNG and the clipboard).
    QImage renderImage() const;
    // Size of the picture at scale 1, in pixels (points for PDF/SVG).
    QSizeF pictureSize() const;
    // PDF pages the export will have with the current page mode.
    int pdfPageCount() const;
    // Points on the page per diagram unit: a slide's text scale, an A4 or Letter page's fit
    // to its width, 1 for one long page (a PNG at 2× is that picture at twice the pixels).
    double drawnScale() const;
    // Diagram rows where the pages (A4/Letter, or slides with the slide preset) begin,
    // then the end of the range: cut between events, never across an arrow (slides may
    // also begin at a hinge or across arrows marked as continued: see slideEnd()). Rows
    // of layout(); a slide then draws its stretch of time at its own scale (slideLayout()).
    QList<double> pageBreaks() const;

    // Writes the file; the format comes from the extension. On failure returns false and
    // explains in *error (unknown extension, missing folder, unwritable file, empty range).
    bool write(const QString &path, QString *error) const;
    // One PNG per event in the range, each showing the diagram up to that event:
    // step-01.png, step-02.png, … in `directory` (which must exist). With the slide
    // preset each step is a 1920×1080 slide: the slide of the deck its moment is on, up to
    // that moment, its caption in a column beside it, and "3 / 18" counting the steps.
    bool writeSteps(const QString &directory, QStringList *written, QString *error) const;
    // Slides: the slide a moment of the run is drawn on (at a hinge, the slide it ends).
    int slideOfMoment(SimTime time) const;
    // Events in the export's range: what writeSteps() makes one image of each.
    QList<int> stepEvents() const;
    // Step captions: the narration of each step (see Narration), by the step's first event.
    // Set by whoever has the scenario; steps without one carry no caption.
    void setStepCaptions(const QHash<SimTime, QString> &captionsByTime);

    // The slide preset: how many slides, and writing them. A PDF gets one page per slide;
    // PNG and SVG one file per slide, named after the path: slide.png → slide-01.png, ….
    int slideCount() const;
    bool writeSlides(const QString &path, QStringList *written, QString *error) const;
    static QString slideFilePath(const QString &path, int index, int count);
    static QSizeF slideSize() { return {960, 540}; } // points; PNG at 2×: 1920 × 1080
    // The layout a slide is drawn from (its time scale fills the slide) and the rows of it
    // the slide shows.
    const SequenceLayout &slideLayout(int index) const;
    std::pair<double, double> slideRows(int index) const;
    // How slide `index` ends and the next one begins. Gap: between two moments with nothing
    // in flight. Hinge: at a moment every arrow in flight at starts or ends (the arrows
    // arriving then end on this slide, those leaving start on the next, and the moment's
    // row is shown at the foot of this slide and again at the top of the next, so each
    // reads on its own). Cut: across arrows still in flight, each drawn to the edge and
    // marked as continued, only inside an exchange taller than a slide with no gap nor
    // hinge in it. The last slide ends with the range.
    enum class SlideEdge { Gap, Hinge, Cut, RangeEnd };
    SlideEdge slideEnd(int index) const;
    // The moment slide `index` ends at when slideEnd() is Hinge; -1 otherwise.
    SimTime slideHinge(int index) const;
    // Whether slide `index` draws the arrow (of slideLayout(index)): next to a hinge, only
    // the arrows on the slide's side of it.
    bool slideShowsArrow(int index, const ArrowGeometry &arrow) const;
    // An arrow cut by a slide's edge: where it meets the edge (rows of slideLayout(index)),
    // which edge, and the slide it comes from or continues on.
    struct Continuation {
        int segmentId = -1;
        QPointF at;
        Qt::Edge edge = Qt::BottomEdge;
        int otherSlide = -1;
    };
    QList<Continuation> slideContinuations(int index) const;
    // The one tag at each cut edge of slide `index` ("continues on slide 4 ↓", "from slide
    // 3 ↑"), in rows of slideLayout(index): inside the slide, on no word where a free place
    // is left, across as few lines as may be.
    struct ContinuationTag {
        QRectF box;
        QString text;
        Qt::Edge edge = Qt::BottomEdge;
    };
    QList<ContinuationTag> slideContinuationTags(int index) const;
    // A timer bracket that runs past an edge of slide `index` (between slides, wherever
    // they part): where it meets that edge (rows of slideLayout(index)). The slide ends
    // the bracket there in a small arrowhead pointing on, so the open end reads as "goes
    // on" and not as a timer that stopped.
    struct TimerContinuation {
        int timer = -1; // index into slideLayout(index).timers
        QPointF at;
        Qt::Edge edge = Qt::BottomEdge;
    };
    QList<TimerContinuation> slideTimerContinuations(int index) const;
    // Where slide `index` draws its diagram (the top left of slideLayout(index), lifeline
    // headers included), in points of the slide; drawnScale() points a diagram unit.
    QPointF slideDiagramOrigin(int index) const;
    // Where the axis' tick texts end on the right, in the layout's units (they are set
    // right-aligned there, and reach left as far as they are long).
    static double tickTextRight(const SequenceLayout &layout);
    // Points a slide keeps free between its edge and any text.
    static constexpr double slideTextInset = 4;

    // A4 and Letter pages (pdfPages is not SinglePage): the paper, and painting one page of
    // pdfPageCount() onto a painter at the paper's origin, in points. For documents that
    // put the diagram's pages among their own (worksheets).
    QPageSize pdfPaper() const;
    void paintPdfPage(class QPainter *painter, int page) const;

    const SequenceLayout &layout() const { return m_layout; }
    // Paints the picture of pictureSize() from (0, 0): what PNG and SVG show.
    void paint(class QPainter *painter, bool background) const;
    // Where a moment of the run is in the picture (y from its top), for marks laid over it.
    double pictureY(SimTime time) const;

private:
    friend class SlidePlanner; // plans the slide preset (slide_planner.h)
    struct Region {
        double y0 = 0; // diagram coordinates of the range, without the header
        double y1 = 0;
    };
    Region region() const { return regionIn(m_layout); }
    Region regionIn(const SequenceLayout &layout) const;
    double titleBlockHeight() const;
    double legendHeight() const;
    void paintPicture(class QPainter *p, SimTime playhead, bool background) const;
    // The last row of `layout` a picture up to `playhead` draws (the range's end when it
    // shows the whole run).
    double shownUntil(const SequenceLayout &layout, SimTime playhead) const;
    // Diagram rows y0..y1 of `layout` drawn at `top`, under a repeated band of lifeline
    // headers.
    // Beside a hinge, only the arrows ending after arrowsAfter and sent before
    // arrowsBefore (see SequencePaintState).
    void paintSlice(class QPainter *p, const SequenceLayout &layout, double top, double y0,
                    double y1, SimTime playhead, bool background,
                    SimTime arrowsAfter = std::numeric_limits<SimTime>::min(),
                    SimTime arrowsBefore = std::numeric_limits<SimTime>::max()) const;
    void paintTitleBlock(class QPainter *p, double width) const;
    void paintLegend(class QPainter *p, double top, double width) const;
    // Diagram rows of `layout` where pages may begin: between events, where no arrow (nor
    // its label) is cut in two.
    QList<double> cutCandidates(const SequenceLayout &layout) const;
    QList<double> pageBreaks(double pageContentHeight, double firstPageExtra) const;
    double captionHeight(double width) const;
    double captionHeightOf(const QString &caption, double width) const;
    QFont captionFont() const;
    void paintCaption(class QPainter *p, double top, double width) const;
    struct SlidePage {
        int layout = -1; // index into m_slideLayouts; -1: m_layout
        double y0 = 0;   // the rows of that layout the slide shows
        double y1 = 0;
        SimTime hingeAbove = -1; // the slide begins at this hinge moment (-1: none)
        SimTime hingeBelow = -1; // the slide ends at this hinge moment (-1: none)
        bool cutAbove = false;   // arrows in flight cross its top edge (continued)
        bool cutBelow = false;   // … its bottom edge
    };
    struct SlideGeometry {
        double scale = 1;        // diagram units → points
        double diagramTop = 0;
        double contentHeight = 0; // diagram rows a slide holds under the lifeline headers
        double shift = 0;        // points every slide's diagram is moved right of centre
        QList<double> breaks;    // rows of m_layout where slides begin, then the end
        QList<SlidePage> pages;
    };
    // Made once, by the constructor, for the slide preset.
    void planSlides();
    // What a plan at one text size leaves wanting.
    enum class SlideFlaw {
        None,
        ForcedCut, // an exchange taller than a slide is cut across slides
        Scrap,     // a slide is left with only a scrap on it
    };
    // The slides with the text at textScale, and the worst of their flaws.
    SlideFlaw planSlidesAt(double textScale);
    // Moves the deck's diagrams right where the axis' texts would reach past the slide.
    void placeSlideDiagrams();
    QFont slideTitleFont() const;
    void paintSlide(class QPainter *p, int index) const;
    // Where arrows cross a cut edge: the tear, a dot on each arrow, the tags.
    void paintContinuations(class QPainter *p, int index) const;
    QFont continuationTagFont(int index) const;
    // slideContinuationTags() for the slide's continuations, found once by the caller.
    QList<ContinuationTag> continuationTags(int index, const QList<Continuation> &marks) const;
    ImageFileWriter slideWriter(int first, int count) const;
    bool writeSlideSteps(const QString &directory, const QList<int> &steps, QStringList *written,
                         QString *error) const;
    // The caption in its column right of the slide's diagram (captionBeside).
    void paintCaptionBeside(class QPainter *p) const;
    struct PdfPages {
        QPageSize paper;
        double scale = 1;     // diagram units → points
        QList<double> breaks; // diagram rows where pages begin, then the range's end
    };
    PdfPages pdfPages() const; // for PdfPageMode::A4 and Letter
    void paintPdfPage(class QPainter *p, const PdfPages &pages, int page) const;
    // The picture for one format: PDF pages are the page mode's, PNG and SVG one picture.
    ImageFileWriter writer(ExportFormat format) const;

    const Trace &m_trace;
    DiagramExportOptions m_options;
    SequenceLayout m_layout;
    QHash<SimTime, QString> m_stepCaptions;
    double m_captionHeight = 0; // at least this much room under the picture (steps)
    SlideGeometry m_slides;
    SimTime m_lastMoment = -1; // slides: the last moment of the range with something in it
    // A slide of a step series says "step / steps" where a deck's slide says its number.
    int m_stepNumber = 0; // from 1; 0: a deck's slide
    int m_stepCount = 0;
    QList<SequenceLayout> m_slideLayouts; // the run at the scales that fill slides
};

} // namespace tcplab
