#include "export/step_captions.h"

#include "text/narration.h"
#include "trace/trace.h"

namespace tcplab {

QHash<SimTime, QString> stepCaptions(const Trace &trace, const Scenario &scenario, const QString &language)
{
    QHash<SimTime, QString> captions;
    for (const NarrationItem &item : Narration::items(trace, scenario, language)) {
        QString &caption = captions[item.time];
        // Items of one moment read as one paragraph; Chinese sets no space after a stop.
        if (!caption.isEmpty() && !language.startsWith(QLatin1String("zh")))
            caption += QLatin1Char(' ');
        caption += item.text();
    }
    return captions;
}

} // namespace tcplab
