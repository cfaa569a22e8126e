#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace tcplab {

// File ▸ Open Recent: the last scenario files and captures opened or saved, newest first, remembered in
// QSettings ("recentFiles"). The menu is filled each time it opens; files gone since are
// listed but disabled.
class RecentFilesMenu : public QObject
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QMenu *menu);

    static constexpr int maxFiles = 8;

    QStringList files() const { return m_files; }
    void add(const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
    void setFiles(const QStringList &files);

    QMenu *m_menu;
    QStringList m_files;
};

} // namespace tcplab
