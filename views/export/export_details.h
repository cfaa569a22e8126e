#pragma once

#include "settings/protocol_settings.h"
#include "sim/fault_plan.h"
#include "trace/trace.h"

#include <QStringList>

namespace tcplab {

// The title block's detail lines for a run: one line per fault, in the words of the
// window's fault list ("Drop A's ACK seq=1020 ack=5021 (the final ACK)"; a fault that
// matched nothing says so), and the teaching variant when not the standard protocol.
// `trace` is the run made with `faults`. Translated. Its own file, apart from the dialog,
// so tcplab-cli uses it without any widget code.
// `numbers` Hidden leaves out sequence and acknowledgment numbers (a worksheet asking for
// them): "Drop A's ACK #3 (the final ACK)".
enum class FaultNumbers { Shown, Hidden };
QStringList exportDetails(const Trace &trace, const FaultPlan &faults, ProtocolVariant variant,
                          FaultNumbers numbers = FaultNumbers::Shown);

} // namespace tcplab
