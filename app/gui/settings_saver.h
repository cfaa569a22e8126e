#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

class QSettings;

namespace tcplab {

// Every write of the window's settings goes through here and is checked: QSettings only
// writes when synced, and says nothing unless asked (status()). A settings file that cannot
// be written (a full disk, a folder that cannot be made, no permission) is told once, not at
// every write: writeFailed() comes with the first failure after a success, naming the file.
// QSettings writes through a temporary file, so the old file stays as it was.
class SettingsSaver : public QObject
{
    Q_OBJECT
public:
    static SettingsSaver *instance();

    // Sets one value and writes it to the file at once; false when that failed.
    static bool setValue(const QString &key, const QVariant &value);
    // Writes what `settings` holds to its file; false when that failed.
    static bool commit(QSettings &settings);

    // The file of the last failed write; empty after a write that succeeded.
    QString failedFile() const { return m_failedFile; }

signals:
    void writeFailed(const QString &fileName);

private:
    explicit SettingsSaver(QObject *parent = nullptr);
    void noteResult(bool written, const QString &fileName);

    QString m_failedFile;
};

} // namespace tcplab
