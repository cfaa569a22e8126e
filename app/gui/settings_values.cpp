#include "settings_values.h"

#include "playback_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cmath>

namespace tcplab {

double SettingsValues::playbackSpeed(const QSettings &settings)
{
    bool ok = false;
    const double speed = settings.value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || !std::isfinite(speed) || speed < PlaybackController::minSpeed
        || speed > PlaybackController::maxSpeed) {
        return defaultSpeed;
    }
    return speed;
}

bool SettingsValues::flag(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

QString SettingsValues::existingDirectory(const QSettings &settings, const QString &key)
{
    const QString path = settings.value(key).toString();
    return !path.isEmpty() && QFileInfo(path).isDir() ? QDir::cleanPath(path) : QString();
}

QStringList SettingsValues::filePaths(const QSettings &settings, const QString &key, int maximum)
{
    QStringList paths;
    for (const QString &path : settings.value(key).toStringList()) {
        if (!path.trimmed().isEmpty() && !paths.contains(path) && paths.size() < maximum)
            paths.append(path);
    }
    return paths;
}

} // namespace tcplab
