// tcplab: the desktop application (DESIGN.md, app/).

#include "action_table.h"
#include "capture_actions.h"
#include "language_manager.h"
#include "main_window.h"
#include "playback_controller.h"
#include "scenario_document.h"
#include "scenario_editor.h"
#include "settings_file_check.h"
#include "welcome_banner.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "teach/progress_file.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace tcplab;

namespace {

// --help and --version print and quit: they need no window, so they must work where no
// display is (a terminal, a package build), which a QApplication cannot.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            return true;
        }
    }
    return false;
}

// What failIfStandardOutputWasLost() says, translated while the catalogues are installed.
QByteArray s_lostOutputMessage;

// QCommandLineParser prints --help and --version and calls exit(0) itself. Run by exit(),
// this turns a text that never arrived (a full disk, /dev/full, a closed pipe) into a
// failure, as every command-line program should.
void failIfStandardOutputWasLost()
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return;
    std::fputs(s_lostOutputMessage.constData(), stderr);
    std::_Exit(1);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCPLAB_VERSION));
}

// --lang, read ahead of the parser so that the parser's own messages speak it; empty when
// not given or not one of ours.
QString languageArgument()
{
    const QStringList args = QCoreApplication::arguments();
    QString code;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            code = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            code = args.at(i).mid(7);
    }
    return LanguageManager::normalize(code);
}

// --lang, else the saved choice, else the system's language.
QString chosenLanguage()
{
    QString code = languageArgument();
    if (code.isEmpty())
        code = LanguageManager::normalize(QSettings().value(QStringLiteral("language")).toString());
    return code.isEmpty() ? LanguageManager::systemLanguage() : code;
}

struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption langOption{
        QStringLiteral("lang"), QCoreApplication::translate("main", "Language: zh_CN or en."),
        QStringLiteral("code")};
    const QCommandLineOption scenarioOption{
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Open a built-in scenario by id, or a scenario file."),
        QStringLiteral("id|file")};
    const QCommandLineOption atOption{
        QStringLiteral("at"),
        QCoreApplication::translate("main", "Put the playhead at this time (e.g. 120ms, 1.5s)."),
        QStringLiteral("time")};
    const QCommandLineOption dropOption{
        QStringLiteral("drop"),
        QCoreApplication::translate("main", "Drop a segment, e.g. A#1 (repeatable)."),
        QStringLiteral("key")};
    const QCommandLineOption screenshotOption{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the window to this PNG file and quit "
                                    "(uses fresh settings)."),
        QStringLiteral("file")};
    const QCommandLineOption sizeOption{
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1500x900."),
        QStringLiteral("WxH"), QStringLiteral("1500x900")};
    const QCommandLineOption raiseOption{
        QStringLiteral("raise"),
        QCoreApplication::translate("main", "Bring this dock to the front, e.g. settingsDock."),
        QStringLiteral("dock")};
    const QCommandLineOption compareOption{
        QStringLiteral("compare"),
        QCoreApplication::translate("main",
                                    "Show the run beside another: \"shipped\", \"variant\" or, for a "
                                    "capture, \"model\"."),
        QStringLiteral("with")};
    const QCommandLineOption selectOption{
        QStringLiteral("select"),
        QCoreApplication::translate("main", "Select this segment (its number in the trace), as a click would."),
        QStringLiteral("id")};
    const QCommandLineOption presentOption{
        QStringLiteral("present"),
        QCoreApplication::translate("main",
                                    "Open a built-in scenario by id, or a scenario file, in "
                                    "presenter mode (full screen; Esc leaves it)."),
        QStringLiteral("id|file")};
    const QCommandLineOption captureOption{
        QStringLiteral("capture"),
        QCoreApplication::translate("main",
                                    "Open a pcap or pcapng capture and choose one of its TCP connections."),
        QStringLiteral("file")};
    const QCommandLineOption welcomeOption{
        QStringLiteral("welcome"),
        QCoreApplication::translate("main",
                                    "Show the first-start welcome in a --screenshot run too.")};
};

CommandLine::CommandLine()
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "TCP Connection Lab: watch and break TCP connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({langOption, scenarioOption, atOption, dropOption, screenshotOption,
                       sizeOption, raiseOption, compareOption, selectOption, presentOption,
                       captureOption, welcomeOption});
    // As desktop programs take one (the file manager's Open With, the desktop entry's %f).
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A scenario file, or a .pcapng or .pcap capture, to open."),
        QStringLiteral("[file]"));
}

