#pragma once

#include "scenario/scenario.h"
#include "sequence/label_blanks.h"
#include "trace/trace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tcplab {

// File ▸ Export Worksheet…: the run on screen (with the learner's edits) as a printable
// worksheet, the same PDF `tcplab-cli worksheet` writes: the language of the sheet, which
// labels are blanked, and the file, named <scenario-id>.worksheet.<lang>.pdf in the folder
// of the last export. A failed write leaves the dialog open and reports through failed().
class WorksheetDialog : public QDialog
{
    Q_OBJECT
public:
    WorksheetDialog(const Trace &trace, const Scenario &scenario, const QString &folder,
                    const QString &language, QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &code);
    LabelBlanks blanks() const;
    void setBlanks(const LabelBlanks &blanks);
    QString path() const;
    void setPath(const QString &path);

    // Writes the worksheet. False with *error set (in the window's language).
    bool write(QString *error) const;
    // The file written by the last successful accept().
    QString writtenPath() const { return m_written; }

public slots:
    void accept() override;

signals:
    void failed(const QString &title, const QString &text);

private:
    void browse();
    // A path still named as proposed follows the language: ….worksheet.en.pdf → ….zh_CN.pdf.
    void followLanguage();
    void updateSaveButton();

    const Trace &m_trace;
    const Scenario &m_scenario;
    QComboBox *m_language;
    QCheckBox *m_seq;
    QCheckBox *m_ack;
    QCheckBox *m_states;
    QCheckBox *m_timers;
    QLineEdit *m_path;
    class QPushButton *m_save = nullptr;
    QString m_proposedName;
    QString m_written;
};

} // namespace tcplab
