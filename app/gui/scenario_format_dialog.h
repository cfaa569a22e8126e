#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace tcplab {

// Help ▸ Scenario File Format: docs/scenario-format.md, embedded as
// ":/docs/scenario-format.md", for learners and teachers who write their own scenarios.
// The reference exists in English only; in any other language a line above it says so.
class ScenarioFormatDialog : public QDialog
{
    Q_OBJECT
public:
    static QString documentPath() { return QStringLiteral(":/docs/scenario-format.md"); }

    explicit ScenarioFormatDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void nameTheHeadings();

    QLabel *m_englishOnly;
    QTextBrowser *m_text;
};

} // namespace tcplab
