#pragma once

#include "scenario/scenario_file.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

// The scenarios built into the program (Qt resources under ":/scenarios/"), in lesson order.
// Each file is parsed once, on first use.
class ScenarioLibrary
{
public:
    // Lesson group ids in teaching order: opening, data, closing, time-wait, failures, attacks.
    static QStringList lessons();
    // Ids of the built-in scenarios, sorted by (lesson group, lesson_order, id).
    static QStringList ids();
    // The built-in scenarios themselves, in the order of ids().
    static QList<Scenario> scenarios();
    static bool contains(const QString &id);
    // Loads a built-in scenario by id; an unknown id gives an error listing the known ones.
    static ScenarioFile::LoadResult load(const QString &id);
    // For the command line: a built-in id ("lost-syn") or a path to a scenario file. An
    // argument that looks like a path (contains '/' or ends in ".json") is always a path.
    static ScenarioFile::LoadResult loadByIdOrPath(const QString &idOrPath);
    // True for an argument loadByIdOrPath takes as a path whatever the built-in ids are.
    static bool looksLikePath(const QString &idOrPath);
    // The resource directory holding the built-in files.
    static QString resourceDirectory();
};

} // namespace tcplab
