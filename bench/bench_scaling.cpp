// Does the simulator keep its speed as runs grow? Events per second for runs of about 1k,
// 10k, 100k and 1M trace events, of two kinds: a SYN flood (many short-lived half-open
// connections) and one long data transfer (a single connection, many segments). The goal
// (issue 12): the 1M-event run at least half the rate of the 1k one, i.e. the cost per
// event does not grow with the length of the run.
//
// Each size is found first: a run's unit count (SYNs, or segments' worth of data) is
// corrected until its event count is within 10% of the target.
//
// Usage: tcplab-bench-scaling [--runs N] [--kind flood|transfer] [--events N]
//                                         (median of at least N runs and 0.5 s of CPU per
//                                          size, default 5; 1M: 3)
// Rates are events per second of the thread's CPU time (see threadCpuSeconds()).
// Build it in Release for numbers worth quoting.
#include "sim/simulator.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace tcplab;

namespace {

HostSpec host(const QString &name, uint32_t address, HostKind kind = HostKind::Host)
{
    HostSpec h;
    h.name = name;
    h.address = address;
    h.kind = kind;
    return h;
}

AppAction action(SimTime at, const QString &on, AppActionKind kind)
{
    AppAction a;
    a.at = at;
    a.host = on;
    a.kind = kind;
    return a;
}

// `units` forged SYNs, 1000 a second, against a listener with SYN cookies (so every SYN is
// answered and none is dropped for a full queue).
Scenario flood(int units)
{
    Scenario s;
    s.id = QStringLiteral("scaling-flood");
    s.hosts = {host(QStringLiteral("B"), 0x0a000002), host(QStringLiteral("M"), 0x0a000042, HostKind::Attacker)};
    s.hosts[1].spoofNetwork = 0xcb007100;
    s.protocol.synCookies = true;
    AppAction listen = action(0, QStringLiteral("B"), AppActionKind::Listen);
    listen.port = 80;
    listen.backlog = 64;
    AppAction syns = action(msToUs(1), QStringLiteral("M"), AppActionKind::SynFlood);
    syns.to = QStringLiteral("B");
    syns.remotePort = 80;
    syns.count = units;
    syns.ratePerSecond = 1000;
    s.actions = {listen, syns};
    s.duration = secondsToUs(units / 1000 + 70);
    return s;
}

// One connection that carries `units` full segments of data, then closes. Small segments
// (MTU 128, MSS 88) keep a million events' worth of data to a few megabytes.
constexpr int transferMtu = 128;
constexpr int transferMss = transferMtu - 40;

Scenario transfer(int units)
{
    Scenario s;
    s.id = QStringLiteral("scaling-transfer");
    s.hosts = {host(QStringLiteral("A"), 0x0a000001), host(QStringLiteral("B"), 0x0a000002)};
    s.hosts[0].mtu = transferMtu;
    s.hosts[1].mtu = transferMtu;
    AppAction listen = action(0, QStringLiteral("B"), AppActionKind::Listen);
    listen.port = 80;
    AppAction connect = action(msToUs(1), QStringLiteral("A"), AppActionKind::Connect);
    connect.to = QStringLiteral("B");
    connect.remotePort = 80;
    AppAction send = action(msToUs(300), QStringLiteral("A"), AppActionKind::Send);
    send.data = QByteArray(qsizetype(units) * transferMss, 'x');
    s.actions = {listen, connect, send, action(msToUs(400), QStringLiteral("A"), AppActionKind::Close)};
    s.duration = secondsToUs(3600);
    return s;
}

struct Sample {
    qint64 events = 0;
    double seconds = 0;
};

// CPU time of this thread, not wall time: on a machine shared by several builds a long run
// is preempted many times and a short one seldom, which would make the rate look as if it
// fell with the size of the run.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

Sample runOnce(const Scenario &s)
{
    const double cpu0 = threadCpuSeconds();
    const Trace trace = Simulator::run(s);
    return {qint64(trace.events.size()), threadCpuSeconds() - cpu0};
}

double eventsPerSecond(const Scenario &s, int runs, qint64 *events)
{
    // At least `runs` runs and half a second of CPU, so a short run's median is not one
    // unlucky moment of a busy machine.
    std::vector<double> rates;
    const double cpu0 = threadCpuSeconds();
    while ((int(rates.size()) < runs || threadCpuSeconds() - cpu0 < 0.5) && rates.size() < 2000) {
        const Sample x = runOnce(s);
        *events = x.events;
        rates.push_back(x.seconds > 0 ? double(x.events) / x.seconds : 0);
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

void measureKind(const char *name, const std::function<Scenario(int)> &make, int runs, const QList<qint64> &targets)
{
    double first = 0;
    for (qint64 target : targets) {
        // Events per unit are not constant (a flood's first SYNs fill the queue and are
        // retried, the rest get cookies), so the size is corrected until the run is within
        // 10% of its target.
        int units = 100;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const qint64 got = runOnce(make(units)).events;
            if (got > 0 && std::abs(double(got - target)) <= 0.1 * double(target))
                break;
            units = std::max(1, int(double(units) * double(target) / double(std::max<qint64>(got, 1))));
        }
        qint64 events = 0;
        const double rate = eventsPerSecond(make(units), target >= 1000000 ? std::min(runs, 3) : runs, &events);
        if (first == 0)
            first = rate;
        std::printf("%-10s %9lld %10d %14.0f %8.2f\n", name, static_cast<long long>(events), units, rate,
                    rate / first);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString kind; // both
    QList<qint64> targets = {1000, 10000, 100000, 1000000};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--kind"))
            kind = args[i + 1];
        else if (args[i] == QLatin1String("--events")) // one size only, e.g. to profile it
            targets = {std::max<qint64>(100, args[i + 1].toLongLong())};
    }
#ifdef QT_DEBUG
    std::printf("note: this is a Debug build; configure with -DCMAKE_BUILD_TYPE=Release for real numbers\n");
#endif
    std::printf("%-10s %9s %10s %14s %8s\n", "kind", "events", "units", "events/s", "vs 1k");
    if (kind.isEmpty() || kind == QLatin1String("flood"))
        measureKind("flood", flood, runs, targets);
    if (kind.isEmpty() || kind == QLatin1String("transfer"))
        measureKind("transfer", transfer, runs, targets);
    return 0;
}
