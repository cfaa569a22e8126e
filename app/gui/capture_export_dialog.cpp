#include "capture_export_dialog.h"

#include "capture/capture_writer.h"

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

CaptureExportDialog::CaptureExportDialog(const Trace &trace, const Scenario &scenario,
                                         const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_trace(trace)
    , m_scenario(scenario)
    , m_point(new QComboBox(this))
    , m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("captureExportDialog"));
    setWindowTitle(tr("Export Capture"));
    m_point->setObjectName(QStringLiteral("capturePoint"));
    m_path->setObjectName(QStringLiteral("capturePath"));
    m_point->addItem(tr("On the wire: every segment once, in the middle of its way"),
                     QStringLiteral("wire"));
    for (const HostInfo &host : trace.hosts) {
        m_point->addItem(tr("At %1's interface: what %1 sent and what reached it").arg(host.name),
                         host.name);
    }
    m_path->setText(QDir(folder).filePath(defaultFileName(scenario)));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &CaptureExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaptureExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Capture point:"), m_point);
    form->addRow(tr("File:"), pathRow);
    form->addRow(buttons);
    resize(620, sizeHint().height());
}

QString CaptureExportDialog::defaultFileName(const Scenario &scenario)
{
    const QString id = scenario.id.isEmpty() ? QStringLiteral("run") : scenario.id;
    return id + QStringLiteral(".pcapng");
}

QString CaptureExportDialog::path() const
{
    return m_path->text().trimmed();
}

void CaptureExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

CapturePoint CaptureExportDialog::point() const
{
    CapturePoint point = CapturePoint::onWire();
    CapturePoint::parse(m_point->currentData().toString(), m_trace, &point);
    return point;
}

bool CaptureExportDialog::setPoint(const QString &name)
{
    const int index = m_point->findData(name);
    if (index < 0)
        return false;
    m_point->setCurrentIndex(index);
    return true;
}

void CaptureExportDialog::browse()
{
    const QString pcapng = tr("pcapng capture (*.pcapng)");
    const QString pcap = tr("pcap capture, the classic format (*.pcap)");
    QString filter = path().endsWith(QLatin1String(".pcap"), Qt::CaseInsensitive) ? pcap : pcapng;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Capture"), path(),
                                                        pcapng + QStringLiteral(";;") + pcap, &filter);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    // The filter chosen gives a name without an extension its format.
    if (QFileInfo(file).suffix().isEmpty())
        file += filter == pcap ? QStringLiteral(".pcap") : QStringLiteral(".pcapng");
    m_path->setText(file);
}

bool CaptureExportDialog::write(QString *error) const
{
    const QString file = path();
    if (file.isEmpty()) {
        *error = tr("Give the file a name.");
        return false;
    }
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    CaptureWriter writer(m_trace);
    writer.setPoint(point());
    writer.setFormat(captureFormatForPath(file));
    writer.setDescription(CaptureDescription::fromScenario(m_scenario));
    QString problem;
    if (!writer.write(file, &problem)) {
        *error = tr("The capture could not be written: %1").arg(problem);
        return false;
    }
    return true;
}

void CaptureExportDialog::accept()
{
    QString error;
    if (!write(&error)) {
        emit failed(tr("Export Capture"), error);
        return; // the dialog stays open: the name can be changed
    }
    m_written = path();
    QDialog::accept();
}

} // namespace tcplab
