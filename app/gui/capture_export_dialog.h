#pragma once

#include "capture/capture_point.h"
#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tcplab {

// File ▸ Export Capture…: the run's segments as Wireshark reads them, seen from one capture
// point (on the wire, or at a host's interface), into a .pcapng or .pcap file (the
// extension chooses the format). The file is written atomically (CaptureWriter::write): a
// failed write leaves nothing half written, and the dialog stays open with the error.
class CaptureExportDialog : public QDialog
{
    Q_OBJECT
public:
    CaptureExportDialog(const Trace &trace, const Scenario &scenario, const QString &folder,
                        QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    CapturePoint point() const;
    // Chooses the point by its command-line name ("wire", "A", "B"); false if there is none.
    bool setPoint(const QString &name);
    // What the default file is named: the scenario's id, "lost-final-ack.pcapng".
    static QString defaultFileName(const Scenario &scenario);

    // Writes the file. False with *error set (in the window's language).
    bool write(QString *error) const;
    // The file written by the last successful accept().
    QString writtenPath() const { return m_written; }

public slots:
    void accept() override;

signals:
    void failed(const QString &title, const QString &text);

private:
    void browse();

    const Trace &m_trace;
    const Scenario &m_scenario;
    QComboBox *m_point;
    QLineEdit *m_path;
    QString m_written;
};

} // namespace tcplab
