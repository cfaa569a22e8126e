#pragma once

#include "settings/protocol_settings.h"
#include "sim/fault_plan.h"

#include <QStringList>

namespace tcplab {

// The title block's detail lines for a run: the faults applied ("Faults: drop A#3,
// delay A#2:300ms") and the teaching variant, when not the standard protocol. Translated.
// Its own file, apart from the dialog, so tcplab-cli uses it without any widget code.
QStringList exportDetails(const FaultPlan &faults, ProtocolVariant variant);

} // namespace tcplab
