// Honest notes (issue 9, point 5): a scenario's note belongs to the event it describes
// (model/scenario/note_binder.*), follows it through the learner's edits, leaves the
// narration for "In the original story" when the event no longer happens
// (views/panels/narration_panel.*), and a summary says what the change did
// (views/text/change_summary.*).
#include "handshake_test_scenario.h"
#include "panels/narration_panel.h"
#include "scenario/note_binder.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sim/fault_resolver.h"
#include "sim/simulator.h"
#include "text/change_summary.h"
#include "text/narration.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr SimTime ms(int64_t v) { return msToUs(v); }

ScenarioNote note(SimTime at, const char *en, const char *on = "")
{
    ScenarioNote n;
    n.at = at;
    n.text.en = QString::fromUtf8(en);
    n.text.zh = QString::fromUtf8(en);
    n.on = QString::fromUtf8(on);
    return n;
}

ScenarioNote hostNote(SimTime at, const char *en, const char *host)
{
    ScenarioNote n = note(at, en);
    n.host = QString::fromUtf8(host);
    return n;
}

// The scenario with its notes bound to its own run, as the file reader does.
Scenario bound(Scenario s)
{
    const QStringList errors = NoteBinder::bind(&s, Simulator::run(s));
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    return s;
}

// The scenario with the learner's faults added, given as on the command line and resolved
// in order against the run as it stands (FaultResolver::resolveInOrder).
Scenario edited(const Scenario &s, const QList<QPair<FaultKind, QString>> &faults)
{
    Scenario out = s;
    for (const auto &[kind, text] : faults) {
        FaultRule rule;
        QString error;
        if (!parseFaultRule(kind, text, &rule, &error))
            qFatal("%s", qPrintable(error));
        out.faults << rule;
    }
    return FaultResolver::resolveInOrder(out);
}

Scenario shipped(const QString &id)
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(id);
    if (!r.ok)
        qFatal("%s: %s", qPrintable(id), qPrintable(r.errors.join(QLatin1String("; "))));
    return r.scenario;
}

// The time of the note item with this text in the narration, -1 when it is not there.
SimTime noteTime(const QList<NarrationItem> &items, const QString &text)
{
    for (const NarrationItem &item : items) {
        if (item.note && item.text() == text)
            return item.time;
    }
    return -1;
}

class ChineseCatalogue : public QTranslator
{
public:
    ChineseCatalogue()
    {
        if (!m_qm.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")))
            qFatal("the compiled Chinese catalogue :/i18n/tcplab_zh_CN.qm is missing");
    }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        QString t = m_qm.translate(context, source, disambiguation, n);
        if (n >= 0)
            t.replace(QStringLiteral("%n"), QString::number(n));
        return t;
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_qm;
};

const QString handshakeNotes = QStringLiteral(R"("hosts": [{"name": "A", "address": "10.0.0.1"}, {"name": "B", "address": "10.0.0.2"}],
  "actions": [
    {"at_ms": 0, "host": "B", "action": "listen", "port": 80, "isn": 5000},
    {"at_ms": 10, "host": "A", "action": "connect", "to": "B", "remote_port": 80, "port": 40000, "isn": 1000},
    {"at_ms": 500, "host": "A", "action": "close"},
    {"at_ms": 800, "host": "B", "action": "close"}
  ],
  "duration_s": 5)");

} // namespace

