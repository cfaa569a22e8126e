#pragma once

class QFrame;

namespace tcplab {

// The look the window's banners share (the welcome, a long run's progress): a framed
// panel in the tooltip colours, so it reads as a note laid over the diagram, not as part
// of it, in every style and in the projector theme.
void styleAsBanner(QFrame *banner);

} // namespace tcplab
