// The endpoint panel (views/panels/endpoint_panel.*): one connection's TCB at the playhead, read
// from the trace of the handshake-and-close run; timers count down with the playhead.
#include "handshake_test_scenario.h"
#include "panels/endpoint_panel.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;
using F = EndpointPanel::Field;

namespace {

constexpr SimTime ms(int64_t v) { return msToUs(v); }


int socketNamed(const EndpointPanel &panel, const Trace &trace, const QString &name)
{
    Q_UNUSED(panel);
    for (const SocketInfo &s : trace.sockets) {
        if (EndpointPanel::connectionName(trace, s.id) == name)
            return s.id;
    }
    return -1;
}

} // namespace

class TestEndpointPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scenario = handshake();
        m_trace = Simulator::run(m_scenario);
    }

    void listsEveryConnectionAndStartsWithTheClient()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        QCOMPARE(panel.connectionNames(),
                 QStringList({QStringLiteral("B 10.0.0.2:80 (listening)"), QStringLiteral("A 10.0.0.1:40000 ↔ 10.0.0.2:80"),
                              QStringLiteral("B 10.0.0.2:80 ↔ 10.0.0.1:40000")}));
        QCOMPARE(EndpointPanel::connectionName(m_trace, panel.socket()), QStringLiteral("A 10.0.0.1:40000 ↔ 10.0.0.2:80"));
    }

    void clientVariablesAtEachMoment_data()
    {
        QTest::addColumn<int>("atMs");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("sndUna");
        QTest::addColumn<QString>("sndNxt");
        QTest::addColumn<QString>("rcvNxt");
        QTest::addColumn<QString>("sendQueued");
        QTest::addColumn<QStringList>("timers");
        QTest::newRow("before connect") << 5 << "CLOSED" << "—" << "—" << "—" << "—" << QStringList();
        QTest::newRow("SYN sent") << 50 << "SYN-SENT" << "1000" << "1001" << "—" << "0 bytes"
                                  << QStringList{QStringLiteral("Retransmission (RTO)\t0.96 s")};
        QTest::newRow("established") << 200 << "ESTABLISHED" << "1001" << "1001" << "5001" << "0 bytes" << QStringList();
        QTest::newRow("hello in flight") << 350 << "ESTABLISHED" << "1001" << "1006" << "5001" << "5 bytes"
                                         << QStringList{QStringLiteral("Retransmission (RTO)\t0.25 s")};
        QTest::newRow("FIN-WAIT-2") << 1000 << "FIN-WAIT-2" << "1007" << "1007" << "5007" << "0 bytes"
                                    << QStringList{QStringLiteral("FIN-WAIT-2 timeout\t59.9 s")};
        QTest::newRow("TIME-WAIT just begun") << 1250 << "TIME-WAIT" << "1007" << "1007" << "5008" << "0 bytes"
                                              << QStringList{QStringLiteral("TIME-WAIT (2×MSL)\t59.8 s")};
        QTest::newRow("TIME-WAIT half way") << 31050 << "TIME-WAIT" << "1007" << "1007" << "5008" << "0 bytes"
                                            << QStringList{QStringLiteral("TIME-WAIT (2×MSL)\t30 s")};
        QTest::newRow("TIME-WAIT last moment") << 61000 << "TIME-WAIT" << "1007" << "1007" << "5008" << "0 bytes"
                                               << QStringList{QStringLiteral("TIME-WAIT (2×MSL)\t0.05 s")};
        QTest::newRow("closed") << 61100 << "CLOSED" << "1007" << "1007" << "5008" << "0 bytes" << QStringList();
    }
    void clientVariablesAtEachMoment()
    {
        QFETCH(int, atMs);
        QFETCH(QString, state);
        QFETCH(QString, sndUna);
        QFETCH(QString, sndNxt);
        QFETCH(QString, rcvNxt);
        QFETCH(QString, sendQueued);
        QFETCH(QStringList, timers);
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        panel.setPlayhead(ms(atMs));
        QCOMPARE(panel.valueText(F::State), state);
        QCOMPARE(panel.valueText(F::SndUna), sndUna);
        QCOMPARE(panel.valueText(F::SndNxt), sndNxt);
        QCOMPARE(panel.valueText(F::RcvNxt), rcvNxt);
        QCOMPARE(panel.valueText(F::SendQueued), sendQueued);
        QCOMPARE(panel.timerTexts(), timers);
    }

    void serverChildShowsBothIsnsAfterTheSyn()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        panel.setSocket(socketNamed(panel, m_trace, QStringLiteral("B 10.0.0.2:80 ↔ 10.0.0.1:40000")));
        panel.setPlayhead(ms(70));
        QCOMPARE(panel.valueText(F::State), QStringLiteral("SYN-RECEIVED"));
        QCOMPARE(panel.valueText(F::Iss), QStringLiteral("5000"));
        QCOMPARE(panel.valueText(F::Irs), QStringLiteral("1000"));
        QCOMPARE(panel.valueText(F::SndNxt), QStringLiteral("5001"));
        QCOMPARE(panel.valueText(F::RcvNxt), QStringLiteral("1001"));
        QCOMPARE(panel.valueText(F::SndWnd), QStringLiteral("65535"));
    }

    void timerCountsDownAsThePlayheadMoves()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        QStringList seen;
        for (int t : {11050, 31050, 51050, 60950})
        {
            panel.setPlayhead(ms(t));
            seen << panel.timerTexts().value(0).section(QLatin1Char('\t'), 1);
        }
        QCOMPARE(seen, QStringList({QStringLiteral("50 s"), QStringLiteral("30 s"), QStringLiteral("10 s"), QStringLiteral("0.1 s")}));
    }

    void valuesChangedByTheLastStepAreEmphasised()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        panel.setPlayhead(ms(110)); // A receives the SYN,ACK
        QVERIFY(panel.isEmphasised(F::State));
        QVERIFY(panel.isEmphasised(F::Irs));
        QVERIFY(panel.isEmphasised(F::RcvNxt));
        QVERIFY(panel.isEmphasised(F::SndUna));
        QVERIFY(!panel.isEmphasised(F::SndNxt)); // the ACK uses no sequence number
        QVERIFY(!panel.isEmphasised(F::Iss));
        panel.setPlayhead(ms(160)); // the last step happened at B, not here
        for (int f = 0; f < EndpointPanel::fieldCount; ++f)
            QVERIFY(!panel.isEmphasised(F(f)));
    }

    void relativeSequenceNumbersCountFromTheIsns()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        panel.setPlayhead(ms(350));
        panel.setRelativeSequenceNumbers(true);
        QCOMPARE(panel.valueText(F::Iss), QStringLiteral("0"));
        QCOMPARE(panel.valueText(F::SndNxt), QStringLiteral("6"));
        QCOMPARE(panel.valueText(F::RcvNxt), QStringLiteral("1"));
        panel.setRelativeSequenceNumbers(false);
        QCOMPARE(panel.valueText(F::SndNxt), QStringLiteral("1006"));
    }

    void chosenConnectionSurvivesResimulation()
    {
        EndpointPanel panel;
        panel.setTrace(&m_trace, &m_scenario);
        const int child = socketNamed(panel, m_trace, QStringLiteral("B 10.0.0.2:80 ↔ 10.0.0.1:40000"));
        panel.setSocket(child);
        // A re-run with the SYN dropped: the child appears later, under another id.
        Scenario changed = m_scenario;
        FaultRule drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 1;
        changed.faults = {drop};
        changed.actions.resize(2); // the retransmitted SYN at 1.01 s opens the connection
        const Trace rerun = Simulator::run(changed);
        panel.setTrace(&rerun, &changed);
        QCOMPARE(EndpointPanel::connectionName(rerun, panel.socket()), QStringLiteral("B 10.0.0.2:80 ↔ 10.0.0.1:40000"));
    }

    void timeLeftIsWrittenAtAReadablePrecision_data()
    {
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QString>("text");
        QTest::newRow("below a second") << qint64(730000) << "0.73 s";
        QTest::newRow("seconds") << qint64(59200000) << "59.2 s";
        QTest::newRow("hours") << qint64(7140) * usPerSecond << "1 h 59 min";
        QTest::newRow("zero") << qint64(0) << "0 s";
    }
    void timeLeftIsWrittenAtAReadablePrecision()
    {
        QFETCH(qint64, us);
        QFETCH(QString, text);
        QCOMPARE(EndpointPanel::timeLeftText(us), text);
    }

    void builtInScenarioShowsTimeWaitRemaining()
    {
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        // The scenario ships: one that does not load is a failure, never a skip.
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace trace = Simulator::run(loaded.scenario);
        EndpointPanel panel;
        panel.setTrace(&trace, &loaded.scenario);
        panel.setPlayhead(ms(31250));
        QCOMPARE(panel.valueText(F::State), QStringLiteral("TIME-WAIT"));
        QCOMPARE(panel.timerTexts(), QStringList{QStringLiteral("TIME-WAIT (2×MSL)\t30 s")});
        if (!qEnvironmentVariableIsEmpty("TCPLAB_PANEL_SNAPSHOTS")) {
            panel.setPlayhead(ms(31000));
            panel.resize(620, 520);
            panel.grab().save(qEnvironmentVariable("TCPLAB_PANEL_SNAPSHOTS") + QStringLiteral("/endpoint_31s.png"));
            panel.setPlayhead(ms(110));
            panel.grab().save(qEnvironmentVariable("TCPLAB_PANEL_SNAPSHOTS") + QStringLiteral("/endpoint_110ms.png"));
        }
    }

private:
    Scenario m_scenario;
    Trace m_trace;
};

QTEST_MAIN(TestEndpointPanel)
#include "tst_endpoint_panel.moc"
