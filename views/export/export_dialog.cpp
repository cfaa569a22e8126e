#include "export/export_dialog.h"

#include "common/duration_text.h"
#include "export/comparison_export.h"

#include "trace/trace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tcplab {

namespace {

const char settingsGroup[] = "export";

QString suffixOf(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

// A moment for a reader: "0 s", "250 ms", "1.5 s", "1 min 1 s" (durationText()).
QString momentText(SimTime t)
{
    return t <= 0 ? QStringLiteral("0 s") : durationText(t);
}

// A moment in a range field: seconds to the millisecond, in a spelling parseDuration()
// reads back ("61.282 s", not "61.28142 s"). Rounded outwards, so the range keeps its
// first and last events.
enum class Rounding { Down, Up };
QString fieldText(SimTime t, Rounding rounding)
{
    SimTime ms = t / usPerMs;
    if (rounding == Rounding::Up && t % usPerMs != 0)
        ++ms;
    QString n = QString::number(double(ms) / 1000.0, 'f', 3);
    while (n.endsWith(QLatin1Char('0')))
        n.chop(1);
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n + QStringLiteral(" s");
}

} // namespace

ExportDialog::ExportDialog(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                           SimTime visibleFrom, SimTime visibleTo, const QString &title,
                           const QStringList &details, QWidget *parent)
    : QDialog(parent), m_trace(trace), m_layoutOptions(layoutOptions), m_visibleFrom(visibleFrom),
      m_visibleTo(visibleTo), m_title(title), m_details(details)
{
    setWindowTitle(tr("Export Diagram"));
    buildUi();
    loadSettings();
    updateEnabled();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
    auto *top = new QVBoxLayout(this);

    auto *fileForm = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_pathLabel = new QLabel(tr("&File:"), this);
    m_pathLabel->setBuddy(m_path);
    fileForm->addRow(m_pathLabel, pathRow);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG drawing"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    fileForm->addRow(tr("F&ormat:"), m_format);

    m_steps = new QCheckBox(tr("Step se&ries: one PNG per step of the range, into a folder"), this);
    m_steps->setObjectName(QStringLiteral("stepSeries"));
    m_steps->setToolTip(tr("Writes step-01.png, step-02.png, … each showing the diagram up to "
                           "one more moment, for slides."));
    fileForm->addRow(QString(), m_steps);
    m_captions = new QCheckBox(tr("With &captions: the narration of each step with its picture"), this);
    m_captions->setObjectName(QStringLiteral("stepCaptions"));
    m_captions->setChecked(true);
    fileForm->addRow(QString(), m_captions);
    m_sideBySide = new QCheckBox(tr("Both runs si&de by side, the first difference marked"), this);
    m_sideBySide->setObjectName(QStringLiteral("sideBySide"));
    m_sideBySide->setToolTip(tr("The two runs of the comparison on screen in one picture."));
    m_sideBySide->setVisible(false); // offered while a comparison is open (setComparison())
    fileForm->addRow(QString(), m_sideBySide);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Diagram"), int(ExportPreset::Standard));
    m_preset->addItem(tr("Slides 16:9"), int(ExportPreset::Slides));
    m_preset->setToolTip(tr("Slides cut the run between events into 1920 × 1080 pages, each with "
                            "the title and its number: one PDF page or one PNG/SVG file per slide "
                            "(slide-01.png, slide-02.png, …)."));
    fileForm->addRow(tr("&Layout:"), m_preset);
    top->addLayout(fileForm);

    auto *png = new QGroupBox(tr("PNG"), this);
    auto *pngForm = new QFormLayout(png);
    m_pngSize = new QComboBox(png);
    m_pngSize->setObjectName(QStringLiteral("pngSize"));
    m_pngSize->addItem(tr("1× (as on screen)"), int(PngSize::Scale1));
    m_pngSize->addItem(tr("2× (sharp on slides and high-DPI screens)"), int(PngSize::Scale2));
    m_pngSize->addItem(tr("Resolution in DPI"), int(PngSize::Dpi));
    m_dpi = new QSpinBox(png);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(48, 768);
    m_dpi->setSingleStep(24);
    m_dpi->setValue(192);
    m_dpi->setSuffix(tr(" dpi"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_pngSize, 1);
    sizeRow->addWidget(m_dpi);
    auto *sizeLabel = new QLabel(tr("Si&ze:"), png); // a row of two widgets gets no buddy by itself
    sizeLabel->setBuddy(m_pngSize);
    pngForm->addRow(sizeLabel, sizeRow);
    m_background = new QComboBox(png);
    m_background->setObjectName(QStringLiteral("background"));
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    pngForm->addRow(tr("&Background:"), m_background);
    top->addWidget(png);

    auto *pdf = new QGroupBox(tr("PDF"), this);
    auto *pdfForm = new QFormLayout(pdf);
    m_pages = new QComboBox(pdf);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addItem(tr("One long page"), int(PdfPageMode::SinglePage));
    m_pages->addItem(tr("A4 pages"), int(PdfPageMode::A4));
    m_pages->addItem(tr("Letter pages"), int(PdfPageMode::Letter));
    m_pages->setToolTip(tr("A4 and Letter split the diagram between events and repeat the "
                           "host names at the top of every page."));
    pdfForm->addRow(tr("&Pages:"), m_pages);
    top->addWidget(pdf);

    auto *range = new QGroupBox(tr("Time range"), this);
    auto *rangeLayout = new QVBoxLayout(range);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeWhole = new QRadioButton(tr("&Whole run"), range);
    m_rangeWhole->setObjectName(QStringLiteral("rangeWhole"));
    m_rangeVisible = new QRadioButton(
        m_visibleFrom >= 0 && m_visibleTo > m_visibleFrom
            ? tr("What the &screen shows (%1 to %2)").arg(momentText(m_visibleFrom), momentText(m_visibleTo))
            : tr("What the &screen shows"),
        range);
    m_rangeVisible->setObjectName(QStringLiteral("rangeVisible"));
    m_rangeVisible->setEnabled(m_visibleFrom >= 0 && m_visibleTo > m_visibleFrom);
    m_rangeBetween = new QRadioButton(tr("Be&tween"), range);
    m_rangeBetween->setObjectName(QStringLiteral("rangeBetween"));
    m_rangeGroup->addButton(m_rangeWhole, int(Range::WholeRun));
    m_rangeGroup->addButton(m_rangeVisible, int(Range::Visible));
    m_rangeGroup->addButton(m_rangeBetween, int(Range::Between));
    m_rangeWhole->setChecked(true);
    m_from = new QLineEdit(range);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit(range);
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setPlaceholderText(tr("e.g. 1.5 s"));
    m_to->setPlaceholderText(tr("e.g. 2 s"));
    m_from->setText(fieldText(m_visibleFrom >= 0 ? m_visibleFrom : 0, Rounding::Down));
    m_to->setText(fieldText(m_visibleTo > 0 ? m_visibleTo : m_trace.endTime, Rounding::Up));
    const QString unitsHelp = tr("A time with its unit: 300ms, 1.5 s, 2min.");
    m_from->setToolTip(unitsHelp);
    m_to->setToolTip(unitsHelp);
    auto *betweenRow = new QHBoxLayout;
    betweenRow->addWidget(m_rangeBetween);
    betweenRow->addWidget(m_from);
    betweenRow->addWidget(new QLabel(tr("and"), range));
    betweenRow->addWidget(m_to);
    rangeLayout->addWidget(m_rangeWhole);
    rangeLayout->addWidget(m_rangeVisible);
    rangeLayout->addLayout(betweenRow);
    top->addWidget(range);

    auto *show = new QGroupBox(tr("Show"), this);
    auto *showLayout = new QHBoxLayout(show);
    m_stateBands = new QCheckBox(tr("State b&ands"), show);
    m_stateBands->setObjectName(QStringLiteral("stateBands"));
    m_timers = new QCheckBox(tr("T&imers"), show);
    m_timers->setObjectName(QStringLiteral("timers"));
    m_legend = new QCheckBox(tr("&Legend"), show);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_titleBlock = new QCheckBox(tr("Title bloc&k"), show);
    m_titleBlock->setObjectName(QStringLiteral("titleBlock"));
    m_titleBlock->setToolTip(tr("The scenario's title and the faults applied, above the diagram."));
    for (QCheckBox *c : {m_stateBands, m_timers, m_legend, m_titleBlock}) {
        c->setChecked(true);
        showLayout->addWidget(c);
    }
    showLayout->addStretch(1);
    top->addWidget(show);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    top->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    // Side by side is a kind of export of its own: choosing it drops the step series and
    // the slides, and either of those drops it. A step series of slides is one slide a step.
    connect(m_steps, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_sideBySide->setChecked(false);
        // A step series goes into a folder, the others into a file: the path proposed
        // follows (the file's folder; a file named after the scenario in the folder).
        const QFileInfo info(path());
        if (on && !info.isDir() && !info.suffix().isEmpty())
            setPath(info.absolutePath());
        else if (!on && info.isDir())
            setPath(QDir(info.absoluteFilePath()).filePath(rememberedBaseName() + QLatin1Char('.') + suffixOf(format())));
        updateEnabled();
    });
    connect(m_sideBySide, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_steps->setChecked(false);
            m_preset->setCurrentIndex(m_preset->findData(int(ExportPreset::Standard)));
        }
        updateEnabled();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (isSlides())
            m_sideBySide->setChecked(false);
        updateEnabled();
    });
    connect(m_pngSize, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_rangeGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateEnabled);
    // Typing a time picks "between".
    for (QLineEdit *e : {m_from, m_to})
        connect(e, &QLineEdit::textEdited, this, [this] { m_rangeBetween->setChecked(true); });
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(QLatin1String(settingsGroup));
    const auto pick = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    m_syncing = true;
    pick(m_format, s.value(QStringLiteral("format"), int(ExportFormat::Png)).toInt());
    pick(m_pngSize, s.value(QStringLiteral("pngSize"), int(PngSize::Scale1)).toInt());
    m_dpi->setValue(s.value(QStringLiteral("dpi"), 192).toInt());
    pick(m_background, s.value(QStringLiteral("transparent"), false).toBool());
    pick(m_pages, s.value(QStringLiteral("pages"), int(PdfPageMode::SinglePage)).toInt());
    m_stateBands->setChecked(s.value(QStringLiteral("stateBands"), true).toBool());
    m_timers->setChecked(s.value(QStringLiteral("timers"), true).toBool());
    m_legend->setChecked(s.value(QStringLiteral("legend"), true).toBool());
    m_titleBlock->setChecked(s.value(QStringLiteral("titleBlock"), true).toBool());
    m_steps->setChecked(s.value(QStringLiteral("stepSeries"), false).toBool());
    m_captions->setChecked(s.value(QStringLiteral("stepCaptions"), true).toBool());
    // The range of the last export belongs to another moment of another run: only the
    // kind of range is remembered, and "the screen" only where there is one.
    const auto r = Range(s.value(QStringLiteral("range"), int(Range::WholeRun)).toInt());
    if (r == Range::Visible && m_rangeVisible->isEnabled())
        m_rangeVisible->setChecked(true);
    else if (r == Range::Between)
        m_rangeBetween->setChecked(true);

    // The first time: the Pictures folder, where there is one.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString folder = s.value(QStringLiteral("folder"),
                                   QFileInfo(pictures).isDir() ? pictures : QDir::homePath())
                               .toString();
    // The file is named after what it shows: the scenario and the language of its words
    // (lost-final-ack.zh_CN.png), so exports of several lessons do not overwrite each other.
    const QString base = s.value(baseNameKey(), defaultBaseName()).toString();
    m_syncing = false;
    if (m_steps->isChecked())
        m_path->setText(QDir::toNativeSeparators(folder));
    else
        m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(base + QLatin1Char('.') + suffixOf(format()))));
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(QLatin1String(settingsGroup));
    s.setValue(QStringLiteral("format"), int(format()));
    s.setValue(QStringLiteral("pngSize"), m_pngSize->currentData().toInt());
    if (!isStepSeries() && !isSlides())
        s.setValue(baseNameKey(), QFileInfo(path()).completeBaseName());
    s.setValue(QStringLiteral("dpi"), m_dpi->value());
    s.setValue(QStringLiteral("transparent"), m_background->currentData().toBool());
    s.setValue(QStringLiteral("pages"), m_pages->currentData().toInt());
    s.setValue(QStringLiteral("stateBands"), m_stateBands->isChecked());
    s.setValue(QStringLiteral("timers"), m_timers->isChecked());
    s.setValue(QStringLiteral("legend"), m_legend->isChecked());
    s.setValue(QStringLiteral("titleBlock"), m_titleBlock->isChecked());
    s.setValue(QStringLiteral("stepSeries"), isStepSeries());
    if (isStepSeries() && m_captions->isEnabled())
        s.setValue(QStringLiteral("stepCaptions"), m_captions->isChecked());
    s.setValue(QStringLiteral("range"), int(range()));
    const QFileInfo info(path());
    if (isStepSeries()) {
        s.setValue(QStringLiteral("folder"), info.absoluteFilePath());
    } else {
        s.setValue(QStringLiteral("folder"), info.absolutePath());
    }
}

