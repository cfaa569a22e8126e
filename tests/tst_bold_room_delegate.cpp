// The narration list bolds its current item. A list view keeps the heights it measured,
// so an item measured in the plain font had one line too few once it became bold and its
// text ended in "…" (lost-final-ack compared, 1024×768, Chinese). BoldRoomDelegate measures
// every item as if it were bold.
#include "panels/bold_room_delegate.h"

#include <QApplication>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QTest>

using namespace tcplab;

namespace {

// The option a word-wrapping list gives an item `width` pixels wide.
QStyleOptionViewItem optionFor(const QListWidget &list, int width)
{
    QStyleOptionViewItem option;
    option.initFrom(&list);
    option.widget = &list;
    option.rect = QRect(0, 0, width, 1); // valid, so the style wraps at its width
    option.features |= QStyleOptionViewItem::WrapText;
    option.textElideMode = Qt::ElideNone;
    return option;
}

} // namespace

class TestBoldRoomDelegate : public QObject
{
    Q_OBJECT

private slots:
    void plainItemGetsTheHeightItsBoldTextNeeds();
};

void TestBoldRoomDelegate::plainItemGetsTheHeightItsBoldTextNeeds()
{
    QListWidget list;
    list.setWordWrap(true);
    auto *item = new QListWidgetItem(
        QStringLiteral("B receives A's retransmitted FIN in TIME-WAIT, acknowledges it again and "
                       "restarts its 2×MSL timer, so the connection is fully closed only later."),
        &list);
    QListWidgetItem *boldItem = item->clone();
    QFont bold = list.font();
    bold.setBold(true);
    boldItem->setFont(bold);
    list.addItem(boldItem);
    const QModelIndex plainIndex = list.model()->index(0, 0);
    const QModelIndex boldIndex = list.model()->index(1, 0);

    const QStyledItemDelegate plainDelegate;
    const BoldRoomDelegate delegate;
    int widthsWhereBoldNeedsMore = 0;
    for (int width = 120; width <= 600; width += 7) {
        const QStyleOptionViewItem option = optionFor(list, width);
        const int plainHeight = plainDelegate.sizeHint(option, plainIndex).height();
        const int boldHeight = plainDelegate.sizeHint(option, boldIndex).height();
        // The plain item is given the bold item's height, whichever is current later.
        QCOMPARE(delegate.sizeHint(option, plainIndex).height(), boldHeight);
        QCOMPARE(delegate.sizeHint(option, boldIndex).height(), boldHeight);
        if (boldHeight > plainHeight)
            ++widthsWhereBoldNeedsMore;
    }
    // Without the delegate some of these widths would cut the bold text: the check above
    // is about a difference that exists.
    QVERIFY(widthsWhereBoldNeedsMore > 0);
}

QTEST_MAIN(TestBoldRoomDelegate)
#include "tst_bold_room_delegate.moc"
