#pragma once

#include <QJsonObject>

namespace tcplab {

class Trace;
struct SequenceLayout;

// The laid-out sequence diagram as plain JSON, for `tcplab-cli layout` and for checking
// the layout from outside: the host boxes, the time axis (its pieces and labelled ticks),
// every arrow (its segment id and key, its textbook label, its end points and its label's
// rectangle — or four corners when rotated), the state bands, timer brackets, breaks, flood
// bands and SYN-queue strips. Coordinates are diagram pixels, times microseconds.
QJsonObject sequenceLayoutToJson(const SequenceLayout &layout, const Trace &trace);

} // namespace tcplab
