#include "cli_output.h"

#include "command_line.h"

#include <cstdio>

namespace tcplab::CliOutput {

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void out(const QString &text)
{
    out(text.toUtf8());
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

void error(const QString &problem)
{
    err(QStringLiteral("tcplab-cli: %1\n").arg(problem));
}

ExitStatus finish(ExitStatus status)
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    error(CommandLine::tr("could not write to standard output"));
    return ExitStatus::Failure;
}

} // namespace tcplab::CliOutput
