#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tcplab {

// The file dialogs of File ▸ Open and Save As. Both start where the learner last opened or
// saved a scenario (QSettings "lastDirectory"), else in the documents folder, and remember
// where this one went.
class ScenarioFileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::ScenarioFileDialogs)
public:
    // The last folder if it still exists; else the user's documents folder (else home).
    static QString startDirectory();
    // An empty string when the learner cancels.
    static QString askOpenPath(QWidget *parent);
    // Suggests the current file, or "<scenario id>.json" in the last directory; adds the
    // ".json" a typed name lacks.
    static QString askSavePath(QWidget *parent, const QString &currentPath,
                               const QString &scenarioId);
};

} // namespace tcplab
