#include "action_panel.h"

#include "playback_controller.h"
#include "scenario_document.h"
#include "scenario_editor.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplab {

namespace {
const QList<AppActionKind> kinds = {
    AppActionKind::Connect, AppActionKind::Send,  AppActionKind::Shutdown, AppActionKind::Close,
    AppActionKind::Abort,   AppActionKind::Crash, AppActionKind::Reboot,   AppActionKind::Kill,
};
}

ActionPanel::ActionPanel(ScenarioDocument *document, ScenarioEditor *editor,
                         PlaybackController *playback, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_playback(playback)
{
    auto *layout = new QVBoxLayout(this);
    auto *hostRow = new QHBoxLayout;
    m_hostLabel = new QLabel(this);
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("actionHost"));
    m_hostLabel->setBuddy(m_host);
    hostRow->addWidget(m_hostLabel);
    hostRow->addWidget(m_host, 1);
    layout->addLayout(hostRow);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setWordWrap(true);
    layout->addWidget(m_timeLabel);

    auto *grid = new QGridLayout;
    for (int i = 0; i < kinds.size(); ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("action:") + appActionKindName(kinds.at(i)));
        const AppActionKind kind = kinds.at(i);
        connect(button, &QPushButton::clicked, this, [this, kind] { request(kind); });
        grid->addWidget(button, i / 2, i % 2);
        m_buttons.insert(kind, button);
    }
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_document, &ScenarioDocument::opened, this, &ActionPanel::refreshHosts);
    connect(m_playback, &PlaybackController::timeChanged, this, &ActionPanel::updateTimeLabel);
    refreshHosts();
    retranslateUi();
}

void ActionPanel::refreshHosts()
{
    const QString current = m_host->currentText();
    m_host->clear();
    for (const HostSpec &host : m_document->scenario().hosts) {
        if (host.kind == HostKind::Host)
            m_host->addItem(host.name);
    }
    const int index = m_host->findText(current);
    if (index >= 0)
        m_host->setCurrentIndex(index);
}

AppAction ActionPanel::actionFor(AppActionKind kind, const QString &host) const
{
    const Scenario &scenario = m_document->scenario();
    AppAction action;
    action.at = m_playback->time();
    action.host = host;
    action.kind = kind;
    if (kind == AppActionKind::Connect) {
        // Connect to the first other host that listens, on its port; else the first other host.
        for (const AppAction &a : scenario.actions) {
            if (a.kind == AppActionKind::Listen && a.host != host) {
                action.to = a.host;
                action.remotePort = a.port;
                break;
            }
        }
        if (action.to.isEmpty()) {
            for (const AppAction &a : scenario.actions) {
                if (a.kind == AppActionKind::Connect && a.host == host) {
                    action.to = a.to;
                    action.remotePort = a.remotePort;
                    break;
                }
            }
        }
        if (action.to.isEmpty()) {
            for (const HostSpec &h : scenario.hosts) {
                if (h.name != host && h.kind == HostKind::Host) {
                    action.to = h.name;
                    break;
                }
            }
            action.remotePort = 80;
        }
    }
    return action;
}

void ActionPanel::request(AppActionKind kind)
{
    const QString host = m_host->currentText();
    if (host.isEmpty())
        return;
    AppAction action = actionFor(kind, host);
    if (kind == AppActionKind::Send) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Send Data"),
                                                   tr("Data that %1 sends:").arg(host),
                                                   QLineEdit::Normal, QStringLiteral("hello"), &ok);
        if (!ok || text.isEmpty())
            return;
        action.data = text.toUtf8();
    }
    m_editor->addAction(action);
}

void ActionPanel::retranslateUi()
{
    m_hostLabel->setText(tr("&Host:"));
    updateTimeLabel();
    const QHash<AppActionKind, QString> texts = {
        {AppActionKind::Connect, tr("Connect")},
        {AppActionKind::Send, tr("Send Data…")},
        {AppActionKind::Shutdown, tr("Shut Down Sending")},
        {AppActionKind::Close, tr("Close")},
        {AppActionKind::Abort, tr("Abort (RST)")},
        {AppActionKind::Crash, tr("Crash Host")},
        {AppActionKind::Reboot, tr("Reboot Host")},
        {AppActionKind::Kill, tr("Kill Process")},
    };
    const QHash<AppActionKind, QString> tips = {
        {AppActionKind::Connect, tr("Active open: send a SYN to the listening host.")},
        {AppActionKind::Send, tr("Queue application data on the connection.")},
        {AppActionKind::Shutdown, tr("shutdown(SHUT_WR): send FIN but keep receiving (half-close).")},
        {AppActionKind::Close, tr("close(): send FIN; the socket is gone for the application.")},
        {AppActionKind::Abort, tr("Abort the connection at once with RST; no TIME-WAIT.")},
        {AppActionKind::Crash, tr("The host stops answering and loses every connection's state.")},
        {AppActionKind::Reboot, tr("The crashed host answers again, knowing no connection.")},
        {AppActionKind::Kill, tr("The process exits; the kernel closes its sockets (FIN, or RST with unread data).")},
    };
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(texts.value(it.key()));
        it.value()->setToolTip(tips.value(it.key()));
    }
}

void ActionPanel::updateTimeLabel()
{
    m_timeLabel->setText(tr("Added at the playhead, t = %1 s")
                             .arg(QString::number(double(m_playback->time()) / usPerSecond, 'f', 3)));
}

void ActionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tcplab
