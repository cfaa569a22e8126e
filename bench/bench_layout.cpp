// Layout time of the sequence diagram (trace → geometry, no painting) for the long
// synthetic exchange at 1,000, 10,000 and 100,000 segments, at the automatic scale and at
// a fixed one. Target: 100,000 segments in under 150 ms, and label placement linear — the
// time per segment stays flat as the run grows. Prints medians of CPU time in ms, the
// passes the layout needed (it lays out again where it had to make room) and the time per
// segment. Freeing the previous run's layout is timed apart.
//
// Every run is timed, the first ones included, which take fresh memory from the kernel
// (page faults); "warm-up" lays each size out once, untimed, before its runs. The times of
// the runs are printed in the order they ran.
//
//   QT_QPA_PLATFORM=offscreen ./tcplab-bench-layout [runs [segment counts...]] [warm-up]
#include "sequence/sequence_layout.h"
#include "synthetic_trace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tcplab;

namespace {

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

// A short digest of the geometry, rounded as `tcplab-cli layout` prints it (to a hundredth
// of a pixel): a change that should leave the layout alone can be checked to do so.
QString layoutDigest(const SequenceLayout &layout)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&](double v) {
        const qint64 hundredths = std::llround(v * 100);
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&hundredths), sizeof hundredths));
    };
    add(layout.size.width());
    add(layout.size.height());
    for (const ArrowGeometry &a : layout.arrows) {
        for (QPointF p : {a.p1, a.p2, a.end, a.labelCenter})
            add(p.x()), add(p.y());
        add(a.labelAngle);
        add(a.labelSize.width());
        add(a.labelSize.height());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

enum class WarmUp { None, OneRun };

void bench(int segments, int runs, double pixelsPerMs, WarmUp warmUp)
{
    const Trace trace = syntheticTrace(segments);
    SequenceLayoutOptions options;
    options.font = QApplication::font();
    options.pixelsPerMs = pixelsPerMs;
    QList<double> ms, withFree;
    SequenceLayout layout;
    if (warmUp == WarmUp::OneRun)
        layout = layoutSequence(trace, options);
    for (int i = 0; i < runs; ++i) {
        const double cpu0 = processCpuMs();
        SequenceLayout fresh = layoutSequence(trace, options);
        ms << processCpuMs() - cpu0;
        // Freeing the last run's layout is not laying out; rounds 1 and 2 timed it too
        // (it is printed apart, to compare with them).
        layout = std::move(fresh);
        withFree << processCpuMs() - cpu0;
    }
    const double m = median(ms);
    std::printf("%7d segments, %-10s layout median %8.1f ms CPU (%d runs; %.1f ms with freeing the last layout), "
                "%d passes, %.2f µs per segment, diagram %.0f x %.0f px, %d placed anyway, digest %s\n",
                segments, pixelsPerMs > 0 ? qPrintable(QStringLiteral("%1 px/ms").arg(pixelsPerMs)) : "auto", m,
                runs, median(withFree), layout.passes, m * 1000 / segments, layout.size.width(), layout.size.height(),
                layout.labelsPlacedAnyway, qPrintable(layoutDigest(layout)));
    QStringList each;
    for (double m : ms)
        each << QString::number(m, 'f', 1);
    std::printf("        runs in order%s: %s ms\n", warmUp == WarmUp::OneRun ? " (after one untimed)" : "",
                qPrintable(each.join(QStringLiteral(" / "))));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const WarmUp warmUp = args.removeAll(QStringLiteral("warm-up")) > 0 ? WarmUp::OneRun : WarmUp::None;
    const int runs = !args.isEmpty() ? std::max(1, args[0].toInt()) : 7;
    QList<int> counts;
    for (int i = 1; i < args.size(); ++i)
        counts << std::max(1, args[i].toInt());
    if (counts.isEmpty())
        counts = {1000, 10000, 100000};
    for (double scale : {0.0, 2.0})
        for (int segments : counts)
            bench(segments, segments >= 100000 ? std::max(3, runs / 2) : runs, scale, warmUp);
    return 0;
}
