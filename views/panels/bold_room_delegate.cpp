#include "panels/bold_room_delegate.h"

#include <QApplication>
#include <QStyle>

namespace tcplab {

QSize BoldRoomDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem bold = option;
    initStyleOption(&bold, index);
    bold.font.setBold(true);
    bold.fontMetrics = QFontMetrics(bold.font);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &bold, QSize(), widget);
}

} // namespace tcplab
