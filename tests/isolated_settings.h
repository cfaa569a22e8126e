#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

// A GUI test keeps its settings in a folder of its own (a QTemporaryDir it owns), so it
// never reads or writes the user's settings, and two tests never see each other's: the
// window restores geometry, docks, language and progress from QSettings.
inline void isolateSettings(const QString &testName, const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}
