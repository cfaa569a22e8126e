// Writes of the window's settings are checked: a settings file that cannot be written is
// told once, in the status line, naming the file; nothing crashes, nothing blocks, and the
// old file stays as it was. The tests run as root here, where a read-only mode stops no
// write: the settings folder is put under a regular file instead, so it cannot be made.

#include "language_manager.h"
#include "main_window.h"
#include "settings_saver.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tcplab;

class TestSettingsSaver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings_saver"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QVERIFY(m_dir.isValid());
        m_blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(m_blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nkept=yes\n");
    }

    void init()
    {
        writable();
        QVERIFY(SettingsSaver::setValue(QStringLiteral("start"), 1)); // a success clears a failure
    }

    void unwritableSettingsAreToldOnceNamingTheFile()
    {
        QSignalSpy failed(SettingsSaver::instance(), &SettingsSaver::writeFailed);
        unwritable();
        QVERIFY(!SettingsSaver::setValue(QStringLiteral("speed"), 2.0));
        QCOMPARE(failed.count(), 1);
        const QString file = failed.first().first().toString();
        QVERIFY2(file.startsWith(m_blocker + QLatin1Char('/')), qPrintable(file));
        QCOMPARE(SettingsSaver::instance()->failedFile(), file);
        // Every later write fails too, and is not told again.
        QVERIFY(!SettingsSaver::setValue(QStringLiteral("speed"), 3.0));
        QSettings settings;
        settings.setValue(QStringLiteral("geometry"), QByteArray("x"));
        QVERIFY(!SettingsSaver::commit(settings));
        QCOMPARE(failed.count(), 1);
        // What stood in the way is untouched.
        QFile blocker(m_blocker);
        QVERIFY(blocker.open(QIODevice::ReadOnly));
        QCOMPARE(blocker.readAll(), QByteArray("[General]\nkept=yes\n"));

        // Writable again: a write succeeds, and the next failure is told again.
        writable();
        QVERIFY(SettingsSaver::setValue(QStringLiteral("speed"), 4.0));
        QVERIFY(SettingsSaver::instance()->failedFile().isEmpty());
        unwritable();
        QVERIFY(!SettingsSaver::setValue(QStringLiteral("speed"), 5.0));
        QCOMPARE(failed.count(), 2);
    }

    void windowShowsTheFailureInItsStatusLineWithoutADialog()
    {
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&language);
        window.fitToScreen(QRect(0, 0, 1366, 736));
        window.openBuiltin(QStringLiteral("handshake-and-close"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        unwritable();
        QSignalSpy failed(SettingsSaver::instance(), &SettingsSaver::writeFailed);
        // Switching the language is saved at once.
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(failed.count(), 1);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QLatin1String("Settings could not be saved to ")), qPrintable(message));
        QVERIFY2(message.contains(failed.first().first().toString()), qPrintable(message));
        QVERIFY(!QApplication::activeModalWidget());
        // Closing writes the window's layout: it fails quietly, once told is enough.
        window.close();
        QCOMPARE(failed.count(), 1);
    }

private:
    void writable() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path()); }
    void unwritable()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_blocker + QStringLiteral("/settings"));
    }

    QTemporaryDir m_dir;
    QString m_blocker;
};

QTEST_MAIN(TestSettingsSaver)
#include "tst_settings_saver.moc"
