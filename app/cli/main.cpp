#include "command_line.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <memory>
#include <unistd.h>

using namespace tcplab;

int main(int argc, char *argv[])
{
    // Only a command that draws pays for a GUI application: a QGuiApplication, for fonts
    // and painting. Not a QApplication: every export draws from the trace with the painters
    // and no widget (a QWidget made here would abort the program, so tst_cli_export's
    // exports prove there is none). It needs a QPA platform; without a display (a build
    // server, ssh) "offscreen" draws the same pictures, unless the user chose one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CliCommand *command = CommandLine::commandIn(arguments);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a login session there is no XDG_RUNTIME_DIR and Qt warns on every run;
        // give it the private folder it would fall back to anyway.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tcplab-cli"));
    QCoreApplication::setApplicationVersion(CommandLine::version());
    return static_cast<int>(CommandLine::execute(QCoreApplication::arguments()));
}
