#include "export/worksheet_exporter.h"

#include "common/duration_text.h"
#include "export/diagram_export.h"
#include "export/export_details.h"
#include "export/image_file_writer.h"
#include "teach/written_questions.h"
#include "text/display_language.h"
#include "trace/trace.h"

#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>

#include <optional>

namespace tcplab {

namespace {

constexpr double margin = 36; // points, as the diagram's own pages have
constexpr double headingGap = 6;

QSizeF a4()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point);
}

// The sheet's language in place while it is made and drawn: its catalogue over the
// program's (the window may speak another language than the sheet), taken out again with
// the locale as it was.
class SheetLanguage
{
public:
    explicit SheetLanguage(const QString &code) : m_before(QLocale())
    {
        if (exportLanguage(QString()) != code) {
            m_words.emplace();
            m_words->install(code);
        }
    }
    ~SheetLanguage()
    {
        m_words.reset();
        QLocale::setDefault(m_before);
    }
    SheetLanguage(const SheetLanguage &) = delete;
    SheetLanguage &operator=(const SheetLanguage &) = delete;

private:
    QLocale m_before;
    std::optional<DisplayLanguage> m_words;
};

// Fonts in pixels: a PDF is drawn at 72 dpi, one pixel a point, and pixel sizes measure
// the same on every device, so the text measured is the text drawn.
QFont sheetFont(const QString &language, int pixels, bool bold = false)
{
    QFont f = exportFont(QFont(), language);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString choiceLetter(int index)
{
    return QString(QChar(u'A' + index));
}

} // namespace

WorksheetExporter::WorksheetExporter(const Scenario &scenario, const Trace &trace, const WorksheetOptions &options)
    : m_scenario(scenario), m_trace(trace), m_options(options)
{
    const SheetLanguage language(m_options.language);
    m_title = scenario.title.text(m_options.language);
    if (m_title.isEmpty())
        m_title = scenario.id;
    // The faults line must not give away the numbers the sheet asks for.
    m_details = exportDetails(trace, scenario.faults, scenario.protocol.variant,
                              options.blanks.seq || options.blanks.ack ? FaultNumbers::Hidden
                                                                        : FaultNumbers::Shown);

    SequenceLayoutOptions layoutOptions;
    layoutOptions.blanks = m_options.blanks;
    DiagramExportOptions diagram;
    diagram.language = m_options.language;
    diagram.pdfPages = PdfPageMode::A4;
    diagram.titleBlock = false; // the sheet's heading says it, with the name line
    diagram.title = m_title;
    diagram.firstPageTop = headingHeight();
    m_diagram = std::make_unique<DiagramExporter>(trace, layoutOptions, diagram);
    m_blanks = m_diagram->layout().blanks;

    // The questions of `tcplab-cli quiz`: generated from the run, with the scenario's own
    // among them in time order.
    m_questions = questionsOfRun(scenario, trace);
    buildText();
}

WorksheetExporter::~WorksheetExporter() = default;

QString WorksheetExporter::defaultFileName(const QString &scenarioId, const QString &language)
{
    const QString id = scenarioId.isEmpty() ? QStringLiteral("scenario") : scenarioId;
    return QStringLiteral("%1.worksheet.%2.pdf").arg(id, language);
}

QString WorksheetExporter::blankAnswer(const BlankField &blank, const SequenceLayout &layout)
{
    switch (blank.kind) {
    case BlankField::Kind::Seq: return QStringLiteral("seq=%1").arg(blank.value);
    case BlankField::Kind::Ack: return QStringLiteral("ack=%1").arg(blank.value);
    case BlankField::Kind::State: return blank.value;
    case BlankField::Kind::Timer:
        if (blank.item >= 0 && blank.item < layout.timers.size())
            return layout.timers[blank.item].text; // "RTO 1 s": which timer, and how long
        return blank.value;
    }
    return blank.value;
}

double WorksheetExporter::headingHeight() const
{
    const QFontMetricsF title(sheetFont(m_options.language, 17, true));
    const QFontMetricsF detail(sheetFont(m_options.language, 9));
    const QFontMetricsF name(sheetFont(m_options.language, 12));
    return title.lineSpacing() + detail.lineSpacing() * m_details.size() + headingGap
        + name.lineSpacing() * 1.6 + detail.lineSpacing() + headingGap * 2;
}

