#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace tcplab {

// Values read back from QSettings. The file is a person's to edit and may come from another
// version, so a value that is not of its type, not finite or out of range gives the default
// instead: a speed of "nan" would otherwise stop the playhead for good.
class SettingsValues
{
public:
    static constexpr double defaultSpeed = 0.1;

    // "speed": PlaybackController::minSpeed to maxSpeed, else defaultSpeed.
    static double playbackSpeed(const QSettings &settings);
    // true/false (or 1/0, as other writers store them), else `fallback`.
    static bool flag(const QSettings &settings, const QString &key, bool fallback);
    // A folder that still exists, else empty.
    static QString existingDirectory(const QSettings &settings, const QString &key);
    // A list of file paths: no empty entries, no repeats, at most `maximum`.
    static QStringList filePaths(const QSettings &settings, const QString &key, int maximum);
};

} // namespace tcplab
