#include "progress_store.h"

#include "scenario/scenario_library.h"

#include <QDir>

namespace tcplab {

namespace {

// Merges `from` into `into` as if each record were made again (first answers stay first).
void merge(LearnerProgress *into, const LearnerProgress &from)
{
    for (const QString &id : from.scenarioIds()) {
        const LearnerProgress::Lesson lesson = from.lesson(id);
        if (lesson.visited)
            into->markVisited(id);
        for (const QString &key : lesson.answered) {
            into->recordAnswer(id, key,
                               lesson.rightFirstTime.contains(key) ? LearnerProgress::Answer::Right
                                                                   : LearnerProgress::Answer::Wrong);
        }
        for (const QString &key : lesson.challengesDone)
            into->recordChallengeDone(id, key);
    }
}

} // namespace

ProgressStore::ProgressStore(QObject *parent)
    : QObject(parent)
{
}

void ProgressStore::open(const QString &path)
{
    m_file.emplace(path);
    m_readOnly = false;
    m_saveFailing = false;
    const ProgressFile::LoadResult result = m_file->load(&ScenarioLibrary::contains);
    const LearnerProgress recordedBefore = m_progress;
    m_progress = result.progress;
    merge(&m_progress, recordedBefore);
    if (result.problem != ProgressFile::Problem::None) {
        m_readOnly = result.setAsidePath.isEmpty();
        reportLoadProblem(result);
    }
    if (!recordedBefore.isEmpty())
        save();
    emit changed();
}

void ProgressStore::reportLoadProblem(const ProgressFile::LoadResult &result)
{
    QString why;
    switch (result.problem) {
    case ProgressFile::Problem::None:
        return;
    case ProgressFile::Problem::NotARegularFile:
        why = tr("It is not a regular file.");
        break;
    case ProgressFile::Problem::TooLarge:
        why = tr("It is far too large (%1 bytes) to be a progress file.").arg(result.detail);
        break;
    case ProgressFile::Problem::CannotRead:
        why = tr("It cannot be read: %1").arg(result.detail);
        break;
    case ProgressFile::Problem::NotJson:
        why = tr("It is not valid JSON: %1").arg(result.detail);
        break;
    case ProgressFile::Problem::WrongContent:
        why = tr("It is not a progress file this version of TCP Connection Lab understands: %1")
                  .arg(result.detail);
        break;
    }
    const QString file = QDir::toNativeSeparators(m_file->path());
    if (result.setAsidePath.isEmpty()) {
        emit problemFound(tr("Progress Could Not Be Read"),
                          tr("Your progress file %1 could not be used. %2\n\nIt could not be moved "
                             "aside either, so it is left as it is and your progress in this "
                             "session will not be saved.")
                              .arg(file, why));
        return;
    }
    emit problemFound(tr("Progress Could Not Be Read"),
                      tr("Your progress file %1 could not be used. %2\n\nYour progress starts "
                         "empty. The old file was kept as:\n%3")
                          .arg(file, why, QDir::toNativeSeparators(result.setAsidePath)));
}

void ProgressStore::markVisited(const QString &scenarioId)
{
    changedBy(m_progress.markVisited(scenarioId));
}

void ProgressStore::recordAnswer(const QString &scenarioId, const QString &questionKey,
                                 LearnerProgress::Answer answer)
{
    changedBy(m_progress.recordAnswer(scenarioId, questionKey, answer));
}

void ProgressStore::recordChallengeDone(const QString &scenarioId, const QString &challengeKey)
{
    changedBy(m_progress.recordChallengeDone(scenarioId, challengeKey));
}

void ProgressStore::reset()
{
    m_progress.clear();
    changedBy(true);
}

void ProgressStore::changedBy(bool anythingChanged)
{
    if (!anythingChanged)
        return;
    save();
    emit changed();
}

void ProgressStore::save()
{
    if (!m_file || m_readOnly)
        return;
    QString error;
    if (m_file->save(m_progress, &error)) {
        m_saveFailing = false;
        return;
    }
    if (m_saveFailing)
        return;
    m_saveFailing = true;
    emit problemFound(tr("Progress Not Saved"),
                      tr("Your progress could not be saved to %1: %2\n\nNothing is lost: it is kept "
                         "while the program runs and saved again with your next step.")
                          .arg(QDir::toNativeSeparators(m_file->path()), error));
}

} // namespace tcplab
