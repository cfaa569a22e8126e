#include "scenario_editor.h"

#include "scenario_document.h"
#include "scenario_edit_command.h"
#include "scenario_edits.h"
#include "text/fault_description.h"

namespace tcplab {

ScenarioEditor::ScenarioEditor(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

SegmentWords ScenarioEditor::wordsForRule(const Trace &trace, const FaultRule &rule, int ruleIndex)
{
    if (FaultDescription::matched(trace, ruleIndex))
        return FaultDescription::wordsFor(trace, trace.faultSegments.at(ruleIndex));
    if (rule.target == FaultTarget::Segment) {
        // A rule not yet in the plan: its segment in the run as it stands.
        for (const SegmentRecord &r : trace.segments) {
            if (r.duplicateOf < 0 && r.identity == rule.segment)
                return FaultDescription::wordsFor(trace, r.id);
        }
    }
    return FaultDescription::wordsForUnmatched(rule);
}

QString ScenarioEditor::describeAction(const AppAction &action)
{
    const QString at = QString::number(double(action.at) / usPerSecond, 'f', 3);
    QString what;
    switch (action.kind) {
    case AppActionKind::Listen:
        what = tr("%1 listens on port %2").arg(action.host).arg(action.port);
        break;
    case AppActionKind::Connect:
        what = tr("%1 connects to %2:%3").arg(action.host, action.to).arg(action.remotePort);
        break;
    case AppActionKind::Send:
        what = tr("%1 sends %n byte(s)", nullptr, int(action.data.size())).arg(action.host);
        break;
    case AppActionKind::Shutdown:
        what = tr("%1 shuts down its sending side").arg(action.host);
        break;
    case AppActionKind::Close:
        what = tr("%1 closes").arg(action.host);
        break;
    case AppActionKind::Abort:
        what = tr("%1 aborts").arg(action.host);
        break;
    case AppActionKind::Read:
        what = tr("%1 reads").arg(action.host);
        break;
    case AppActionKind::Crash:
        what = tr("%1 crashes").arg(action.host);
        break;
    case AppActionKind::Reboot:
        what = tr("%1 reboots").arg(action.host);
        break;
    case AppActionKind::Kill:
        what = tr("%1's process is killed").arg(action.host);
        break;
    case AppActionKind::SynFlood:
        what = tr("%1 floods %2 with SYNs").arg(action.host, action.to);
        break;
    case AppActionKind::Inject:
        what = tr("%1 injects a segment").arg(action.host);
        break;
    }
    return tr("%1 at %2 s").arg(what, at);
}

bool ScenarioEditor::addFault(const FaultRule &given)
{
    if (given.senderHost().isEmpty())
        return false;
    // A position ("A#3") is resolved once, against the run as it stands; the undo stack and
    // the scenario keep the identity it names.
    const FaultRule rule = ScenarioEdits::resolvedAgainst(m_document->trace(), given);
    const Scenario after = ScenarioEdits::withFault(m_document->scenario(), rule);
    if (after == m_document->scenario())
        return false;
    // The words are taken from this run; the command words them again in another language.
    const SegmentWords words = wordsForRule(m_document->trace(), rule, -1);
    m_document->undoStack()->push(new ScenarioEditCommand(m_document, after, [rule, words] {
        return FaultDescription::describe(rule.kind, rule.delta, words);
    }));
    return true;
}

bool ScenarioEditor::dropSegment(int segmentId)
{
    return addFault(ScenarioEdits::ruleForSegment(m_document->trace(), segmentId, FaultKind::Drop));
}

bool ScenarioEditor::delaySegment(int segmentId, SimTime delay)
{
    if (delay <= 0)
        return false;
    return addFault(
        ScenarioEdits::ruleForSegment(m_document->trace(), segmentId, FaultKind::Delay, delay));
}

bool ScenarioEditor::addSegmentDelay(int segmentId, SimTime extra)
{
    const Trace &trace = m_document->trace();
    const int target = ScenarioEdits::faultTargetSegment(trace, segmentId);
    if (target < 0)
        return false;
    SimTime already = 0;
    const int index = ScenarioEdits::faultIndexForSegment(m_document->scenario(), trace, target);
    if (index >= 0 && m_document->scenario().faults.at(index).kind == FaultKind::Delay)
        already = m_document->scenario().faults.at(index).delta;
    const SimTime total = already + extra;
    if (total <= 0)
        return index >= 0 ? removeFault(index) : false;
    return delaySegment(target, total);
}

bool ScenarioEditor::duplicateSegment(int segmentId, SimTime copyLater)
{
    if (copyLater < 0)
        return false;
    return addFault(ScenarioEdits::ruleForSegment(m_document->trace(), segmentId,
                                                  FaultKind::Duplicate, copyLater));
}

bool ScenarioEditor::removeFaultOfSegment(int segmentId)
{
    return removeFault(ScenarioEdits::faultIndexForSegment(m_document->scenario(),
                                                           m_document->trace(), segmentId));
}

bool ScenarioEditor::removeFault(int index)
{
    const Scenario &scenario = m_document->scenario();
    if (index < 0 || index >= scenario.faults.size())
        return false;
    const FaultRule removed = scenario.faults.at(index);
    const SegmentWords words = wordsForRule(m_document->trace(), removed, index);
    m_document->undoStack()->push(
        new ScenarioEditCommand(m_document, ScenarioEdits::withoutFault(scenario, index), [removed, words] {
            return tr("Remove fault: %1").arg(FaultDescription::describe(removed.kind, removed.delta, words));
        }));
    return true;
}

bool ScenarioEditor::setProtocolSetting(const QString &key, const QString &value, QString *error)
{
    QVariant typed;
    return ProtocolSettings::parse(key, value, &typed, error) && setSetting(key, typed, error);
}

bool ScenarioEditor::setNetworkSetting(const QString &key, const QString &value, QString *error)
{
    QVariant typed;
    return NetworkSettings::parse(key, value, &typed, error) && setSetting(key, typed, error);
}

bool ScenarioEditor::setSetting(const QString &key, const QVariant &value, QString *error)
{
    // Scenario::setSetting refuses what the file reader would refuse, so every edit here
    // can be saved and opened again.
    Scenario after = m_document->scenario();
    if (!after.setSetting(key, value, error))
        return false;
    if (after == m_document->scenario())
        return true;
    const SettingDescriptor *descriptor = Scenario::settingDescriptor(key);
    m_document->undoStack()->push(new ScenarioEditCommand(m_document, after, [key, descriptor, value] {
        return tr("Set %1 to %2").arg(key, descriptor->format(value));
    }));
    return true;
}

bool ScenarioEditor::setProfile(ProtocolProfile profile)
{
    if (m_document->scenario().profile == profile)
        return false;
    Scenario after = m_document->scenario();
    after.setProfile(profile);
    m_document->undoStack()->push(new ScenarioEditCommand(m_document, after, [profile] {
        return tr("Use the %1 profile").arg(protocolProfileName(profile));
    }));
    return true;
}

bool ScenarioEditor::addAction(const AppAction &action)
{
    m_document->undoStack()->push(new ScenarioEditCommand(
        m_document, ScenarioEdits::withAction(m_document->scenario(), action),
        [action] { return tr("Add action: %1").arg(describeAction(action)); }));
    return true;
}

bool ScenarioEditor::resetToFile()
{
    if (m_document->scenario() == m_document->fileScenario())
        return false;
    m_document->undoStack()->push(new ScenarioEditCommand(m_document, m_document->fileScenario(),
                                                          [] { return tr("Reset scenario"); }));
    return true;
}

} // namespace tcplab
