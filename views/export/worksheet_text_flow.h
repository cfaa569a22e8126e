#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace tcplab {

// Text set onto pages of paper, for the parts of a worksheet that are words: the questions
// and the answer key. Paragraphs are added in order and flow down the page; a paragraph
// never breaks across pages, and one marked to keep with the next moves to a new page
// together with it (a question with its choices). Laid out in points, once; painted page by
// page.
class WorksheetTextFlow
{
public:
    // `content`: the part of the page that holds text, in points from the paper's corner.
    explicit WorksheetTextFlow(const QRectF &content);

    // A paragraph, wrapped at the content's width less `indent`. `cells` > 1 sets the
    // texts side by side in as many equal columns (the key's blanks). `spaceBefore` in
    // points; ignored at the top of a page.
    struct Paragraph {
        QStringList texts;
        QFont font;
        double indent = 0;
        int cells = 1;
        double spaceBefore = 0;
        bool keepWithNext = false;
    };
    void add(const Paragraph &paragraph);
    // The next paragraph starts a page.
    void startPage();

    int pageCount() const;
    void paintPage(QPainter *painter, int page) const;
    // All the text of a page, in reading order (for tests and diagnostics).
    QStringList pageTexts(int page) const;

private:
    struct Placed {
        int paragraph = 0;
        int page = 0;
        double top = 0;
        double height = 0;
    };
    // The height of each row of a paragraph: measured the same way for laying out and painting.
    QList<double> rowHeights(const Paragraph &p) const;
    double heightOf(const Paragraph &p) const;
    void layOut();

    QRectF m_content;
    QList<Paragraph> m_paragraphs;
    QList<int> m_pageStarts; // paragraphs that begin a page
    QList<Placed> m_placed;
    int m_pages = 0;
};

} // namespace tcplab
