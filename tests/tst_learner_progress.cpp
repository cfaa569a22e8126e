// The learner's progress file: what is recorded comes back, a file that cannot be used is
// set aside (never thrown away, never a crash), a failed write leaves the old file whole,
// and progress in lessons this build no longer has is dropped on reading.
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "teach/learner_progress.h"
#include "teach/progress_file.h"
#include "teach/question_keys.h"
#include "teach/written_questions.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

namespace {

bool known(const QString &id)
{
    return ScenarioLibrary::contains(id);
}

LearnerProgress someProgress()
{
    LearnerProgress p;
    p.markVisited(QStringLiteral("lost-syn"));
    p.recordAnswer(QStringLiteral("lost-syn"), QStringLiteral("next-state@1000:B"),
                   LearnerProgress::Answer::Right);
    p.recordAnswer(QStringLiteral("lost-syn"), QStringLiteral("ack-number@2000:A"),
                   LearnerProgress::Answer::Wrong);
    p.markVisited(QStringLiteral("lost-final-ack"));
    p.recordChallengeDone(QStringLiteral("lost-final-ack"), QStringLiteral("0"));
    return p;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLearnerProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheFirstAnswerDecidesRightFirstTime();
    void savedProgressReadsBackTheSame();
    void defaultPathIsProgressJsonInTheAppDataDirectory();
    void missingFileIsEmptyProgressWithoutAProblem();
    void unusableFileIsSetAsideAndProgressStartsEmpty_data();
    void unusableFileIsSetAsideAndProgressStartsEmpty();
    void failedWriteReportsWhy();
    void failedWriteLeavesTheOldFileWhole();
    void unknownScenarioIdsAreIgnoredOnRead();
    void questionKeysOfALessonAreDistinctAndTheSameEveryRun();

private:
    QTemporaryDir m_dir;
};

void TestLearnerProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_learner_progress"));
    QVERIFY(m_dir.isValid());
}

void TestLearnerProgress::onlyTheFirstAnswerDecidesRightFirstTime()
{
    LearnerProgress p;
    const QString id = QStringLiteral("lost-syn");
    QVERIFY(p.recordAnswer(id, QStringLiteral("q1"), LearnerProgress::Answer::Wrong));
    QVERIFY(!p.recordAnswer(id, QStringLiteral("q1"), LearnerProgress::Answer::Right));
    QVERIFY(p.recordAnswer(id, QStringLiteral("q2"), LearnerProgress::Answer::Right));
    QVERIFY(!p.recordAnswer(id, QStringLiteral("q2"), LearnerProgress::Answer::Wrong));
    QCOMPARE(p.lesson(id).answered, (QSet<QString>{QStringLiteral("q1"), QStringLiteral("q2")}));
    QCOMPARE(p.lesson(id).rightFirstTime, QSet<QString>{QStringLiteral("q2")});
    QVERIFY(!p.lesson(id).visited); // answering is not opening
    QVERIFY(p.markVisited(id));
    QVERIFY(!p.markVisited(id));
}

void TestLearnerProgress::savedProgressReadsBackTheSame()
{
    const QString path = m_dir.filePath(QStringLiteral("round-trip/progress.json"));
    const ProgressFile file(path);
    const LearnerProgress written = someProgress();
    QString error;
    QVERIFY2(file.save(written, &error), qPrintable(error));
    const ProgressFile::LoadResult read = file.load(&known);
    QCOMPARE(read.problem, ProgressFile::Problem::None);
    QVERIFY(read.found);
    QCOMPARE(read.progress, written);
    QCOMPARE(read.progress.lesson(QStringLiteral("lost-syn")).rightFirstTime,
             QSet<QString>{QStringLiteral("next-state@1000:B")});
    // The same progress, the same bytes: nothing churns in a file a learner may look at.
    const QByteArray first = readFile(path);
    QVERIFY(file.save(read.progress, &error));
    QCOMPARE(readFile(path), first);
    const QJsonObject json = QJsonDocument::fromJson(first).object();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), LearnerProgress::currentVersion);
}

void TestLearnerProgress::defaultPathIsProgressJsonInTheAppDataDirectory()
{
    QCOMPARE(ProgressFile::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/progress.json"));
}

void TestLearnerProgress::missingFileIsEmptyProgressWithoutAProblem()
{
    const ProgressFile::LoadResult read =
        ProgressFile(m_dir.filePath(QStringLiteral("nothing-here.json"))).load(&known);
    QCOMPARE(read.problem, ProgressFile::Problem::None);
    QVERIFY(!read.found);
    QVERIFY(read.progress.isEmpty());
}

void TestLearnerProgress::unusableFileIsSetAsideAndProgressStartsEmpty_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a directory instead of a file
    QTest::addColumn<ProgressFile::Problem>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"tcplab-progress\", ") << ProgressFile::Problem::NotJson;
    QTest::newRow("a JSON array") << QByteArray("[1, 2]") << ProgressFile::Problem::NotJson;
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "tcplab-progress", "version": 99, "scenarios": {}})")
        << ProgressFile::Problem::WrongContent;
    QTest::newRow("not a progress file")
        << QByteArray(R"({"geometry": "abc"})") << ProgressFile::Problem::WrongContent;
    QTest::newRow("visited is a string")
        << QByteArray(R"({"format": "tcplab-progress", "version": 1, "scenarios": {"lost-syn": {"visited": "yes"}}})")
        << ProgressFile::Problem::WrongContent;
    QTest::newRow("answered holds a number")
        << QByteArray(R"({"format": "tcplab-progress", "version": 1, "scenarios": {"lost-syn": {"answered": [3]}}})")
        << ProgressFile::Problem::WrongContent;
    QTest::newRow("scenarios is a list")
        << QByteArray(R"({"format": "tcplab-progress", "version": 1, "scenarios": []})")
        << ProgressFile::Problem::WrongContent;
    QTest::newRow("absurdly large")
        << QByteArray(ProgressFile::maxSize + 1, ' ') << ProgressFile::Problem::TooLarge;
    QTest::newRow("a directory") << QByteArray() << ProgressFile::Problem::NotARegularFile;
}

