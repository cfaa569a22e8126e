#pragma once

#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tcplab {

// Reading and writing scenario files (JSON, docs/scenario-format.md).
namespace ScenarioFile {

struct LoadResult {
    bool ok = false;
    Scenario scenario;
    // Each error names the JSON path and the problem: "actions[2].at_ms: must be ≥ 0".
    QStringList errors;
};

LoadResult parse(const QByteArray &json);
LoadResult load(const QString &path);
QByteArray serialize(const Scenario &scenario);
// Writes atomically (QSaveFile); returns false with *error naming the problem.
bool save(const Scenario &scenario, const QString &path, QString *error);

} // namespace ScenarioFile
} // namespace tcplab
