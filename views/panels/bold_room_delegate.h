#pragma once

#include <QStyledItemDelegate>

namespace tcplab {

// Sizes every item as if its text were bold, at the width a list view paints it. The narration list makes the current item
// bold; a list view keeps the heights it measured before, so the bold text, a little
// wider, wrapped onto a line the item had no room for and ended in "…". Measuring every
// item bold leaves room for whichever becomes current. Each item is as wide as the width its
// text was wrapped at, so it is painted with the same line breaks it was measured with.
class BoldRoomDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tcplab