void ExportDialog::updateEnabled()
{
    const bool steps = isStepSeries();
    // A step series is a set of PNG slides.
    if (steps && format() != ExportFormat::Png) {
        m_syncing = true;
        m_format->setCurrentIndex(m_format->findData(int(ExportFormat::Png)));
        m_syncing = false;
    }
    m_format->setEnabled(!steps);
    m_pathLabel->setText(steps ? tr("&Folder:") : tr("&File:"));
    // Slides have their own size and pages.
    const bool slides = isSlides();
    m_captions->setEnabled(steps && !m_stepCaptions.isEmpty());
    m_sideBySide->setVisible(m_comparedTrace != nullptr);
    const bool isPng = format() == ExportFormat::Png && !slides;
    m_pngSize->setEnabled(isPng);
    m_dpi->setEnabled(isPng && m_pngSize->currentData().toInt() == int(PngSize::Dpi));
    m_background->setEnabled(isPng);
    m_pages->setEnabled(format() == ExportFormat::Pdf && !slides);
    const bool between = range() == Range::Between;
    m_from->setEnabled(between);
    m_to->setEnabled(between);
}

void ExportDialog::formatChosen()
{
    updateEnabled();
    if (m_syncing || isStepSeries())
        return;
    // The file name follows the chosen format.
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString renamed = info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.')
                            + suffixOf(format());
    m_syncing = true;
    m_path->setText(QDir::toNativeSeparators(info.suffix().isEmpty() ? current + QLatin1Char('.') + suffixOf(format())
                                                                     : renamed));
    m_syncing = false;
}

