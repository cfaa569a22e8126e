#include "import_command.h"

#include "capture/capture_importer.h"
#include "cli_output.h"
#include "command_line.h"
#include "scenario/scenario.h"
#include "trace/trace_format.h"

#include <QCommandLineParser>

#include <algorithm>

namespace tcplab {

namespace {

QString importHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli import FILE [options]\n"
        "Reads a pcap or pcapng capture (Wireshark, tcpdump, `tcplab-cli capture`) and lists\n"
        "its TCP connections like Wireshark's Conversations window: endpoints (A opened the\n"
        "connection), packets, bytes on the wire, start and duration, and how it ended.\n"
        "With --connection, prints that connection as a trace in the formats of `run`, with\n"
        "the states of both ends inferred from the segments (RFC 9293 §3.10).\n"
        "\n"
        "Options:\n"
        "  --connection N       print connection N (the # column) as a trace\n"
        "  --format text|jsonl  the trace's format (default text), as for `run`\n"
        "  --point A|B|wire     where the capture was taken: at A's or B's interface or on the\n"
        "                       path between; worked out from the timing when not given\n"
        "\n"
        "Frames that are not usable TCP segments (other protocols, truncated frames, IP\n"
        "fragments, impossible TCP options) are skipped and counted. See docs/captures.md.\n");
}

QString seconds(int64_t us)
{
    return formatSimTime(us);
}

void printListing(const QString &path, const CaptureImporter::Listing &listing)
{
    const QList<Conversation> &rows = listing.conversations;
    int64_t fileStart = 0;
    if (!rows.isEmpty()) {
        fileStart = rows.first().firstUs;
        for (const Conversation &c : rows)
            fileStart = std::min(fileStart, c.firstUs);
    }
    const QStringList header = {QStringLiteral("#"),       QStringLiteral("A"),        QStringLiteral("B"),
                                QStringLiteral("PACKETS"), QStringLiteral("A→B"),      QStringLiteral("B→A"),
                                QStringLiteral("BYTES"),   QStringLiteral("START"),    QStringLiteral("DURATION"),
                                QStringLiteral("ENDING")};
    QList<QStringList> table = {header};
    for (const Conversation &c : rows) {
        table.append({QString::number(c.index), c.a.toString(), c.b.toString(), QString::number(c.packets),
                      QString::number(c.packetsAtoB), QString::number(c.packets - c.packetsAtoB),
                      QString::number(c.bytes), seconds(c.firstUs - fileStart), seconds(c.durationUs()),
                      conversationEndingDescription(c.ending())});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : table) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    // Text columns left, numbers right; the last column is not padded.
    const QList<bool> numeric = {true, false, false, true, true, true, true, true, true, false};
    QString out;
    for (const QStringList &row : table) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            if (i == row.size() - 1)
                cells << row[i];
            else
                cells << (numeric[i] ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i]));
        }
        out += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    out += QStringLiteral("%1: %2 frames, %3 %4 in %5 %6")
               .arg(path)
               .arg(listing.stats.frames)
               .arg(listing.stats.tcp)
               .arg(listing.stats.tcp == 1 ? QStringLiteral("TCP segment") : QStringLiteral("TCP segments"))
               .arg(rows.size())
               .arg(rows.size() == 1 ? QStringLiteral("connection") : QStringLiteral("connections"));
    const QString skipped = listing.stats.summary();
    if (!skipped.isEmpty())
        out += QStringLiteral("; ") + skipped;
    out += QLatin1Char('\n');
    CliOutput::out(out);
}

QString describe(const ObservedConnection &c)
{
    QString where;
    switch (c.vantage) {
    case CaptureVantage::NearA: where = CommandLine::tr("at A's interface"); break;
    case CaptureVantage::NearB: where = CommandLine::tr("at B's interface"); break;
    case CaptureVantage::Middle: where = CommandLine::tr("on the path between"); break;
    }
    QString text = CommandLine::tr("A = %1, B = %2; captured %3 (%4)")
                       .arg(c.a.toString(), c.b.toString(), where,
                            c.vantageGiven ? CommandLine::tr("as given") : CommandLine::tr("from the timing"));
    text += c.delayMeasured
        ? CommandLine::tr("; one-way delay about %1 s").arg(formatSimTime(c.oneWayDelay))
        : CommandLine::tr("; delay unknown (nothing was acknowledged)");
    if (!c.handshakeSeen)
        text += CommandLine::tr("; the handshake is not in the capture");
    int lost = 0;
    for (const SegmentObservation &o : c.observations)
        lost += o.lossInferred ? 1 : 0;
    if (lost)
        text += CommandLine::tr("; %n segment(s) inferred lost", nullptr, lost);
    return text;
}

ExitStatus importCapture(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption point(QStringLiteral("point"), QString(), QStringLiteral("A|B|wire"));
    parser.addOption(connection);
    parser.addOption(format);
    parser.addOption(point);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    const QString command = QStringLiteral("import");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return CommandLine::usageError(command, positional.isEmpty()
                                                    ? CommandLine::tr("import: missing the capture file")
                                                    : CommandLine::tr("import: expected one file, got %1: %2")
                                                          .arg(positional.size())
                                                          .arg(positional.join(QLatin1Char(' '))));
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("jsonl"))
        return CommandLine::usageError(command, CommandLine::tr("--format '%1': expected text or jsonl").arg(formatName));
    std::optional<CaptureVantage> vantage;
    if (parser.isSet(point)) {
        CaptureVantage v;
        if (!captureVantageFromName(parser.value(point), &v))
            return CommandLine::usageError(command, CommandLine::tr("--point '%1': expected A, B or wire").arg(parser.value(point)));
        vantage = v;
    }
    const QString path = positional.first();
    QString error;
    CaptureImporter::Listing listing;

    if (!parser.isSet(connection)) {
        if (parser.isSet(point) || parser.isSet(format))
            return CommandLine::usageError(command, CommandLine::tr("--point and --format need --connection N"));
        if (!CaptureImporter::list(path, &listing, &error)) {
            CliOutput::error(error);
            return ExitStatus::BadUsage;
        }
        printListing(path, listing);
        return CliOutput::finish(ExitStatus::Success);
    }

    bool ok = false;
    const int index = parser.value(connection).toInt(&ok);
    if (!ok || index < 1)
        return CommandLine::usageError(command, CommandLine::tr("--connection '%1': expected a number from the # column")
                                                    .arg(parser.value(connection)));
    ObservedConnection observed;
    if (!CaptureImporter::observe(path, index, vantage, &observed, &listing, &error)) {
        CliOutput::error(error);
        return ExitStatus::BadUsage;
    }
    CliOutput::err(CommandLine::tr("tcplab-cli: connection %1: %2\n").arg(index).arg(describe(observed)));
    const QString skipped = listing.stats.summary();
    if (!skipped.isEmpty())
        CliOutput::err(QStringLiteral("tcplab-cli: %1: %2\n").arg(path, skipped));
    const Scenario none; // the trace formats take one; an observed trace has none
    if (formatName == QLatin1String("jsonl"))
        CliOutput::out(traceToJsonLines(observed.trace, none));
    else
        CliOutput::out(traceToText(observed.trace, none));
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand importCommand()
{
    return CliCommand{"import", "import FILE [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine",
                                        "list a pcap/pcapng capture's TCP connections, or print one as a trace"),
                      &importHelp, false, &importCapture};
}

} // namespace tcplab
