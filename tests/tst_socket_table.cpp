// The socket table (views/panels/socket_table_model.*, socket_table_panel.*): `ss -tan` of one host
// at the playhead, from the trace.
#include "handshake_test_scenario.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "panels/socket_table_model.h"
#include "panels/socket_table_panel.h"

#include <QSignalSpy>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;
using M = SocketTableModel;

namespace {

constexpr SimTime ms(int64_t v) { return msToUs(v); }


// Each row as "STATE recvQ sendQ synQueue local peer".
QStringList rows(const SocketTableModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < M::ColumnCount; ++c)
            cells << model.data(model.index(r, c)).toString();
        out << cells.join(u' ');
    }
    return out;
}

} // namespace

class TestSocketTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scenario = handshake();
        m_trace = Simulator::run(m_scenario);
    }

    void rowsOfAHostAtAMoment_data()
    {
        QTest::addColumn<int>("host");
        QTest::addColumn<int>("atMs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("B listening") << 1 << 5 << QStringList{QStringLiteral("LISTEN 0 128 0 10.0.0.2:80 *:*")};
        QTest::newRow("B half-open") << 1 << 70
                                     << QStringList{QStringLiteral("LISTEN 0 128 1 10.0.0.2:80 *:*"),
                                                    QStringLiteral("SYN-RECV 0 0  10.0.0.2:80 10.0.0.1:40000")};
        QTest::newRow("B after the handshake") << 1 << 200
                                               << QStringList{QStringLiteral("LISTEN 0 128 0 10.0.0.2:80 *:*"),
                                                              QStringLiteral("ESTAB 0 0  10.0.0.2:80 10.0.0.1:40000")};
        QTest::newRow("B replying") << 1 << 520
                                    << QStringList{QStringLiteral("LISTEN 0 128 0 10.0.0.2:80 *:*"),
                                                   QStringLiteral("ESTAB 0 6  10.0.0.2:80 10.0.0.1:40000")};
        QTest::newRow("B passive close") << 1 << 900
                                         << QStringList{QStringLiteral("LISTEN 0 128 0 10.0.0.2:80 *:*"),
                                                        QStringLiteral("CLOSE-WAIT 0 0  10.0.0.2:80 10.0.0.1:40000")};
        QTest::newRow("B after the close") << 1 << 31050 << QStringList{QStringLiteral("LISTEN 0 128 0 10.0.0.2:80 *:*")};
        QTest::newRow("A before connect") << 0 << 5 << QStringList();
        QTest::newRow("A connecting") << 0 << 30 << QStringList{QStringLiteral("SYN-SENT 0 0  10.0.0.1:40000 10.0.0.2:80")};
        QTest::newRow("A active close") << 0 << 820 << QStringList{QStringLiteral("FIN-WAIT-1 0 0  10.0.0.1:40000 10.0.0.2:80")};
        QTest::newRow("A in TIME-WAIT") << 0 << 31050 << QStringList{QStringLiteral("TIME-WAIT 0 0  10.0.0.1:40000 10.0.0.2:80")};
        QTest::newRow("A gone") << 0 << 62000 << QStringList();
    }
    void rowsOfAHostAtAMoment()
    {
        QFETCH(int, host);
        QFETCH(int, atMs);
        QFETCH(QStringList, expected);
        SocketTableModel model;
        model.setTrace(&m_trace);
        model.setHost(host);
        model.setPlayhead(ms(atMs));
        QCOMPARE(rows(model), expected);
    }

    void unreadBytesShowInRecvQ()
    {
        Scenario sc = m_scenario;
        sc.actions[1].autoRead = false; // A never reads B's "world!"
        sc.actions.resize(4);
        const Trace trace = Simulator::run(sc);
        SocketTableModel model;
        model.setTrace(&trace);
        model.setHost(0);
        model.setPlayhead(ms(700));
        QCOMPARE(rows(model), QStringList{QStringLiteral("ESTAB 6 0  10.0.0.1:40000 10.0.0.2:80")});
    }

    void stateTooltipGivesTheRfcName()
    {
        SocketTableModel model;
        model.setTrace(&m_trace);
        model.setHost(1);
        model.setPlayhead(ms(70));
        QCOMPARE(model.data(model.index(1, M::StateColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("SYN-RECV is how ss prints the state SYN-RECEIVED (RFC 9293)."));
    }

    void ssSpellsStatesItsOwnWay_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("ss");
        QTest::newRow("LISTEN") << int(TcpState::Listen) << "LISTEN";
        QTest::newRow("SYN-SENT") << int(TcpState::SynSent) << "SYN-SENT";
        QTest::newRow("SYN-RECEIVED") << int(TcpState::SynReceived) << "SYN-RECV";
        QTest::newRow("ESTABLISHED") << int(TcpState::Established) << "ESTAB";
        QTest::newRow("FIN-WAIT-1") << int(TcpState::FinWait1) << "FIN-WAIT-1";
        QTest::newRow("FIN-WAIT-2") << int(TcpState::FinWait2) << "FIN-WAIT-2";
        QTest::newRow("CLOSE-WAIT") << int(TcpState::CloseWait) << "CLOSE-WAIT";
        QTest::newRow("CLOSING") << int(TcpState::Closing) << "CLOSING";
        QTest::newRow("LAST-ACK") << int(TcpState::LastAck) << "LAST-ACK";
        QTest::newRow("TIME-WAIT") << int(TcpState::TimeWait) << "TIME-WAIT";
    }
    void ssSpellsStatesItsOwnWay()
    {
        QFETCH(int, state);
        QFETCH(QString, ss);
        QCOMPARE(M::ssStateName(TcpState(state)), ss);
    }

    void modelResetsOnlyWhenTheSetOfSocketsChanges()
    {
        SocketTableModel model;
        model.setTrace(&m_trace);
        model.setHost(1);
        model.setPlayhead(ms(200));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setPlayhead(ms(250)); // no event between 200 and 250 ms
        model.setPlayhead(ms(299));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 0);
        model.setPlayhead(ms(520)); // events crossed, same two sockets: values only
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        model.setPlayhead(ms(31050)); // the child is gone
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void synFloodFillsTheTableWithHalfOpenEntries()
    {
        Scenario sc;
        sc.hosts = {host("B", "10.0.0.2"), host("M", "10.0.0.66")};
        sc.hosts[1].kind = HostKind::Attacker;
        parseIpv4(QStringLiteral("198.51.100.0"), &sc.hosts[1].spoofNetwork);
        AppAction listen = action(0, "B", AppActionKind::Listen);
        listen.port = 80;
        listen.backlog = 16;
        AppAction flood = action(10, "M", AppActionKind::SynFlood);
        flood.to = QStringLiteral("B");
        flood.remotePort = 80;
        flood.count = 40;
        flood.ratePerSecond = 200;
        sc.actions = {listen, flood};
        sc.duration = secondsToUs(5);
        const Trace trace = Simulator::run(sc);
        SocketTableModel model;
        model.setTrace(&trace);
        model.setHost(0);
        model.setPlayhead(ms(500));
        const QStringList r = rows(model);
        QVERIFY2(r.size() > 1, qPrintable(r.join(u'\n')));
        QVERIFY(r.first().startsWith(QStringLiteral("LISTEN 0 16 ")));
        int halfOpen = 0;
        for (const QString &row : r.mid(1)) {
            QVERIFY2(row.startsWith(QStringLiteral("SYN-RECV ")), qPrintable(row));
            QVERIFY2(row.contains(QStringLiteral(" 198.51.100.")), qPrintable(row));
            ++halfOpen;
        }
        QCOMPARE(model.data(model.index(0, M::SynQueueColumn)).toInt(), halfOpen);
        QVERIFY(halfOpen <= 16);
    }

    void listenerSendQShowsTheEffectiveBacklog_data()
    {
        QTest::addColumn<int>("given");
        QTest::addColumn<int>("shown");
        QTest::newRow("given in listen()") << 16 << 16;
        QTest::newRow("absent: the host's setting") << -1 << 8;
        QTest::newRow("zero: the host's setting, as the simulator uses it") << 0 << 8;
    }
    void listenerSendQShowsTheEffectiveBacklog()
    {
        QFETCH(int, given);
        QFETCH(int, shown);
        Scenario sc = m_scenario;
        sc.protocol.backlog = 8;
        sc.actions[0].backlog = given;
        const Trace trace = Simulator::run(sc);
        SocketTableModel model;
        model.setTrace(&trace);
        model.setHost(1);
        model.setPlayhead(ms(5));
        QCOMPARE(rows(model), QStringList{QStringLiteral("LISTEN 0 %1 0 10.0.0.2:80 *:*").arg(shown)});
    }

    void listenerQueuesAreReadFromTheTrace()
    {
        // A hand-built trace whose listener recorded 3 half-open and 2 unaccepted connections
        // and a backlog of 7, with no child sockets at all: the table shows what was recorded.
        Trace trace;
        trace.hosts = {{QStringLiteral("B"), 0x0A000002u, false}};
        SocketInfo listener;
        listener.id = 0;
        listener.host = 0;
        listener.local = {0x0A000002u, 80};
        listener.listener = true;
        listener.backlog = 7;
        trace.sockets = {listener};
        TraceEvent listen;
        listen.time = ms(1);
        listen.type = TraceEventType::State;
        listen.host = 0;
        listen.socket = 0;
        listen.fromState = TcpState::Closed;
        listen.toState = TcpState::Listen;
        listen.cause = StateCause::AppListen;
        trace.events = {listen};
        trace.addListenerSample(0, {ms(1), 0, {0, 0}});
        trace.addListenerSample(0, {ms(1), 1, {3, 2}});
        trace.endTime = ms(10);
        trace.finish();
        SocketTableModel model;
        model.setTrace(&trace);
        model.setPlayhead(ms(5));
        QCOMPARE(rows(model), QStringList{QStringLiteral("LISTEN 2 7 3 10.0.0.2:80 *:*")});
    }

    // Its speed is measured by bench/bench_panels (a unit test does not time wall clocks:
    // it would fail on a loaded machine and prove nothing on an idle one).
    void thousandsOfHalfOpenSocketsAreListedWhileScrubbing()
    {
        Scenario sc;
        sc.hosts = {host("B", "10.0.0.2"), host("M", "10.0.0.66")};
        sc.hosts[1].kind = HostKind::Attacker;
        parseIpv4(QStringLiteral("198.51.100.0"), &sc.hosts[1].spoofNetwork);
        AppAction listen = action(0, "B", AppActionKind::Listen);
        listen.port = 80;
        listen.backlog = 4096;
        AppAction flood = action(10, "M", AppActionKind::SynFlood);
        flood.to = QStringLiteral("B");
        flood.remotePort = 80;
        flood.count = 3000;
        flood.ratePerSecond = 1000;
        sc.actions = {listen, flood};
        sc.duration = secondsToUs(10);
        const Trace trace = Simulator::run(sc);
        SocketTablePanel panel;
        panel.setTrace(&trace, &sc);
        panel.resize(640, 400);
        panel.show();
        for (int t = 0; t <= 4000; t += 10) // 400 frames across the flood
            panel.setPlayhead(ms(t));
        QCoreApplication::processEvents();
        QVERIFY2(panel.model()->rowCount() > 2500, qPrintable(QString::number(panel.model()->rowCount())));
    }

    void socketThatGotAnErrorShowsItInTheStateCell()
    {
        // connection-refused: A's connect() fails with ECONNREFUSED. The application still
        // holds the socket, so the row stays, CLOSED (UNCONN) with the errno beside it.
        const auto loaded = ScenarioLibrary::load(QStringLiteral("connection-refused"));
        QVERIFY(loaded.ok);
        const Trace trace = Simulator::run(loaded.scenario);
        SocketTableModel model;
        model.setTrace(&trace);
        model.setHost(0);
        model.setPlayhead(trace.endTime);
        const QStringList got = rows(model);
        QCOMPARE(got.size(), 1);
        QVERIFY2(got.first().startsWith(QStringLiteral("UNCONN ECONNREFUSED ")), qPrintable(got.first()));
        QVERIFY(model.data(model.index(0, M::StateColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("ECONNREFUSED")));
    }

    void panelFollowsTheHostSelector()
    {
        SocketTablePanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        panel.setPlayhead(ms(200));
        QCOMPARE(panel.host(), 0);
        QCOMPARE(panel.model()->rowCount(), 1);
        panel.setHost(1);
        QCOMPARE(panel.model()->rowCount(), 2);
        if (!qEnvironmentVariableIsEmpty("TCPLAB_PANEL_SNAPSHOTS")) {
            panel.resize(640, 220);
            panel.grab().save(qEnvironmentVariable("TCPLAB_PANEL_SNAPSHOTS") + QStringLiteral("/socket_table_B_200ms.png"));
        }
    }

private:
    Scenario m_scenario;
    Trace m_trace;
};

QTEST_MAIN(TestSocketTable)
#include "tst_socket_table.moc"