void ExportDialog::pathEdited()
{
    if (m_syncing || isStepSeries())
        return;
    // …and the format follows the file name, when it names one.
    if (const auto f = exportFormatForPath(path())) {
        m_syncing = true;
        setFormat(*f);
        m_syncing = false;
        updateEnabled();
    }
}

void ExportDialog::browse()
{
    if (isStepSeries()) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Step Images"), path());
        if (!dir.isEmpty())
            setPath(dir);
        return;
    }
    const QString filters = tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)")
                            + QStringLiteral(";;") + tr("PDF document (*.pdf)");
    QString selected = format() == ExportFormat::Svg   ? tr("SVG drawing (*.svg)")
                       : format() == ExportFormat::Pdf ? tr("PDF document (*.pdf)")
                                                       : tr("PNG image (*.png)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"), path(), filters, &selected);
    if (chosen.isEmpty())
        return;
    if (!exportFormatForPath(chosen)) {
        // No extension typed: take the one of the chosen filter.
        const ExportFormat f = selected.contains(QLatin1String("*.svg"))   ? ExportFormat::Svg
                               : selected.contains(QLatin1String("*.pdf")) ? ExportFormat::Pdf
                                                                           : ExportFormat::Png;
        if (QFileInfo(chosen).suffix().isEmpty())
            chosen += QLatin1Char('.') + suffixOf(f);
    }
    setPath(chosen);
}

