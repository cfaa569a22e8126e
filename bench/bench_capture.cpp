// Reading a large capture: `tcplab-cli import FILE` (list the TCP connections) against
// Wireshark's `tshark -r FILE -q -z conv,tcp` (its Conversations table) on the same file,
// with the wall time (median of several runs) and the peak memory (ru_maxrss of each
// child) of both, beside the file's size.
//
// The capture is generated first: 1,000,000 packets in 10,000 connections (handshake,
// 45 data segments each answered by an ACK, a four-segment close: 100 packets each),
// interleaved the way a busy server's traffic is, written as pcap with tcplab's own
// encoder and packet builder.
//
// Usage: tcplab-bench-capture [--packets N] [--connections N] [--runs N] [--keep FILE]
//                             [--cli PATH] [--no-tshark]
// Build it in Release for numbers worth quoting; it is not run by CTest.
#include "capture/capture_encoder.h"
#include "capture/packet_builder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace tcplab;

namespace {

struct ChildRun {
    bool ok = false;
    double seconds = 0;
    long maxRssKiB = 0;
};

// Runs a program with its output thrown away; wait4() gives this child's own peak
// resident set size, which QProcess does not.
ChildRun runChild(const QStringList &command)
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : command)
        storage.push_back(QFile::encodeName(a));
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ChildRun r;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    r.maxRssKiB = usage.ru_maxrss;
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

struct Measured {
    bool ok = true;
    double medianSeconds = 0;
    long maxRssKiB = 0;
};

Measured measure(const QStringList &command, int runs)
{
    Measured m;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = runChild(command);
        if (!r.ok) {
            m.ok = false;
            return m;
        }
        times.push_back(r.seconds);
        m.maxRssKiB = std::max(m.maxRssKiB, r.maxRssKiB);
    }
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    m.medianSeconds = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    return m;
}

// One connection's packets, in order: SYN, SYN,ACK, ACK, then data and ACKs, then the
// close. `step` picks which of them.
Segment connectionPacket(int connection, int step, int packetsPerConnection, bool *fromClient)
{
    Segment s;
    const uint32_t client = 0x0a000000u | uint32_t(1 + connection / 250); // 10.0.0.x clients
    const uint32_t server = 0xc0000201u;                                     // 192.0.2.1
    const auto clientPort = uint16_t(20000 + connection % 40000);
    const uint32_t cIsn = 1000u + uint32_t(connection) * 7919u;
    const uint32_t sIsn = 900000u + uint32_t(connection) * 104729u;
    const int dataSegments = (packetsPerConnection - 7) / 2;
    const int closeStart = 3 + 2 * dataSegments;
    constexpr int payload = 100;
    *fromClient = true;
    s.window = 65535;
    if (step == 0) {
        s.flags = TcpFlag::Syn;
        s.seq = cIsn;
        s.mss = 1460;
    } else if (step == 1) {
        *fromClient = false;
        s.flags = TcpFlag::Syn | TcpFlag::Ack;
        s.seq = sIsn;
        s.ack = cIsn + 1;
        s.mss = 1460;
    } else if (step == 2) {
        s.flags = TcpFlag::Ack;
        s.seq = cIsn + 1;
        s.ack = sIsn + 1;
    } else if (step < closeStart) {
        const int k = (step - 3) / 2;
        if ((step - 3) % 2 == 0) {
            s.flags = TcpFlag::Psh | TcpFlag::Ack;
            s.seq = cIsn + 1 + uint32_t(k * payload);
            s.ack = sIsn + 1;
            s.payload = QByteArray(payload, char('a' + k % 26));
        } else {
            *fromClient = false;
            s.flags = TcpFlag::Ack;
            s.seq = sIsn + 1;
            s.ack = cIsn + 1 + uint32_t((k + 1) * payload);
        }
    } else {
        const uint32_t cEnd = cIsn + 1 + uint32_t(dataSegments * payload);
        switch (step - closeStart) {
        case 0: s.flags = TcpFlag::Fin | TcpFlag::Ack; s.seq = cEnd; s.ack = sIsn + 1; break;
        case 1: *fromClient = false; s.flags = TcpFlag::Ack; s.seq = sIsn + 1; s.ack = cEnd + 1; break;
        case 2: *fromClient = false; s.flags = TcpFlag::Fin | TcpFlag::Ack; s.seq = sIsn + 1; s.ack = cEnd + 1; break;
        default: s.flags = TcpFlag::Ack; s.seq = cEnd + 1; s.ack = sIsn + 2; break;
        }
    }
    const SocketAddress c{client, clientPort};
    const SocketAddress v{server, 80};
    s.source = *fromClient ? c : v;
    s.destination = *fromClient ? v : c;
    return s;
}

