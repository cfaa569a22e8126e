// Export time of the sequence diagram of a 1,000-segment run to PNG, SVG and PDF: layout,
// painting and the atomic file write, as File ▸ Export and `tcplab-cli export` do them.
// Budgets (medians): PNG 1x 250 ms, PNG 2x 500 ms, SVG and PDF 150 ms, the slide preset
// (all slides) 1 s. Two runs of about 1,000 segments:
//  - steady: the long synthetic exchange the layout and paint benchmarks use (A sends a
//    data segment every 10 ms, B acknowledges each, one in 50 lost and retransmitted);
//  - bulk: simulated from a scenario built here: A writes ~700 kB at once, so the model
//    sends each 64 KiB window as a burst of ~45 segments at one instant, B acknowledges
//    each, then both close. Every burst is a stack of parallel arrows crossed by the
//    stack of ACKs, the hardest case for the label placer.
// Build in Release for meaningful numbers. Prints the median of each format.
//
//   QT_QPA_PLATFORM=offscreen ./tcplab-bench-export [repetitions] [steady|bulk] [format] [folder]
// (default: both runs, every format; a format such as "PNG 1x" measures only that one, for
// profiling; a folder keeps the files there, to look at, instead of in a temporary one).
#include "export/diagram_export.h"
#include "scenario/scenario.h"
#include "synthetic_trace.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tcplab;

