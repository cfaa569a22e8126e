// The `linux` profile checked against the real kernel (docs/profiles.md). Each story —
// request/response with the client closing, the server closing first, half-close, a
// refused connection, abort with SO_LINGER 0, close with unread data, a lost SYN — is told
// twice from one list of steps: once with real sockets on loopback, captured with libpcap
// on `lo`, and once by the simulator with the `linux` profile. The two wires must agree on
// what is stable across Linux 5.x–6.x: who sends which control bits in which order (PSH
// aside), RST versus RST,ACK, sequence and acknowledgment numbers relative to each side's
// ISN, payload lengths, three- versus four-segment closes. Timings are not compared, except
// that the lost SYN comes again about a second later.
//
// The real sockets live in a network namespace of the test's own (unshare(CLONE_NEWNET)),
// so the kernel's per-namespace defaults apply whatever this machine's sysctls say, and
// nothing but 127.0.0.1 is ever used. Where the machine forbids a namespace or a capture,
// the test skips with the reason.
//
// One thread does everything: on loopback a segment is processed by the receiver within the
// system call that sends it, and each step is followed by a short pause, so the order on the
// wire is the order of the steps. The simulator's story runs one step every 5 ms over a
// 50 µs network, with the profile's 40 ms delayed ACK: the same rhythm.
#include "capture/capture_reader.h"
#include "scenario/scenario.h"
#include "settings/protocol_profile.h"
#include "sim/simulator.h"

#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pcap/pcap.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <thread>

using namespace tcplab;

