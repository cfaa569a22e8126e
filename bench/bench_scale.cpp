// How the model scales with large inputs: work that grows with the square of a count turns
// a large but legal scenario into minutes. Each row is one input at the upper end of what
// the reader and the simulator accept, timed as the median of a few runs:
//   - a SYN flood of 40,000 forged SYNs against backlog 65,535 and against backlog 16
//     (the listener's bookkeeping must not depend on how many half-open entries it holds);
//   - reading (validating) a scenario file with 40,000 faults, with 40,000 hosts, and with
//     one unknown key of 1 MB.
// A row far above its neighbours (or growing 4× when its count doubles: --scale 2) points at
// a quadratic path.
//
// Usage: tcplab-bench-scale [--runs N] [--scale F] [--only TEXT]
//   --runs N   runs per row (default 3); the median is reported
//   --scale F  multiply every count by F (default 1): compare F = 1 and 2 for growth
//   --only TEXT  time only the rows whose name contains TEXT
// Build it in Release for numbers worth quoting.
#include "scenario/scenario_file.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tcplab;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<qint64> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.push_back(t.nsecsElapsed());
    }
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    const double median = n % 2 ? double(samples[n / 2])
                                : (double(samples[n / 2 - 1]) + double(samples[n / 2])) / 2.0;
    return median / 1e6;
}

HostSpec host(const QString &name, uint32_t address, HostKind kind = HostKind::Host)
{
    HostSpec h;
    h.name = name;
    h.address = address;
    h.kind = kind;
    return h;
}

// M sends `count` forged SYNs at 1000 per second to B, which listens with `backlog`. The run
// lasts until the last half-open entries have given up (about 63 s after the last SYN).
Scenario synFlood(int count, int backlog)
{
    Scenario s;
    s.id = QStringLiteral("bench-scale-flood");
    s.hosts = {host(QStringLiteral("B"), 0x0a000002),
               host(QStringLiteral("M"), 0x0a000042, HostKind::Attacker)};
    s.hosts[1].spoofNetwork = 0xcb007100; // 203.0.113.0/24
    AppAction listen;
    listen.at = 0;
    listen.host = QStringLiteral("B");
    listen.kind = AppActionKind::Listen;
    listen.port = 80;
    listen.backlog = backlog;
    AppAction flood;
    flood.at = msToUs(100);
    flood.host = QStringLiteral("M");
    flood.kind = AppActionKind::SynFlood;
    flood.to = QStringLiteral("B");
    flood.remotePort = 80;
    flood.count = count;
    flood.ratePerSecond = 1000;
    s.actions = {listen, flood};
    s.duration = secondsToUs(count / 1000 + 70);
    return s;
}

QJsonObject baseScenario()
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("id"), QStringLiteral("bench-scale"));
    root.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("scale")}});
    root.insert(QStringLiteral("duration_s"), 10);
    root.insert(QStringLiteral("hosts"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                       {QStringLiteral("address"), QStringLiteral("10.0.0.1")}},
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("B")},
                                       {QStringLiteral("address"), QStringLiteral("10.0.0.2")}}});
    return root;
}

QByteArray manyFaults(int count)
{
    QJsonObject root = baseScenario();
    QJsonArray faults;
    for (int i = 0; i < count; ++i) {
        faults.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("delay")},
                                  {QStringLiteral("host"), i % 2 ? QStringLiteral("A") : QStringLiteral("B")},
                                  {QStringLiteral("ordinal"), i + 1},
                                  {QStringLiteral("delay_ms"), 10}});
    }
    root.insert(QStringLiteral("faults"), faults);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray manyHosts(int count)
{
    QJsonObject root = baseScenario();
    QJsonArray hosts;
    for (int i = 0; i < count; ++i) {
        const uint32_t a = 0x0a000000u + uint32_t(i) + 1;
        hosts.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("H%1").arg(i)},
            {QStringLiteral("address"), QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 255)
                                            .arg((a >> 8) & 255).arg(a & 255)}});
    }
    root.insert(QStringLiteral("hosts"), hosts);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray hugeKey(int bytes)
{
    QJsonObject root = baseScenario();
    root.insert(QString(bytes, QLatin1Char('k')), 1);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void printRow(const char *name, double ms, const QString &detail)
{
    std::printf("%-40s %12.1f  %s\n", name, ms, qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 3;
    double scale = 1;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--scale"))
            scale = qMax(0.01, args[i + 1].toDouble());
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    const auto scaled = [scale](int n) { return qMax(1, int(n * scale)); };

#ifdef QT_DEBUG
    std::printf("note: this is a Debug build; configure with -DCMAKE_BUILD_TYPE=Release for real numbers\n");
#endif
    std::printf("%-40s %12s  %s\n", "input", "median ms", "result");

    for (int backlog : {65535, 16}) {
        const int count = scaled(40000);
        const QByteArray name = QStringLiteral("flood %1 SYNs, backlog %2").arg(count).arg(backlog).toUtf8();
        if (!QString::fromUtf8(name).contains(only))
            continue;
        const Scenario s = synFlood(count, backlog);
        qsizetype events = 0;
        const double ms = medianMs(runs, [&] { events = Simulator::run(s).events.size(); });
        printRow(name.constData(), ms, QStringLiteral("%1 events").arg(events));
    }

    struct FileRow {
        QString name;
        QByteArray json;
    };
    const int faults = scaled(40000), hosts = scaled(40000), keyBytes = scaled(1 << 20);
    const QList<FileRow> files = {
        {QStringLiteral("validate %1 faults").arg(faults), manyFaults(faults)},
        {QStringLiteral("validate %1 hosts").arg(hosts), manyHosts(hosts)},
        {QStringLiteral("validate a %1-byte key").arg(keyBytes), hugeKey(keyBytes)},
    };
    for (const FileRow &f : files) {
        if (!f.name.contains(only))
            continue;
        ScenarioFile::LoadResult result;
        const double ms = medianMs(runs, [&] { result = ScenarioFile::parse(f.json); });
        printRow(qPrintable(f.name), ms,
                 result.ok ? QStringLiteral("valid")
                           : QStringLiteral("%1 errors, first: %2")
                                 .arg(result.errors.size())
                                 .arg(result.errors.value(0).left(60)));
    }
    return 0;
}
