#pragma once

#include "settings/protocol_profile.h"
#include "sim/app_action.h"
#include "sim/fault_plan.h"
#include "sim/sim_time.h"
#include "text/fault_description.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <QVariant>

namespace tcplab {

class ScenarioDocument;

// Turns the learner's requests (break this segment, change that setting, act at the
// playhead) into named undo commands on the document's undo stack.
class ScenarioEditor : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioEditor(ScenarioDocument *document, QObject *parent = nullptr);

    bool dropSegment(int segmentId);
    bool delaySegment(int segmentId, SimTime delay);
    // The diagram's drag: `extra` on top of the delay the segment already has.
    bool addSegmentDelay(int segmentId, SimTime extra);
    bool duplicateSegment(int segmentId, SimTime copyLater);
    bool removeFaultOfSegment(int segmentId);
    bool removeFault(int index);
    // A rule by position ("A#3") names the segment it names in the run as it stands.
    bool addFault(const FaultRule &rule);

    // Settings by their scenario-file names, as text; false with *error when the value is
    // refused.
    bool setProtocolSetting(const QString &key, const QString &value, QString *error);
    bool setNetworkSetting(const QString &key, const QString &value, QString *error);
    // A network or protocol setting, typed (SettingDescriptor::valueType()). Refused, with
    // *error, when the value or the settings together would break a rule the file reader
    // enforces (Scenario::setSetting).
    bool setSetting(const QString &key, const QVariant &value, QString *error);
    // Moves the protocol settings to a profile (Scenario::setProfile), as one undoable edit;
    // false when the scenario already uses it.
    bool setProfile(ProtocolProfile profile);

    bool addAction(const AppAction &action);
    bool resetToFile();

    static QString describeAction(const AppAction &action);

private:
    // The words for a rule (FaultDescription): rule `ruleIndex` of the plan `trace` was run
    // with (-1 for a rule not in it yet), found in that run.
    static SegmentWords wordsForRule(const Trace &trace, const FaultRule &rule, int ruleIndex);

    ScenarioDocument *m_document;
};

} // namespace tcplab
