#pragma once

#include "export/worksheet_text_flow.h"
#include "scenario/scenario.h"
#include "sequence/label_blanks.h"
#include "teach/question.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace tcplab {

class DiagramExporter;
class Trace;

// What a worksheet is made of.
struct WorksheetOptions {
    QString language = QStringLiteral("en"); // "zh_CN" or "en": every word on the sheet
    LabelBlanks blanks = LabelBlanks::worksheetDefault();
};

// A printable worksheet for homework, as an A4 PDF: the run's sequence diagram with the
// chosen label parts blanked (numbered, to fill in) under the scenario's title and a name
// line; then the "predict, then see" questions of the run, choices lettered A–D; then, from
// a page of its own, the answer key: each blank's value and each question's letter and
// explanation. Everything is read from the run, so a learner's own edits make their own
// sheet, and the same run gives the same sheet.
//
// The words are in options.language whatever the program's language is: the constructor
// and write() put that language's catalogue in place while they work.
class WorksheetExporter
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::WorksheetExporter)

public:
    // `trace` is the run of `scenario` and must outlive the exporter.
    WorksheetExporter(const Scenario &scenario, const Trace &trace, const WorksheetOptions &options);
    ~WorksheetExporter();

    // The blanks as numbered in the diagram, with their values.
    const QList<BlankField> &blanks() const { return m_blanks; }
    const QList<Question> &questions() const { return m_questions; }
    int diagramPageCount() const;
    int pageCount() const;
    // The answer key's lines: "① seq=1000", …, then "1. B — …" (translated).
    QStringList answerKeyLines() const;

    // Writes the PDF atomically (ImageFileWriter): on failure returns false, *error names
    // the file and the problem, and a file that was there is left as it was.
    bool write(const QString &path, QString *error) const;

    // "lost-final-ack.worksheet.zh_CN.pdf"
    static QString defaultFileName(const QString &scenarioId, const QString &language);
    // What a blank holds, as the key prints it: "seq=1000", "TIME-WAIT", "2MSL 60 s".
    static QString blankAnswer(const BlankField &blank, const class SequenceLayout &layout);

private:
    double headingHeight() const;
    void paintHeading(class QPainter *p) const;
    void paintPage(class QPainter *p, int page) const;
    void buildText();

    const Scenario &m_scenario;
    const Trace &m_trace;
    WorksheetOptions m_options;
    std::unique_ptr<DiagramExporter> m_diagram;
    QList<BlankField> m_blanks;
    QList<Question> m_questions;
    std::unique_ptr<WorksheetTextFlow> m_text;
    QStringList m_keyLines;
    QString m_title;
    QStringList m_details;
};

} // namespace tcplab
