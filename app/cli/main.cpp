#include "command_line.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace tcplab;

int main(int argc, char *argv[])
{
    // Only a command that draws pays for a GUI application (and needs a QPA platform;
    // "offscreen" works without a display).
    const CliCommand *command = argc > 1 ? CommandLine::find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tcplab-cli"));
    QCoreApplication::setApplicationVersion(CommandLine::version());
    return static_cast<int>(CommandLine::execute(QCoreApplication::arguments()));
}
