#include "export/export_details.h"

#include "text/fault_description.h"

#include <QCoreApplication>

namespace tcplab {

QStringList exportDetails(const Trace &trace, const FaultPlan &faults, ProtocolVariant variant,
                          FaultNumbers numbers)
{
    QStringList lines;
    // One line a fault: a slide or a worksheet names the segment as the learner saw it in
    // the fault list, not by a command-line key ("A:ACK#3") the class never typed.
    for (int i = 0; i < faults.size(); ++i) {
        if (faults.at(i).kind != FaultKind::None)
            lines << (numbers == FaultNumbers::Shown
                          ? FaultDescription::describe(trace, faults.at(i), i)
                          : FaultDescription::describeWithoutNumbers(trace, faults.at(i), i));
    }
    // The context "tcplab::ExportDialog" is the one the dialog gave these words, so their
    // translations stay as they are.
    if (variant != ProtocolVariant::Standard) {
        lines << QCoreApplication::translate("tcplab::ExportDialog", "Teaching variant: %1")
                     .arg(protocolVariantName(variant));
    }
    return lines;
}

} // namespace tcplab
