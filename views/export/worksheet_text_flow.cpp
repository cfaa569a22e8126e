#include "export/worksheet_text_flow.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int textFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
}

WorksheetTextFlow::WorksheetTextFlow(const QRectF &content) : m_content(content)
{
}

void WorksheetTextFlow::add(const Paragraph &paragraph)
{
    m_paragraphs.append(paragraph);
    layOut();
}

void WorksheetTextFlow::startPage()
{
    m_pageStarts.append(int(m_paragraphs.size()));
}

QList<double> WorksheetTextFlow::rowHeights(const Paragraph &p) const
{
    const QFontMetricsF fm(p.font);
    const int cells = std::max(1, p.cells);
    const double width = (m_content.width() - p.indent) / cells;
    QList<double> rows;
    for (int row = 0; row * cells < p.texts.size(); ++row) {
        double rowHeight = fm.lineSpacing();
        for (int c = 0; c < cells && row * cells + c < p.texts.size(); ++c) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, width - 6, 1e6), textFlags, p.texts[row * cells + c]);
            rowHeight = std::max(rowHeight, r.height());
        }
        rows.append(rowHeight);
    }
    return rows;
}

double WorksheetTextFlow::heightOf(const Paragraph &p) const
{
    double height = 0;
    for (double row : rowHeights(p))
        height += row;
    return height;
}

void WorksheetTextFlow::layOut()
{
    // Laid out again from the start on every add(): a worksheet has a few dozen paragraphs,
    // and keep-with-next can move earlier ones.
    m_placed.clear();
    int page = 0;
    double y = m_content.top();
    bool pageEmpty = true;
    auto newPage = [&] {
        ++page;
        y = m_content.top();
        pageEmpty = true;
    };
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        if (m_pageStarts.contains(i) && i > 0)
            newPage();
        // The paragraph and those kept with it move on together when they do not fit.
        double group = 0;
        for (int j = i; j < m_paragraphs.size(); ++j) {
            group += heightOf(m_paragraphs[j]) + (j == i ? 0 : m_paragraphs[j].spaceBefore);
            if (!m_paragraphs[j].keepWithNext || m_pageStarts.contains(j + 1))
                break;
        }
        const Paragraph &p = m_paragraphs[i];
        const double space = pageEmpty ? 0 : p.spaceBefore;
        if (!pageEmpty && y + space + group > m_content.bottom())
            newPage();
        y += pageEmpty ? 0 : p.spaceBefore;
        const double height = heightOf(p);
        m_placed.append({i, page, y, height});
        y += height;
        pageEmpty = false;
    }
    m_pages = m_paragraphs.isEmpty() ? 0 : page + 1;
}

int WorksheetTextFlow::pageCount() const
{
    return m_pages;
}

void WorksheetTextFlow::paintPage(QPainter *painter, int page) const
{
    painter->save();
    painter->setPen(QColor(0x22, 0x22, 0x22));
    for (const Placed &placed : m_placed) {
        if (placed.page != page)
            continue;
        const Paragraph &p = m_paragraphs[placed.paragraph];
        painter->setFont(p.font);
        const int cells = std::max(1, p.cells);
        const double width = (m_content.width() - p.indent) / cells;
        const QList<double> rows = rowHeights(p);
        double y = placed.top;
        for (int row = 0; row < rows.size(); ++row) {
            for (int c = 0; c < cells && row * cells + c < p.texts.size(); ++c) {
                const QRectF box(m_content.left() + p.indent + c * width, y, width - 6, rows[row]);
                painter->drawText(box, textFlags, p.texts[row * cells + c]);
            }
            y += rows[row];
        }
    }
    painter->restore();
}

QStringList WorksheetTextFlow::pageTexts(int page) const
{
    QStringList texts;
    for (const Placed &placed : m_placed) {
        if (placed.page == page)
            texts += m_paragraphs[placed.paragraph].texts;
    }
    return texts;
}

} // namespace tcplab
