// tcplab-cli export: the real program (TCPLAB_CLI_PATH) run with QProcess in an environment
// with no display and no QT_QPA_PLATFORM, as on a build server.
#include "file_size_limit.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// `platform`: the QT_QPA_PLATFORM to give the program; none by default. `locale`: the LANG
// to run it in.
Result runCli(const QStringList &arguments, const QString &platform = QString(),
              const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // The expectations are the English messages: no locale of the machine may translate them.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), locale);
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPLAB_CLI_PATH), arguments);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        r.err = QStringLiteral("tcplab-cli did not finish: %1").arg(p.errorString());
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString scenario = QStringLiteral("handshake-and-close");

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private slots:
    void slidePresetWritesSixteenByNinePages()
    {
        QTemporaryDir dir;
        const Result pdf = runCli({QStringLiteral("export"), scenario, QStringLiteral("--preset"),
                                   QStringLiteral("slides"), QStringLiteral("--out"), dir.filePath(QStringLiteral("deck.pdf"))});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY(readAll(dir.filePath(QStringLiteral("deck.pdf"))).startsWith("%PDF-"));
        const Result png = runCli({QStringLiteral("export"), scenario, QStringLiteral("--preset"),
                                   QStringLiteral("slides"), QStringLiteral("--out"), dir.filePath(QStringLiteral("slide.png"))});
        QVERIFY2(png.exitCode == 0, qPrintable(png.err));
        const QStringList files = png.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(files.size() >= 2);
        QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("slide-01.png"));
        QCOMPARE(QImage(files.first()).size(), QSize(1920, 1080));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("slide.png"))));
    }

    void stepImagesCarryTheNarrationAsCaption()
    {
        QTemporaryDir plain;
        QTemporaryDir captioned;
        // The caption needs room under the picture: steps are taller than the picture up to
        // the same moment without it.
        const Result steps = runCli({QStringLiteral("export"), scenario, QStringLiteral("--steps"), captioned.path()});
        QVERIFY2(steps.exitCode == 0, qPrintable(steps.err));
        const Result whole = runCli({QStringLiteral("export"), scenario, QStringLiteral("--out"),
                                     plain.filePath(QStringLiteral("whole.png"))});
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const QImage step(QDir(captioned.path()).filePath(QStringLiteral("step-01.png")));
        const QImage picture(plain.filePath(QStringLiteral("whole.png")));
        QCOMPARE(step.width(), picture.width());
        QVERIFY2(step.height() > picture.height() + 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(step.height()).arg(picture.height())));
    }

    void compareWritesBothRunsSideBySide()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.png"));
        const QString both = dir.filePath(QStringLiteral("both.png"));
        QCOMPARE(runCli({QStringLiteral("export"), scenario, QStringLiteral("--out"), one}).exitCode, 0);
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--compare"),
                                 QStringLiteral("no-time-wait"), QStringLiteral("--out"), both});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QImage(both).width() > 2 * QImage(one).width());
    }

    void writesEachFormatWithoutADisplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "diagram.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "diagram.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "diagram.pdf" << QByteArray("%PDF-");
        QTest::newRow("pdf on A4 pages") << "pages.pdf" << QByteArray("%PDF-");
    }
    void writesEachFormatWithoutADisplay()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QStringList args{QStringLiteral("export"), scenario, QStringLiteral("--out"), path};
        if (name == QLatin1String("pages.pdf"))
            args << QStringLiteral("--pages") << QStringLiteral("a4");
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), path);
        QVERIFY(readAll(path).startsWith(magic));
        if (name.endsWith(QLatin1String(".svg")))
            QVERIFY(QSvgRenderer(path).isValid());
        if (name.endsWith(QLatin1String(".png")))
            QVERIFY(!QImage(path).isNull());
        // Only the picture: QSaveFile's temporary file is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
    }

    void languageOptionTranslatesTheDiagram_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("重传") << "retransmission";
        QTest::newRow("en") << "en" << "retransmission" << QStringLiteral("重传");
    }
    void languageOptionTranslatesTheDiagram()
    {
        QFETCH(QString, lang);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("legend.svg"));
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--lang"), lang,
                                 QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString svg = QString::fromUtf8(readAll(path));
        QVERIFY2(svg.contains(present), qPrintable(present));
        QVERIFY2(!svg.contains(absent), qPrintable(absent));
    }

    void diagramLanguageComesFromLangNotFromTheLocale_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        // A picture must not change with the machine it is made on: the locale translates
        // the messages only, --lang (wherever it stands) the diagram too.
        QTest::newRow("Chinese locale, no --lang")
            << QStringList{} << "zh_CN.UTF-8" << "retransmission" << QStringLiteral("重传");
        QTest::newRow("--lang zh_CN before the command")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} << "C.UTF-8" << QStringLiteral("重传")
            << "retransmission";
        QTest::newRow("--lang en in a Chinese locale")
            << QStringList{QStringLiteral("--lang=en")} << "zh_CN.UTF-8" << "retransmission" << QStringLiteral("重传");
    }
    void diagramLanguageComesFromLangNotFromTheLocale()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, locale);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("legend.svg"));
        const Result r = runCli(before + QStringList{QStringLiteral("export"), scenario, QStringLiteral("--out"), path},
                                QString(), locale);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString svg = QString::fromUtf8(readAll(path));
        QVERIFY2(svg.contains(present), qPrintable(present));
        QVERIFY2(!svg.contains(absent), qPrintable(absent));
    }

    void scaleTwoDoublesThePng()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.png"));
        const QString two = dir.filePath(QStringLiteral("two.png"));
        QCOMPARE(runCli({QStringLiteral("export"), scenario, QStringLiteral("--out"), one}).exitCode, 0);
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--scale"),
                                 QStringLiteral("2"), QStringLiteral("--out"), two});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage a(one);
        const QImage b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
        QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    }

    void dpiSetsTheSizeLikeScale()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.png"));
        const QString dpi = dir.filePath(QStringLiteral("dpi.png"));
        QCOMPARE(runCli({QStringLiteral("export"), scenario, QStringLiteral("--out"), one}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export"), scenario, QStringLiteral("--dpi"), QStringLiteral("192"),
                         QStringLiteral("--out"), dpi}).exitCode, 0);
        QVERIFY(qAbs(QImage(dpi).width() - 2 * QImage(one).width()) <= 2);
    }

    void stepsWriteOneImagePerDistinctEventTime()
    {
        // The steps of the range are the distinct moments of the trace in it, counted here
        // from the trace the same program prints.
        const qint64 from = 0;
        const qint64 to = 1000 * 1000; // the first second
        const Result trace = runCli({QStringLiteral("run"), scenario, QStringLiteral("--format"),
                                     QStringLiteral("jsonl")});
        QCOMPARE(trace.exitCode, 0);
        QSet<qint64> times;
        for (const QString &line : trace.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qint64 t = QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("t_us")).toInteger(-1);
            QVERIFY(t >= 0);
            if (t >= from && t <= to)
                times.insert(t);
        }
        QVERIFY(times.size() > 3);

        QTemporaryDir dir;
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--from"),
                                 QStringLiteral("0s"), QStringLiteral("--to"), QStringLiteral("1s"),
                                 QStringLiteral("--steps"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("step-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(int(files.size()), int(times.size()));
        QCOMPARE(int(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()), int(times.size()));
        QCOMPARE(files.first(), QStringLiteral("step-01.png"));
        // Slides line up: every step has the same size.
        QCOMPARE(QImage(dir.filePath(files.first())).size(), QImage(dir.filePath(files.last())).size());

        // With the slide preset, the same steps, each a 1920×1080 slide.
        QTemporaryDir slides;
        const Result s = runCli({QStringLiteral("export"), scenario, QStringLiteral("--from"), QStringLiteral("0s"),
                                 QStringLiteral("--to"), QStringLiteral("1s"), QStringLiteral("--preset"),
                                 QStringLiteral("slides"), QStringLiteral("--steps"), slides.path()});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        const QStringList slideFiles = QDir(slides.path()).entryList({QStringLiteral("step-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(int(slideFiles.size()), int(times.size()));
        for (const QString &file : slideFiles)
            QCOMPARE(QImage(slides.filePath(file)).size(), QSize(1920, 1080));
    }

    void stateDiagramIsExportedAtTheGivenTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.svg"));
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--state-diagram"),
                                 QStringLiteral("--at"), QStringLiteral("200ms"), QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray svg = readAll(path);
        QVERIFY(QSvgRenderer(path).isValid());
        QVERIFY(svg.contains("ESTABLISHED"));
        QVERIFY(svg.contains("TIME-WAIT"));
    }

    void stateDiagramIsWrittenInEachFormatWithNoWidget_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "states.png";
        QTest::newRow("svg") << "states.svg";
        QTest::newRow("pdf") << "states.pdf";
    }
    void stateDiagramIsWrittenInEachFormatWithNoWidget()
    {
        // tcplab-cli draws under a QGuiApplication, where making any QWidget aborts the
        // program: a whole file proves the state diagram export built none.
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--state-diagram"),
                                 QStringLiteral("--at"), QStringLiteral("200ms"), QStringLiteral("--out"), path},
                                QStringLiteral("offscreen"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("QWidget")), qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), path);
        const QByteArray bytes = readAll(path);
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 500 && image.height() > 500);
        } else if (name.endsWith(QLatin1String(".svg"))) {
            QVERIFY(QSvgRenderer(path).isValid());
            QVERIFY(bytes.contains("ESTABLISHED"));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void faultOptionsAreAppliedAndNamedInTheTitleBlock()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.svg"));
        const QString lost = dir.filePath(QStringLiteral("lost.svg"));
        QCOMPARE(runCli({QStringLiteral("export"), scenario, QStringLiteral("--out"), plain}).exitCode, 0);
        const Result r = runCli({QStringLiteral("export"), scenario, QStringLiteral("--drop"),
                                 QStringLiteral("A#1"), QStringLiteral("--out"), lost});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Named as the fault list names it: the segment, not the key typed.
        QVERIFY(!readAll(plain).contains("Drop A"));
        QVERIFY2(readAll(lost).contains("Drop A&apos;s SYN seq=") || readAll(lost).contains("Drop A's SYN seq="),
                 readAll(lost).left(3000).constData());
        // The story changed: the lost SYN is drawn and its retransmission marked, words that
        // the plain run shows only once, in the legend.
        QCOMPARE(readAll(plain).count(">retransmission<"), 1);
        QVERIFY(readAll(lost).count(">retransmission<") > 1);
        QVERIFY(readAll(lost).count(">dropped<") > readAll(plain).count(">dropped<"));
    }

    void badUsageIsExplainedAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // "DIR" stands for the temporary folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString s = scenario;
        QTest::newRow("missing folder")
            << QStringList{"export", s, "--out", "DIR/no-such-folder/x.png"} << 2 << "does not exist";
        QTest::newRow("unknown extension")
            << QStringList{"export", s, "--out", "DIR/x.bmp"} << 2 << "unknown file type 'bmp'";
        QTest::newRow("no extension") << QStringList{"export", s, "--out", "DIR/x"} << 2 << "unknown file type";
        QTest::newRow("empty range")
            << QStringList{"export", s, "--from", "5s", "--to", "4s", "--out", "DIR/x.png"} << 2 << "empty range";
        QTest::newRow("range after the run")
            << QStringList{"export", s, "--from", "1h", "--out", "DIR/x.png"} << 2 << "empty range";
        QTest::newRow("bad duration")
            << QStringList{"export", s, "--from", "soon", "--out", "DIR/x.png"} << 2 << "--from 'soon'";
        QTest::newRow("bad scale")
            << QStringList{"export", s, "--scale", "0", "--out", "DIR/x.png"} << 2 << "--scale '0'";
        QTest::newRow("scale and dpi")
            << QStringList{"export", s, "--scale", "2", "--dpi", "192", "--out", "DIR/x.png"} << 2 << "--dpi";
        QTest::newRow("bad pages")
            << QStringList{"export", s, "--pages", "a3", "--out", "DIR/x.pdf"} << 2 << "--pages 'a3'";
        QTest::newRow("bad preset")
            << QStringList{"export", s, "--preset", "poster", "--out", "DIR/x.pdf"} << 2 << "--preset 'poster'";
        QTest::newRow("slides with a scale")
            << QStringList{"export", s, "--preset", "slides", "--scale", "2", "--out", "DIR/x.png"} << 2 << "--preset slides";
        QTest::newRow("bad compare")
            << QStringList{"export", s, "--compare", "yesterday", "--out", "DIR/x.png"} << 2 << "--compare 'yesterday'";
        QTest::newRow("bad language")
            << QStringList{"export", s, "--lang", "fr", "--out", "DIR/x.png"} << 2 << "--lang 'fr'";
        QTest::newRow("bad fault")
            << QStringList{"export", s, "--drop", "Z#1", "--out", "DIR/x.png"} << 2 << "no host named 'Z'";
        QTest::newRow("missing out") << QStringList{"export", s} << 2 << "--out";
        QTest::newRow("steps into a missing folder")
            << QStringList{"export", s, "--steps", "DIR/nope"} << 2 << "does not exist";
        QTest::newRow("unknown scenario")
            << QStringList{"export", "no-such-lesson", "--out", "DIR/x.png"} << 2 << "no-such-lesson";
        // /proc takes no new files, not even from root: the write itself fails.
        QTest::newRow("unwritable folder")
            << QStringList{"export", s, "--out", "/proc/tcplab-export-test.png"} << 1 << "Cannot write";
        QTest::newRow("unwritable folder, state diagram")
            << QStringList{"export", s, "--state-diagram", "--out", "/proc/tcplab-export-test.svg"} << 1
            << "Cannot write";
    }
    // A disk that fills up halfway through the file (RLIMIT_FSIZE, which the program
    // inherits): every format fails with the cause, exits 1 and leaves the old file as it
    // was; a step series takes back the steps it wrote.
    void fullDiskFailsAndKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target"); // the file that was there before, or empty
        QTest::newRow("png") << QStringList{"export", scenario, "--out", "DIR/x.png"} << "x.png";
        QTest::newRow("svg") << QStringList{"export", scenario, "--out", "DIR/x.svg"} << "x.svg";
        QTest::newRow("pdf") << QStringList{"export", scenario, "--out", "DIR/x.pdf"} << "x.pdf";
        QTest::newRow("state diagram svg")
            << QStringList{"export", scenario, "--state-diagram", "--out", "DIR/x.svg"} << "x.svg";
        QTest::newRow("step series") << QStringList{"export", scenario, "--steps", "DIR"} << "";
    }
    void fullDiskFailsAndKeepsTheOldFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        QTemporaryDir dir;
        for (QString &a : arguments)
            a.replace(QLatin1String("DIR"), dir.path());
        const QByteArray old = "the picture exported last week";
        if (!target.isEmpty()) {
            QFile f(dir.filePath(target));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(old), old.size());
        }
        Result r;
        {
            const tcplab::testing::FileSizeLimit limit(1024);
            QVERIFY(limit.isActive());
            r = runCli(arguments);
        }
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QLatin1String("Cannot write")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("File too large")), qPrintable(r.err)); // EFBIG, named
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (target.isEmpty()) {
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        } else {
            QCOMPARE(left, QStringList{target});
            QCOMPARE(readAll(dir.filePath(target)), old);
        }
    }

    // A 100 kB request in 536-byte segments is 670 × 76833 pixels at scale 1, 3.3 gigapixels
    // at --scale 8: the PNG is refused before anything is drawn, the message names the limit
    // and the scale, and nothing is written.
    void pngAboveThePixelLimitIsRefusedBeforeDrawing()
    {
        tcplab::ScenarioFile::LoadResult big = tcplab::ScenarioLibrary::load(scenario);
        QVERIFY(big.ok);
        for (tcplab::AppAction &a : big.scenario.actions) {
            if (a.kind == tcplab::AppActionKind::Send && a.host == QLatin1String("A"))
                a.data = QByteArray(100000, 'x');
        }
        for (tcplab::HostSpec &h : big.scenario.hosts)
            h.mtu = 576;
        QTemporaryDir in, out;
        const QString file = in.filePath(QStringLiteral("big-request.json"));
        QString error;
        QVERIFY2(tcplab::ScenarioFile::save(big.scenario, file, &error), qPrintable(error));
        const Result r = runCli({QStringLiteral("export"), file, QStringLiteral("--scale"), QStringLiteral("8"),
                                 QStringLiteral("--out"), out.filePath(QStringLiteral("x.png"))});
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QLatin1String("megapixels for a PNG. Choose a smaller scale")), qPrintable(r.err));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void badUsageIsExplainedAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString &a : arguments)
            a.replace(QLatin1String("DIR"), dir.path());
        const Result r = runCli(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("tcplab-cli: ")));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/tcplab-export-test.png")));
    }

    void helpDescribesTheOptions()
    {
        const Result r = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--out", "--lang", "--steps", "--state-diagram", "--drop", "--until"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