namespace {

enum class Side { Client, Server };

enum class StepKind {
    Connect,  // the client connects; the server accepts
    Send,     // `bytes` bytes from `side`
    Read,     // `side` reads what has arrived
    Shutdown, // shutdown(SHUT_WR) on `side`
    Close,    // close() on `side`
    Abort,    // SO_LINGER {1, 0}, then close(): the RST of an abort
};

struct Step {
    StepKind kind;
    Side side = Side::Client;
    int bytes = 0;
};

struct Story {
    QString name;
    QList<Step> steps;
    bool listening = true;     // false: nobody listens on the port (connection refused)
    bool serverReads = true;   // false: the server never reads (close with unread data)
    bool firstSynLost = false; // the client's first SYN never gets an answer
};

Step step(StepKind kind, Side side = Side::Client, int bytes = 0)
{
    return Step{kind, side, bytes};
}

constexpr auto C = Side::Client;
constexpr auto S = Side::Server;

QList<Story> stories()
{
    using K = StepKind;
    return {
        {QStringLiteral("request-response-client-closes"),
         {step(K::Connect), step(K::Send, C, 5), step(K::Read, S), step(K::Send, S, 6), step(K::Read, C),
          step(K::Close, C), step(K::Read, S), step(K::Close, S)}},
        {QStringLiteral("server-closes-first"),
         {step(K::Connect), step(K::Send, S, 5), step(K::Close, S), step(K::Read, C), step(K::Close, C)}},
        {QStringLiteral("half-close"),
         {step(K::Connect), step(K::Send, C, 5), step(K::Shutdown, C), step(K::Read, S), step(K::Send, S, 3),
          step(K::Close, S), step(K::Read, C), step(K::Close, C)}},
        {QStringLiteral("connection-refused"), {step(K::Connect)}, false},
        {QStringLiteral("abort-so-linger-0"),
         {step(K::Connect), step(K::Send, C, 5), step(K::Read, S), step(K::Abort, C)}},
        {QStringLiteral("close-with-unread-data"),
         {step(K::Connect), step(K::Send, C, 5), step(K::Close, S)}, true, false},
        {QStringLiteral("lost-syn"),
         {step(K::Connect), step(K::Close, C), step(K::Read, S), step(K::Close, S)}, true, true, true},
    };
}

// One segment as both sides are compared: "C>S SYN seq=0", "S>C SYN,ACK seq=0 ack=1",
// "C>S ACK seq=1 ack=1 len=5", with " again" for a repeat of an earlier segment.
struct WireSegment {
    bool fromClient = true;
    TcpFlags flags = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    uint32_t length = 0;
    qint64 timeUs = 0;
};

QStringList describe(const QList<WireSegment> &wire)
{
    // Relative numbers, as Wireshark shows them: each side's ISN is the seq of its SYN.
    std::optional<uint32_t> clientIsn, serverIsn;
    for (const WireSegment &w : wire) {
        if (!(w.flags & TcpFlag::Syn))
            continue;
        auto &isn = w.fromClient ? clientIsn : serverIsn;
        if (!isn)
            isn = w.seq;
    }
    QStringList out;
    QList<WireSegment> seen;
    for (const WireSegment &w : wire) {
        const TcpFlags flags = w.flags & (TcpFlag::Syn | TcpFlag::Ack | TcpFlag::Fin | TcpFlag::Rst);
        const uint32_t ownIsn = (w.fromClient ? clientIsn : serverIsn).value_or(0);
        const uint32_t peerIsn = (w.fromClient ? serverIsn : clientIsn).value_or(0);
        QString line = QStringLiteral("%1 %2 seq=%3")
                           .arg(w.fromClient ? QStringLiteral("C>S") : QStringLiteral("S>C"),
                                tcpFlagsLabel(flags))
                           .arg(w.seq - ownIsn);
        if (flags & TcpFlag::Ack)
            line += QStringLiteral(" ack=%1").arg(w.ack - peerIsn);
        if (w.length)
            line += QStringLiteral(" len=%1").arg(w.length);
        for (const WireSegment &earlier : seen) {
            if (earlier.fromClient == w.fromClient && earlier.flags == w.flags && earlier.seq == w.seq
                && earlier.length == w.length && w.length + (flags & (TcpFlag::Syn | TcpFlag::Fin) ? 1 : 0) > 0) {
                line += QStringLiteral(" again");
                break;
            }
        }
        seen << w;
        out << line;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// The simulator's telling
// ---------------------------------------------------------------------------------------

constexpr SimTime stepGap = msToUs(5);

QList<WireSegment> simulate(const Story &story)
{
    Scenario s;
    s.id = story.name;
    HostSpec a;
    a.name = QStringLiteral("A");
    a.address = 0x0A000001u;
    HostSpec b;
    b.name = QStringLiteral("B");
    b.address = 0x0A000002u;
    s.hosts = {a, b};
    s.setProfile(ProtocolProfile::Linux);
    QString error;
    const bool delaySet = s.network.set(QStringLiteral("delay_ms"), QStringLiteral("0.05"), &error);
    Q_ASSERT(delaySet);
    s.duration = secondsToUs(10);

    auto action = [](SimTime at, const QString &host, AppActionKind kind) {
        AppAction x;
        x.at = at;
        x.host = host;
        x.kind = kind;
        return x;
    };
    if (story.listening) {
        AppAction listen = action(0, QStringLiteral("B"), AppActionKind::Listen);
        listen.port = 8080;
        if (!story.serverReads)
            listen.autoRead = false;
        s.actions << listen;
    }
    SimTime at = stepGap;
    for (const Step &st : story.steps) {
        const QString host = st.side == Side::Client ? QStringLiteral("A") : QStringLiteral("B");
        switch (st.kind) {
        case StepKind::Connect: {
            AppAction c = action(at, QStringLiteral("A"), AppActionKind::Connect);
            c.to = QStringLiteral("B");
            c.remotePort = 8080;
            c.port = 40000;
            s.actions << c;
            break;
        }
        case StepKind::Send: {
            AppAction x = action(at, host, AppActionKind::Send);
            x.data = QByteArray(st.bytes, 'x');
            s.actions << x;
            break;
        }
        case StepKind::Read:
            // The simulated applications read everything as it arrives; the call still
            // matters for when a server's later calls come (they wait for accept()).
            s.actions << action(at, host, AppActionKind::Read);
            break;
        case StepKind::Shutdown:
            s.actions << action(at, host, AppActionKind::Shutdown);
            break;
        case StepKind::Close:
            s.actions << action(at, host, AppActionKind::Close);
            break;
        case StepKind::Abort:
            s.actions << action(at, host, AppActionKind::Abort);
            break;
        }
        at += stepGap;
    }
    if (story.firstSynLost) {
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("A");
        drop.flags = TcpFlag::Syn;
        drop.ordinal = 1;
        s.faults << drop;
    }
    const Trace trace = Simulator::run(s);
    QList<WireSegment> wire;
    for (const SegmentRecord &r : trace.segments) {
        if (r.kind == SegmentKind::Duplicate)
            continue;
        WireSegment w;
        w.fromClient = r.fromHost == 0;
        w.flags = r.segment.flags;
        w.seq = r.segment.seq;
        w.ack = r.segment.ack;
        w.length = r.segment.length();
        w.timeUs = r.sentAt;
        wire << w;
    }
    return wire;
}

// ---------------------------------------------------------------------------------------
// The kernel's telling
// ---------------------------------------------------------------------------------------

void pause(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

sockaddr_in loopback(uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// Waits until `fd` is ready for `events`, at most `ms`.
bool waitFor(int fd, short events, int ms)
{
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, ms) == 1;
}

class KernelStory
{
public:
    KernelStory(const Story &story, uint16_t serverPort, uint16_t clientPort)
        : m_story(story), m_serverPort(serverPort), m_clientPort(clientPort)
    {
    }
    ~KernelStory()
    {
        for (int fd : {m_listener, m_client, m_server, m_filler, m_fillerAccepted})
            if (fd >= 0)
                ::close(fd);
    }

    // Runs the steps; false with *error on a socket call that failed unexpectedly.
    bool run(QString *error)
    {
        if (m_story.listening && !listen(error))
            return false;
        for (const Step &st : m_story.steps) {
            if (!perform(st, error))
                return false;
            pause(5);
        }
        pause(20);
        return true;
    }

private:
    bool fail(QString *error, const QString &what)
    {
        *error = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }

    bool listen(QString *error)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        const int one = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        const sockaddr_in a = loopback(m_serverPort);
        if (::bind(m_listener, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0)
            return fail(error, QStringLiteral("bind"));
        // A lost SYN: backlog 0 holds one finished connection; while it waits in the accept
        // queue, the listener drops every new SYN (tcp_conn_request: sk_acceptq_is_full),
        // exactly as if the network had lost it.
        if (::listen(m_listener, m_story.firstSynLost ? 0 : 16) != 0)
            return fail(error, QStringLiteral("listen"));
        if (m_story.firstSynLost) {
            m_filler = ::socket(AF_INET, SOCK_STREAM, 0);
            const sockaddr_in from = loopback(uint16_t(m_clientPort - 1000));
            if (::bind(m_filler, reinterpret_cast<const sockaddr *>(&from), sizeof from) != 0)
                return fail(error, QStringLiteral("bind (filling the accept queue)"));
            const sockaddr_in to = loopback(m_serverPort);
            if (::connect(m_filler, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0)
                return fail(error, QStringLiteral("connect (filling the accept queue)"));
            pause(5);
        }
        return true;
    }

    int &fdOf(Side side) { return side == Side::Client ? m_client : m_server; }

    bool perform(const Step &st, QString *error)
    {
        switch (st.kind) {
        case StepKind::Connect:
            return connect(error);
        case StepKind::Send: {
            const QByteArray data(st.bytes, 'x');
            if (::send(fdOf(st.side), data.constData(), size_t(data.size()), MSG_NOSIGNAL) != data.size())
                return fail(error, QStringLiteral("send"));
            return true;
        }
        case StepKind::Read: {
            char buffer[4096];
            while (::recv(fdOf(st.side), buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
            }
            return true;
        }
        case StepKind::Shutdown:
            if (::shutdown(fdOf(st.side), SHUT_WR) != 0)
                return fail(error, QStringLiteral("shutdown"));
            return true;
        case StepKind::Abort: {
            const linger zero{1, 0};
            ::setsockopt(fdOf(st.side), SOL_SOCKET, SO_LINGER, &zero, sizeof zero);
            [[fallthrough]];
        }
        case StepKind::Close:
            ::close(fdOf(st.side));
            fdOf(st.side) = -1;
            return true;
        }
        return true;
    }

    bool connect(QString *error)
    {
        m_client = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        const int one = 1;
        ::setsockopt(m_client, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        const sockaddr_in local = loopback(m_clientPort);
        if (::bind(m_client, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0)
            return fail(error, QStringLiteral("bind (client)"));
        const sockaddr_in to = loopback(m_serverPort);
        if (::connect(m_client, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0
            && errno != EINPROGRESS)
            return fail(error, QStringLiteral("connect"));
        if (m_story.firstSynLost) {
            // Make room once the first SYN has been dropped; its retransmission, a second
            // after the first, finds the queue free.
            pause(300);
            m_fillerAccepted = ::accept(m_listener, nullptr, nullptr);
        }
        if (!waitFor(m_client, POLLOUT, 3000)) {
            *error = QStringLiteral("connect: no answer within 3 s");
            return false;
        }
        int soError = 0;
        socklen_t len = sizeof soError;
        ::getsockopt(m_client, SOL_SOCKET, SO_ERROR, &soError, &len);
        if (!m_story.listening) {
            if (soError != ECONNREFUSED) {
                *error = QStringLiteral("connect to a closed port: expected ECONNREFUSED, got %1").arg(soError);
                return false;
            }
            return true;
        }
        if (soError != 0) {
            errno = soError;
            return fail(error, QStringLiteral("connect"));
        }
        if (!waitFor(m_listener, POLLIN, 1000)) {
            *error = QStringLiteral("accept: nothing to accept");
            return false;
        }
        m_server = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK);
        if (m_server < 0)
            return fail(error, QStringLiteral("accept"));
        return true;
    }

    const Story &m_story;
    uint16_t m_serverPort;
    uint16_t m_clientPort;
    int m_listener = -1, m_client = -1, m_server = -1, m_filler = -1, m_fillerAccepted = -1;
};

// Brings `lo` up in the fresh namespace (it starts down).
bool bringLoopbackUp(QString *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0;
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    ok = ok && ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(strerror(errno));
    ::close(fd);
    return ok;
}

} // namespace

class TestKernelComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linuxProfileMatchesTheKernel_data();
    void linuxProfileMatchesTheKernel();
    void simultaneousClose();

private:
    // Every segment of one connection (by the client's port) captured since the last call.
    QList<WireSegment> captured(uint16_t clientPort);

    pcap_t *m_pcap = nullptr;
    QTemporaryDir m_dir;
};

void TestKernelComparison::initTestCase()
{
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot make a network namespace of its own (unshare(CLONE_NEWNET): %1); "
                                        "run as root or where unprivileged user namespaces are allowed")
                             .arg(QString::fromLocal8Bit(strerror(errno)))));
    QString error;
    if (!bringLoopbackUp(&error))
        QSKIP(qPrintable(QStringLiteral("cannot bring lo up in the new namespace: %1").arg(error)));
    char pcapError[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_create("lo", pcapError);
    if (!m_pcap)
        QSKIP(qPrintable(QStringLiteral("libpcap cannot open lo: %1").arg(QString::fromLocal8Bit(pcapError))));
    pcap_set_snaplen(m_pcap, 256);
    pcap_set_immediate_mode(m_pcap, 1);
    pcap_set_timeout(m_pcap, 1);
    if (pcap_activate(m_pcap) < 0) {
        const QString why = QString::fromLocal8Bit(pcap_geterr(m_pcap));
        pcap_close(m_pcap);
        m_pcap = nullptr;
        QSKIP(qPrintable(QStringLiteral("cannot capture on lo (needs CAP_NET_RAW): %1").arg(why)));
    }
    pcap_setnonblock(m_pcap, 1, pcapError);
    QVERIFY(m_dir.isValid());
}

void TestKernelComparison::cleanupTestCase()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

QList<WireSegment> TestKernelComparison::captured(uint16_t clientPort)
{
    // Whatever the kernel has for us now, written to a file and read back with the
    // model's own capture reader.
    const QString path = m_dir.filePath(QStringLiteral("story-%1.pcap").arg(clientPort));
    pcap_dumper_t *dumper = pcap_dump_open(m_pcap, path.toLocal8Bit().constData());
    if (!dumper)
        return {};
    while (pcap_dispatch(m_pcap, -1, pcap_dump, reinterpret_cast<u_char *>(dumper)) > 0) {
    }
    pcap_dump_close(dumper);
    QList<WireSegment> wire;
    CaptureReadStats stats;
    QString error;
    CaptureReader::readFile(path, [&](const DecodedPacket &p) {
        const bool fromClient = p.source.port == clientPort;
        if (!fromClient && p.destination.port != clientPort)
            return;
        WireSegment w;
        w.fromClient = fromClient;
        w.flags = p.segment.flags;
        w.seq = p.segment.seq;
        w.ack = p.segment.ack;
        w.length = p.payloadLength;
        w.timeUs = p.timestampUs;
        wire << w;
    }, &stats, &error);
    return wire;
}

void TestKernelComparison::linuxProfileMatchesTheKernel_data()
{
    QTest::addColumn<int>("index");
    const QList<Story> all = stories();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].name)) << i;
}

void TestKernelComparison::linuxProfileMatchesTheKernel()
{
    QFETCH(int, index);
    const Story story = stories()[index];
    const uint16_t serverPort = uint16_t(8080 + index);
    const uint16_t clientPort = uint16_t(40000 + index);

    captured(0); // drop anything left over
    QString error;
    {
        KernelStory kernel(story, serverPort, clientPort);
        QVERIFY2(kernel.run(&error), qPrintable(error));
    }
    pause(20);
    const QList<WireSegment> real = captured(clientPort);
    const QList<WireSegment> simulated = simulate(story);
    const QStringList realLines = describe(real);
    const QStringList simulatedLines = describe(simulated);
    QVERIFY2(realLines == simulatedLines,
             qPrintable(QStringLiteral("\nkernel:    %1\nsimulated: %2")
                            .arg(realLines.join(QStringLiteral(" | ")), simulatedLines.join(QStringLiteral(" | ")))));

    if (story.firstSynLost) {
        // The kernel's SYN comes again after its initial RTO, 1 s (TCP_TIMEOUT_INIT).
        QVERIFY(real.size() >= 2 && simulated.size() >= 2);
        const qint64 kernelGap = real[1].timeUs - real[0].timeUs;
        QVERIFY2(kernelGap > 900000 && kernelGap < 2000000, qPrintable(QString::number(kernelGap)));
        QCOMPARE(simulated[1].timeUs - simulated[0].timeUs, qint64(secondsToUs(1)));
    }
}

void TestKernelComparison::simultaneousClose()
{
    // On loopback the receiver processes each segment inside the system call that sends it,
    // so one close() has been answered before the other can start: two FINs never cross.
    // Crossing them needs a delay on lo (tc netem), which the kernels this runs on need not
    // have (the one it was written on has none); a test that only sometimes crosses them
    // would compare nothing reliably. The simulator's simultaneous close is pinned by
    // tst_scenario_teaching_points instead.
    QSKIP("simultaneous close: on loopback one close() is answered before the other starts, so "
          "the FINs never cross; that needs a delay on lo (tc netem)");
}

QTEST_GUILESS_MAIN(TestKernelComparison)
#include "tst_kernel_comparison.moc"
