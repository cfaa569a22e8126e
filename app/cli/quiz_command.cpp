#include "quiz_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "sim/simulator.h"
#include "teach/question_json.h"
#include "teach/written_questions.h"
#include "text/display_language.h"
#include "trace/trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>


namespace tcplab {

namespace {

QString quizHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli quiz ID|FILE [options]\n"
        "Simulates a scenario and prints the questions of its \"predict, then see\" mode: for\n"
        "chosen moments of the run, what happens next (the segment, the acknowledgment number,\n"
        "the state, a timer's length, whether an ACK, a RST or nothing answers), with the right\n"
        "answer read from the run and, for every wrong choice, the misconception it stands for.\n"
        "\n"
        "Options:\n"
        "  --format text|json   text (default): numbered questions with the answer key;\n"
        "                       json: one document (docs/quiz-format.md)\n"
        "  --lang zh_CN|en      the language of the questions (default: en) and of the messages\n"
        "%1"
        "\n"
        "--drop, --delay, --dup and --set may be given several times, as for `run`: the\n"
        "questions follow the changed story.\n")
        .arg(ScenarioOptions::helpText());
}

QString choiceLetter(int index)
{
    return QString(QChar(u'a' + index));
}

QString questionsToText(const QList<Question> &questions)
{
    if (questions.isEmpty())
        return QCoreApplication::translate("tcplab::Questions", "This run has no questions.") + QLatin1Char('\n');
    QString text;
    for (int n = 0; n < questions.size(); ++n) {
        const Question &q = questions[n];
        text += QStringLiteral("%1. [%2 s] %3\n").arg(n + 1).arg(formatSimTime(q.time), q.prompt.text());
        for (int i = 0; i < q.choices.size(); ++i)
            text += QStringLiteral("   %1) %2\n").arg(choiceLetter(i), q.choices[i].label.text());
        text += QStringLiteral("   → %1) %2\n     %3\n")
                    .arg(choiceLetter(q.answer), q.rightChoice().label.text(), q.explanation.text());
        for (int i = 0; i < q.choices.size(); ++i) {
            const QuestionChoice &c = q.choices[i];
            if (!c.isRight()) {
                text += QStringLiteral("   ✗ %1) [%2] %3\n")
                            .arg(choiceLetter(i), misconceptionName(c.misconception), c.whyWrong().text());
            }
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QByteArray questionsToJson(const QList<Question> &questions, const Trace &trace, const Scenario &scenario,
                           const QString &language)
{
    QJsonArray list;
    for (const Question &q : questions)
        list.append(questionToJson(q, trace));
    const QJsonObject root{
        {QStringLiteral("scenario"), scenario.id},
        {QStringLiteral("language"), language},
        {QStringLiteral("questions"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ExitStatus runQuiz(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("quiz")))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        return CommandLine::usageError(QStringLiteral("quiz"),
                                       CommandLine::tr("--format '%1': expected text or json").arg(formatName));
    }
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return CommandLine::usageError(QStringLiteral("quiz"), error);

    Scenario scenario;
    if (!loadScenarioArgument(positional.first(), &scenario))
        return ExitStatus::BadUsage;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return CommandLine::usageError(QStringLiteral("quiz"), error);
    // The questions in the --lang language, English without one (like export's pictures, a
    // quiz for a learning platform does not depend on the machine's locale).
    const QString language = CommandLine::chosenLanguage().isEmpty() ? QStringLiteral("en")
                                                                     : CommandLine::chosenLanguage();
    DisplayLanguage questionWords;
    if (!questionWords.install(language)) {
        CliOutput::error(CommandLine::tr("--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is "
                                         "missing from this build").arg(language));
        return ExitStatus::Failure;
    }

    const Trace trace = Simulator::run(scenario, stopAt);
    const QList<Question> questions = questionsOfRun(scenario, trace);
    if (formatName == QLatin1String("json"))
        CliOutput::out(questionsToJson(questions, trace, scenario, language));
    else
        CliOutput::out(questionsToText(questions));
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand quizCommand()
{
    return CliCommand{"quiz", "quiz ID|FILE [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine",
                                        "print a run's \"predict, then see\" questions with their answers"),
                      &quizHelp, false, &runQuiz};
}

} // namespace tcplab
