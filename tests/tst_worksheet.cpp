// Worksheets for homework (issue 11, point 4): the diagram with numbered blanks, the
// questions and the answer key as an A4 PDF, from tcplab-cli and from File ▸ Export
// Worksheet…. The key's values are checked against the trace read here, independently of
// the layout; the PDF's text (with pdftotext, where poppler-utils is installed) shows what a
// student sees on each page.
#include "cli_process.h"
#include "common/duration_text.h"
#include "file_size_limit.h"
#include "export/worksheet_exporter.h"
#include "language_manager.h"
#include "main_window.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_layout.h"
#include "sim/simulator.h"
#include "trace/trace.h"
#include "worksheet_dialog.h"
#include "isolated_settings.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pages of a PDF counted without any tool: every page object says "/Type /Page" (the page
// tree says "/Type /Pages").
int pdfPageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    int n = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

// The text of pages first..last (1-based) of a PDF.
QString pdfText(const QString &path, int first, int last)
{
    QProcess p;
    p.start(pdftotext(), {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"), QString::number(last),
                          QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool containsNumber(const QString &text, quint32 value)
{
    return text.contains(QRegularExpression(QStringLiteral("(?<![0-9.])%1(?![0-9])").arg(value)));
}

bool hasHan(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

Scenario builtin(const QString &id)
{
    const auto loaded = ScenarioLibrary::load(id);
    return loaded.scenario;
}

} // namespace

class TestWorksheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void blankNamesAreParsedAndUnknownOnesRefused();
    void blankedLayoutKeepsEveryPositionOfTheFullOne();
    void defaultBlanksAreSeqAckAndStatesNumberedDownThePage();
    void answerKeyValuesAreTheTraceValues();
    void timerBlanksHoldTheLengthTheTimerWasSetFor();
    void worksheetHasDiagramQuestionsAndKeyPages();
    void sameRunGivesTheSameSheet();
    void chineseSheetSpeaksChinese();
    void hiddenNumbersAppearOnlyInTheKey();
    void cliWritesTheSheet();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();
    void cliUnwritableOutKeepsTheOldFile();
    void exportWorksheetActionWritesTheSheetOfTheRunOnScreen();
    void exportWorksheetReportsAFailedWrite();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    Scenario m_scenario;
    Trace m_trace;
};

void TestWorksheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_worksheet"), m_dir.path());
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
    m_scenario = builtin(QStringLiteral("lost-final-ack"));
    QCOMPARE(m_scenario.id, QStringLiteral("lost-final-ack"));
    m_trace = Simulator::run(m_scenario);
    QVERIFY(m_trace.segments.size() >= 6);
}

void TestWorksheet::init()
{
    QSettings().clear();
}

void TestWorksheet::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

void TestWorksheet::blankNamesAreParsedAndUnknownOnesRefused()
{
    const auto some = LabelBlanks::fromNames(QStringLiteral("seq, timers"));
    QVERIFY(some.has_value());
    QCOMPARE(*some, (LabelBlanks{true, false, false, true}));
    QCOMPARE(some->toNames(), (QStringList{QStringLiteral("seq"), QStringLiteral("timers")}));
    QVERIFY(!LabelBlanks::fromNames(QStringLiteral("seq,flags")).has_value());
    QVERIFY(!LabelBlanks::fromNames(QString()).has_value());
    QCOMPARE(LabelBlanks::worksheetDefault().toNames(),
             (QStringList{QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("states")}));
}

void TestWorksheet::blankedLayoutKeepsEveryPositionOfTheFullOne()
{
    SequenceLayoutOptions full;
    SequenceLayoutOptions blanked;
    blanked.blanks = {true, true, true, true};
    const SequenceLayout a = layoutSequence(m_trace, full);
    const SequenceLayout b = layoutSequence(m_trace, blanked);
    QVERIFY(a.blanks.isEmpty());
    QVERIFY(!b.blanks.isEmpty());
    QCOMPARE(b.size, a.size);
    QCOMPARE(b.arrows.size(), a.arrows.size());
    for (int i = 0; i < a.arrows.size(); ++i) {
        QCOMPARE(b.arrows[i].p1, a.arrows[i].p1);
        QCOMPARE(b.arrows[i].p2, a.arrows[i].p2);
        QCOMPARE(b.arrows[i].labelCenter, a.arrows[i].labelCenter);
        QCOMPARE(b.arrows[i].textLines(), a.arrows[i].textLines());
    }
    QCOMPARE(b.stateBands.size(), a.stateBands.size());
    for (int i = 0; i < a.stateBands.size(); ++i)
        QCOMPARE(b.stateBands[i].textRect, a.stateBands[i].textRect);
    for (int i = 0; i < a.timers.size(); ++i)
        QCOMPARE(b.timers[i].textRect, a.timers[i].textRect);
}

void TestWorksheet::defaultBlanksAreSeqAckAndStatesNumberedDownThePage()
{
    const WorksheetExporter sheet(m_scenario, m_trace, WorksheetOptions{});
    const QList<BlankField> &blanks = sheet.blanks();
    QVERIFY(!blanks.isEmpty());
    bool seen[4] = {};
    double lastY = -1;
    for (int n = 0; n < blanks.size(); ++n) {
        QCOMPARE(blanks[n].number, n + 1);
        QVERIFY2(blanks[n].position.y() >= lastY - 0.5, qPrintable(QString::number(n + 1)));
        lastY = blanks[n].position.y();
        seen[int(blanks[n].kind)] = true;
    }
    QVERIFY(seen[int(BlankField::Kind::Seq)]);
    QVERIFY(seen[int(BlankField::Kind::Ack)]);
    QVERIFY(seen[int(BlankField::Kind::State)]);
    QVERIFY(!seen[int(BlankField::Kind::Timer)]);
}

void TestWorksheet::answerKeyValuesAreTheTraceValues()
{
    const WorksheetExporter sheet(m_scenario, m_trace, WorksheetOptions{});
    const SequenceLayout layout = layoutSequence(m_trace, SequenceLayoutOptions{});
    // Every segment drawn with a label has its seq blanked, and its ack when it has one.
    QHash<int, int> seqBlanks;
    int stateBlanks = 0;
    for (const BlankField &b : sheet.blanks()) {
        if (b.isOnArrow()) {
            const int segmentId = layout.arrows[b.item].segmentId;
            const Segment &s = m_trace.segments[segmentId].segment;
            const quint32 expected = b.kind == BlankField::Kind::Seq ? s.seq : s.ack;
            QCOMPARE(b.value, QString::number(expected));
            if (b.kind == BlankField::Kind::Seq)
                ++seqBlanks[segmentId];
            QVERIFY(sheet.answerKeyLines().contains(
                QStringLiteral("%1  %2=%3")
                    .arg(blankNumberText(b.number), b.kind == BlankField::Kind::Seq ? "seq" : "ack")
                    .arg(expected)));
        } else if (b.kind == BlankField::Kind::State) {
            // The state the trace says its socket entered at the band's start.
            const StateBandGeometry &band = layout.stateBands[b.item];
            bool found = false;
            for (const TraceEvent &e : m_trace.events) {
                if (e.type == TraceEventType::State && e.socket == band.socket && e.time == band.t0) {
                    QCOMPARE(b.value, tcpStateName(e.toState));
                    found = true;
                }
            }
            QVERIFY(found);
            ++stateBlanks;
        }
    }
    for (const SegmentRecord &r : m_trace.segments)
        QCOMPARE(seqBlanks.value(r.id), 1);
    QVERIFY(stateBlanks >= 6); // LISTEN, SYN-SENT, …, TIME-WAIT
    // And the key names every question's right letter.
    QCOMPARE(sheet.answerKeyLines().size(), sheet.blanks().size() + sheet.questions().size());
    const QStringList key = sheet.answerKeyLines().mid(sheet.blanks().size());
    for (int n = 0; n < sheet.questions().size(); ++n) {
        const QString letter(QChar(u'A' + sheet.questions()[n].answer));
        QVERIFY2(key[n].startsWith(QStringLiteral("%1. %2 — ").arg(n + 1).arg(letter)), qPrintable(key[n]));
    }
}

void TestWorksheet::timerBlanksHoldTheLengthTheTimerWasSetFor()
{
    WorksheetOptions options;
    options.blanks = *LabelBlanks::fromNames(QStringLiteral("timers"));
    const WorksheetExporter sheet(m_scenario, m_trace, options);
    QVERIFY(!sheet.blanks().isEmpty());
    bool twoMsl = false;
    for (const BlankField &b : sheet.blanks()) {
        QCOMPARE(b.kind, BlankField::Kind::Timer);
        // TIME-WAIT's timer runs 2 × MSL of the scenario's settings.
        if (b.value == durationText(2 * m_scenario.protocol.msl))
            twoMsl = true;
    }
    QVERIFY(twoMsl);
}

void TestWorksheet::worksheetHasDiagramQuestionsAndKeyPages()
{
    const WorksheetExporter sheet(m_scenario, m_trace, WorksheetOptions{});
    QVERIFY(sheet.diagramPageCount() >= 1);
    QVERIFY(!sheet.questions().isEmpty());
    // Diagram, questions, and the key on a page of its own.
    QVERIFY(sheet.pageCount() >= sheet.diagramPageCount() + 2);
    const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QVERIFY2(sheet.write(path, &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageObjects(pdf), sheet.pageCount());
}

void TestWorksheet::sameRunGivesTheSameSheet()
{
    const WorksheetExporter a(m_scenario, m_trace, WorksheetOptions{});
    const Trace again = Simulator::run(m_scenario);
    const WorksheetExporter b(m_scenario, again, WorksheetOptions{});
    QCOMPARE(a.answerKeyLines(), b.answerKeyLines());
    QCOMPARE(a.pageCount(), b.pageCount());
    if (pdftotext().isEmpty())
        return;
    const QString pa = m_dir.filePath(QStringLiteral("a.pdf"));
    const QString pb = m_dir.filePath(QStringLiteral("b.pdf"));
    QString error;
    QVERIFY(a.write(pa, &error));
    QVERIFY(b.write(pb, &error));
    QCOMPARE(pdfText(pa, 1, a.pageCount()), pdfText(pb, 1, b.pageCount()));
}

void TestWorksheet::chineseSheetSpeaksChinese()
{
    WorksheetOptions options;
    options.language = QStringLiteral("zh_CN");
    const WorksheetExporter sheet(m_scenario, m_trace, options);
    // The questions' explanations in the key, made while the sheet's language was in place.
    QVERIFY(hasHan(sheet.answerKeyLines().join(QLatin1Char('\n'))));
    // The window's language (English here) is as it was.
    QCOMPARE(QLocale().language(), QLocale::English);
    const QString path = m_dir.filePath(QStringLiteral("zh.pdf"));
    QString error;
    QVERIFY2(sheet.write(path, &error), qPrintable(error));
    if (pdftotext().isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString first = pdfText(path, 1, 1);
    QVERIFY2(first.contains(m_scenario.title.text(QStringLiteral("zh_CN"))), qPrintable(first));
    QVERIFY(hasHan(pdfText(path, sheet.pageCount(), sheet.pageCount())));
}

void TestWorksheet::hiddenNumbersAppearOnlyInTheKey()
{
    if (pdftotext().isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const WorksheetExporter sheet(m_scenario, m_trace, WorksheetOptions{});
    const QString path = m_dir.filePath(QStringLiteral("hidden.pdf"));
    QString error;
    QVERIFY2(sheet.write(path, &error), qPrintable(error));
    QString diagram;
    for (int page = 1; page <= sheet.diagramPageCount(); ++page)
        diagram += pdfText(path, page, page);
    const QString key = pdfText(path, sheet.pageCount(), sheet.pageCount());
    QVERIFY(diagram.contains(QLatin1String("Name:")));
    QVERIFY(key.contains(QLatin1String("Answer key")));
    for (const SegmentRecord &r : m_trace.segments) {
        QVERIFY2(!containsNumber(diagram, r.segment.seq), qPrintable(QString::number(r.segment.seq)));
        QVERIFY2(containsNumber(key, r.segment.seq), qPrintable(QString::number(r.segment.seq)));
    }
    // The blanked states too (the title names TIME-WAIT, so it is not among them).
    for (const char *state : {"SYN-RECEIVED", "ESTABLISHED", "CLOSE-WAIT", "LAST-ACK"}) {
        QVERIFY2(!diagram.contains(QLatin1String(state)), state);
        QVERIFY2(key.contains(QLatin1String(state)), state);
    }
}

void TestWorksheet::cliWritesTheSheet()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    const CliResult r = runCli({QStringLiteral("worksheet"), QStringLiteral("lost-final-ack"), QStringLiteral("--out"),
                                path, QStringLiteral("--blank"), QStringLiteral("seq,timers")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), path);
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    WorksheetOptions options;
    options.blanks = {true, false, false, true};
    QCOMPARE(pdfPageObjects(pdf), WorksheetExporter(m_scenario, m_trace, options).pageCount());
    const CliResult help = runCli({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QLatin1String("worksheet ID|FILE --out PATH")));
}

void TestWorksheet::cliRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString s = QStringLiteral("lost-final-ack");
    QTest::newRow("unknown scenario") << QStringList{"worksheet", "no-such-lesson", "--out", "DIR/x.pdf"} << 2
                                      << "'no-such-lesson': neither a built-in scenario nor a file";
    QTest::newRow("missing out") << QStringList{"worksheet", s} << 2 << "worksheet: missing --out PATH";
    QTest::newRow("unknown blank") << QStringList{"worksheet", s, "--out", "DIR/x.pdf", "--blank", "seq,flags"} << 2
                                   << "--blank 'seq,flags': expected one or more of seq, ack, states, timers";
    QTest::newRow("not a pdf") << QStringList{"worksheet", s, "--out", "DIR/x.png"} << 2 << "give a name ending in .pdf";
    QTest::newRow("missing folder") << QStringList{"worksheet", s, "--out", "DIR/nope/x.pdf"} << 2 << "does not exist";
    // /proc takes no new files, not even from root: the write itself fails.
    QTest::newRow("unwritable folder") << QStringList{"worksheet", s, "--out", "/proc/tcplab-worksheet-test.pdf"} << 1
                                       << "Cannot write \"/proc/tcplab-worksheet-test.pdf\"";
}

void TestWorksheet::cliRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : arguments)
        a.replace(QLatin1String("DIR"), m_dir.path());
    const CliResult r = runCli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestWorksheet::cliUnwritableOutKeepsTheOldFile()
{
    // A disk that fills up halfway through the sheet: exit 1, the cause named, and the sheet
    // written last week still there as it was.
    const QString path = m_dir.filePath(QStringLiteral("old.pdf"));
    const QByteArray old = "last week's worksheet";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    CliResult r;
    {
        const tcplab::testing::FileSizeLimit limit(1024);
        QVERIFY(limit.isActive());
        r = runCli({QStringLiteral("worksheet"), QStringLiteral("lost-final-ack"), QStringLiteral("--out"), path});
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot write")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("File too large")), qPrintable(r.err));
    QCOMPARE(readAll(path), old);
}

void TestWorksheet::exportWorksheetActionWritesTheSheetOfTheRunOnScreen()
{
    QSettings().setValue(QStringLiteral("export/folder"), m_dir.path());
    m_window = std::make_unique<MainWindow>(m_language.get());
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    QVERIFY(m_window->openBuiltin(QStringLiteral("lost-final-ack")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const QString proposed = m_dir.filePath(QStringLiteral("lost-final-ack.worksheet.en.pdf"));
    const QString chinese = m_dir.filePath(QStringLiteral("lost-final-ack.worksheet.zh_CN.pdf"));
    QString shownPath;
    QString followedPath;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WorksheetDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = true;
        shownPath = dialog->path();
        dialog->setLanguage(QStringLiteral("zh_CN"));
        followedPath = dialog->path();
        dialog->setBlanks({true, false, true, false});
        dialog->accept();
        if (dialog->isVisible()) // the write failed: do not hang the test
            dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportWorksheet"))->trigger();
    QVERIFY(answered);
    QCOMPARE(shownPath, proposed);
    QCOMPARE(followedPath, chinese);
    const QByteArray pdf = readAll(chinese);
    QVERIFY(pdf.startsWith("%PDF-"));
    WorksheetOptions options;
    options.language = QStringLiteral("zh_CN");
    options.blanks = {true, false, true, false};
    QCOMPARE(pdfPageObjects(pdf), WorksheetExporter(m_scenario, m_trace, options).pageCount());
    // The window still speaks English.
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("exportWorksheet"))->text(),
             QStringLiteral("Export &Worksheet…"));
}

void TestWorksheet::exportWorksheetReportsAFailedWrite()
{
    // The window's error message, without a modal box: a subclass records it.
    class RecordingWindow : public MainWindow
    {
    public:
        using MainWindow::MainWindow;
        QStringList errors;

    protected:
        void reportError(const QString &title, const QString &text) override { errors << title + QLatin1Char('|') + text; }
    };
    auto window = std::make_unique<RecordingWindow>(m_language.get());
    QVERIFY(window->openBuiltin(QStringLiteral("lost-final-ack")));
    bool stayedOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WorksheetDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setPath(QStringLiteral("/proc/tcplab-worksheet-test.pdf"));
        dialog->accept();
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    window->show();
    window->findChild<QAction *>(QStringLiteral("exportWorksheet"))->trigger();
    QVERIFY(stayedOpen);
    QCOMPARE(window->errors.size(), 1);
    QVERIFY2(window->errors.first().startsWith(QLatin1String("Export Worksheet|Cannot write")),
             qPrintable(window->errors.first()));
    window->close();
}

QTEST_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
