#include "settings_saver.h"

#include <QCoreApplication>
#include <QSettings>

namespace tcplab {

SettingsSaver::SettingsSaver(QObject *parent)
    : QObject(parent)
{
}

SettingsSaver *SettingsSaver::instance()
{
    // Owned by the application: gone with it, never before the windows that listen.
    static SettingsSaver *saver = new SettingsSaver(QCoreApplication::instance());
    return saver;
}

bool SettingsSaver::setValue(const QString &key, const QVariant &value)
{
    QSettings settings;
    settings.setValue(key, value);
    return commit(settings);
}

bool SettingsSaver::commit(QSettings &settings)
{
    settings.sync();
    const bool written = settings.status() == QSettings::NoError;
    instance()->noteResult(written, settings.fileName());
    return written;
}

void SettingsSaver::noteResult(bool written, const QString &fileName)
{
    if (written) {
        m_failedFile.clear();
        return;
    }
    const bool first = m_failedFile.isEmpty();
    m_failedFile = fileName;
    if (first)
        emit writeFailed(fileName);
}

} // namespace tcplab
