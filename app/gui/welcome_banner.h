#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QMainWindow;
class QPushButton;

namespace tcplab {

// The first-start welcome: three lines on what to click first, above the diagram (which moves
// down while it shows).
// Not a dialog, so it blocks nothing (a --screenshot run, a test, the learner who starts
// clicking at once). Close hides it for now; "Don't Show Again" for good (QSettings).
class WelcomeBanner : public QFrame
{
    Q_OBJECT
public:
    static QString dismissedKey() { return QStringLiteral("welcomeDismissed"); }
    static bool isDismissedForGood();
    // The banner over `window`'s central widget, unless the learner said not to show it
    // again; then nullptr.
    static WelcomeBanner *showUnlessDismissed(QMainWindow *window);

    explicit WelcomeBanner(QMainWindow *window);

    void dismissForGood();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void place();

    QMainWindow *m_window;
    // The area the banner sits over, kept from the start: the filter sees its events while
    // the window is being destroyed, when asking the window for it is no longer valid.
    QPointer<QWidget> m_centre;
    QLabel *m_title;
    QLabel *m_steps;
    QPushButton *m_never;
    QPushButton *m_close;
};

} // namespace tcplab
