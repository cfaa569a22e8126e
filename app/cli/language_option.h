#pragma once

#include <QString>
#include <QStringList>

namespace tcplab {

// tcplab-cli's global --lang CODE (or --lang=CODE): the language of its messages, help and
// errors, and of the words of the diagrams `export` and `layout` draw. It may stand before
// or after the command's name (`tcplab-cli --lang zh_CN run x`, `tcplab-cli run x --lang
// zh_CN`), so the commands' own parsers never see it: takeFrom() removes it first.
class LanguageOption
{
public:
    // Takes every --lang out of `arguments` (the program's arguments, without the program
    // itself), up to a "--" that ends the options; the last one counts.
    static LanguageOption takeFrom(QStringList *arguments);

    bool isGiven() const { return m_given; }
    // "--lang" was the last argument: nothing followed it.
    bool lacksValue() const { return m_given && m_lacksValue; }
    // As typed: "zh-CN", "fr".
    QString value() const { return m_value; }
    // One of DisplayLanguage::available(), or empty when the value is not a language we have.
    QString code() const;

private:
    bool m_given = false;
    bool m_lacksValue = false;
    QString m_value;
};

} // namespace tcplab
