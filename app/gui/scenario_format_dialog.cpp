#include "scenario_format_dialog.h"

#include "language_manager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tcplab {

namespace {

// The anchor GitHub gives a heading, which the document's own links use: "## Errors" is
// "#errors", "## Top level" is "#top-level".
QString headingAnchor(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"));
    return heading.toLower().remove(punctuation).replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

ScenarioFormatDialog::ScenarioFormatDialog(QWidget *parent)
    : QDialog(parent)
    , m_englishOnly(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("scenarioFormatDialog"));
    m_englishOnly->setObjectName(QStringLiteral("englishOnlyNote"));
    m_englishOnly->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("scenarioFormatText"));
    m_text->setOpenExternalLinks(true);

    QFile file(documentPath());
    if (file.open(QIODevice::ReadOnly))
        m_text->setMarkdown(QString::fromUtf8(file.readAll()));
    nameTheHeadings();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_englishOnly);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 640);
    retranslate();
}

void ScenarioFormatDialog::nameTheHeadings()
{
    // Qt's Markdown reader gives headings no anchor, so "[Errors](#errors)" would lead
    // nowhere.
    QTextDocument *document = m_text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
}

void ScenarioFormatDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioFormatDialog::retranslate()
{
    setWindowTitle(tr("Scenario File Format"));
    m_englishOnly->setText(tr("This reference is written in English only."));
    m_englishOnly->setVisible(LanguageManager::currentLanguage() != QLatin1String("en"));
}

} // namespace tcplab
