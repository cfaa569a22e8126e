// The narration list bolds its current item. A list view keeps the heights it measured,
// so an item measured in the plain font had one line too few once it became bold and its
// text ended in "…" (lost-final-ack compared, 1024×768, Chinese). BoldRoomDelegate measures
// every item as if it were bold.
#include "panels/bold_room_delegate.h"

#include <QApplication>
#include <QListWidget>
#include <QScrollBar>
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
    void itemIsMeasuredAtTheWidthTheListPaintsIt();
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

void TestBoldRoomDelegate::itemIsMeasuredAtTheWidthTheListPaintsIt()
{
    // A list view with spacing asks for sizes at the viewport's whole width but paints each
    // item `spacing` in from both sides; a note measured at the wider width was a line short
    // and ended in "…" (lost-final-ack, 1024×768).
    QListWidget list;
    list.setWordWrap(true);
    list.setSpacing(6);
    list.addItem(QStringLiteral("61.150 s · Note: 60 s after its last ACK, A leaves TIME-WAIT and the "
                                "connection is gone on both ends."));
    const QModelIndex index = list.model()->index(0, 0);
    QFont bold = list.font();
    bold.setBold(true);
    list.item(0)->setFont(bold);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const QStyledItemDelegate plainDelegate;
    const BoldRoomDelegate delegate;
    int widthsWhereSpacingMatters = 0;
    for (int viewport = 150; viewport <= 420; viewport += 5) {
        list.resize(viewport + list.verticalScrollBar()->sizeHint().width() + 2 * list.frameWidth(), 200);
        QCoreApplication::processEvents();
        const int inner = list.viewport()->width();
        const int painted = inner - 2 * list.spacing();
        const int asked = delegate.sizeHint(optionFor(list, inner), index).height();
        const int needed = plainDelegate.sizeHint(optionFor(list, painted), index).height();
        QCOMPARE(asked, needed);
        if (plainDelegate.sizeHint(optionFor(list, inner), index).height() < needed)
            ++widthsWhereSpacingMatters;
    }
    QVERIFY(widthsWhereSpacingMatters > 0);
}

QTEST_MAIN(TestBoldRoomDelegate)
#include "tst_bold_room_delegate.moc"
