#include "segment_menu.h"

#include "scenario_document.h"
#include "scenario_editor.h"
#include "scenario_edits.h"

#include <QLabel>
#include <QWidgetAction>

namespace tcplab {

SegmentMenu *SegmentMenu::create(int segmentId, ScenarioDocument *document,
                                 ScenarioEditor *editor, MillisecondsQuestion askMilliseconds,
                                 QWidget *parent)
{
    if (segmentId < 0 || segmentId >= document->trace().segments.size())
        return nullptr;
    return new SegmentMenu(segmentId, document, editor, std::move(askMilliseconds), parent);
}

SegmentMenu::SegmentMenu(int segmentId, ScenarioDocument *document, ScenarioEditor *editor,
                         MillisecondsQuestion askMilliseconds, QWidget *parent)
    : QMenu(parent)
{
    const Trace &trace = document->trace();
    // The heading names the segment. A QMenu section's title does not widen the menu, so a
    // long header ("A#2  SYN,ACK seq=… ack=…") was cut: a label does, and reads the same.
    auto *heading = new QLabel(
        QStringLiteral("%1  %2").arg(ScenarioEdits::segmentKey(trace, segmentId),
                                    trace.segments.at(segmentId).segment.summary()),
        this);
    heading->setObjectName(QStringLiteral("segmentMenuHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(8, 4, 8, 4);
    auto *headingAction = new QWidgetAction(this);
    headingAction->setDefaultWidget(heading);
    headingAction->setEnabled(false);
    addAction(headingAction);
    addSeparator();

    QAction *drop = addAction(tr("Drop This Segment"));
    drop->setObjectName(QStringLiteral("dropSegment"));
    connect(drop, &QAction::triggered, editor,
            [editor, segmentId] { editor->dropSegment(segmentId); });

    QAction *delay = addAction(tr("Delay…"));
    delay->setObjectName(QStringLiteral("delaySegment"));
    connect(delay, &QAction::triggered, editor, [editor, segmentId, askMilliseconds] {
        int ms = 0;
        if (askMilliseconds(tr("Delay Segment"), tr("Extra delay in milliseconds:"), 300, &ms))
            editor->delaySegment(segmentId, msToUs(ms));
    });

    QAction *duplicate = addAction(tr("Duplicate…"));
    duplicate->setObjectName(QStringLiteral("duplicateSegment"));
    connect(duplicate, &QAction::triggered, editor, [editor, segmentId, askMilliseconds] {
        int ms = 0;
        if (askMilliseconds(tr("Duplicate Segment"),
                            tr("The copy arrives this many milliseconds after the original:"),
                            200, &ms)) {
            editor->duplicateSegment(segmentId, msToUs(ms));
        }
    });

    addSeparator();
    QAction *remove = addAction(tr("Remove Fault"));
    remove->setObjectName(QStringLiteral("removeFault"));
    remove->setEnabled(ScenarioEdits::faultIndexForSegment(document->scenario(), trace, segmentId)
                       >= 0);
    connect(remove, &QAction::triggered, editor,
            [editor, segmentId] { editor->removeFaultOfSegment(segmentId); });
}

} // namespace tcplab
