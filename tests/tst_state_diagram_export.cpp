#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "export/state_diagram_export.h"
#include "state/state_diagram_widget.h"

#include <QFile>
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

    void pngIsNotBlankAndShowsTheHighlights()
    {
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        widget.setPlayhead(establishedTime(m_trace));
        const StateDiagramExporter exporter(widget, {});
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
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        StateDiagramExportOptions two;
        two.scale = 2;
        const QImage a = StateDiagramExporter(widget, {}).renderImage();
        const QImage b = StateDiagramExporter(widget, two).renderImage();
        QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
        QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    }

    void transparentPngHasAClearCorner()
    {
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        StateDiagramExportOptions o;
        o.transparent = true;
        QCOMPARE(StateDiagramExporter(widget, o).renderImage().pixelColor(1, 1).alpha(), 0);
        QCOMPARE(StateDiagramExporter(widget, {}).renderImage().pixelColor(1, 1), QColor(Qt::white));
    }

    void svgIsValidWithStateNamesAsText()
    {
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        widget.setPlayhead(establishedTime(m_trace));
        StateDiagramExportOptions o;
        o.title = QStringLiteral("Handshake and close");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.svg"));
        QString error;
        QVERIFY2(StateDiagramExporter(widget, o).write(path, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QByteArray svg = readAll(path);
        for (const char *name : {"LISTEN", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "TIME-WAIT", "LAST-ACK"})
            QVERIFY2(svg.contains(name), name);
        QVERIFY(svg.contains("Handshake and close"));
    }

    void statesLineNamesEveryHostsState()
    {
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        widget.setPlayhead(establishedTime(m_trace));
        const QString line = StateDiagramExporter(widget, {}).statesLine();
        QVERIFY2(line.contains(QStringLiteral("A ESTABLISHED")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("B ESTABLISHED")), qPrintable(line));
    }

    void pdfStartsLikeAPdf()
    {
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.pdf"));
        QString error;
        QVERIFY2(StateDiagramExporter(widget, {}).write(path, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("%PDF-"));
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
        StateDiagramWidget widget;
        widget.setTrace(&m_trace);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!StateDiagramExporter(widget, {}).write(dir.filePath(name), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(name)));
    }
};

QTEST_MAIN(TestStateDiagramExport)
#include "tst_state_diagram_export.moc"