void WorksheetExporter::paintHeading(QPainter *p) const
{
    const double width = a4().width() - 2 * margin;
    double y = margin;
    auto line = [&](const QFont &font, const QColor &colour, const QString &text, double height) {
        p->setFont(font);
        p->setPen(colour);
        p->drawText(QRectF(margin, y, width, height), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += height;
    };
    const QFont titleFont = sheetFont(m_options.language, 17, true);
    const QFont detailFont = sheetFont(m_options.language, 9);
    const QFont nameFont = sheetFont(m_options.language, 12);
    const QColor ink(0x22, 0x22, 0x22);
    const QColor grey(0x66, 0x66, 0x66);
    line(titleFont, ink, m_title, QFontMetricsF(titleFont).lineSpacing());
    for (const QString &detail : m_details)
        line(detailFont, grey, detail, QFontMetricsF(detailFont).lineSpacing());
    y += headingGap;
    line(nameFont, ink, tr("Name: ______________________    Class: ______________"),
         QFontMetricsF(nameFont).lineSpacing() * 1.6);
    line(detailFont, grey,
         tr("Fill in every numbered blank (%1, %2, …) in the diagram, then answer the questions.")
             .arg(blankNumberText(1), blankNumberText(2)),
         QFontMetricsF(detailFont).lineSpacing());
    y += headingGap;
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p->drawLine(QPointF(margin, y), QPointF(margin + width, y));
}

void WorksheetExporter::buildText()
{
    const QString &lang = m_options.language;
    const QSizeF page = a4();
    m_text = std::make_unique<WorksheetTextFlow>(QRectF(margin, margin, page.width() - 2 * margin,
                                                        page.height() - 2 * margin - 18));
    using Paragraph = WorksheetTextFlow::Paragraph;
    m_text->add(Paragraph{{tr("Questions")}, sheetFont(lang, 15, true), 0, 1, 0, false});
    if (m_questions.isEmpty())
        m_text->add(Paragraph{{tr("This run has no questions.")}, sheetFont(lang, 11), 0, 1, 8, false});
    for (int n = 0; n < m_questions.size(); ++n) {
        const Question &q = m_questions[n];
        //: %1: the question's number; %2: the moment of the run it is about ("0.5 s"); %3: the question
        const QString prompt = tr("%1. [%2] %3").arg(n + 1).arg(timePointText(q.time, 1000), q.prompt.text());
        m_text->add(Paragraph{{prompt}, sheetFont(lang, 11), 0, 1, 12, true});
        QStringList choices;
        for (int i = 0; i < q.choices.size(); ++i)
            choices << QStringLiteral("%1. %2").arg(choiceLetter(i), q.choices[i].label.text());
        m_text->add(Paragraph{choices, sheetFont(lang, 11), 18, 1, 3, false});
    }

    // The key from a page of its own, so it can be kept back from the students.
    m_text->startPage();
    m_keyLines.clear();
    m_text->add(Paragraph{{tr("Answer key")}, sheetFont(lang, 15, true), 0, 1, 0, false});
    m_text->add(Paragraph{{tr("Blanks in the diagram")}, sheetFont(lang, 12, true), 0, 1, 10, true});
    QStringList blanks;
    for (const BlankField &b : m_blanks)
        blanks << QStringLiteral("%1  %2").arg(blankNumberText(b.number), blankAnswer(b, m_diagram->layout()));
    if (blanks.isEmpty())
        blanks << tr("No label was blanked.");
    m_keyLines += blanks;
    m_text->add(Paragraph{blanks, sheetFont(lang, 10), 0, 3, 4, false});
    m_text->add(Paragraph{{tr("Questions")}, sheetFont(lang, 12, true), 0, 1, 12, true});
    QStringList answers;
    for (int n = 0; n < m_questions.size(); ++n) {
        const Question &q = m_questions[n];
        //: %1: the question's number; %2: the right choice's letter; %3: why it is right
        answers << tr("%1. %2 — %3").arg(n + 1).arg(choiceLetter(q.answer), q.explanation.text());
    }
    if (answers.isEmpty())
        answers << tr("This run has no questions.");
    m_keyLines += answers;
    for (const QString &answer : answers)
        m_text->add(Paragraph{{answer}, sheetFont(lang, 10), 0, 1, 3, false});
}

int WorksheetExporter::diagramPageCount() const
{
    return m_diagram->pdfPageCount();
}

int WorksheetExporter::pageCount() const
{
    return diagramPageCount() + m_text->pageCount();
}

QStringList WorksheetExporter::answerKeyLines() const
{
    return m_keyLines;
}

void WorksheetExporter::paintPage(QPainter *p, int page) const
{
    const QSizeF paper = a4();
    p->fillRect(QRectF(QPointF(0, 0), paper), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (page < diagramPageCount()) {
        if (page == 0)
            paintHeading(p);
        m_diagram->paintPdfPage(p, page);
    } else {
        m_text->paintPage(p, page - diagramPageCount());
    }
    // The footer: which sheet, which page.
    p->setFont(sheetFont(m_options.language, 8));
    p->setPen(QColor(0x88, 0x88, 0x88));
    const QRectF footer(margin, paper.height() - margin + 6, paper.width() - 2 * margin, 14);
    p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("%1 / %2").arg(page + 1).arg(pageCount()));
}

bool WorksheetExporter::write(const QString &path, QString *error) const
{
    if (exportFormatForPath(path) != ExportFormat::Pdf) {
        *error = tr("Cannot write \"%1\": a worksheet is a PDF file; give a name ending in .pdf.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const SheetLanguage language(m_options.language);
    ImageFileWriter writer(a4(), [this](QPainter *p, int page) { paintPage(p, page); });
    writer.setPdfPages(QPageSize(QPageSize::A4), pageCount());
    writer.setTitle(m_title);
    return writer.write(path, ExportFormat::Pdf, error);
}

} // namespace tcplab
