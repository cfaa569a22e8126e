#pragma once

#include "teach/learner_progress.h"
#include "teach/progress_file.h"

#include <QObject>

#include <optional>

namespace tcplab {

// The learner's progress while the window runs: what is recorded goes into a
// LearnerProgress and straight to its ProgressFile. Until open() names a file, progress is
// kept in memory only (a test's window, a run before the file is chosen). A write that fails
// keeps everything in memory, says so once (problemFound), and is tried again with the next
// change; a file that cannot be read is set aside and the learner told where it went.
class ProgressStore : public QObject
{
    Q_OBJECT
public:
    explicit ProgressStore(QObject *parent = nullptr);

    // Reads `path` (ProgressFile::defaultPath() for the real user); only the built-in
    // lessons' progress is kept. Progress recorded before is merged in and written.
    void open(const QString &path);
    QString path() const { return m_file ? m_file->path() : QString(); }

    const LearnerProgress &progress() const { return m_progress; }

    void markVisited(const QString &scenarioId);
    void recordAnswer(const QString &scenarioId, const QString &questionKey,
                      LearnerProgress::Answer answer);
    void recordChallengeDone(const QString &scenarioId, const QString &challengeKey);
    // Forgets everything and writes the empty progress.
    void reset();

signals:
    void changed();
    // Something the learner should know about the file, in the UI language.
    void problemFound(const QString &title, const QString &text);

private:
    void changedBy(bool anythingChanged);
    void save();
    void reportLoadProblem(const ProgressFile::LoadResult &result);

    LearnerProgress m_progress;
    std::optional<ProgressFile> m_file;
    // A file that could be neither read nor moved aside is never written over.
    bool m_readOnly = false;
    bool m_saveFailing = false; // told once until a write succeeds again
};

} // namespace tcplab
