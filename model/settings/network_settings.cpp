#include "settings/network_settings.h"

#include "settings/settings_validation.h"

#include <QCoreApplication>
#include <limits>

namespace tcplab {

namespace {
// The translation context of messages about settings, shown to people in their language;
// lupdate sees SettingMessages::tr("…").
struct SettingMessages {
    Q_DECLARE_TR_FUNCTIONS(SettingMessages)
};
} // namespace

namespace {

// One-way delays and jitter up to ten minutes: enough for any lesson, small enough that
// the arithmetic never overflows.
constexpr SimTime maxDelay = msToUs(600000);

using NS = NetworkSettings;

const LinkSettings *findLink(const QList<LinkSettings> &links, const QString &from,
                             const QString &to)
{
    for (const LinkSettings &l : links) {
        if (l.from == from && l.to == to)
            return &l;
    }
    return nullptr;
}

SettingDescriptor delaySetting(const char *key, SettingScope scope, const char *label,
                               const char *description)
{
    SettingDescriptor d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Duration;
    d.scope = scope;
    d.unit = SettingUnit::Milliseconds;
    d.minimum = qint64(0);
    d.maximum = qint64(maxDelay);
    d.label = label;
    d.description = description;
    return d;
}

SettingDescriptor lossSetting(SettingScope scope, const char *label, const char *description)
{
    SettingDescriptor d;
    d.key = QStringLiteral("loss");
    d.type = SettingType::Probability;
    d.scope = scope;
    d.minimum = 0.0;
    d.maximum = 1.0;
    d.label = label;
    d.description = description;
    return d;
}

SettingDescriptor seedSetting()
{
    SettingDescriptor d;
    d.key = QStringLiteral("seed");
    d.type = SettingType::Seed;
    d.scope = SettingScope::Network;
    d.minimum = qulonglong(0);
    d.maximum = qulonglong(std::numeric_limits<uint64_t>::max());
    d.label = QT_TRANSLATE_NOOP("tcplab::Settings", "Random seed");
    d.description = QT_TRANSLATE_NOOP("tcplab::Settings",
                                      "Where the random numbers (initial sequence numbers, jitter, "
                                      "loss) start: the same seed gives the same run.");
    return d;
}

// The network's own settings and their members, in the order of descriptors().
QVariant read(const QString &key, const NS &s)
{
    if (key == QLatin1String("delay_ms"))
        return qint64(s.delay);
    if (key == QLatin1String("jitter_ms"))
        return qint64(s.jitter);
    if (key == QLatin1String("loss"))
        return s.loss;
    if (key == QLatin1String("seed"))
        return qulonglong(s.seed);
    return QVariant();
}

void write(const QString &key, const QVariant &value, NS *s)
{
    if (key == QLatin1String("delay_ms"))
        s->delay = value.toLongLong();
    else if (key == QLatin1String("jitter_ms"))
        s->jitter = value.toLongLong();
    else if (key == QLatin1String("loss"))
        s->loss = value.toDouble();
    else if (key == QLatin1String("seed"))
        s->seed = value.toULongLong();
}

const SettingDescriptor *findIn(const QList<SettingDescriptor> &list, const QString &key)
{
    for (const SettingDescriptor &d : list) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

const SettingDescriptor *linkDescriptor(const std::optional<LinkKey> &link)
{
    if (!link || !link->hasDirection)
        return nullptr;
    return findIn(NS::linkDescriptors(), link->base);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString unknownSetting(const QString &key)
{
    return SettingMessages::tr("%1: unknown setting").arg(key);
}

} // namespace

QString LinkKey::key() const
{
    return base + QLatin1Char('.') + from + QLatin1Char('>') + to;
}

std::optional<LinkKey> LinkKey::split(const QString &key)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return std::nullopt;
    LinkKey link;
    link.base = key.left(dot);
    const QString hosts = key.mid(dot + 1);
    if (hosts.count(QLatin1Char('>')) == 1) {
        const int arrow = hosts.indexOf(QLatin1Char('>'));
        link.from = hosts.left(arrow);
        link.to = hosts.mid(arrow + 1);
        link.hasDirection = true;
    }
    return link;
}

SimTime NetworkSettings::delayFor(const QString &from, const QString &to) const
{
    const LinkSettings *l = findLink(links, from, to);
    return l && l->delay >= 0 ? l->delay : delay;
}

double NetworkSettings::lossFor(const QString &from, const QString &to) const
{
    const LinkSettings *l = findLink(links, from, to);
    return l && l->loss >= 0 ? l->loss : loss;
}

const QList<SettingDescriptor> &NetworkSettings::descriptors()
{
    static const QList<SettingDescriptor> list = [] {
        QList<SettingDescriptor> l = {
            delaySetting("delay_ms", SettingScope::Network,
                         QT_TRANSLATE_NOOP("tcplab::Settings", "Delay each way"),
                         QT_TRANSLATE_NOOP("tcplab::Settings",
                                           "The time a segment takes from one host to the other, in "
                                           "each direction, unless a link sets its own.")),
            delaySetting("jitter_ms", SettingScope::Network,
                         QT_TRANSLATE_NOOP("tcplab::Settings", "Jitter"),
                         QT_TRANSLATE_NOOP("tcplab::Settings",
                                           "Each segment's delay varies at random by up to this much "
                                           "either way; at most the delay.")),
            lossSetting(SettingScope::Network, QT_TRANSLATE_NOOP("tcplab::Settings", "Random loss"),
                        QT_TRANSLATE_NOOP("tcplab::Settings",
                                          "The chance that the network loses a segment: 0 never, 1 "
                                          "always.")),
            seedSetting(),
        };
        // The defaults are the struct's own initial values, so they are written once.
        const NS defaults;
        for (SettingDescriptor &d : l)
            d.defaultValue = read(d.key, defaults);
        return l;
    }();
    return list;
}

const QList<SettingDescriptor> &NetworkSettings::linkDescriptors()
{
    // A link's value defaults to null: the network's own.
    static const QList<SettingDescriptor> list = {
        delaySetting("delay_ms", SettingScope::Link,
                     QT_TRANSLATE_NOOP("tcplab::Settings", "Delay %1 → %2"),
                     QT_TRANSLATE_NOOP("tcplab::Settings",
                                       "The delay from %1 to %2 alone; “default” gives it back to the "
                                       "network's delay.")),
        lossSetting(SettingScope::Link, QT_TRANSLATE_NOOP("tcplab::Settings", "Loss %1 → %2"),
                    QT_TRANSLATE_NOOP("tcplab::Settings",
                                      "The loss from %1 to %2 alone; “default” gives it back to the "
                                      "network's loss.")),
    };
    return list;
}

const SettingDescriptor *NetworkSettings::descriptor(const QString &key)
{
    if (const SettingDescriptor *d = findIn(descriptors(), key))
        return d;
    return linkDescriptor(LinkKey::split(key));
}

QStringList NetworkSettings::keys()
{
    QStringList keys;
    for (const SettingDescriptor &d : descriptors())
        keys << d.key;
    return keys;
}

QVariant NetworkSettings::value(const QString &key) const
{
    if (findIn(descriptors(), key))
        return read(key, *this);
    const std::optional<LinkKey> link = LinkKey::split(key);
    if (!linkDescriptor(link))
        return QVariant();
    // A link's value in force: its own, else the network's.
    if (link->base == QLatin1String("delay_ms"))
        return qint64(delayFor(link->from, link->to));
    return lossFor(link->from, link->to);
}

bool NetworkSettings::setValue(const QString &key, const QVariant &value, QString *error)
{
    if (const SettingDescriptor *d = findIn(descriptors(), key)) {
        QString problem;
        if (!SettingsValidation::checkValue(*d, value, &problem))
            return fail(error, key + QLatin1String(": ") + problem);
        write(key, value, this);
        return true;
    }
    const std::optional<LinkKey> link = LinkKey::split(key);
    if (!linkDescriptor(link))
        return fail(error, unknownSetting(key));
    return setLinkValue(*link, value, error);
}

bool NetworkSettings::setLinkValue(const LinkKey &link, const QVariant &value, QString *error)
{
    const SettingDescriptor *d = linkDescriptor(link);
    const QString key = link.key();
    if (!d)
        return fail(error, unknownSetting(key));
    if (!link.namesTwoHosts()) {
        return fail(error, SettingMessages::tr("%1: expected two different host names, e.g. %2.A>B")
                               .arg(key, link.base));
    }
    QString problem;
    if (!SettingsValidation::checkValue(*d, value, &problem))
        return fail(error, key + QLatin1String(": ") + problem);

    int index = -1;
    for (int i = 0; i < links.size(); ++i) {
        if (links[i].from == link.from && links[i].to == link.to)
            index = i;
    }
    if (index < 0) {
        links.append(LinkSettings{link.from, link.to, -1, -1});
        index = int(links.size()) - 1;
    }
    // Null gives the direction back to the network's value (-1 in LinkSettings).
    if (d->type == SettingType::Duration)
        links[index].delay = value.isNull() ? -1 : value.toLongLong();
    else
        links[index].loss = value.isNull() ? -1 : value.toDouble();
    if (links[index].delay < 0 && links[index].loss < 0)
        links.removeAt(index);
    return true;
}

bool NetworkSettings::parse(const QString &key, const QString &text, QVariant *value,
                            QString *error)
{
    const SettingDescriptor *d = descriptor(key);
    if (!d)
        return fail(error, unknownSetting(key));
    QString problem;
    if (!d->parse(text, value, &problem))
        return fail(error, key + QLatin1String(": ") + problem);
    return true;
}

bool NetworkSettings::set(const QString &key, const QString &text, QString *error)
{
    QVariant v;
    return parse(key, text, &v, error) && setValue(key, v, error);
}

QString NetworkSettings::text(const QString &key) const
{
    const SettingDescriptor *d = descriptor(key);
    return d ? d->format(value(key)) : QString();
}

} // namespace tcplab
