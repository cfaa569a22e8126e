// The state diagram export, run under a QGuiApplication (see main() below): building any
// QWidget would abort the program, so every test here also shows that the export needs none.
#include "export/state_diagram_export.h"
#include "file_size_limit.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

namespace {
Trace handshakeTrace()
{
    const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
    if (!loaded.ok)
        qFatal("handshake-and-close does not load");
    return Simulator::run(loaded.scenario);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pixels that are clearly coloured (neither white, grey nor transparent): the highlights.
int colouredPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && c.hsvSaturation() > 120 && c.value() > 60)
                ++n;
        }
    }
    return n;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 40 && (c.red() < 200 || c.green() < 200 || c.blue() < 200))
                ++n;
        }
    }
    return n;
}

StateDiagramExportOptions at(SimTime t)
{
    StateDiagramExportOptions o;
    o.at = t;
    return o;
}

// The time at which the run is in the middle of the connection (both ESTABLISHED).
SimTime establishedTime(const Trace &trace)
{
    for (const TraceEvent &e : trace.events) {
        if (e.type == TraceEventType::State && e.toState == TcpState::FinWait1)
            return e.time - 1;
    }
    return trace.endTime;
}
} // namespace

class TestStateDiagramExport : public QObject
{
    Q_OBJECT
    Trace m_trace;

private slots:
    void initTestCase() { m_trace = handshakeTrace(); }

    void runsWithAGuiApplicationOnly()
    {
        // What makes every other test here a proof that no widget is needed.
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
    }

    void showsTheEndOfTheRunUnlessToldAMoment()
    {
        QCOMPARE(StateDiagramExporter(m_trace, {}).frame().time, m_trace.endTime);
        const SimTime t = establishedTime(m_trace);
        const StateDiagramExporter exporter(m_trace, at(t));
        QCOMPARE(exporter.frame().time, t);
        QCOMPARE(exporter.frame().statesByHost().value(QStringLiteral("A")), TcpState::Established);
    }

    void chosenSocketsAreTheOnesShown()
    {
        StateDiagramExportOptions o = at(establishedTime(m_trace));
        const QList<int> shown = StateDiagramFrame::defaultSockets(m_trace);
        QCOMPARE(shown.size(), 2);
        o.sockets = {shown[1]};
        const StateDiagramExporter exporter(m_trace, o);
        QCOMPARE(exporter.frame().endpoints.size(), 1);
        QCOMPARE(exporter.frame().endpoints.first().hostName, QStringLiteral("B"));
        QVERIFY(exporter.statesLine().contains(QStringLiteral("B ESTABLISHED")));
        QVERIFY(!exporter.statesLine().contains(QStringLiteral("A ESTABLISHED")));
    }

    void pngIsNotBlankAndShowsTheHighlights()
    {
        const StateDiagramExporter exporter(m_trace, at(establishedTime(m_trace)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.png"));
        QString error;
        QVERIFY2(exporter.write(path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), exporter.pictureSize().toSize());
        QVERIFY(inkPixels(image) > image.width() * image.height() / 4 / 100); // > 1 % ink
        QVERIFY(colouredPixels(image) > 50);                                  // the host colours
    }

    void scaleTwoDoublesThePng()
    {
        StateDiagramExportOptions two;
        two.scale = 2;
        const QImage a = StateDiagramExporter(m_trace, {}).renderImage();
        const QImage b = StateDiagramExporter(m_trace, two).renderImage();
        QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
        QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    }

    void transparentPngHasAClearCorner()
    {
        StateDiagramExportOptions o;
        o.transparent = true;
        QCOMPARE(StateDiagramExporter(m_trace, o).renderImage().pixelColor(1, 1).alpha(), 0);
        QCOMPARE(StateDiagramExporter(m_trace, {}).renderImage().pixelColor(1, 1), QColor(Qt::white));
    }

    void svgIsValidWithStateNamesAsText()
    {
        StateDiagramExportOptions o = at(establishedTime(m_trace));
        o.title = QStringLiteral("Handshake and close");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.svg"));
        QString error;
        QVERIFY2(StateDiagramExporter(m_trace, o).write(path, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QByteArray svg = readAll(path);
        for (const char *name : {"LISTEN", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "TIME-WAIT", "LAST-ACK"})
            QVERIFY2(svg.contains(name), name);
        QVERIFY(svg.contains("Handshake and close"));
    }

    void statesLineNamesEveryHostsState()
    {
        const QString line = StateDiagramExporter(m_trace, at(establishedTime(m_trace))).statesLine();
        QVERIFY2(line.contains(QStringLiteral("A ESTABLISHED")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("B ESTABLISHED")), qPrintable(line));
    }

    void pdfStartsLikeAPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.pdf"));
        QString error;
        QVERIFY2(StateDiagramExporter(m_trace, {}).write(path, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("%PDF-"));
        QVERIFY(readAll(path).trimmed().endsWith("%%EOF"));
    }

    void badTargetsAreExplainedAndLeaveNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown extension") << "states.gif" << "gif";
        QTest::newRow("missing folder") << "missing/states.png" << "missing";
    }
    void badTargetsAreExplainedAndLeaveNoFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!StateDiagramExporter(m_trace, {}).write(dir.filePath(name), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(name)));
    }

    void failedWriteNamesTheFileAndKeepsTheOldOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "states.png";
        QTest::newRow("svg") << "states.svg";
        QTest::newRow("pdf") << "states.pdf";
    }
    void failedWriteNamesTheFileAndKeepsTheOldOne()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const QByteArray old = "the picture exported last week";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        QString error;
        bool written = false;
        {
            // Every picture is larger than 1 KiB: the write fails halfway.
            const testing::FileSizeLimit limit(1024);
            QVERIFY(limit.isActive());
            written = StateDiagramExporter(m_trace, {}).write(path, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }
};

int main(int argc, char *argv[])
{
    // Not QTEST_MAIN: with QtWidgets linked it would make a QApplication. A QGuiApplication
    // gives fonts and painting but aborts on the first QWidget, which is the point.
    QGuiApplication app(argc, argv);
    TestStateDiagramExport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_state_diagram_export.moc"
