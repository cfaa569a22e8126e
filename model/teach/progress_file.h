#pragma once

#include "teach/learner_progress.h"

#include <QString>

#include <functional>

namespace tcplab {

// The learner's progress on disk: progress.json in the user's application data directory
// (QStandardPaths::AppDataLocation), or wherever a caller (a test, a screenshot run) points
// it. Writes are atomic (QSaveFile): a failed write leaves the old file whole. A file that
// cannot be used — not a regular file, absurdly large, unreadable, not JSON, of the wrong
// shape or version — is renamed aside ("progress.json.corrupt-<time>") so progress starts
// empty and the old file can still be looked at; nothing is ever thrown away.
class ProgressFile
{
public:
    // Far beyond every lesson with every question and challenge (a few kB); a bigger file is
    // not ours, and reading it would only cost memory.
    static constexpr qint64 maxSize = 1024 * 1024;

    // Why a file could not be used.
    enum class Problem {
        None,
        NotARegularFile, // a directory, a device, ...
        TooLarge,        // over maxSize
        CannotRead,      // no permission, an I/O error
        NotJson,         // not a JSON object
        WrongContent,    // JSON, but not a progress document of this version
    };

    struct LoadResult {
        LearnerProgress progress;  // empty unless the file was read
        Problem problem = Problem::None;
        QString detail;            // for a problem: the parser's or validator's words
        QString setAsidePath;      // where the unusable file went; empty if it could not be moved
        bool found = false;        // a file (or something) was at the path
    };

    static QString defaultPath();

    explicit ProgressFile(const QString &path = defaultPath());
    QString path() const { return m_path; }

    // Reads the file; scenarios `isKnownScenario` rejects are left out (see
    // LearnerProgress::fromJson). A missing file is no problem: progress starts empty.
    LoadResult load(const std::function<bool(const QString &)> &isKnownScenario) const;
    // Writes `progress` atomically, making the directory if needed. On failure the file on
    // disk is as it was and *error says why.
    bool save(const LearnerProgress &progress, QString *error) const;

private:
    LoadResult setAside(Problem problem, const QString &detail) const;

    QString m_path;
};

} // namespace tcplab
