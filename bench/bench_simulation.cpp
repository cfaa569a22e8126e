// How long one simulation run takes: every built-in scenario, and a large SYN flood
// (10,000 forged SYNs against a listener whose SYN queue holds 256). A fault-plan edit
// re-runs the whole simulation from time zero, so a run must fit well inside one frame;
// the budget we hold ourselves to is 1 ms for a lesson scenario (DESIGN.md).
//
// Usage: tcplab-bench-simulation [--min-runs N] [--min-seconds S] [--only TEXT]
//   --only TEXT  time only the scenarios whose id contains TEXT (for profiling one)
// Build it in Release for numbers worth quoting.
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tcplab;

namespace {

constexpr double budgetMs = 1.0;

struct Measurement {
    double medianMs = 0;
    int runs = 0;
    int events = 0;
};

// Runs until both `minRuns` runs and `minSeconds` have passed (at most 10,000 runs), and
// takes the median, which one slow run (a page fault, the other core busy) cannot move.
Measurement measure(const Scenario &scenario, int minRuns, double minSeconds)
{
    Measurement m;
    std::vector<qint64> samples;
    QElapsedTimer total;
    total.start();
    while ((int(samples.size()) < minRuns || total.nsecsElapsed() < qint64(minSeconds * 1e9))
           && samples.size() < 10000) {
        QElapsedTimer t;
        t.start();
        const Trace trace = Simulator::run(scenario);
        samples.push_back(t.nsecsElapsed());
        m.events = int(trace.events.size());
    }
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    const double median = n % 2 ? double(samples[n / 2])
                                : (double(samples[n / 2 - 1]) + double(samples[n / 2])) / 2.0;
    m.medianMs = median / 1e6;
    m.runs = int(n);
    return m;
}

HostSpec host(const QString &name, uint32_t address, HostKind kind = HostKind::Host)
{
    HostSpec h;
    h.name = name;
    h.address = address;
    h.kind = kind;
    return h;
}

// B listens with a 256-entry SYN queue; M sends 10,000 SYNs from forged addresses at
// 1000 per second; A tries to connect in the middle of the flood. The run lasts until the
// last half-open entries have given up (5 SYN,ACK retries: about 63 s after the last SYN).
Scenario synFloodScenario()
{
    Scenario s;
    s.id = QStringLiteral("bench-syn-flood-10000");
    s.title.en = QStringLiteral("10,000 forged SYNs against a 256-entry SYN queue");
    s.hosts = {host(QStringLiteral("A"), 0x0a000001), host(QStringLiteral("B"), 0x0a000002),
               host(QStringLiteral("M"), 0x0a000042, HostKind::Attacker)};
    s.hosts[2].spoofNetwork = 0xcb007100; // 203.0.113.0/24

    AppAction listen;
    listen.at = 0;
    listen.host = QStringLiteral("B");
    listen.kind = AppActionKind::Listen;
    listen.port = 80;
    listen.backlog = 256;

    AppAction flood;
    flood.at = msToUs(100);
    flood.host = QStringLiteral("M");
    flood.kind = AppActionKind::SynFlood;
    flood.to = QStringLiteral("B");
    flood.remotePort = 80;
    flood.count = 10000;
    flood.ratePerSecond = 1000;

    AppAction connect;
    connect.at = secondsToUs(5);
    connect.host = QStringLiteral("A");
    connect.kind = AppActionKind::Connect;
    connect.to = QStringLiteral("B");
    connect.remotePort = 80;
    connect.isn = 1000;

    s.actions = {listen, flood, connect};
    s.duration = secondsToUs(80);
    return s;
}

void printRow(const QString &id, const Measurement &m)
{
    const double eventsPerSecond = m.medianMs > 0 ? m.events / (m.medianMs / 1e3) : 0;
    std::printf("%-28s %8d %6d %12.3f %12.1f %14.0f %9.3fx\n", qPrintable(id), m.events, m.runs,
                m.medianMs, m.medianMs * 1e3, eventsPerSecond, m.medianMs / budgetMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int minRuns = 50;
    double minSeconds = 0.5;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--min-runs"))
            minRuns = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--min-seconds"))
            minSeconds = qMax(0.0, args[i + 1].toDouble());
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }

#ifdef QT_DEBUG
    std::printf("note: this is a Debug build; configure with -DCMAKE_BUILD_TYPE=Release for real numbers\n");
#endif
    std::printf("%-28s %8s %6s %12s %12s %14s %10s\n", "scenario", "events", "runs", "median ms",
                "median us", "events/s", "of 1 ms");
    for (const Scenario &s : ScenarioLibrary::scenarios()) {
        if (s.id.contains(only))
            printRow(s.id, measure(s, minRuns, minSeconds));
    }
    // The large run is slow by design: fewer repetitions are enough for a stable median.
    const QString floodName = QStringLiteral("syn-flood-10000 (built here)");
    if (floodName.contains(only))
        printRow(floodName, measure(synFloodScenario(), 5, 2.0));
    return 0;
}
