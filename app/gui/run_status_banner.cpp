#include "run_status_banner.h"

#include "banner_style.h"
#include "scenario_document.h"

#include "sim/sim_time.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int margin = 12;  // between the banner and the edges of the diagram
constexpr int widest = 720; // wider is hard to read at a glance
} // namespace

RunStatusBanner::RunStatusBanner(ScenarioDocument *document, QWidget *area)
    : QFrame(area)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_rerun(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("runStatusBanner"));
    styleAsBanner(this);

    m_text->setObjectName(QStringLiteral("runStatusText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_rerun->setObjectName(QStringLiteral("rerun"));
    // A click on the banner must not take the keys from the diagram: Space plays.
    m_cancel->setFocusPolicy(Qt::TabFocus);
    m_rerun->setFocusPolicy(Qt::TabFocus);

    auto *text = new QVBoxLayout;
    text->addWidget(m_text);
    text->addWidget(m_progress);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addWidget(m_rerun, 0, Qt::AlignTop);

    m_delay->setSingleShot(true);
    m_delay->setInterval(progressDelayMs);
    connect(m_delay, &QTimer::timeout, this, &RunStatusBanner::refresh);
    connect(m_cancel, &QPushButton::clicked, m_document, &ScenarioDocument::cancelRun);
    connect(m_rerun, &QPushButton::clicked, m_document, &ScenarioDocument::rerun);
    connect(m_document, &ScenarioDocument::runStarted, m_delay, qOverload<>(&QTimer::start));
    connect(m_document, &ScenarioDocument::runStateChanged, this, &RunStatusBanner::refresh);
    connect(m_document, &ScenarioDocument::traceChanged, this, &RunStatusBanner::refresh);
    connect(m_document, &ScenarioDocument::runProgressed, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });

    area->installEventFilter(this);
    hide();
    refresh();
}

QString RunStatusBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void RunStatusBanner::refresh()
{
    QString text;
    bool running = false;
    switch (m_document->runState()) {
    case ScenarioDocument::RunState::Running:
        // Nothing until a moment has passed: a run that ends by then never flashes a bar.
        if (m_delay->isActive())
            break;
        running = true;
        text = tr("Simulating a long run. The diagram shows the previous run until this one is done.");
        m_progress->setValue(int(m_document->runProgress() * 1000));
        break;
    case ScenarioDocument::RunState::Cancelled:
        text = tr("Simulation cancelled. The diagram still shows the previous run; your edits are kept.");
        break;
    case ScenarioDocument::RunState::Current: {
        const Trace &trace = m_document->trace();
        if (trace.stoppedAtLimit != RunLimit::Events || m_document->isCapture())
            break;
        if (!m_document->refusedBecause().isEmpty()) {
            // The projection's own words, as tcplab-cli prints them.
            text = tr("This run was not started: it would pass the limit of %1 events a run may have.")
                       .arg(m_document->eventLimit())
                + QLatin1Char('\n') + m_document->refusedBecause().join(QLatin1Char('\n'));
        } else {
            text = tr("The run stopped at the limit of %1 events (at %2 s): the diagram shows only the part "
                      "it reached. Shorten the run (duration_s in the scenario file) or make it smaller "
                      "(fewer SYNs in a flood, less data in a send).")
                       .arg(m_document->eventLimit())
                       .arg(formatSimTime(trace.endTime));
        }
        break;
    }
    }
    m_text->setText(text);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_rerun->setVisible(m_document->runState() == ScenarioDocument::RunState::Cancelled);
    m_cancel->setText(tr("Cancel"));
    m_rerun->setText(tr("Run Again"));
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        place();
        raise();
    }
}

void RunStatusBanner::place()
{
    const QWidget *area = parentWidget();
    if (!area)
        return;
    const int width = std::max(0, std::min(area->width() - 2 * margin, widest));
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    // At the foot of the diagram: its top has the hosts' names, and the welcome banner.
    setGeometry((area->width() - width) / 2, std::max(0, area->height() - height - margin), width, height);
}

bool RunStatusBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void RunStatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace tcplab
