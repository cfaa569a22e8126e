#include "recent_files_menu.h"

#include "settings_saver.h"
#include "settings_values.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace tcplab {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFilesMenu::RecentFilesMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
    , m_files(SettingsValues::filePaths(QSettings(), settingsKey, maxFiles))
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

void RecentFilesMenu::add(const QString &path)
{
    QStringList files = m_files;
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxFiles)
        files.removeLast();
    setFiles(files);
}

void RecentFilesMenu::setFiles(const QStringList &files)
{
    m_files = files;
    SettingsSaver::setValue(settingsKey, m_files);
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    for (const QString &path : std::as_const(m_files)) {
        QAction *a = m_menu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (m_files.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this,
                [this] { setFiles({}); });
    }
}

} // namespace tcplab
