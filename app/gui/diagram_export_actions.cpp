#include "diagram_export_actions.h"

#include "action_table.h"
#include "export/export_dialog.h"
#include "export/step_captions.h"
#include "language_manager.h"
#include "playback_controller.h"
#include "scenario_document.h"
#include "sequence/comparison_view.h"
#include "sequence/sequence_diagram_view.h"
#include "settings_saver.h"
#include "worksheet_dialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace tcplab {

DiagramExportActions::DiagramExportActions(const ActionTable &actions, ScenarioDocument *document,
                                           SequenceDiagramView *view, ComparisonView *comparison,
                                           PlaybackController *playback, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_view(view)
    , m_comparison(comparison)
    , m_playback(playback)
    , m_window(window)
{
    connect(actions.action(ActionId::ExportDiagram), &QAction::triggered, this,
            &DiagramExportActions::exportDiagram);
    connect(actions.action(ActionId::CopyDiagram), &QAction::triggered, this,
            &DiagramExportActions::copyDiagram);
    connect(actions.action(ActionId::ExportWorksheet), &QAction::triggered, this,
            &DiagramExportActions::exportWorksheet);
}

void DiagramExportActions::exportWorksheet()
{
    m_playback->pause();
    // The folder of the last diagram export (ExportDialog keeps it), where the pictures of
    // a lesson go; the documents folder the first time.
    const QString key = QStringLiteral("export/folder");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder =
        QSettings().value(key, QFileInfo(documents).isDir() ? documents : QDir::homePath()).toString();
    WorksheetDialog dialog(m_document->trace(), m_document->scenario(), folder,
                           LanguageManager::currentLanguage(), m_window);
    connect(&dialog, &WorksheetDialog::failed, this, &DiagramExportActions::failed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SettingsSaver::setValue(key, QFileInfo(dialog.writtenPath()).absolutePath());
    m_window->statusBar()->showMessage(
        tr("Exported %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 5000);
}

void DiagramExportActions::exportDiagram()
{
    m_playback->pause();
    const SequenceLayout &layout = m_view->diagramLayout();
    // The time range on screen, offered as the "visible part" choice: while a comparison
    // is shown, what its panes show (the single diagram is hidden behind it, scrolled
    // wherever it was left).
    SimTime from = layout.axis.yToTime(m_view->toDiagram(QPoint(0, 0)).y());
    SimTime to = layout.axis.yToTime(m_view->toDiagram(QPoint(0, m_view->viewport()->height())).y());
    if (m_comparison->isVisibleTo(m_window)) {
        if (const auto [shownFrom, shownTo] = m_comparison->shownTimeRange(); shownFrom >= 0) {
            from = shownFrom;
            to = shownTo;
        }
    }
    const Scenario &scenario = m_document->scenario();
    const QStringList details = exportDetails(m_document->trace(), scenario.faults, scenario.protocol.variant);
    ExportDialog dialog(m_document->trace(), layout.options, std::max<SimTime>(0, from),
                        std::max(from, to), scenario.title.text(LanguageManager::currentLanguage()),
                        details, m_window);
    const QString language = LanguageManager::currentLanguage();
    dialog.setScenarioId(scenario.id, language);
    dialog.setStepCaptions(stepCaptions(m_document->trace(), scenario, language));
    if (m_document->comparison() != CompareWith::Nothing) {
        dialog.setComparison(&m_document->comparisonTrace(), m_comparison->leftTitle(),
                             m_comparison->rightTitle());
    }
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenFiles().isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Exported %1").arg(QDir::toNativeSeparators(dialog.writtenFiles().constFirst())),
            5000);
    }
}

void DiagramExportActions::copyDiagram()
{
    const Scenario &scenario = m_document->scenario();
    DiagramExportOptions options;
    options.title = scenario.title.text(LanguageManager::currentLanguage());
    options.details = exportDetails(m_document->trace(), scenario.faults, scenario.protocol.variant);
    copyDiagramToClipboard(m_document->trace(), m_view->diagramLayout().options, options);
    m_window->statusBar()->showMessage(tr("The diagram is on the clipboard."), 4000);
}

} // namespace tcplab