namespace {

constexpr int wantedSegments = 1000;

Scenario bulkTransfer(int bytes)
{
    Scenario s;
    s.id = QStringLiteral("bulk-transfer");
    s.title.en = QStringLiteral("Bulk transfer (benchmark)");
    HostSpec a;
    a.name = QStringLiteral("A");
    a.address = 0x0a000001;
    HostSpec b;
    b.name = QStringLiteral("B");
    b.address = 0x0a000002;
    s.hosts = {a, b};

    AppAction listen;
    listen.at = 0;
    listen.host = b.name;
    listen.kind = AppActionKind::Listen;
    listen.port = 80;
    listen.isn = 5000;
    AppAction connect;
    connect.at = 10 * usPerMs;
    connect.host = a.name;
    connect.kind = AppActionKind::Connect;
    connect.to = b.name;
    connect.remotePort = 80;
    connect.port = 40000;
    connect.isn = 1000;
    AppAction send;
    send.at = 300 * usPerMs;
    send.host = a.name;
    send.kind = AppActionKind::Send;
    send.data = QByteArray(bytes, 'x');
    AppAction close;
    close.at = secondsToUs(60);
    close.host = a.name;
    close.kind = AppActionKind::Close;
    AppAction closeB = close;
    closeB.host = b.name;
    closeB.at = secondsToUs(60) + 200 * usPerMs;
    s.actions = {listen, connect, send, close, closeB};
    s.duration = secondsToUs(200);
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// CPU time of the process: on a machine shared by several builds the wall time mostly
// says how busy the others were. (Qt may convert large images on helper threads; their
// time counts too, so this never flatters.)
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}


// The bulk transfer of about 1,000 segments, or an empty trace when the model makes too
// few or too many of them.
Trace bulkTrace()
{
    // Aim the transfer at about 1,000 segments, whatever the ACK policy makes of it.
    int bytes = 1460 * 500;
    Trace trace = Simulator::run(bulkTransfer(bytes));
    if (!trace.segments.isEmpty()) {
        bytes = int(double(bytes) * wantedSegments / trace.segments.size());
        trace = Simulator::run(bulkTransfer(bytes));
    }
    std::printf("bulk run: %d bytes from A to B, ", bytes);
    if (trace.segments.size() < wantedSegments * 8 / 10 || trace.segments.size() > wantedSegments * 12 / 10) {
        std::fprintf(stderr, "the bulk run has %lld segments, not about %d\n",
                     qlonglong(trace.segments.size()), wantedSegments);
        return Trace();
    }
    return trace;
}

// Measures every format for one run (a format that cannot be written says why and counts
// as over its budget).
void measure(const Trace &trace, int repetitions, const QByteArray &only, const QString &keepIn,
             bool *allWithin)
{
    std::printf("%lld segments, %lld events, ends at %.1f s\n", qlonglong(trace.segments.size()),
                qlonglong(trace.events.size()), double(trace.endTime) / usPerSecond);

    if (only.isEmpty()) {
        // Where the time goes (CPU ms): layout, painting (PNG: into the image); the rest of
        // a PNG export is encoding and writing.
        double cpu = processCpuMs();
        const DiagramExporter exporter(trace, SequenceLayoutOptions{}, DiagramExportOptions{});
        const double layoutMs = processCpuMs() - cpu;
        cpu = processCpuMs();
        const QImage image = exporter.renderImage();
        const double paintMs = processCpuMs() - cpu;
        std::printf("picture %.0f x %.0f px; layout %.1f ms (%d passes, %d labels placed anyway), "
                    "painting the PNG image %.1f ms\n",
                    exporter.pictureSize().width(), exporter.pictureSize().height(), layoutMs,
                    exporter.layout().passes, exporter.layout().labelsPlacedAnyway, paintMs);
    }

    QTemporaryDir dir;
    struct Case {
        const char *name;
        const char *file;
        PdfPageMode pages;
        double scale;
        ExportPreset preset;
        double budgetMs;
    };
    const Case cases[] = {
        {"PNG 1x", "bench.png", PdfPageMode::SinglePage, 1, ExportPreset::Standard, 250},
        {"PNG 2x", "bench2.png", PdfPageMode::SinglePage, 2, ExportPreset::Standard, 500},
        {"SVG", "bench.svg", PdfPageMode::SinglePage, 1, ExportPreset::Standard, 150},
        {"PDF one page", "bench.pdf", PdfPageMode::SinglePage, 1, ExportPreset::Standard, 150},
        {"PDF A4 pages", "bench-a4.pdf", PdfPageMode::A4, 1, ExportPreset::Standard, 150},
        {"Slides PDF", "slides.pdf", PdfPageMode::SinglePage, 1, ExportPreset::Slides, 1000},
        {"Slides PNG", "slide.png", PdfPageMode::SinglePage, 1, ExportPreset::Slides, 1000},
    };
    std::printf("%-14s %6s %12s %12s %10s %12s %10s\n", "format", "runs", "CPU ms", "wall ms", "budget ms",
                "of budget", "KiB");
    for (const Case &c : cases) {
        if (!only.isEmpty() && only != c.name)
            continue;
        DiagramExportOptions options;
        options.title = QStringLiteral("Export benchmark");
        options.pdfPages = c.pages;
        options.scale = c.scale;
        options.preset = c.preset;
        const QString path = keepIn.isEmpty() ? dir.filePath(QString::fromLatin1(c.file))
                                              : QDir(keepIn).filePath(QString::fromLatin1(c.file));
        QList<double> times, wallTimes;
        qint64 bytes = 0;
        int files = 0;
        QString failure;
        for (int i = 0; i < repetitions && failure.isEmpty(); ++i) {
            // Each run of a slide series writes a new deck into a folder of its own, as a
            // teacher does: replacing the files the run before wrote seconds ago made the
            // kernel look past every inode it had just freed for each new file (ext4 keeps
            // recently deleted inodes unused where it has no journal, as on the machines
            // measured), a cost that grew from run to run.
            QString runPath = path;
            if (c.preset == ExportPreset::Slides && keepIn.isEmpty()) {
                const QString folder = dir.filePath(QStringLiteral("deck-%1-%2").arg(QString::fromLatin1(c.file)).arg(i));
                QDir().mkpath(folder);
                runPath = QDir(folder).filePath(QString::fromLatin1(c.file));
            }
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = processCpuMs();
            const DiagramExporter exporter(trace, SequenceLayoutOptions{}, options);
            QString error;
            QStringList written;
            const bool ok = c.preset == ExportPreset::Slides ? exporter.writeSlides(runPath, &written, &error)
                                                             : exporter.write(runPath, &error);
            if (!ok) {
                failure = error;
                break;
            }
            times.append(processCpuMs() - cpu0);
            wallTimes.append(timer.nsecsElapsed() / 1e6);
            if (written.isEmpty())
                written.append(runPath);
            bytes = 0;
            for (const QString &f : std::as_const(written))
                bytes += QFileInfo(f).size();
            files = int(written.size());
        }
        if (!failure.isEmpty()) {
            std::printf("%-14s cannot write: %s\n", c.name, qPrintable(failure));
            *allWithin = false;
            continue;
        }
        const double m = median(times);
        *allWithin = *allWithin && m <= c.budgetMs;
        std::printf("%-14s %6d %12.1f %12.1f %10.0f %11.2fx %10lld%s\n", c.name, repetitions, m,
                    median(wallTimes), c.budgetMs, m / c.budgetMs,
                    qlonglong(bytes / 1024),
                    files > 1 ? qPrintable(QStringLiteral(" (%1 files)").arg(files)) : "");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QByteArray which = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    const QString keepIn = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString();
    bool allWithin = true;
    if (which.isEmpty() || which == "steady") {
        std::printf("steady run: ");
        measure(syntheticTrace(wantedSegments), repetitions, only, keepIn, &allWithin);
    }
    if (which.isEmpty() || which == "bulk") {
        const Trace bulk = bulkTrace();
        if (bulk.segments.isEmpty())
            return 1;
        measure(bulk, repetitions, only, keepIn, &allWithin);
    }
    std::printf(allWithin ? "all medians within their budgets\n" : "SOME MEDIANS OVER their budgets\n");
    return 0;
}