DiagramExportOptions ExportDialog::options() const
{
    DiagramExportOptions o;
    switch (PngSize(m_pngSize->currentData().toInt())) {
    case PngSize::Scale1: o.scale = 1; break;
    case PngSize::Scale2: o.scale = 2; break;
    case PngSize::Dpi: o.dpi = m_dpi->value(); break;
    }
    o.transparent = m_background->currentData().toBool();
    o.pdfPages = PdfPageMode(m_pages->currentData().toInt());
    o.stateBands = m_stateBands->isChecked();
    o.timers = m_timers->isChecked();
    o.legend = m_legend->isChecked();
    o.titleBlock = m_titleBlock->isChecked();
    o.title = m_title;
    o.details = m_details;
    o.language = exportLanguage(m_language);
    o.preset = isSlides() ? ExportPreset::Slides : ExportPreset::Standard;
    switch (range()) {
    case Range::WholeRun:
        break;
    case Range::Visible:
        o.from = m_visibleFrom;
        o.to = m_visibleTo;
        break;
    case Range::Between: {
        SimTime t = -1;
        o.from = parseDuration(m_from->text(), &t) ? t : -1;
        o.to = parseDuration(m_to->text(), &t) ? t : -1;
        break;
    }
    }
    return o;
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat f)
{
    m_format->setCurrentIndex(m_format->findData(int(f)));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setPath(const QString &p)
{
    m_path->setText(QDir::toNativeSeparators(p));
    pathEdited();
}

bool ExportDialog::isStepSeries() const
{
    return m_steps->isChecked();
}

void ExportDialog::setStepSeries(bool on)
{
    m_steps->setChecked(on);
}

ExportDialog::Range ExportDialog::range() const
{
    const int id = m_rangeGroup->checkedId();
    return id < 0 ? Range::WholeRun : Range(id);
}

void ExportDialog::setRange(Range r)
{
    if (QAbstractButton *b = m_rangeGroup->button(int(r)))
        b->setChecked(true);
}

QString ExportDialog::rangeError() const
{
    if (range() != Range::Between)
        return QString();
    SimTime from = 0;
    SimTime to = 0;
    if (!parseDuration(m_from->text(), &from))
        return tr("The start time \"%1\" is not a time. Write a number and a unit, e.g. 1.5 s or 300ms.")
            .arg(m_from->text());
    if (!parseDuration(m_to->text(), &to))
        return tr("The end time \"%1\" is not a time. Write a number and a unit, e.g. 2 s or 800ms.")
            .arg(m_to->text());
    if (to <= from)
        return tr("The end time (%1) must come after the start time (%2).").arg(m_to->text(), m_from->text());
    return QString();
}

bool ExportDialog::exportNow()
{
    m_written.clear();
    if (const QString problem = rangeError(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    if (path().isEmpty()) {
        showError(isStepSeries() ? tr("Choose a folder for the step images.") : tr("Choose a file to export to."));
        return false;
    }
    QString error;
    DiagramExporter exporter(m_trace, m_layoutOptions, options());
    bool ok = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (isSlides() && !isStepSeries()) {
        m_written.clear();
        ok = exporter.writeSlides(path(), &m_written, &error);
    } else if (isStepSeries()) {
        if (writesStepCaptions())
            exporter.setStepCaptions(m_stepCaptions);
        ok = exporter.writeSteps(path(), &m_written, &error);
    } else if (isSideBySide()) {
        if (exporter.isRangeEmpty()) {
            error = DiagramExporter::tr("Nothing to export: the chosen time range contains no events.");
        } else {
            const ComparisonExporter comparison(m_trace, m_leftTitle, *m_comparedTrace, m_rightTitle,
                                                m_layoutOptions, options());
            ok = comparison.write(path(), &error);
        }
        if (ok)
            m_written = {path()};
    } else {
        ok = exporter.write(path(), &error);
        if (ok)
            m_written = {path()};
    }
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return false;
    }
    saveSettings();
    emit exported(m_written);
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

void ExportDialog::showError(const QString &message)
{
    m_lastError = message;
    emit exportFailed(message);
    // Window-modal and not exec(): the dialog keeps its choices and stays open.
    if (!m_errorBox) {
        m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), QString(), QMessageBox::Ok, this);
        m_errorBox->setObjectName(QStringLiteral("exportError"));
    }
    m_errorBox->setText(message);
    m_errorBox->open();
}

void copyDiagramToClipboard(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                            const DiagramExportOptions &options)
{
    QGuiApplication::clipboard()->setImage(DiagramExporter(trace, layoutOptions, options).renderImage());
}

} // namespace tcplab