class TestNoteBinding : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        if (m_chinese) {
            QCoreApplication::removeTranslator(m_chinese.get());
            m_chinese.reset();
        }
    }

    void noteWithoutOnBindsToTheLastEventAtOrBeforeIt()
    {
        Scenario s = handshake();
        s.notes = {note(ms(125), "The ACK is on its way.")};
        s = bound(s);
        const Trace run = Simulator::run(s);
        QVERIFY(s.notes[0].anchor);
        const int expected = run.firstEventAtOrAfter(ms(125) + 1) - 1;
        QCOMPARE(s.notes[0].anchor->event, EventIdentity::ofTrace(run)[expected]);
        QCOMPARE(s.notes[0].anchor->offset, ms(125) - run.events[expected].time);
    }

    void noteWithoutOnBindsToItsHostsEventWhenAnotherHostHasOneAtTheSameMoment()
    {
        // simultaneous-close at 1.050 s: each FIN arrives at the other side. The last event
        // of that moment is A's; a note about B (its "host") belongs to B's.
        Scenario s = shipped(QStringLiteral("simultaneous-close"));
        s.notes = {hostNote(ms(1050), "B receives A's FIN.", "B"), note(ms(1050), "Someone receives a FIN.")};
        s = bound(s);
        QCOMPARE(s.notes[0].anchor->event.host, QStringLiteral("B"));
        QCOMPARE(s.notes[1].anchor->event.host, QStringLiteral("A")); // any host's: the last
        const Trace own = Simulator::run(s);
        QCOMPARE(noteTime(Narration::items(own, s, QStringLiteral("en")), QStringLiteral("B receives A's FIN.")), ms(1050));

        // A's FIN held back 200 ms: B's part of that moment comes 200 ms later, A's does not.
        const Scenario delayed = edited(s, {{FaultKind::Delay, QStringLiteral("A:FIN#1:200ms")}});
        const Trace run = Simulator::run(delayed);
        const NoteBinder::Placement placement = NoteBinder::place(run, delayed);
        QVERIFY(placement.gone.isEmpty());
        for (const NoteBinder::Placed &p : placement.placed) {
            QCOMPARE(run.hostName(run.events[p.event].host), p.note == 0 ? QStringLiteral("B") : QStringLiteral("A"));
            QCOMPARE(p.time, p.note == 0 ? ms(1250) : ms(1050));
        }
    }

    void noteHostIsReadSavedAndChecked()
    {
        const QByteArray json = QStringLiteral(R"({"version": 2, %1, "notes": [{"at_ms": 60, "text": "x", "host": "B"}]})")
                                    .arg(handshakeNotes)
                                    .toUtf8();
        const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
        QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.scenario.notes[0].host, QStringLiteral("B"));
        QCOMPARE(r.scenario.notes[0].anchor->event.host, QStringLiteral("B"));
        const ScenarioFile::LoadResult back = ScenarioFile::parse(ScenarioFile::serialize(r.scenario));
        QVERIFY2(back.ok, qPrintable(back.errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.scenario.notes, r.scenario.notes);

        const ScenarioFile::LoadResult wrong = ScenarioFile::parse(
            QStringLiteral(R"({"version": 2, %1, "notes": [{"at_ms": 60, "text": "x", "host": "Z"}]})").arg(handshakeNotes).toUtf8());
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.errors, QStringList{QStringLiteral("notes[0].host: unknown host 'Z'")});
    }

    void shippedNoteAboutTheClientStaysWithItsEventInTheFlood()
    {
        // syn-flood at 2 s: A connects, and at the same moment M's flood goes on at B. The
        // note about A's connect ("host": "A") is A's; without its host it would be bound
        // to the flood's last event of that moment, and follow it when that one moves.
        const Scenario original = shipped(QStringLiteral("syn-flood"));
        int connects = -1;
        for (int n = 0; n < original.notes.size(); ++n)
            if (original.notes[n].text.en.startsWith(QStringLiteral("A legitimate client A connects")))
                connects = n;
        QVERIFY(connects >= 0);
        QCOMPARE(original.notes[connects].host, QStringLiteral("A"));
        QCOMPARE(original.notes[connects].anchor->event.host, QStringLiteral("A"));

        Scenario both = original;
        ScenarioNote anyHost = original.notes[connects];
        anyHost.host.clear();
        anyHost.text.en = anyHost.text.zh = QStringLiteral("any host's");
        both.notes << anyHost;
        both = bound(both);
        const Trace own = Simulator::run(both);
        const TraceEvent &last = own.events[own.firstEventAtOrAfter(ms(2000) + 1) - 1];
        QVERIFY(own.hostName(last.host) != QStringLiteral("A"));
        QVERIFY(last.segment >= 0);
        const SegmentRecord &flood = own.segments[last.segment];
        const QString position = QStringLiteral("%1#%2:300ms").arg(own.hostName(flood.fromHost)).arg(flood.senderOrdinal);
        const Scenario later = edited(both, {{FaultKind::Delay, position}});
        const QList<NarrationItem> items = Narration::items(Simulator::run(later), later, QStringLiteral("en"));
        QCOMPARE(noteTime(items, original.notes[connects].text.en), ms(2000));
        QVERIFY(noteTime(items, QStringLiteral("any host's")) != ms(2000));
    }

    // old-duplicate-syn: note 4 is about the stray copy's arrival, the SYN's second delivery
    // ("A:SYN#1 delivered#2"). Without the network's copy it is not part of the story.
    void noteOnASecondDeliveryLeavesTheStoryWithTheDuplicate()
    {
        const Scenario original = shipped(QStringLiteral("old-duplicate-syn"));
        const ScenarioNote &stray = original.notes.at(4);
        QCOMPARE(stray.on, QStringLiteral("A:SYN#1 delivered#2"));
        QCOMPARE(stray.anchor->event.type, TraceEventType::Deliver);
        QCOMPARE(stray.anchor->event.ordinal, 2);
        const Trace own = Simulator::run(original);
        QCOMPARE(noteTime(Narration::items(own, original, QStringLiteral("en")), stray.text.en), ms(62060));

        Scenario withoutCopy = original;
        withoutCopy.faults.clear();
        const Trace run = Simulator::run(withoutCopy);
        QCOMPARE(noteTime(Narration::items(run, withoutCopy, QStringLiteral("en")), stray.text.en), SimTime(-1));
        // It leaves with the two notes on what the copy set off (B's SYN,ACK, A's RST).
        const QList<NarrationItem> gone = Narration::originalStoryNotes(run, withoutCopy, QStringLiteral("en"));
        QCOMPARE(gone.size(), 3);
        QCOMPARE(gone[0].text(), stray.text.en);
        QCOMPARE(gone[0].time, ms(62060));
        QCOMPARE(gone[2].text(), original.notes.at(6).text.en);
    }

    void noteWithOnBindsToTheEventItNames_data()
    {
        QTest::addColumn<QString>("on");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        // A delivery happens at the receiver.
        QTest::newRow("segment delivered") << "A:FIN#1 delivered" << int(TraceEventType::Deliver) << "B";
        QTest::newRow("segment sent") << "B#1 sent" << int(TraceEventType::Send) << "B";
        QTest::newRow("state") << "A:state TIME-WAIT" << int(TraceEventType::State) << "A";
        QTest::newRow("timer") << "A:timer 2msl set" << int(TraceEventType::Timer) << "A";
        QTest::newRow("first delivery by number") << "A:FIN#1 delivered#1" << int(TraceEventType::Deliver) << "B";
    }

    void noteWithOnBindsToTheEventItNames()
    {
        QFETCH(QString, on);
        QFETCH(int, type);
        QFETCH(QString, host);
        Scenario s = handshake();
        s.notes = {note(ms(0), "Look.", qPrintable(on))};
        s = bound(s);
        QVERIFY(s.notes[0].anchor);
        QCOMPARE(int(s.notes[0].anchor->event.type), type);
        QCOMPARE(s.notes[0].anchor->event.host, host);
        if (type == int(TraceEventType::Deliver))
            QCOMPARE(s.notes[0].anchor->event.segment.flags, TcpFlags(TcpFlag::Fin | TcpFlag::Ack));
        if (type == int(TraceEventType::State))
            QCOMPARE(s.notes[0].anchor->event.toState, TcpState::TimeWait);
    }

    void noteFollowsItsEventAfterADelay()
    {
        // B is ESTABLISHED when the ACK arrives at 160 ms; delaying A's SYN by 300 ms moves
        // the whole handshake, and the note with it.
        Scenario s = handshake();
        s.notes = {note(ms(160), "B is open too.", "B:state ESTABLISHED")};
        s = bound(s);
        const QString text = QStringLiteral("B is open too.");
        QCOMPARE(noteTime(Narration::items(Simulator::run(s), s, QStringLiteral("en")), text), ms(160));

        const Scenario delayed = edited(s, {{FaultKind::Delay, QStringLiteral("A#1:300ms")}});
        const Trace run = Simulator::run(delayed);
        const QList<NarrationItem> items = Narration::items(run, delayed, QStringLiteral("en"));
        QCOMPARE(noteTime(items, text), ms(460));
        // It comes right after its event: the item before it is B's move to ESTABLISHED.
        for (int i = 0; i < items.size(); ++i) {
            if (items[i].note && items[i].text() == text) {
                QVERIFY(i > 0);
                QVERIFY2(items[i - 1].text().contains(QStringLiteral("ESTABLISHED")), qPrintable(items[i - 1].text()));
            }
        }
        QVERIFY(Narration::originalStoryNotes(run, delayed, QStringLiteral("en")).isEmpty());
    }

    void noteOfADroppedEventMovesToTheOriginalStory()
    {
        // handshake-and-close: "The last ACK reaches B" names the delivery of A's final ACK
        // (A#6); dropping it takes that event away, though B still closes later.
        const Scenario original = shipped(QStringLiteral("handshake-and-close"));
        const Scenario dropped = edited(original, {{FaultKind::Drop, QStringLiteral("A#6")}});
        const Trace originalRun = Simulator::run(original);
        const Trace run = Simulator::run(dropped);
        const QString lastAck = original.notes.at(original.notes.size() - 2).text.en;
        QVERIFY2(lastAck.startsWith(QStringLiteral("The last ACK reaches B")), qPrintable(lastAck));
        QVERIFY(noteTime(Narration::items(originalRun, original, QStringLiteral("en")), lastAck) > 0);
        QCOMPARE(noteTime(Narration::items(run, dropped, QStringLiteral("en")), lastAck), SimTime(-1));
        const QList<NarrationItem> gone = Narration::originalStoryNotes(run, dropped, QStringLiteral("en"));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone[0].text(), lastAck);
        QCOMPARE(gone[0].time, ms(1300));

        NarrationPanel panel;
        panel.setLanguage(QStringLiteral("en"));
        panel.setOriginalStory(&originalRun, &original);
        panel.setTrace(&run, &dropped);
        panel.setPlayhead(ms(1000));
        QVERIFY(panel.originalStoryNotes().isEmpty()); // not reached yet
        panel.setPlayhead(run.endTime);
        QCOMPARE(panel.originalStoryNotes(), QStringList{QStringLiteral("1.300 s · ") + lastAck});
        for (int i = 0; i < panel.visibleItemCount(); ++i)
            QVERIFY(!panel.itemText(i).contains(lastAck));
        QVERIFY(!panel.changeSummary().isEmpty());

        // Told against itself, the original story has no summary and loses no note.
        NarrationPanel same;
        same.setOriginalStory(&originalRun, &original);
        same.setTrace(&originalRun, &original);
        same.setPlayhead(originalRun.endTime);
        QVERIFY(same.changeSummary().isEmpty());
        QVERIFY(same.originalStoryNotes().isEmpty());
    }

    void everyShippedNoteBindsToAnEvent()
    {
        for (const QString &id : ScenarioLibrary::ids()) {
            const Scenario s = shipped(id);
            const Trace run = Simulator::run(s);
            Scenario again = s;
            const QStringList problems = NoteBinder::bind(&again, run);
            QVERIFY2(problems.isEmpty(), qPrintable(id + QStringLiteral(": ") + problems.join(QLatin1String("; "))));
            const NoteBinder::Placement placement = NoteBinder::place(run, s);
            QVERIFY2(placement.gone.isEmpty(), qPrintable(id));
            QCOMPARE(placement.placed.size(), s.notes.size());
            for (const NoteBinder::Placed &p : placement.placed) {
                const ScenarioNote &n = s.notes[p.note];
                QVERIFY2(n.anchor, qPrintable(QStringLiteral("%1 notes[%2]").arg(id).arg(p.note)));
                QVERIFY2(p.event >= 0, qPrintable(QStringLiteral("%1 notes[%2]").arg(id).arg(p.note)));
                // In the story as shipped every note keeps its own moment.
                QCOMPARE(p.time, n.at);
            }
        }
    }

    void onFieldSpellingErrorsNameThePath_data()
    {
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown verb") << R"("A#1 arrived")"
                                      << "notes[0].on: unknown segment event 'arrived' (expected sent, delivered or dropped)";
        QTest::newRow("unknown host") << R"("Z:state LISTEN")" << "notes[0].on: unknown host 'Z'";
        QTest::newRow("unknown state") << R"("B:state OPEN")"
                                       << "notes[0].on: unknown state 'OPEN' (expected a name such as SYN-RECEIVED or TIME-WAIT)";
        QTest::newRow("bad ordinal") << R"("B:state LISTEN#0")" << "notes[0].on: '0' is not an ordinal ≥ 1";
        QTest::newRow("unknown timer") << R"("A:timer msl set")"
                                       << "notes[0].on: unknown timer 'msl' (expected rto, 2msl, fin-wait-2, keepalive, delayed-ack or persist)";
        QTest::newRow("not a string") << "7" << "notes[0].on: must be a string";
        QTest::newRow("bad delivery ordinal") << R"("A#1 delivered#0")" << "notes[0].on: '0' is not an ordinal ≥ 1";
        QTest::newRow("unknown verb with ordinal") << R"("A#1 arrived#2")"
                                                   << "notes[0].on: unknown segment event 'arrived' (expected sent, delivered or dropped)";
    }

    void onFieldSpellingErrorsNameThePath()
    {
        QFETCH(QString, on);
        QFETCH(QString, error);
        const QByteArray json = QStringLiteral(R"({"version": 2, %1, "notes": [{"at_ms": 10, "text": "x", "on": %2}]})")
                                    .arg(handshakeNotes, on)
                                    .toUtf8();
        const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
        QVERIFY(!r.ok);
        QCOMPARE(r.errors, QStringList{error});
    }

    // A well-formed "on" whose event the story lacks: the file still opens (a story the
    // learner saved after taking the event away), the note is gone from every run, and
    // the binding names the problem, which `tcplab-cli validate` reports.
    void onFieldNamingNoEventOfTheOwnRunLeavesTheNoteInTheOriginalStory_data()
    {
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no such segment") << "A:FIN#3 delivered"
                                         << "notes[0].on: A:FIN#3 delivered names no segment of the scenario's own run";
        QTest::newRow("never dropped") << "A#1 dropped"
                                       << "notes[0].on: A#1 dropped: that segment is never dropped in the scenario's own run";
        QTest::newRow("delivered once only") << "A#1 delivered#2"
                                             << "notes[0].on: A#1 delivered#2: that segment is delivered fewer than 2 times in the scenario's own run";
        QTest::newRow("state never entered") << "B:state CLOSING"
                                             << "notes[0].on: B:state CLOSING names no event of the scenario's own run";
    }

    void onFieldNamingNoEventOfTheOwnRunLeavesTheNoteInTheOriginalStory()
    {
        QFETCH(QString, on);
        QFETCH(QString, problem);
        const QByteArray json = QStringLiteral(R"({"version": 2, %1, "notes": [{"at_ms": 10, "text": "x", "on": "%2"}]})")
                                    .arg(handshakeNotes, on)
                                    .toUtf8();
        const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
        QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
        Scenario s = r.scenario;
        const Trace run = Simulator::run(s);
        QCOMPARE(NoteBinder::bind(&s, run), QStringList{problem});
        QCOMPARE(NoteBinder::place(run, r.scenario).gone, QList<int>{0});
        QVERIFY(NoteBinder::place(run, r.scenario).placed.isEmpty());
    }

    void onFieldIsSavedAndReadBack()
    {
        const QByteArray json = QStringLiteral(R"({"version": 2, %1, "notes": [{"at_ms": 10, "text": "x", "on": "B:state SYN-RECEIVED"}]})")
                                    .arg(handshakeNotes)
                                    .toUtf8();
        const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
        QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.scenario.notes[0].anchor->event.toState, TcpState::SynReceived);
        const ScenarioFile::LoadResult back = ScenarioFile::parse(ScenarioFile::serialize(r.scenario));
        QVERIFY2(back.ok, qPrintable(back.errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.scenario.notes, r.scenario.notes);
        QCOMPARE(back.scenario.notes[0].on, QStringLiteral("B:state SYN-RECEIVED"));
        QCOMPARE(back.scenario.notes[0].anchor, r.scenario.notes[0].anchor);
    }

    void summaryOfDroppingTheFinalAckNamesTheRetransmittedFinAndTheRestartedTimer()
    {
        const Scenario original = shipped(QStringLiteral("handshake-and-close"));
        const Scenario dropped = edited(original, {{FaultKind::Drop, QStringLiteral("A#6")}});
        const Trace before = Simulator::run(original);
        const Trace after = Simulator::run(dropped);
        const QStringList s = ChangeSummary::sentences(before, original, after, dropped);
        QVERIFY2(s.size() >= 2 && s.size() <= 1 + ChangeSummary::maxConsequences, qPrintable(s.join('\n')));
        QCOMPARE(s[0], QStringLiteral("You dropped A's ACK seq=1020 ack=5021 at 1.250 s."));
        // B's FIN comes again after its RTO; A, still in TIME-WAIT, starts its wait anew.
        const SegmentRecord *again = nullptr;
        for (const SegmentRecord &r : after.segments) {
            if (r.kind == SegmentKind::Retransmission && r.fromHost == 1) {
                again = &r;
                break;
            }
        }
        QVERIFY(again);
        const QString at = QString::number(double(again->sentAt) / usPerSecond, 'f', 3);
        QVERIFY2(s.contains(QStringLiteral("B retransmits its FIN,ACK seq=5020 ack=1020 at %1 s.").arg(at)),
                 qPrintable(s.join('\n')));
        QVERIFY2(s.filter(QRegularExpression(QStringLiteral("^A restarts its TIME-WAIT timer \\(2×MSL\\) at \\d+\\.\\d{3} s\\.$"))).size() == 1,
                 qPrintable(s.join('\n')));
        QCOMPARE(ChangeSummary::text(before, original, after, dropped), s.join(QLatin1Char(' ')));
    }

    void summaryOfLostFinalAckWithTheRepeatedFinDroppedToo()
    {
        // lost-final-ack already loses A's final ACK; the learner also drops B's repeated
        // FIN, so B must send it a third time.
        const Scenario original = shipped(QStringLiteral("lost-final-ack"));
        const Scenario edit = edited(original, {{FaultKind::Drop, QStringLiteral("B:FIN#2")}});
        const Trace before = Simulator::run(original);
        const Trace after = Simulator::run(edit);
        const QStringList s = ChangeSummary::sentences(before, original, after, edit);
        QVERIFY2(s.size() >= 2 && s.size() <= 1 + ChangeSummary::maxConsequences, qPrintable(s.join('\n')));
        QVERIFY2(s[0].startsWith(QStringLiteral("You dropped B's FIN,ACK seq=5001 ack=1002 at ")), qPrintable(s[0]));
        QVERIFY2(s.filter(QRegularExpression(QStringLiteral("^B retransmits its FIN,ACK seq=5001 ack=1002 at \\d+\\.\\d{3} s\\.$"))).size() == 1,
                 qPrintable(s.join('\n')));
        // The scenario's own fault is part of the story: the summary never mentions it.
        QVERIFY(!s.join(' ').contains(QStringLiteral("ack=5002 at")));
    }

    void summaryOfADragDelaySaysWhenTheSegmentArrivesNow()
    {
        // A drag on the diagram adds a delay fault: A's FIN held back by 400 ms.
        const Scenario original = shipped(QStringLiteral("handshake-and-close"));
        const Scenario delayed = edited(original, {{FaultKind::Delay, QStringLiteral("A:FIN#1:400ms")}});
        const Trace before = Simulator::run(original);
        const Trace after = Simulator::run(delayed);
        const QStringList s = ChangeSummary::sentences(before, original, after, delayed);
        QVERIFY2(!s.isEmpty(), "the runs differ");
        QVERIFY2(s[0].startsWith(QStringLiteral("You delayed A's FIN,ACK seq=1019 ack=5020 by 400 ms: it arrives at ")),
                 qPrintable(s[0]));
        QVERIFY2(s[0].endsWith(QStringLiteral(" instead of 0.950 s.")), qPrintable(s[0]));
        // Held back past A's retransmission timeout, the FIN is sent again before it arrives.
        QVERIFY2(s.contains(QStringLiteral("A retransmits its FIN,ACK seq=1019 ack=5020 at 1.150 s.")), qPrintable(s.join('\n')));
        QVERIFY(s.size() <= 1 + ChangeSummary::maxConsequences);
    }

    void summaryIsInChineseWithTheChineseCatalogue()
    {
        m_chinese = std::make_unique<ChineseCatalogue>();
        QCoreApplication::installTranslator(m_chinese.get());
        const Scenario original = shipped(QStringLiteral("handshake-and-close"));
        const Scenario dropped = edited(original, {{FaultKind::Drop, QStringLiteral("A#6")}});
        const QString text = ChangeSummary::text(Simulator::run(original), original, Simulator::run(dropped), dropped);
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(han.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ACK seq=1020 ack=5021")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("You dropped")), qPrintable(text));
    }

private:
    std::unique_ptr<ChineseCatalogue> m_chinese;
};

QTEST_MAIN(TestNoteBinding)
#include "tst_note_binding.moc"
