#include "sim/app_action.h"

namespace tcplab {

namespace {
struct KindName {
    AppActionKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {AppActionKind::Listen, "listen"},     {AppActionKind::Connect, "connect"},
    {AppActionKind::Send, "send"},         {AppActionKind::Shutdown, "shutdown"},
    {AppActionKind::Close, "close"},       {AppActionKind::Abort, "abort"},
    {AppActionKind::Read, "read"},         {AppActionKind::Crash, "crash"},
    {AppActionKind::Reboot, "reboot"},     {AppActionKind::Kill, "kill"},
    {AppActionKind::SynFlood, "syn_flood"}, {AppActionKind::Inject, "inject"},
};
} // namespace

QString appActionKindName(AppActionKind k)
{
    for (const auto &n : kindNames) {
        if (n.kind == k)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool appActionKindFromName(const QString &name, AppActionKind *k)
{
    for (const auto &n : kindNames) {
        if (name == QLatin1String(n.name)) {
            *k = n.kind;
            return true;
        }
    }
    return false;
}

} // namespace tcplab
