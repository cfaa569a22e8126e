#pragma once

#include "sim/app_action.h"
#include "sim/fault_plan.h"
#include "settings/network_settings.h"
#include "settings/protocol_profile.h"
#include "settings/protocol_settings.h"
#include "settings/settings_validation.h"
#include "tcp/segment.h"
#include "teach/challenge_goal.h"
#include "trace/event_identity.h"
#include "teach/misconception.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <optional>

namespace tcplab {

// Text in both of the app's languages.
struct LocalizedText {
    QString en;
    QString zh;
    // The text for a language code ("zh_CN", "zh", "en"); falls back to the other one.
    QString text(const QString &language) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

// The event of the scenario's own run a note describes, and how long after it the note
// is shown (`at` minus the event's time; negative when the note comes first). Worked out
// by NoteBinder when the file is read.
struct NoteAnchor {
    EventIdentity event;
    SimTime offset = 0;
    friend bool operator==(const NoteAnchor &, const NoteAnchor &) = default;
};

// A teacher's note shown at a moment of the run. It belongs to an event: after the
// learner's edits it follows that event to its new time, and leaves the narration when the
// event no longer happens (NoteBinder::place).
struct ScenarioNote {
    SimTime at = 0;
    LocalizedText text;
    // The file's "on": the event it names ("A:FIN#1 delivered", "B:state TIME-WAIT"), or
    // empty for the last event at or before `at` (of `host` when given) (docs/scenario-format.md,
    // Notes).
    QString on = {};
    // The file's "host": whose event a note without `on` describes. Empty: any host's
    // (docs/scenario-format.md, Notes).
    QString host = {};
    // The event bound in the scenario's own run; none until bound (a scenario made in code).
    // Worked out from the rest of the scenario, so not part of a note's value (operator==):
    // the same file read again after a change of settings binds to that run instead.
    std::optional<NoteAnchor> anchor = {};
    friend bool operator==(const ScenarioNote &a, const ScenarioNote &b)
    {
        return a.at == b.at && a.text == b.text && a.on == b.on && a.host == b.host;
    }
};

// A "Try this" task of a lesson: what to make happen by editing the story, a hint on
// request, and the goal the window checks every new run against.
struct ScenarioChallenge {
    LocalizedText task;
    LocalizedText hint;
    ChallengeGoal goal;
    friend bool operator==(const ScenarioChallenge &, const ScenarioChallenge &) = default;
};

// One choice of a hand-written question. A wrong choice names the misconception it stands
// for, or explains itself, or both.
struct ScenarioQuestionChoice {
    LocalizedText text;
    bool correct = false;
    Misconception misconception = Misconception::None; // wrong choices: Other when unnamed
    LocalizedText explanation;
    friend bool operator==(const ScenarioQuestionChoice &, const ScenarioQuestionChoice &) = default;
};

// A question written by the teacher for predict mode: asked just before `at`.
struct ScenarioQuestion {
    SimTime at = 0;
    QString host; // the host it is about, or empty
    LocalizedText prompt;
    QList<ScenarioQuestionChoice> choices;
    LocalizedText explanation;
    friend bool operator==(const ScenarioQuestion &, const ScenarioQuestion &) = default;
};

enum class HostKind {
    Host,     // an ordinary host with a TCP stack
    Attacker, // sends forged SYNs; its forged addresses are drawn on its lifeline
};

struct HostSpec {
    QString name;            // "A", "B": short, shown on the lifeline
    uint32_t address = 0;    // IPv4
    HostKind kind = HostKind::Host;
    int mtu = 1500;          // MSS announced = MTU − 40
    // Per-host overrides of protocol settings: key → typed value (ProtocolSettings::value()),
    // checked when the file was read.
    QMap<QString, QVariant> protocol;
    uint32_t spoofNetwork = 0;  // Attacker: forged sources come from this /24
    LocalizedText label;     // optional role ("client", "server")
    friend bool operator==(const HostSpec &, const HostSpec &) = default;
};

// One runnable lesson: hosts, network, protocol, timed actions, faults and texts.
// The file format is documented in docs/scenario-format.md.
struct Scenario {
    // 2: faults name their segment by identity (seq, ack, transmission); 1 by position.
    static constexpr int currentVersion = 2;

    QString id;
    LocalizedText title;
    LocalizedText summary;
    QString lesson;          // lesson group id ("opening", "closing", ...)
    int lessonOrder = 0;
    QString compareVariant;  // a variant name to compare with, or empty
    QList<ScenarioNote> notes;
    QList<ScenarioChallenge> challenges;
    QList<ScenarioQuestion> questions;
    QList<HostSpec> hosts;
    NetworkSettings network;
    // The profile the protocol settings start from; `protocol` holds the result, with the
    // file's own "protocol" values on top (docs/profiles.md).
    ProtocolProfile profile = ProtocolProfile::Rfc9293;
    ProtocolSettings protocol;
    QList<AppAction> actions;
    FaultPlan faults;
    SimTime duration = secondsToUs(120); // the run stops here

    int hostIndex(const QString &name) const;
    // "HOST:PORT" (a host of this scenario) or "a.b.c.d:PORT" as an address; none when the
    // text is neither.
    std::optional<SocketAddress> socketAddress(const QString &text) const;
    // The protocol settings of one host: the scenario's, then the host's overrides.
    ProtocolSettings protocolFor(int hostIndex) const;

    // The descriptor of a network or protocol setting by its scenario-file key ("loss",
    // "delay_ms.A>B", "rto_min_ms"), or null.
    static const SettingDescriptor *settingDescriptor(const QString &key);
    // The typed value of a network or protocol setting by its key (for a link key, the value
    // in force in that direction); null for an unknown key.
    QVariant settingValue(const QString &key) const;
    // Every broken rule between settings (SettingsValidation::check): the network's, the
    // protocol's, and those of each host whose own overrides break one (with `host` set).
    // Empty for every scenario the file reader accepts.
    QList<SettingProblem> settingProblems() const;
    // Sets one network or protocol setting to a typed value when the value is valid and
    // every rule between settings still holds afterwards, so the scenario stays one that
    // can be saved and opened again. Otherwise changes nothing and explains in *error:
    // "syn_retries: must be between 0 and 255",
    // "rto_min_ms (3000) must not exceed rto_initial_ms (1000)".
    bool setSetting(const QString &key, const QVariant &value, QString *error);
    // Moves the protocol settings to another profile (switchProtocolProfile): settings the
    // scenario chose itself keep their values; the others take the new profile's.
    void setProfile(ProtocolProfile p);

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace tcplab
