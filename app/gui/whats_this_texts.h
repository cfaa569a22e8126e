#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace tcplab {

// Help ▸ What's This for the main panels: a short text per panel (what it shows, what to
// click), set on the panel's dock or widget, found in the window by object name. Set again
// when the language changes. A click in What's This mode reaches the innermost widget and
// goes up to the first that has a text, so the dock's text covers everything inside it.
class WhatsThisTexts : public QObject
{
    Q_OBJECT
public:
    explicit WhatsThisTexts(QWidget *window);

    // The object names of the widgets that get a text, in the window's order.
    static QStringList objectNames();

    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace tcplab
