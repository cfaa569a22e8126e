// Both programs report the one version of the project, project(VERSION) in the top-level
// CMakeLists.txt, which the packages, the metainfo and the manual pages carry too. Runs the
// real programs (TCPLAB_CLI_PATH, TCPLAB_GUI_PATH) with QProcess; TCPLAB_PROJECT_VERSION is
// that version, passed in by tests/CMakeLists.txt.
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void programPrintsItsNameAndTheProjectVersion_data();
    void programPrintsItsNameAndTheProjectVersion();
    void versionOrHelpIntoAFullDiskFailsWithAMessage_data();
    void versionOrHelpIntoAFullDiskFailsWithAMessage();
};

void TestVersion::programPrintsItsNameAndTheProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");

    const QString cli = QStringLiteral(TCPLAB_CLI_PATH);
    const QString gui = QStringLiteral(TCPLAB_GUI_PATH);
    QTest::newRow("tcplab-cli --version") << cli << "--version" << "tcplab-cli";
    QTest::newRow("tcplab-cli -v") << cli << "-v" << "tcplab-cli";
    QTest::newRow("tcplab --version") << gui << "--version" << "tcplab";
    QTest::newRow("tcplab -v") << gui << "-v" << "tcplab";
}

void TestVersion::programPrintsItsNameAndTheProjectVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, name);

    QProcess process;
    // The window's --version needs no display, but QApplication needs a platform plugin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, {option});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString expected =
        name + QLatin1Char(' ') + QStringLiteral(TCPLAB_PROJECT_VERSION) + QLatin1Char('\n');
    QCOMPARE(out, expected);
}

void TestVersion::versionOrHelpIntoAFullDiskFailsWithAMessage_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    const QString cli = QStringLiteral(TCPLAB_CLI_PATH);
    const QString gui = QStringLiteral(TCPLAB_GUI_PATH);
    QTest::newRow("tcplab-cli --version") << cli << "--version" << "tcplab-cli";
    QTest::newRow("tcplab-cli --help") << cli << "--help" << "tcplab-cli";
    QTest::newRow("tcplab --version") << gui << "--version" << "tcplab";
    QTest::newRow("tcplab --help") << gui << "--help" << "tcplab";
}

void TestVersion::versionOrHelpIntoAFullDiskFailsWithAMessage()
{
    // `tcplab --version > /dev/full` printed nothing, yet said it had succeeded.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, name);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(program, {option});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(name + QStringLiteral(": could not write to standard output")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
