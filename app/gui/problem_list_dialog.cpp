#include "problem_list_dialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
// Rows the list shows before it scrolls, and the share of the screen the dialog may take.
constexpr int visibleRows = 12;
constexpr double screenShare = 0.8;
} // namespace

ProblemListDialog::ProblemListDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_copy(new QPushButton(this))
{
    const int blank = text.indexOf(QLatin1String("\n\n"));
    m_summaryText = blank < 0 ? text : text.left(blank);
    if (blank >= 0) {
        for (const QString &line : text.mid(blank + 2).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                m_problems.append(line);
        }
    }

    setWindowTitle(title);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setText(m_summaryText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->addItems(m_problems);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVisible(!m_problems.isEmpty());
    if (!m_problems.isEmpty()) {
        // Tall enough for a few problems without scrolling; more scroll.
        const int rows = std::min<int>(m_problems.size(), visibleRows);
        m_list->setMinimumHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    }

    m_copy->setObjectName(QStringLiteral("copyProblems"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ProblemListDialog::copyToClipboard);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_summary);
    textColumn->addWidget(m_list, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    retranslateUi();
    fitToScreen();
}

QString ProblemListDialog::plainText() const
{
    QStringList lines{m_title, m_summaryText};
    lines += m_problems;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ProblemListDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(plainText());
}

void ProblemListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProblemListDialog::retranslateUi()
{
    m_copy->setText(tr("&Copy to Clipboard"));
    m_copy->setToolTip(tr("Copy the message and every problem as plain text"));
}

void ProblemListDialog::fitToScreen()
{
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize most(int(available.width() * screenShare), int(available.height() * screenShare));
    // The summary wraps at a readable width rather than growing as wide as its longest line.
    m_summary->setMinimumWidth(std::min(480, most.width() - 80));
    setMaximumSize(available.size());
    resize(sizeHint().boundedTo(most));
}

} // namespace tcplab
