#include "capture_actions.h"

#include "action_table.h"
#include "capture/capture_story.h"
#include "capture_export_dialog.h"
#include "playback_controller.h"
#include "scenario_document.h"
#include "settings_saver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace tcplab {

namespace {

const QString captureFolderKey = QStringLiteral("captureFolder");

// The docks whose panels change the story (PanelDocks' object names).
const char *const editingDocks[] = {"faultDock", "actionDock", "settingsDock"};

QString folderSetting()
{
    const QString saved = QSettings().value(captureFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The scenario a capture that cannot be told is shown with: its two hosts, no actions.
Scenario hostsOnly(const ObservedConnection &connection)
{
    Scenario scenario;
    scenario.id = QStringLiteral("capture");
    for (const HostInfo &info : connection.trace.hosts) {
        HostSpec host;
        host.name = info.name;
        host.address = info.address;
        scenario.hosts.append(host);
    }
    return scenario;
}

} // namespace

CaptureActions::CaptureActions(const ActionTable &actions, ScenarioDocument *document,
                               PlaybackController *playback, ConnectionQuestion askConnection,
                               ReplaceQuestion mayReplace, QMainWindow *window)
    : QObject(window)
    , m_actions(actions)
    , m_document(document)
    , m_playback(playback)
    , m_askConnection(std::move(askConnection))
    , m_mayReplace(std::move(mayReplace))
    , m_window(window)
{
    connect(actions.action(ActionId::OpenCapture), &QAction::triggered, this, &CaptureActions::openDialog);
    connect(actions.action(ActionId::ExportCapture), &QAction::triggered, this, &CaptureActions::exportCapture);
    connect(m_document, &ScenarioDocument::opened, this, &CaptureActions::updateActions);
    connect(m_document, &ScenarioDocument::traceChanged, this, &CaptureActions::updateActions);
}

QString CaptureActions::editingDisabledReason()
{
    return tr("This is a capture: it shows what happened on a real network, so its segments "
              "cannot be dropped, delayed or duplicated. Use View ▸ Compare ▸ With the Model to "
              "see the simulated run of the same story.");
}

void CaptureActions::openDialog()
{
    if (m_mayReplace && !m_mayReplace())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Capture"), folderSetting(),
        tr("Captures (*.pcapng *.pcap *.cap);;All files (*)"));
    if (!path.isEmpty())
        openCapture(path);
}

bool CaptureActions::isCaptureFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pcapng") || suffix == QLatin1String("pcap") || suffix == QLatin1String("cap");
}

bool CaptureActions::openCapture(const QString &path)
{
    CaptureImporter::Listing listing;
    QString error;
    if (!CaptureImporter::list(path, &listing, &error)) {
        emit failed(tr("Cannot Open Capture"),
                    tr("“%1” could not be read as a capture:\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (listing.conversations.isEmpty()) {
        QString text = tr("“%1” holds no TCP connection.").arg(QDir::toNativeSeparators(path));
        if (listing.stats.frames > 0)
            text += QLatin1Char(' ') + tr("%n frame(s) read.", nullptr, int(listing.stats.frames));
        emit failed(tr("Cannot Open Capture"), text);
        return false;
    }
    const int index = m_askConnection ? m_askConnection(path, listing) : 1;
    if (index < 1)
        return false;
    return openConnection(path, index);
}

bool CaptureActions::openConnection(const QString &path, int index)
{
    ObservedConnection connection;
    CaptureImporter::Listing listing;
    QString error;
    if (!CaptureImporter::observe(path, index, std::nullopt, &connection, &listing, &error)) {
        emit failed(tr("Cannot Open Capture"),
                    tr("Connection %1 of “%2” could not be read:\n\n%3")
                        .arg(index)
                        .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Scenario story;
    const CaptureStory::Outcome outcome = CaptureStory::infer(connection, &story);
    if (outcome != CaptureStory::Outcome::Told)
        story = hostsOnly(connection);
    m_playback->pause();
    m_playback->setTime(0);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->openCapture(connection, story, outcome, absolute);
    SettingsSaver::setValue(captureFolderKey, QFileInfo(absolute).absolutePath());
    emit opened(absolute);
    return true;
}

void CaptureActions::exportCapture()
{
    m_playback->pause();
    CaptureExportDialog dialog(m_document->trace(), m_document->scenario(), folderSetting(), m_window);
    connect(&dialog, &CaptureExportDialog::failed, this, &CaptureActions::failed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SettingsSaver::setValue(captureFolderKey, QFileInfo(dialog.writtenPath()).absolutePath());
    m_window->statusBar()->showMessage(
        tr("Exported %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 5000);
}

void CaptureActions::retranslate()
{
    updateActions();
}

void CaptureActions::updateActions()
{
    const bool capture = m_document->isCapture();
    auto tableToolTip = [](ActionId id) {
        const ActionSpec &spec = ActionTable::spec(id);
        return spec.toolTip ? QCoreApplication::translate("tcplab::MainWindow", spec.toolTip)
                            : ActionTable::withoutMnemonic(
                                  QCoreApplication::translate("tcplab::MainWindow", spec.text));
    };
    const QString notAScenario =
        tr("This is a capture, not a scenario: there is nothing of yours to save. Its story can be "
           "run with View ▸ Compare ▸ With the Model.");
    for (ActionId id : {ActionId::Save, ActionId::SaveAs}) {
        QAction *a = m_actions.action(id);
        a->setEnabled(!capture);
        a->setToolTip(capture ? notAScenario : tableToolTip(id));
    }
    QAction *exportAction = m_actions.action(ActionId::ExportCapture);
    exportAction->setEnabled(!capture);
    exportAction->setToolTip(capture ? tr("This is a capture already: the file it came from holds "
                                          "these segments.")
                                     : tableToolTip(ActionId::ExportCapture));
    for (const char *name : editingDocks) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        if (!dock || !dock->widget())
            continue;
        dock->widget()->setEnabled(!capture);
        dock->widget()->setToolTip(capture ? editingDisabledReason() : QString());
    }
}

} // namespace tcplab
