#include "predict_panel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tcplab {

PredictPanel::PredictPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_prompt(new QLabel)
    , m_choices(new QVBoxLayout)
    , m_verdict(new QLabel)
{
    setObjectName(QStringLiteral("predictPanel"));
    m_heading->setObjectName(QStringLiteral("predictHeading"));
    m_prompt->setObjectName(QStringLiteral("predictPrompt"));
    m_verdict->setObjectName(QStringLiteral("predictVerdict"));
    for (QLabel *label : {m_heading, m_prompt, m_verdict}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_verdict->setTextFormat(Qt::RichText);
    // The verdict on the last answer comes first: it is what the learner reads after a
    // click, before the next question below it. The whole scrolls: a verdict with its
    // explanation is taller than a small dock.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_verdict);
    layout->addWidget(m_heading);
    layout->addWidget(m_prompt);
    layout->addLayout(m_choices);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void PredictPanel::showIdle(Idle idle)
{
    m_idle = idle;
    m_asking = false;
    clearButtons();
    renderIdle();
}

void PredictPanel::showQuestion(const Question &question, int number, int count)
{
    m_question = question;
    m_number = number;
    m_count = count;
    m_asking = true;
    clearButtons();
    for (int i = 0; i < question.choices.size(); ++i) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("predictChoice%1").arg(i));
        connect(button, &QPushButton::clicked, this, [this, i] { emit choiceMade(i); });
        m_choices->addWidget(button);
        m_buttons.append(button);
    }
    renderQuestion();
}

void PredictPanel::showVerdict(const Question &question, int chosen)
{
    m_judged = question;
    m_chosen = chosen;
    m_hasVerdict = true;
    if (m_asking) {
        for (int i = 0; i < m_buttons.size(); ++i) {
            m_buttons[i]->setEnabled(false);
            if (i == question.answer || i == chosen)
                m_buttons[i]->setDefault(true);
        }
    }
    renderVerdict();
}

QString PredictPanel::promptText() const
{
    return m_prompt->text();
}

QString PredictPanel::verdictText() const
{
    return m_verdict->text();
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PredictPanel::retranslate()
{
    setWindowTitle(tr("Predict"));
    if (m_asking)
        renderQuestion();
    else
        renderIdle();
    renderVerdict();
}

void PredictPanel::clearButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

void PredictPanel::renderIdle()
{
    m_heading->setText(tr("Predict, then see"));
    switch (m_idle) {
    case Idle::Off:
        m_prompt->setText(tr("Turn on Playback ▸ Predict: the run then stops before each moment worth "
                             "predicting, with the future hidden, and asks what happens next."));
        break;
    case Idle::Waiting:
        m_prompt->setText(tr("Play or step: the run stops before the next moment to predict."));
        break;
    case Idle::NoneLeft:
        m_prompt->setText(tr("No question is left after the playhead in this run. Go back to the start "
                             "or change the story to be asked again."));
        break;
    }
}

void PredictPanel::renderQuestion()
{
    m_heading->setText(tr("Question %1 of %2").arg(m_number).arg(m_count));
    m_prompt->setText(m_question.prompt.text());
    for (int i = 0; i < m_buttons.size() && i < m_question.choices.size(); ++i)
        m_buttons[i]->setText(m_question.choices[i].label.text());
}

void PredictPanel::renderVerdict()
{
    m_verdict->setVisible(m_hasVerdict);
    if (!m_hasVerdict) {
        m_verdict->clear();
        return;
    }
    const QuestionChoice &right = m_judged.rightChoice();
    QString html;
    if (m_chosen == m_judged.answer) {
        html = QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Right: %1.").arg(right.label.text().toHtmlEscaped()),
                        m_judged.explanation.text().toHtmlEscaped());
    } else {
        const QuestionChoice &wrong = m_judged.choices.value(m_chosen);
        html = QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3 %4</p>")
                   .arg(tr("Not %1: the run shows %2.")
                            .arg(wrong.label.text().toHtmlEscaped(), right.label.text().toHtmlEscaped()),
                        tr("The mistake behind “%1”: %2")
                            .arg(wrong.label.text().toHtmlEscaped(),
                                 wrong.whyWrong().text().toHtmlEscaped()),
                        tr("Why:").toHtmlEscaped(), m_judged.explanation.text().toHtmlEscaped());
    }
    m_verdict->setText(html);
}

} // namespace tcplab
