// Paint and layout time of the sequence diagram, offscreen at 1920×1080, with 1,000 and with
// 100,000 segments (a long synthetic exchange between two hosts), scrolled to the middle.
// Target: a frame in under 8 ms at 100,000 segments. Prints medians in milliseconds.
//
//   QT_QPA_PLATFORM=offscreen ./tcplab-bench-paint [repetitions [segment counts...]]
#include "sequence/label_image_cache.h"
#include "sequence/sequence_layout.h"
#include "sequence/sequence_painter.h"
#include "synthetic_trace.h"
#include "trace/trace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tcplab;

namespace {

// CPU time of the whole process (all threads), in ms: on a loaded machine wall time
// includes waiting for a core, CPU time does not.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void bench(int segments, int repetitions)
{
    const Trace trace = syntheticTrace(segments);
    SequenceLayoutOptions options;
    options.font = QApplication::font();

    QList<double> layoutMs;
    SequenceLayout layout;
    const int layoutRuns = std::max(3, repetitions / 10);
    for (int i = 0; i < layoutRuns; ++i) {
        const double cpu0 = processCpuMs();
        layout = layoutSequence(trace, options);
        layoutMs << processCpuMs() - cpu0;
    }

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    LabelImageCache cache; // as the view keeps one
    const QRectF visible(0, layout.size.height() / 2 - 540, 1920, 1080);
    struct Case {
        const char *name;
        SequencePaintState state;
    };
    SequencePaintState all;
    all.labelCache = &cache;
    SequencePaintState noCache;
    SequencePaintState faint;
    faint.labelCache = &cache;
    faint.playhead = layout.axis.yToTime(visible.center().y());
    faint.futureMode = FutureMode::Faint;
    faint.selectedSegment = trace.segments.size() / 2;
    SequencePaintState hidden = faint;
    hidden.futureMode = FutureMode::Hidden;
    const Case cases[] = {{"all shown", all},
                          {"playhead, future faint", faint},
                          {"playhead, future hidden", hidden},
                          {"all shown, no label cache (export)", noCache}};

    std::printf("%d segments: layout median %.1f ms CPU (%d runs, %d passes), diagram %.0f x %.0f px, %lld arrows visible\n",
                segments, median(layoutMs), layoutRuns, layout.passes, layout.size.width(), layout.size.height(),
                static_cast<long long>(layout.arrowIndex.query(visible.top(), visible.bottom()).size()));
    for (const Case &c : cases) {
        QList<double> paintMs;
        QList<double> cpuMs;
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer timer;
            const double cpu0 = processCpuMs();
            timer.start();
            QPainter painter(&image);
            painter.translate(-visible.topLeft());
            SequencePainter::paint(&painter, layout, visible, c.state);
            painter.end();
            paintMs << timer.nsecsElapsed() / 1e6;
            cpuMs << processCpuMs() - cpu0;
        }
        std::printf("  paint 1920x1080, middle, %-36s median %.2f ms wall, %.2f ms CPU (%d frames)\n", c.name,
                    median(paintMs), median(cpuMs), repetitions);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    QList<int> counts;
    for (int i = 2; i < argc; ++i)
        counts << std::max(1, atoi(argv[i]));
    if (counts.isEmpty())
        counts = {1000, 100000};
    for (int segments : counts)
        bench(segments, repetitions);
    return 0;
}
