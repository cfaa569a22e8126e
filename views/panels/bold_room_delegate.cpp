#include "panels/bold_room_delegate.h"

#include <QApplication>
#include <QListView>
#include <QStyle>

#include <algorithm>

namespace tcplab {

QSize BoldRoomDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem bold = option;
    initStyleOption(&bold, index);
    bold.font.setBold(true);
    bold.fontMetrics = QFontMetrics(bold.font);
    // A list view lays its items out asking for the size at the viewport's whole width, but
    // paints each one `spacing` in from either side: text wrapped at the wider width got a
    // line too few (a note at 1024×768 ended in "…"). Measure at the width it is painted at.
    if (const auto *list = qobject_cast<const QListView *>(option.widget)) {
        const int painted = list->viewport()->width() - 2 * list->spacing();
        if (painted > 0 && bold.rect.width() > painted)
            bold.rect.setWidth(painted);
    }
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &bold, QSize(), widget);
    // The style answers with the width of the longest line; the item takes the whole width
    // it was wrapped at, so it is painted with the line breaks it was measured with.
    if ((bold.features & QStyleOptionViewItem::WrapText) && bold.rect.isValid())
        size.setWidth(std::max(size.width(), bold.rect.width()));
    return size;
}

} // namespace tcplab
