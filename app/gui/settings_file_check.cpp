#include "settings_file_check.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace tcplab {

QString SettingsFileCheck::setAsideIfUnreadable()
{
    QString path;
    {
        const QSettings settings;
        settings.allKeys(); // QSettings reads the file only when asked for a value
        if (settings.status() != QSettings::FormatError)
            return {};
        path = settings.fileName();
    }
    if (!QFileInfo(path).isFile())
        return {};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    return QFile::rename(path, aside) ? aside : QString();
}

QMessageBox *SettingsFileCheck::showSetAsideMessage(const QString &setAsidePath, QWidget *parent)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Settings Could Not Be Read"),
        tr("Your settings file could not be read, so TCP Connection Lab starts with its default "
           "settings. The old file was kept as:\n%1")
            .arg(QDir::toNativeSeparators(setAsidePath)),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("settingsSetAsideMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace tcplab
