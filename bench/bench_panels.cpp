// How fast the side panels follow the playhead over a SYN flood, thousands of events:
//   * narration: 1,000 forged SYNs at 500/s against a listener (the flood test of
//     tst_narration): building the panel from the trace, then scrubbing 300 frames
//     (0 to 3 s in 10 ms steps);
//   * socket table: 3,000 forged SYNs at 1,000/s against a 4,096-entry backlog (the flood
//     test of tst_socket_table): building, then scrubbing 400 frames (0 to 4 s).
// The tests check what the panels show; this measures how long it takes, which a test
// cannot assert without failing on a loaded machine. Prints the median over the
// repetitions, wall and CPU time; the target is a frame well under 16 ms (60 Hz).
//
//   QT_QPA_PLATFORM=offscreen ./tcplab-bench-panels [repetitions]   (default 11)
#include "panels/narration_panel.h"
#include "panels/socket_table_model.h"
#include "panels/socket_table_panel.h"
#include "scenario/scenario.h"
#include "sim/simulator.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace tcplab;

namespace {

// CPU time of the whole process, in ms: on a loaded machine wall time includes waiting for
// a core, CPU time does not.
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

// B listens on port 80; the attacker M floods it with `count` forged SYNs at `rate` per
// second from 10 ms on.
Scenario synFlood(int count, double rate, int backlog)
{
    Scenario sc;
    HostSpec b;
    b.name = QStringLiteral("B");
    parseIpv4(QStringLiteral("10.0.0.2"), &b.address);
    HostSpec m;
    m.name = QStringLiteral("M");
    m.kind = HostKind::Attacker;
    parseIpv4(QStringLiteral("10.0.0.66"), &m.address);
    parseIpv4(QStringLiteral("198.51.100.0"), &m.spoofNetwork);
    sc.hosts = {b, m};
    AppAction listen;
    listen.host = QStringLiteral("B");
    listen.kind = AppActionKind::Listen;
    listen.port = 80;
    listen.backlog = backlog;
    AppAction flood;
    flood.at = msToUs(10);
    flood.host = QStringLiteral("M");
    flood.kind = AppActionKind::SynFlood;
    flood.to = QStringLiteral("B");
    flood.remotePort = 80;
    flood.count = count;
    flood.ratePerSecond = rate;
    sc.actions = {listen, flood};
    sc.duration = secondsToUs(10);
    return sc;
}

struct Timing {
    QList<double> wall, cpu;
    void add(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        const double cpu0 = processCpuMs();
        timer.start();
        work();
        wall << timer.nsecsElapsed() / 1e6;
        cpu << processCpuMs() - cpu0;
    }
};

void report(const char *what, const Timing &t, int frames)
{
    std::printf("  %-34s median %8.1f ms wall, %8.1f ms CPU", what, median(t.wall), median(t.cpu));
    if (frames > 0)
        std::printf("  (%.2f ms CPU a frame over %d frames)", median(t.cpu) / frames, frames);
    std::printf("\n");
}

// Builds the panel from the trace, then scrubs `frames` frames of `stepMs` each.
template<typename Panel>
void benchPanel(const char *name, const Scenario &sc, int frames, int stepMs, int repetitions,
                const std::function<QString(const Panel &)> &describe)
{
    const Trace trace = Simulator::run(sc);
    Timing build, scrub;
    QString shown;
    for (int i = 0; i < repetitions; ++i) {
        Panel panel;
        panel.resize(640, 500);
        panel.show();
        build.add([&] { panel.setTrace(&trace, &sc); });
        scrub.add([&] {
            for (int f = 0; f <= frames; ++f)
                panel.setPlayhead(msToUs(qint64(f) * stepMs));
            QCoreApplication::processEvents();
        });
        shown = describe(panel);
    }
    std::printf("%s: %lld events, %lld segments, %s, %d repetitions\n", name,
                static_cast<long long>(trace.events.size()), static_cast<long long>(trace.segments.size()),
                qPrintable(shown), repetitions);
    report("build (setTrace)", build, 0);
    report(qPrintable(QStringLiteral("scrub 0 to %1 s").arg(frames * stepMs / 1000.0)), scrub, frames);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 11;

    benchPanel<NarrationPanel>("narration over a 1,000-SYN flood", synFlood(1000, 500, -1), 300, 10, repetitions,
                               [](const NarrationPanel &p) {
                                   return QStringLiteral("%1 narration items").arg(p.items().size());
                               });
    benchPanel<SocketTablePanel>("socket table over a 3,000-SYN flood", synFlood(3000, 1000, 4096), 400, 10,
                                 repetitions, [](const SocketTablePanel &p) {
                                     return QStringLiteral("%1 sockets in the table at 4 s").arg(p.model()->rowCount());
                                 });
    return 0;
}
