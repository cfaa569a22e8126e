#include "scenario_files.h"

#include "playback_controller.h"
#include "recent_files_menu.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "scenario_document.h"
#include "settings_saver.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tcplab {

namespace {
const QString lastScenarioKey = QStringLiteral("lastScenario");
const QString builtinPrefix = QStringLiteral("builtin:");
const QString defaultScenario = QStringLiteral("handshake-and-close");
} // namespace

ScenarioFiles::ScenarioFiles(ScenarioDocument *document, PlaybackController *playback,
                             RecentFilesMenu *recentFiles, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_playback(playback)
    , m_recentFiles(recentFiles)
{
}

void ScenarioFiles::openLast()
{
    const QString last = QSettings().value(lastScenarioKey).toString();
    bool ok = false;
    if (last.startsWith(builtinPrefix)) {
        const QString id = last.mid(builtinPrefix.size());
        ok = ScenarioLibrary::contains(id) && openBuiltin(id);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        ok = openFile(last);
    }
    if (!ok && !openBuiltin(defaultScenario)) {
        const QStringList ids = ScenarioLibrary::ids();
        if (!ids.isEmpty())
            openBuiltin(ids.first());
    }
}

bool ScenarioFiles::openBuiltin(const QString &id)
{
    const ScenarioFile::LoadResult result = ScenarioLibrary::load(id);
    if (!result.ok) {
        emit failed(tr("Cannot Open Scenario"),
                    tr("The built-in scenario “%1” could not be loaded:\n\n%2")
                        .arg(id, result.errors.join(QLatin1Char('\n'))));
        return false;
    }
    use(result.scenario, QString(), id);
    return true;
}

bool ScenarioFiles::openFile(const QString &path)
{
    const ScenarioFile::LoadResult result = ScenarioFile::load(path);
    if (!result.ok) {
        emit failed(tr("Cannot Open Scenario"),
                    tr("“%1” is not a valid scenario file. The current scenario stays open.\n\n%2")
                        .arg(QDir::toNativeSeparators(path),
                             result.errors.join(QLatin1Char('\n'))));
        return false;
    }
    use(result.scenario, QFileInfo(path).absoluteFilePath(), QString());
    m_recentFiles->add(QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenarioFiles::use(const Scenario &scenario, const QString &path, const QString &builtinId)
{
    m_playback->pause();
    m_playback->setTime(0);
    m_document->open(scenario, path, builtinId);
    emit opened();
    SettingsSaver::setValue(lastScenarioKey, builtinId.isEmpty() ? path : builtinPrefix + builtinId);
}

bool ScenarioFiles::saveAs(const QString &path)
{
    QString error;
    if (!ScenarioFile::save(m_document->scenario(), path, &error)) {
        emit failed(tr("Cannot Save Scenario"),
                    tr("The scenario could not be saved to “%1”:\n\n%2")
                        .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->markSaved(absolute);
    m_document->undoStack()->setClean();
    m_recentFiles->add(absolute);
    SettingsSaver::setValue(lastScenarioKey, absolute);
    emit saved(absolute);
    return true;
}

} // namespace tcplab
