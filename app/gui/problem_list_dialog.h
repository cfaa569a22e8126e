#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace tcplab {

// An error with a list of problems, such as a scenario file with 200 bad keys: the summary
// above the problems, which scroll in a list of their own, so the dialog fits the screen
// whatever their number (a QMessageBox grows with its text until it is taller than the
// screen and its buttons are out of reach). A button copies it all as plain text, to fix
// the file in an editor or to paste into a bug report.
class ProblemListDialog : public QDialog
{
    Q_OBJECT
public:
    // `text` as MainWindow::reportError() gets it: the summary, then, after a blank line,
    // one problem a line. Without a blank line the whole text is the summary.
    ProblemListDialog(const QString &title, const QString &text, QWidget *parent = nullptr);

    QString summary() const { return m_summaryText; }
    QStringList problems() const { return m_problems; }
    // Title, summary and problems, one a line: what copyToClipboard() copies.
    QString plainText() const;

public slots:
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Most of the screen the dialog is on at the most; never more.
    void fitToScreen();

    QString m_title;
    QString m_summaryText;
    QStringList m_problems;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_copy;
};

} // namespace tcplab
