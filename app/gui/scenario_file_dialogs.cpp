#include "scenario_file_dialogs.h"

#include "settings_saver.h"
#include "settings_values.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace tcplab {

namespace {
const QString lastDirectoryKey = QStringLiteral("lastDirectory");
}

QString ScenarioFileDialogs::startDirectory()
{
    const QString last = SettingsValues::existingDirectory(QSettings(), lastDirectoryKey);
    if (!last.isEmpty())
        return last;
    const QString documents =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ScenarioFileDialogs::askOpenPath(QWidget *parent)
{
    const QString dir = startDirectory();
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open Scenario"), dir, tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty())
        SettingsSaver::setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

QString ScenarioFileDialogs::askSavePath(QWidget *parent, const QString &currentPath,
                                         const QString &scenarioId)
{
    QString suggestion = currentPath;
    if (suggestion.isEmpty()) {
        const QString dir = startDirectory();
        const QString name = scenarioId.isEmpty() ? QStringLiteral("scenario") : scenarioId;
        suggestion = QDir(dir).filePath(name + QStringLiteral(".json"));
    }
    QString path = QFileDialog::getSaveFileName(parent, tr("Save Scenario As"), suggestion,
                                                tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    SettingsSaver::setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace tcplab