void TestLearnerProgress::unusableFileIsSetAsideAndProgressStartsEmpty()
{
    QFETCH(QByteArray, content);
    QFETCH(ProgressFile::Problem, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    if (content.isEmpty())
        QVERIFY(QDir().mkdir(path));
    else
        QVERIFY(writeFile(path, content));

    const ProgressFile::LoadResult read = ProgressFile(path).load(&known);
    QCOMPARE(read.problem, problem);
    QVERIFY(read.found);
    QVERIFY(read.progress.isEmpty());
    QVERIFY2(read.setAsidePath.startsWith(path + QStringLiteral(".corrupt-")), qPrintable(read.setAsidePath));
    QVERIFY(!QFileInfo(path).exists());
    // Kept, not thrown away: the learner (or a teacher) can still look at it.
    if (content.isEmpty())
        QVERIFY(QFileInfo(read.setAsidePath).isDir());
    else
        QCOMPARE(readFile(read.setAsidePath), content);

    // A second unusable file the same second does not overwrite the first one set aside.
    if (!content.isEmpty()) {
        QVERIFY(writeFile(path, content));
        const ProgressFile::LoadResult again = ProgressFile(path).load(&known);
        QVERIFY(!again.setAsidePath.isEmpty());
        QVERIFY(again.setAsidePath != read.setAsidePath);
        QCOMPARE(readFile(read.setAsidePath), content);
    }
}

void TestLearnerProgress::failedWriteReportsWhy()
{
    QTemporaryDir dir;
    // A directory that cannot be made (a file has its name), which also holds as root.
    const QString blocker = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(writeFile(blocker, "not a directory"));
    QString error;
    QVERIFY(!ProgressFile(blocker + QStringLiteral("/progress.json")).save(someProgress(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(blocker), QByteArray("not a directory"));
}

void TestLearnerProgress::failedWriteLeavesTheOldFileWhole()
{
    // A file that is there stays as it was when the new one cannot be written beside it.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    const ProgressFile file(path);
    QVERIFY(file.save(someProgress(), &error));
    const QByteArray before = readFile(path);
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    LearnerProgress more = someProgress();
    more.markVisited(QStringLiteral("syn-flood"));
    const bool saved = file.save(more, &error);
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    if (saved)
        QSKIP("this user writes into read-only directories (root)");
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(path), before);
}

void TestLearnerProgress::unknownScenarioIdsAreIgnoredOnRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    QVERIFY(writeFile(path, R"({"format": "tcplab-progress", "version": 1, "scenarios": {
        "lost-syn": {"visited": true, "answered": ["a"], "right_first_time": ["a"]},
        "a-lesson-from-a-later-release": {"visited": true, "challenges_done": ["0"]}}})"));
    const ProgressFile::LoadResult read = ProgressFile(path).load(&known);
    QCOMPARE(read.problem, ProgressFile::Problem::None);
    QCOMPARE(read.progress.scenarioIds(), QStringList{QStringLiteral("lost-syn")});
    QVERIFY(read.progress.lesson(QStringLiteral("lost-syn")).visited);
    QCOMPARE(read.progress.lesson(QStringLiteral("lost-syn")).rightFirstTime, QSet<QString>{QStringLiteral("a")});
    QVERIFY(QFileInfo::exists(path)); // a good file stays where it is
}

void TestLearnerProgress::questionKeysOfALessonAreDistinctAndTheSameEveryRun()
{
    for (const QString &id : {QStringLiteral("lost-final-ack"), QStringLiteral("handshake-and-close")}) {
        const QStringList keys = QuestionKeys::ofBuiltin(id);
        QVERIFY2(!keys.isEmpty(), qPrintable(id));
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        const Scenario scenario = ScenarioLibrary::load(id).scenario;
        const Trace trace = Simulator::run(scenario);
        QCOMPARE(QuestionKeys::of(questionsOfRun(scenario, trace), trace), keys);
    }
    QVERIFY(QuestionKeys::ofBuiltin(QStringLiteral("no-such-lesson")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLearnerProgress)
#include "tst_learner_progress.moc"