namespace tcplab {

void ExportDialog::setScenarioId(const QString &id, const QString &language)
{
    QSettings s;
    s.beginGroup(QLatin1String(settingsGroup));
    const QString before = s.value(baseNameKey(), defaultBaseName()).toString();
    m_scenarioId = id;
    m_language = language;
    // A path that still has the name proposed before is renamed (to the name last used
    // for this scenario, or the one made of its id); one the user typed stays.
    const QFileInfo info(path());
    if (!isStepSeries() && !isSlides() && info.completeBaseName() == before) {
        const QString base = s.value(baseNameKey(), defaultBaseName()).toString();
        setPath(info.dir().filePath(base + QLatin1Char('.') + info.suffix()));
    }
}

QString ExportDialog::baseNameKey() const
{
    // Remembered per scenario: exporting another lesson proposes that lesson's name.
    return m_scenarioId.isEmpty() ? QStringLiteral("baseName")
                                  : QStringLiteral("baseName/") + m_scenarioId + QLatin1Char('.')
                                        + exportLanguage(m_language);
}

QString ExportDialog::rememberedBaseName() const
{
    QSettings s;
    s.beginGroup(QLatin1String(settingsGroup));
    return s.value(baseNameKey(), defaultBaseName()).toString();
}

QString ExportDialog::defaultBaseName() const
{
    if (m_scenarioId.isEmpty())
        return QStringLiteral("tcplab-diagram");
    return m_scenarioId + QLatin1Char('.') + exportLanguage(m_language);
}

void ExportDialog::setStepCaptions(const QHash<SimTime, QString> &captionsByTime)
{
    m_stepCaptions = captionsByTime;
    updateEnabled();
}

bool ExportDialog::writesStepCaptions() const
{
    return isStepSeries() && !m_stepCaptions.isEmpty() && m_captions->isChecked();
}

void ExportDialog::setComparison(const Trace *other, const QString &leftTitle, const QString &rightTitle)
{
    m_comparedTrace = other;
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    if (!other)
        m_sideBySide->setChecked(false);
    updateEnabled();
}

bool ExportDialog::isSideBySide() const
{
    return m_comparedTrace && m_sideBySide->isChecked();
}

void ExportDialog::setSideBySide(bool on)
{
    m_sideBySide->setChecked(on && m_comparedTrace);
}

bool ExportDialog::isSlides() const
{
    return m_preset && ExportPreset(m_preset->currentData().toInt()) == ExportPreset::Slides;
}

} // namespace tcplab