// The capture named by --capture, or by a lone argument ending in .pcapng, .pcap or .cap.
QString captureArgument(const QCommandLineParser &parser, const QCommandLineOption &captureOption)
{
    if (parser.isSet(captureOption))
        return parser.value(captureOption);
    for (const QString &argument : parser.positionalArguments()) {
        if (CaptureActions::isCaptureFileName(argument))
            return argument;
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        LanguageManager language;
        language.setLanguage(chosenLanguage());
        s_lostOutputMessage =
            QCoreApplication::translate("main", "tcplab: could not write to standard output\n").toUtf8();
        std::atexit(failIfStandardOutputWasLost);
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tcplab.tcplab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcplab.svg")));

    // Nothing has read the settings yet: the parser's messages speak --lang or the system's
    // language, and the settings are checked once the parser has said which ones to use.
    LanguageManager language;
    language.setLanguage(languageArgument().isEmpty() ? LanguageManager::systemLanguage()
                                                      : languageArgument());
    CommandLine commandLine;
    const QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &scenarioOption = commandLine.scenarioOption;
    const QCommandLineOption &atOption = commandLine.atOption;
    const QCommandLineOption &dropOption = commandLine.dropOption;
    const QCommandLineOption &screenshotOption = commandLine.screenshotOption;
    const QCommandLineOption &sizeOption = commandLine.sizeOption;
    const QCommandLineOption &raiseOption = commandLine.raiseOption;
    const QCommandLineOption &compareOption = commandLine.compareOption;
    const QCommandLineOption &selectOption = commandLine.selectOption;
    commandLine.parser.process(app);

    // A screenshot must not depend on, or change, the user's saved window and scenario.
    QTemporaryDir settingsDir;
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }
    const QString setAsideSettings = SettingsFileCheck::setAsideIfUnreadable();
    language.setLanguage(chosenLanguage());

    MainWindow window(&language);
    if (screenshot) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            // The window a first start on a screen of that size opens, docks and all
            // (whatever screen this run happens to have), at exactly that size.
            const QSize size(wh.at(0).toInt(), wh.at(1).toInt());
            window.fitToScreen(QRect(QPoint(0, 0), size));
            window.resize(size);
        }
        // The picture is of the run, whatever its size: no worker thread to wait for, and
        // --drop and --at below act on the scenario's own trace.
        window.document()->setBackgroundThreshold(std::numeric_limits<qint64>::max());
    }
    // Nobody watches a screenshot run: an error goes to standard error and ends it, where a
    // modal dialog would wait for ever.
    bool failed = false;
    if (screenshot) {
        window.setErrorReporting(MainWindow::ErrorReporting::StandardError);
        QObject::connect(&window, &MainWindow::errorReported, [&failed] { failed = true; });
    }
    // The learner's progress, before the first lesson opens (it is marked visited); a
    // screenshot run keeps its own beside its settings.
    window.openProgress(screenshot ? settingsDir.filePath(QStringLiteral("progress.json"))
                                   : ProgressFile::defaultPath());
    QStringList files = parser.positionalArguments();
    files.removeIf(&CaptureActions::isCaptureFileName); // opened over the window below
    const bool present = parser.isSet(commandLine.presentOption);
    const int scenarioChoices = int(!files.isEmpty()) + int(parser.isSet(scenarioOption)) + int(present);
    if (files.size() > 1 || scenarioChoices > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "tcplab: give one scenario: a file, "
                                                                    "--scenario ID|FILE or --present ID|FILE")));
        return 2;
    }
    if (scenarioChoices == 1) {
        const QString which = !files.isEmpty() ? files.first()
                            : parser.value(present ? commandLine.presentOption : scenarioOption);
        // A file argument is a file even when its name is also a built-in id.
        const bool ok = files.isEmpty() && ScenarioLibrary::contains(which) ? window.openBuiltin(which)
                                                                            : window.openFile(which);
        if (!ok && screenshot)
            return 2;
        if (!ok)
            window.openInitialScenario();
    } else {
        window.openInitialScenario();
    }
    if (failed)
        return 2;
    for (const QString &key : parser.values(dropOption)) {
        FaultRule rule;
        QString error;
        if (!parseFaultRule(FaultKind::Drop, key, &rule, &error)) {
            std::fprintf(stderr, "tcplab: --drop %s: %s\n", qPrintable(key), qPrintable(error));
            return 2;
        }
        window.editor()->addFault(rule);
    }
    if (parser.isSet(atOption)) {
        SimTime at = 0;
        if (!parseDuration(parser.value(atOption), &at)) {
            std::fprintf(stderr, "tcplab: --at %s: not a duration\n",
                         qPrintable(parser.value(atOption)));
            return 2;
        }
        window.playback()->setTime(at);
    } else if (screenshot) {
        window.playback()->toEnd();
    }
    window.show();
    // Over the window, so the connection chooser has its parent on screen and the Capture
    // panel comes to the front of its dock. A capture that cannot be read is reported; the
    // scenario opened above stays.
    if (const QString capture = captureArgument(parser, commandLine.captureOption); !capture.isEmpty())
        window.openCapture(capture);
    if (parser.isSet(compareOption)) {
        const QString with = parser.value(compareOption);
        const ActionId id = with == QLatin1String("variant") ? ActionId::CompareVariant
            : with == QLatin1String("model")                 ? ActionId::CompareModel
                                                             : ActionId::CompareShipped;
        if (QAction *action = window.action(id); action->isEnabled())
            action->trigger();
    }
    if (parser.isSet(selectOption)) {
        const int id = parser.value(selectOption).toInt();
        window.sequenceView()->setSelectedSegment(id);
        emit window.sequenceView()->segmentSelected(id); // as if the learner had clicked it
    }
    if (parser.isSet(raiseOption)) {
        if (auto *dock = window.findChild<QDockWidget *>(parser.value(raiseOption)))
            dock->raise();
    }
    if (present)
        window.action(ActionId::Present)->setChecked(true);
    else if (!screenshot || parser.isSet(commandLine.welcomeOption))
        WelcomeBanner::showUnlessDismissed(&window);
    if (!setAsideSettings.isEmpty())
        SettingsFileCheck::showSetAsideMessage(setAsideSettings, &window);

    if (screenshot) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(1200, &window, [&window, &failed, path] {
            if (failed) {
                QCoreApplication::exit(2);
                return;
            }
            const bool saved = window.grab().save(path);
            if (!saved)
                std::fprintf(stderr, "tcplab: cannot write %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
