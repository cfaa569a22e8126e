#include "sim/fault_plan.h"

#include <QRegularExpression>
#include <utility>

namespace tcplab {

namespace {

// A duration in the largest unit that shows it exactly, so key() reads like it was typed.
QString formatDuration(SimTime t)
{
    if (t != 0 && t % usPerSecond == 0)
        return QString::number(t / usPerSecond) + QLatin1String("s");
    if (t % usPerMs == 0)
        return QString::number(t / usPerMs) + QLatin1String("ms");
    return QString::number(t) + QLatin1String("us");
}

} // namespace

QString faultKindName(FaultKind k)
{
    switch (k) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::Drop:
        return QStringLiteral("drop");
    case FaultKind::Delay:
        return QStringLiteral("delay");
    case FaultKind::Duplicate:
        return QStringLiteral("duplicate");
    }
    return QString();
}

QString SegmentIdentity::text() const
{
    QString t = host + QLatin1Char(' ');
    const QString bits = tcpFlagsLabel(flags);
    t += bits.isEmpty() ? QStringLiteral("<none>") : bits;
    t += QStringLiteral(" seq=+%1").arg(seq);
    if (flags & TcpFlag::Ack)
        t += QStringLiteral(" ack=+%1").arg(ack);
    t += QStringLiteral(" #%1").arg(transmission);
    return t;
}

bool FaultRule::matches(const QString &sender, TcpFlags segmentFlags,
                        int ordinalAmongMatching) const
{
    return kind != FaultKind::None && target == FaultTarget::Position && sender == host
           && (segmentFlags & flags) == flags && ordinalAmongMatching == ordinal;
}

bool FaultRule::matches(const SegmentIdentity &identity) const
{
    return kind != FaultKind::None && target == FaultTarget::Segment && segment == identity;
}

bool FaultRule::sameTarget(const FaultRule &other) const
{
    if (target != other.target)
        return false;
    if (target == FaultTarget::Segment)
        return segment == other.segment;
    return host == other.host && ordinal == other.ordinal && flags == other.flags;
}

std::optional<FaultKind> putFault(FaultPlan *plan, const FaultRule &rule)
{
    for (FaultRule &existing : *plan) {
        if (existing.sameTarget(rule))
            return std::exchange(existing, rule).kind;
    }
    plan->append(rule);
    return std::nullopt;
}

FaultRule FaultRule::forSegment(FaultKind kind, const SegmentIdentity &segment, SimTime delta)
{
    FaultRule r;
    r.kind = kind;
    r.target = FaultTarget::Segment;
    r.host = segment.host;
    r.ordinal = 0; // no position known
    r.segment = segment;
    r.delta = delta;
    return r;
}

QString FaultRule::key() const
{
    if (target == FaultTarget::Segment && ordinal < 1) // no position: the identity
        return segment.text();
    QString k = host;
    if (flags)
        k += QLatin1Char(':') + tcpFlagNames(flags).join(QLatin1Char('+'));
    k += QLatin1Char('#') + QString::number(ordinal);
    if (kind == FaultKind::Delay || kind == FaultKind::Duplicate)
        k += QLatin1Char(':') + formatDuration(delta);
    return k;
}

bool parseFaultRule(FaultKind kind, const QString &input, FaultRule *rule, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString text = input.trimmed();
    if (kind == FaultKind::None)
        return fail(QStringLiteral("'%1': no fault kind given").arg(text));

    // HOST[:FLAGS]#N[:DURATION]
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z0-9_-]+)(?::([A-Za-z]+(?:[+,][A-Za-z]+)*))?#([0-9]+)(?::(.*))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(QStringLiteral("'%1': expected HOST#N, e.g. A#3").arg(text));

    FaultRule r;
    r.kind = kind;
    r.host = m.captured(1);

    static const QRegularExpression separator(QStringLiteral("[+,]"));
    const QString flagText = m.captured(2);
    if (!flagText.isEmpty()) {
        for (const QString &name : flagText.split(separator)) {
            const TcpFlags f = tcpFlagFromName(name);
            if (!f) {
                return fail(QStringLiteral("'%1': unknown flag '%2' (expected SYN, FIN, RST, "
                                           "PSH, ACK, URG, ECE or CWR)")
                                .arg(text, name));
            }
            r.flags |= f;
        }
    }

    bool ok = false;
    r.ordinal = m.captured(3).toInt(&ok);
    if (!ok || r.ordinal < 1)
        return fail(QStringLiteral("'%1': the number after # counts from 1").arg(text));

    const bool hasTime = m.capturedStart(4) >= 0;
    if (kind == FaultKind::Drop) {
        if (hasTime)
            return fail(QStringLiteral("'%1': drop takes no time").arg(text));
    } else {
        if (!hasTime) {
            return fail(QStringLiteral("'%1': %2 needs a time, e.g. %3:300ms")
                            .arg(text, faultKindName(kind), text));
        }
        const QString time = m.captured(4);
        if (!parseDuration(time, &r.delta))
            return fail(QStringLiteral("'%1': '%2' is not a duration (e.g. 300ms, 2s)")
                            .arg(text, time));
        if (r.delta > maxRunTime)
            return fail(QStringLiteral("'%1': '%2' is longer than a run can be (a week, 168h)")
                            .arg(text, time));
    }
    *rule = r;
    return true;
}

} // namespace tcplab
