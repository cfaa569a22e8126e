#pragma once

#include <QString>
#include <QStringList>

namespace tcplab {

// A sentence of the teaching layer kept untranslated until it is shown, so that a question
// made once reads in whichever language the learner switches to. The source is English,
// marked with QT_TRANSLATE_NOOP(TeachText::context, ...); the arguments fill %1, %2, ... and
// are protocol notation ("SYN,ACK seq=5000 ack=1001", "TIME-WAIT"), the same in every
// language. A text with no source is its arguments as they are (a state name, a segment).
class TeachText
{
public:
    static constexpr const char *context = "tcplab::Questions";

    TeachText() = default;
    explicit TeachText(const char *source, const QStringList &arguments = {});
    // Protocol notation that needs no translation.
    static TeachText verbatim(const QString &text);
    // A text written in both languages (a scenario file's hand-written question): shown in
    // the language of the installed catalogue, else in the other one.
    static TeachText localized(const QString &english, const QString &chinese);

    const char *source() const { return m_source; }
    const QStringList &arguments() const { return m_arguments; }
    bool isEmpty() const { return english().isEmpty(); }

    // In the language of the translators installed now.
    QString text() const;
    // In English whatever is installed (for logs and tests).
    QString english() const;

    friend bool operator==(const TeachText &a, const TeachText &b)
    {
        return a.english() == b.english();
    }

private:
    QString fill(QString pattern) const;

    const char *m_source = nullptr;
    QStringList m_arguments; // for localized(): English, Chinese
    bool m_localized = false;
};

} // namespace tcplab
