#include "sim/simulation_control.h"

#include <algorithm>

namespace tcplab {

double SimulationProgress::fraction() const
{
    const double byTime = end > 0 ? double(time) / double(end) : 0.0;
    const double byEvents = maxEvents > 0 ? double(events) / double(maxEvents) : 0.0;
    return std::clamp(std::max(byTime, byEvents), 0.0, 1.0);
}

SimulationControl::SimulationControl(qint64 reportEvery)
    : m_reportEvery(std::max<qint64>(1, reportEvery))
{
}

} // namespace tcplab
