#include "worksheet_dialog.h"

#include "export/worksheet_exporter.h"
#include "language_manager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tcplab {

WorksheetDialog::WorksheetDialog(const Trace &trace, const Scenario &scenario, const QString &folder,
                                 const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_trace(trace)
    , m_scenario(scenario)
    , m_language(new QComboBox(this))
    , m_seq(new QCheckBox(tr("&Sequence numbers (seq=)"), this))
    , m_ack(new QCheckBox(tr("&Acknowledgment numbers (ack=)"), this))
    , m_states(new QCheckBox(tr("S&tates on the lifelines"), this))
    , m_timers(new QCheckBox(tr("T&imer lengths"), this))
    , m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("worksheetDialog"));
    setWindowTitle(tr("Export Worksheet"));
    m_language->setObjectName(QStringLiteral("worksheetLanguage"));
    m_path->setObjectName(QStringLiteral("worksheetPath"));
    m_seq->setObjectName(QStringLiteral("blankSeq"));
    m_ack->setObjectName(QStringLiteral("blankAck"));
    m_states->setObjectName(QStringLiteral("blankStates"));
    m_timers->setObjectName(QStringLiteral("blankTimers"));
    for (const QString &code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    setBlanks(LabelBlanks::worksheetDefault());

    m_proposedName = WorksheetExporter::defaultFileName(scenario.id, language);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(m_proposedName)));
    setLanguage(language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &WorksheetDialog::followLanguage);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WorksheetDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *blankBox = new QVBoxLayout;
    for (QCheckBox *box : {m_seq, m_ack, m_states, m_timers}) {
        blankBox->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WorksheetDialog::updateSaveButton);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorksheetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language of the sheet:"), m_language);
    form->addRow(tr("Blank for the students:"), blankBox);
    form->addRow(tr("File:"), pathRow);
    form->addRow(buttons);
    updateSaveButton();
    resize(620, sizeHint().height());
}

QString WorksheetDialog::language() const
{
    return m_language->currentData().toString();
}

void WorksheetDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

LabelBlanks WorksheetDialog::blanks() const
{
    return {m_seq->isChecked(), m_ack->isChecked(), m_states->isChecked(), m_timers->isChecked()};
}

void WorksheetDialog::setBlanks(const LabelBlanks &blanks)
{
    m_seq->setChecked(blanks.seq);
    m_ack->setChecked(blanks.ack);
    m_states->setChecked(blanks.states);
    m_timers->setChecked(blanks.timers);
}

QString WorksheetDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void WorksheetDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void WorksheetDialog::followLanguage()
{
    const QFileInfo info(path());
    if (info.fileName() != m_proposedName)
        return; // a name of the user's own stays
    m_proposedName = WorksheetExporter::defaultFileName(m_scenario.id, language());
    setPath(info.dir().filePath(m_proposedName));
}

void WorksheetDialog::updateSaveButton()
{
    // A sheet with nothing blanked has nothing to fill in: the diagram export makes that.
    if (m_save)
        m_save->setEnabled(blanks().any());
}

void WorksheetDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Worksheet"), path(),
                                                        tr("PDF document (*.pdf)"));
    if (chosen.isEmpty())
        return;
    setPath(QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".pdf") : chosen);
}

bool WorksheetDialog::write(QString *error) const
{
    const QString file = path();
    if (file.isEmpty()) {
        *error = tr("Give the file a name.");
        return false;
    }
    const QFileInfo info(file);
    if (info.isDir()) {
        *error = tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    WorksheetOptions options;
    options.language = language();
    options.blanks = blanks();
    // The writer's message names the file and the problem (a missing folder, no room).
    return WorksheetExporter(m_scenario, m_trace, options).write(file, error);
}

void WorksheetDialog::accept()
{
    QString error;
    if (!write(&error)) {
        emit failed(tr("Export Worksheet"), error);
        return; // the dialog stays open: the name can be changed
    }
    m_written = path();
    QDialog::accept();
}

} // namespace tcplab
