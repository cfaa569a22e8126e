#include "export/export_details.h"

#include <QCoreApplication>

namespace tcplab {

// The words keep the context "tcplab::ExportDialog" they had when the dialog made them, so
// their translations stay as they are.
QStringList exportDetails(const FaultPlan &faults, ProtocolVariant variant)
{
    QStringList lines;
    if (!faults.isEmpty()) {
        QStringList items;
        for (const FaultRule &f : faults) {
            switch (f.kind) {
            case FaultKind::Drop:
                items << QCoreApplication::translate("tcplab::ExportDialog", "drop %1").arg(f.key());
                break;
            case FaultKind::Delay:
                items << QCoreApplication::translate("tcplab::ExportDialog", "delay %1").arg(f.key());
                break;
            case FaultKind::Duplicate:
                items << QCoreApplication::translate("tcplab::ExportDialog", "duplicate %1").arg(f.key());
                break;
            case FaultKind::None:
                break;
            }
        }
        lines << QCoreApplication::translate("tcplab::ExportDialog", "Faults: %1")
                     .arg(items.join(QCoreApplication::translate("tcplab::ExportDialog", ", ")));
    }
    if (variant != ProtocolVariant::Standard) {
        lines << QCoreApplication::translate("tcplab::ExportDialog", "Teaching variant: %1")
                     .arg(protocolVariantName(variant));
    }
    return lines;
}

} // namespace tcplab
