#pragma once

#include "export/diagram_export.h"
#include "export/export_details.h"
#include "sim/fault_plan.h"
#include "settings/protocol_settings.h"
#include "sequence/sequence_layout.h"
#include "sim/sim_time.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace tcplab {

class Trace;

// File ▸ Export diagram…: the sequence diagram as PNG, SVG or PDF (or one PNG per step of
// a range with its narration as a caption, or 16:9 slides; or, while a comparison is open,
// both runs side by side). The choices are remembered in QSettings (group "export"). An
// export that fails says why in a message box and leaves the dialog open, so nothing is
// lost.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Range { WholeRun, Visible, Between };
    enum class PngSize { Scale1, Scale2, Dpi };

    // `visibleFrom`/`visibleTo`: the range the screen shows. `title` and `details` head
    // the picture's title block (the scenario's title; the faults applied, the variant).
    ExportDialog(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                 SimTime visibleFrom, SimTime visibleTo, const QString &title,
                 const QStringList &details, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the widgets say. A range bound that does not parse is -1 (see rangeError()).
    DiagramExportOptions options() const;
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;        // the file, or the folder in step-series mode
    void setPath(const QString &path);
    bool isStepSeries() const;
    // Slides 16:9 (the Layout choice): see ExportPreset::Slides.
    bool isSlides() const;
    // The scenario shown and the language of the words: the proposed file is named after
    // them (lost-final-ack.zh_CN.png) and Chinese is set in the Simplified Chinese face.
    void setScenarioId(const QString &id, const QString &language);
    void setStepSeries(bool on);
    // The narration of each step, by its moment (stepCaptions()): a step series offers to
    // write it under each picture. Empty: no captions to offer.
    void setStepCaptions(const QHash<SimTime, QString> &captionsByTime);
    // Whether the step series writes the captions (offered and chosen).
    bool writesStepCaptions() const;
    // The run the window compares with (View ▸ Compare), not owned; null: none. With one,
    // the dialog offers both runs side by side in one picture, the first difference marked
    // (ComparisonExporter), under the column titles the window shows.
    void setComparison(const Trace *other, const QString &leftTitle, const QString &rightTitle);
    bool isSideBySide() const;
    void setSideBySide(bool on);
    Range range() const;
    void setRange(Range range);
    // Empty when the range fields are valid; else what is wrong with them (translated).
    QString rangeError() const;

    // The last problem shown, and the files the last successful export wrote.
    QString lastError() const { return m_lastError; }
    QStringList writtenFiles() const { return m_written; }

    // Runs the export with the current choices. On failure shows the message (in a
    // window-modal box, the dialog stays open) and returns false.
    bool exportNow();

public slots:
    void accept() override;

signals:
    void exported(const QStringList &paths);
    void exportFailed(const QString &message);

private:
    void buildUi();
    void loadSettings();
    void saveSettings() const;
    void updateEnabled();
    void browse();
    void formatChosen();
    void pathEdited();
    void showError(const QString &message);
    QString defaultBaseName() const;
    QString baseNameKey() const;
    // The name last used for this scenario's exports, or the one made of its id.
    QString rememberedBaseName() const;

    const Trace &m_trace;
    SequenceLayoutOptions m_layoutOptions;
    SimTime m_visibleFrom = -1;
    SimTime m_visibleTo = -1;
    QString m_title;
    QStringList m_details;
    QString m_scenarioId;
    QString m_language;
    QString m_lastError;
    QStringList m_written;
    QHash<SimTime, QString> m_stepCaptions;
    const Trace *m_comparedTrace = nullptr;
    QString m_leftTitle;
    QString m_rightTitle;
    bool m_syncing = false;

    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_pathLabel = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_steps = nullptr;
    QCheckBox *m_captions = nullptr;
    QCheckBox *m_sideBySide = nullptr;
    QComboBox *m_pngSize = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_background = nullptr;
    QComboBox *m_pages = nullptr;
    QButtonGroup *m_rangeGroup = nullptr;
    QRadioButton *m_rangeWhole = nullptr;
    QRadioButton *m_rangeVisible = nullptr;
    QRadioButton *m_rangeBetween = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QCheckBox *m_stateBands = nullptr;
    QCheckBox *m_timers = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_titleBlock = nullptr;
    QMessageBox *m_errorBox = nullptr;
};

// Edit ▸ Copy as image (Ctrl+Shift+C): the diagram as a picture on the clipboard.
void copyDiagramToClipboard(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                            const DiagramExportOptions &options);

} // namespace tcplab
