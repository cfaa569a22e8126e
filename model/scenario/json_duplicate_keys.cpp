#include "scenario/json_duplicate_keys.h"

#include "scenario/scenario_json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace tcplab::JsonDuplicateKeys {

namespace {

// The translation context of messages about a scenario file (as in scenario_file.cpp);
// lupdate sees FileMessages::tr("…").
struct FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};

// One open object or array, and where the scan is inside it.
struct Frame {
    bool isObject = false;
    bool expectingKey = false; // objects: the next string is a key, not a value
    int index = 0;             // arrays: the item being read
    QString key;               // objects: the key whose value is being read
    QHash<QString, int> seen;  // objects: how often each key appeared
};

// A key's text between its quotes (escapes resolved, so "a\u0062" and "ab" are equal).
QString keyText(const QByteArray &raw, bool hasEscape)
{
    if (!hasEscape)
        return QString::fromUtf8(raw);
    const QJsonDocument one = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return one.array().at(0).toString();
}

// The JSON path of `key` in the innermost object, from the open frames.
QString pathOf(const QList<Frame> &frames, const QString &key)
{
    QString path;
    for (int i = 0; i < frames.size(); ++i) {
        const Frame &f = frames[i];
        const bool last = i == frames.size() - 1;
        if (f.isObject) {
            const QString k = ScenarioJson::keyInPath(last ? key : f.key);
            path += path.isEmpty() ? k : QLatin1Char('.') + k;
        } else {
            path += QStringLiteral("[%1]").arg(f.index);
        }
    }
    return path;
}

} // namespace

QStringList find(const QByteArray &json)
{
    QStringList problems;
    QList<Frame> frames;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{': {
            Frame f;
            f.isObject = true;
            f.expectingKey = true;
            frames << f;
            break;
        }
        case '[':
            frames << Frame{};
            break;
        case '}':
        case ']':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty()) {
                Frame &f = frames.last();
                if (f.isObject)
                    f.expectingKey = true;
                else
                    ++f.index;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            bool hasEscape = false;
            for (++i; i < n && json[i] != '"'; ++i) {
                if (json[i] == '\\') {
                    hasEscape = true;
                    ++i; // the escaped character, which may be a quote
                }
            }
            if (frames.isEmpty() || !frames.last().isObject || !frames.last().expectingKey)
                break; // a string value
            Frame &f = frames.last();
            f.expectingKey = false;
            f.key = keyText(json.mid(start, i - start), hasEscape);
            if (++f.seen[f.key] == 2)
                problems << FileMessages::tr("%1: appears twice").arg(pathOf(frames, f.key));
            break;
        }
        default:
            break; // numbers, true, false, null, ':' and blanks change nothing here
        }
    }
    return problems;
}

} // namespace tcplab::JsonDuplicateKeys