bool generate(const QString &path, int packets, int connections)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    CaptureEncoder encoder(&file, CaptureFormat::Pcap);
    encoder.writeHeader(CaptureFileHeader());
    const int perConnection = packets / connections;
    // 100 connections open at a time, their packets interleaved round robin.
    constexpr int concurrent = 100;
    int64_t t = int64_t(1700000000) * 1000000;
    for (int group = 0; group < connections; group += concurrent) {
        for (int step = 0; step < perConnection; ++step) {
            for (int c = group; c < std::min(connections, group + concurrent); ++c) {
                bool fromClient = true;
                const Segment s = connectionPacket(c, step, perConnection, &fromClient);
                const QByteArray frame = PacketBuilder::ethernetFrame(
                    s, uint16_t(step + 1), PacketBuilder::macFor(s.source.address),
                    PacketBuilder::macFor(s.destination.address));
                t += 37;
                if (!encoder.writeFrame(t, frame))
                    return false;
            }
        }
    }
    return encoder.ok() && file.flush();
}

QString value(const QStringList &args, const QString &name, const QString &otherwise)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : otherwise;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int packets = value(args, QStringLiteral("--packets"), QStringLiteral("1000000")).toInt();
    const int connections = value(args, QStringLiteral("--connections"), QStringLiteral("10000")).toInt();
    const int runs = value(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const QString cli = value(args, QStringLiteral("--cli"),
                              QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/tcplab-cli")));
    if (packets < connections * 7 || connections < 1) {
        std::fprintf(stderr, "need at least 7 packets per connection\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString file = value(args, QStringLiteral("--keep"), dir.filePath(QStringLiteral("bench.pcap")));

    QElapsedTimer clock;
    clock.start();
    if (!generate(file, packets, connections)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    const double fileMiB = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    std::printf("capture: %d packets in %d connections, %.1f MiB (pcap), generated in %.2f s\n",
                connections * (packets / connections), connections, fileMiB, double(clock.nsecsElapsed()) / 1e9);

    const Measured ours = measure({cli, QStringLiteral("import"), file}, runs);
    if (!ours.ok) {
        std::fprintf(stderr, "%s import failed\n", qPrintable(cli));
        return 1;
    }
    std::printf("tcplab-cli import:      median %7.2f s of %d runs, peak RSS %7.1f MiB (%.2f× the file)\n",
                ours.medianSeconds, runs, double(ours.maxRssKiB) / 1024.0, double(ours.maxRssKiB) / 1024.0 / fileMiB);

    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (args.contains(QStringLiteral("--no-tshark")) || tshark.isEmpty()) {
        std::printf("tshark: %s\n", tshark.isEmpty() ? "not installed" : "skipped");
        return 0;
    }
    const Measured theirs = measure({tshark, QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"),
                                     QStringLiteral("conv,tcp")},
                                    runs);
    if (!theirs.ok) {
        std::fprintf(stderr, "tshark failed\n");
        return 1;
    }
    std::printf("tshark -q -z conv,tcp:  median %7.2f s of %d runs, peak RSS %7.1f MiB (%.2f× the file)\n",
                theirs.medianSeconds, runs, double(theirs.maxRssKiB) / 1024.0,
                double(theirs.maxRssKiB) / 1024.0 / fileMiB);
    std::printf("tcplab-cli takes %.3f× tshark's time and %.3f× its memory\n", ours.medianSeconds / theirs.medianSeconds,
                double(ours.maxRssKiB) / double(theirs.maxRssKiB));
    return 0;
}
