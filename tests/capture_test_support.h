#pragma once

// What the capture tests share: running a shipped scenario with extra faults, writing
// what a capture point saw, and asking Wireshark's tshark about a file.
#include "capture/capture_writer.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QtTest>

namespace tcplab::testing {

struct Run {
    Scenario scenario;
    Trace trace;
};

// A shipped scenario, with fault options spelt as on the command line ("drop:A#3").
inline Run runScenario(const QString &id, const QStringList &faults = {})
{
    Run run;
    const auto loaded = ScenarioLibrary::load(id);
    if (!loaded.ok)
        qFatal("no scenario %s", qPrintable(id));
    run.scenario = loaded.scenario;
    for (const QString &f : faults) {
        const QString kindName = f.section(QLatin1Char(':'), 0, 0);
        const FaultKind kind = kindName == QLatin1String("drop") ? FaultKind::Drop
            : kindName == QLatin1String("delay")                 ? FaultKind::Delay
                                                                 : FaultKind::Duplicate;
        FaultRule rule;
        QString error;
        if (!parseFaultRule(kind, f.section(QLatin1Char(':'), 1), &rule, &error))
            qFatal("bad fault %s: %s", qPrintable(f), qPrintable(error));
        run.scenario.faults.append(rule);
    }
    run.trace = Simulator::run(run.scenario);
    return run;
}

inline CapturePoint pointNamed(const Trace &trace, const QString &name)
{
    CapturePoint point = CapturePoint::onWire();
    if (!CapturePoint::parse(name, trace, &point))
        qFatal("no capture point %s", qPrintable(name));
    return point;
}

inline QByteArray captureBytes(const Run &run, const QString &point, CaptureFormat format)
{
    CaptureWriter writer(run.trace);
    writer.setPoint(pointNamed(run.trace, point));
    writer.setFormat(format);
    writer.setDescription(CaptureDescription::fromScenario(run.scenario));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writer.writeTo(&buffer))
        qFatal("writing a capture to memory failed");
    return bytes;
}

inline QString writeCaptureFile(const Run &run, const QString &point, const QString &path)
{
    CaptureWriter writer(run.trace);
    writer.setPoint(pointNamed(run.trace, point));
    writer.setFormat(captureFormatForPath(path));
    writer.setDescription(CaptureDescription::fromScenario(run.scenario));
    QString error;
    if (!writer.write(path, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

// tshark, or an empty string when it is not installed.
inline QString tsharkPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

// tshark's standard output (its warnings about running as root go to stderr).
inline QString tshark(const QStringList &arguments)
{
    QProcess p;
    p.start(tsharkPath(), arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("tshark %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        return QStringLiteral("<tshark failed>");
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

#define TCPLAB_REQUIRE_TSHARK()                                                                             \
    do {                                                                                                   \
        if (tcplab::testing::tsharkPath().isEmpty())                                                       \
            QFAIL("tshark is not installed; `scripts/install-deps.sh --test` installs it (Debian: tshark)"); \
    } while (false)

inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace tcplab::testing
